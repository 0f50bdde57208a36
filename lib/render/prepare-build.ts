// Everything a build needs before rendering, made once: the read site, the
// plugins and what they generate, the Markdown converter, the Liquid engine
// and the drops. The main thread and every render worker prepare the same
// build from the same inputs, so they render the same bytes.
import { loadConfig } from '../config/load-config.js';
import { createJekyllLiquid } from '../liquid/index.js';
import { createMarkdownConverter } from '../markdown/index.js';
import { allowedPluginNames, resolvePlugins } from '../plugins/index.js';
import { rubyPluginsWarning } from '../plugins/ruby-plugins.js';
import type { GeneratedPage, KyllPlugin, PluginContext } from '../plugins/plugin.js';
import { smartify } from '../markdown/smartify.js';
import { openSource, readSite } from '../site/build-collections.js';
import { buildDrops, pageDrop, type Drop, type Drops } from '../site/drops.js';
import { siteTime } from '../site/site-time.js';
import { applySymlinkRules } from '../site/symlinks.js';
import { pluginsWithTheme, themeSourceFor } from '../site/theme.js';
import type { Source } from '../source/source.js';
import type { Data, Diagnostic, Document, Site } from '../types.js';
import type { ParsedLayout, RenderContext } from './context.js';
import { createConverterTable } from './converters.js';
import { renderExcerpt } from './render-document.js';
import { markJekyllDrop } from '../values/document-drop-mark.js';
import type { RenderProfile } from './profile.js';

export const JEKYLL_VERSION = '4.3.1';

export interface BuildInputs {
  source: string | Source;
  destination?: string;
  config?: Data;
  configFiles?: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  plugins?: readonly KyllPlugin[];
  theme?: Source;
  profile?: RenderProfile;
  /** A long-lived build (lib/build) watches what rendering reads through these. */
  instrument?: Instrument;
}

/** Hooks that let a long-lived build see what each output reads. */
export interface Instrument {
  /** The files Liquid reads (includes, include_relative), site and theme. */
  source(source: Source): Source;
  /** The model post_url and link look things up in. */
  site(site: Site): Site;
  /** The parsed-layout cache, asked on every layout lookup. */
  layouts(): Map<string, ParsedLayout>;
  /** Called once the drops exist. */
  drops(drops: Drops, site: Site): void;
}

export interface PreparedBuild {
  readonly source: Source;
  readonly theme?: Source;
  readonly site: Site;
  readonly ctx: RenderContext;
  readonly generated: readonly GeneratedPage[];
  readonly generatedDrops: ReadonlyMap<GeneratedPage, Drop>;
  /** Source paths that generated pages replace (jekyll-paginate, redirect_to). */
  readonly replaced: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
  readonly readMs: number;
}

/** Collection documents in the order Jekyll renders them: posts first, then each collection. */
export function documentsInRenderOrder(site: Site, replaced: ReadonlySet<string>): Document[] {
  const labels = Object.keys(site.collections).sort((a, b) => (a === 'posts' ? -1 : b === 'posts' ? 1 : 0));
  return labels.flatMap((label) => site.collections[label]!.docs.filter((d) => !replaced.has(d.relativePath)));
}

export function prepareBuild(inputs: BuildInputs): PreparedBuild {
  const t0 = performance.now();
  const opened = openSource(inputs.source, inputs.destination);
  const config = loadConfig(opened, { configFiles: inputs.configFiles, overrides: inputs.config });
  const source = applySymlinkRules(opened, config);
  const theme = inputs.theme ?? themeSourceFor(config.theme, inputs.env);
  const site = readSite(source, config, siteTime(inputs.env, config.timezone), theme);
  const readMs = performance.now() - t0;

  const diagnostics: Diagnostic[] = [...(site.diagnostics ?? [])];
  const rubyPlugins = rubyPluginsWarning(source, config);
  if (rubyPlugins) diagnostics.push(rubyPlugins);
  const { allowed, refused } = allowedPluginNames(pluginsWithTheme(config.plugins ?? [], theme), config);
  for (const name of refused) {
    diagnostics.push({ level: 'warning', code: 'INVALID_CONFIG', message: `Plugin '${name}' is not in the whitelist; safe mode does not load it.` });
  }
  const { plugins, unknown } = resolvePlugins(allowed);
  for (const name of unknown) {
    diagnostics.push({ level: 'warning', code: 'INVALID_CONFIG', message: `Plugin '${name}' is not supported by kyll yet; it was skipped.` });
  }
  const allPlugins = [...plugins, ...(inputs.plugins ?? [])];
  const markdown = createMarkdownConverter(config);
  // markdownify runs on the same short strings again and again (site and page
  // titles through {% seo %}): remember recent results.
  const markdownify = memoize((text: string): string => markdown.convert(String(text ?? '')));
  const environment = inputs.env.JEKYLL_ENV || 'development';
  const pluginCtx: PluginContext = {
    site,
    environment,
    markdownify,
    smartify,
    warn: (message, file) => diagnostics.push({ level: 'warning', message, file }),
  };
  const instrument = inputs.instrument;
  const liquid = createJekyllLiquid({
    config,
    source: instrument ? instrument.source(source) : source,
    themeSource: theme && instrument ? instrument.source(theme) : theme,
    site: instrument ? instrument.site(site) : site,
    markdownify,
    smartify,
    warn: (message, file) => diagnostics.push({ level: 'warning', code: 'LIQUID_SYNTAX', message, file }),
    profile: inputs.profile,
  });
  for (const plugin of allPlugins) plugin.registerLiquid?.(liquid.engine, pluginCtx);

  // Generate: plugins add pages (and may replace source pages, as jekyll-paginate does).
  const generated: GeneratedPage[] = [];
  const replaced = new Set<string>();
  for (const plugin of allPlugins) {
    const result = plugin.generate?.(pluginCtx);
    if (!result) continue;
    generated.push(...(result.pages ?? []));
    for (const r of result.replaces ?? []) replaced.add(r);
  }

  const generatedDrops = new Map<GeneratedPage, Drop>();
  for (const g of generated) generatedDrops.set(g, pageDrop({ data: g.data, content: g.content ?? '', url: g.url, relativePath: g.relativePath }));
  let ctx!: RenderContext;
  const drops = buildDrops(
    site,
    (doc, drop) => (doc.excerptSource === undefined ? '' : renderExcerpt(doc, doc.excerptSource, drop, ctx)),
    generated.map((g) => ({ drop: generatedDrops.get(g)!, replaces: g.relativePath })),
    replaced,
  );
  instrument?.drops(drops, site);
  ctx = {
    site,
    liquid,
    markdown,
    converters: createConverterTable(config),
    drops,
    jekyll: markJekyllDrop({ version: JEKYLL_VERSION, environment }),
    diagnostics,
    parsedLayouts: instrument ? instrument.layouts() : new Map(),
    carry: { layout: null, content: undefined },
    profile: inputs.profile,
  };
  return { source, theme, site, ctx, generated, generatedDrops, replaced, diagnostics, readMs };
}

function memoize(fn: (text: string) => string, limit = 20_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (text.length <= 4096) {
        if (cache.size >= limit) cache.clear();
        cache.set(text, out);
      }
    }
    return out;
  };
}
