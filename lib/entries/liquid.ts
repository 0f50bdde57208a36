// `kyll/liquid`: Jekyll's Liquid (every Jekyll tag and filter, values printed
// as Ruby prints them) on a liquidjs `Liquid`, usable without a site.
import type { Liquid } from 'liquidjs';
import type { Data, Diagnostic, Site } from '../types.js';
import { createJekyllLiquid as createSiteLiquid } from '../liquid/index.js';
import { buildCollections } from '../site/build-collections.js';
import { memorySource } from '../source/index.js';
import { createMarkdownConverter } from '../markdown/index.js';
import { markdownSettings } from '../config/markdown-settings.js';
import { createSmartify } from '../markdown/smartify.js';
import { resolveOptions } from '../markdown/options.js';

export { LiquidFailure, RubyFloat, isRubyFloat, rubyToS, rubyInspect, rubyJson, strftime, relativeUrl, absoluteUrl } from '../liquid/index.js';

export interface JekyllLiquidOptions {
  /** `_config.yml` values over Jekyll's defaults: `timezone`, `baseurl`, `url`, `liquid: { error_mode, strict_filters }`, `kramdown`... */
  config?: Data;
  /** Files of `_includes`, by name: `{ 'note.html': '<aside>{{ include.text }}</aside>' }`. */
  includes?: Readonly<Record<string, string>>;
  /** Other files of the site, by path (`_posts/2022-02-11-hello.md`, `_data/menu.yml`): for `post_url`, `link`, `include_relative`, `site.data`. */
  files?: Readonly<Record<string, string>>;
  /** Environment for SOURCE_DATE_EPOCH (`site.time`, `'now'`) and JEKYLL_ENV; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface JekyllLiquid {
  /** The liquidjs instance, with Jekyll's tags and filters registered (for Eleventy's `setLibrary`, Astro integrations...). */
  readonly liquid: Liquid;
  /** The site the tags see: its config (Jekyll's defaults under yours), posts, data. */
  readonly site: Site;
  /**
   * Parse and render as Jekyll does (Ruby Liquid's property lookup, blank
   * bodies, lax outputs in `error_mode: warn`). `scope` is what the template
   * sees (`page`, `content`...); `site` defaults to the config with `time`
   * and `data`. Errors are KyllErrors naming `file` and the line.
   */
  render(template: string, scope?: Record<string, unknown>, file?: string): string;
  /** Warnings so far (Liquid read laxly). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Jekyll 4.3.1's Liquid, set up once: render many templates with it. */
export function createJekyllLiquid(options: JekyllLiquidOptions = {}): JekyllLiquid {
  const files: Record<string, string> = { ...options.files };
  for (const [name, text] of Object.entries(options.includes ?? {})) files[`_includes/${name}`] = text;
  const source = memorySource(files);
  const site = buildCollections({ source, config: options.config, env: options.env });
  const markdown = createMarkdownConverter(markdownSettings(site.config));
  const diagnostics: Diagnostic[] = [];
  const jekyll = createSiteLiquid({
    config: site.config,
    source,
    site,
    markdownify: (text) => markdown.convert(String(text ?? '')),
    smartify: createSmartify(resolveOptions(markdownSettings(site.config).kramdown)),
    warn: (message, file) => diagnostics.push({ level: 'warning', code: 'LIQUID_SYNTAX', message, file }),
  });
  const siteScope = { ...site.config, time: site.time, data: site.data };
  return {
    liquid: jekyll.engine,
    site,
    diagnostics,
    render(template, scope = {}, file = '(template)') {
      return jekyll.render(jekyll.parse(template, file), { site: siteScope, ...scope });
    },
  };
}
