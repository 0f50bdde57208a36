// Everything a build needs before rendering, made once: the read site, the
// plugins and what they generate, the Markdown converter, the Liquid engine
// and the drops. The main thread and every render worker prepare the same
// build from the same inputs (the workers from the site the main thread read),
// so they render the same bytes.
import path from 'node:path';
import { createSassFilter, type SassFilter } from './sass-filter.js';
import type { SassCache } from './sass-cache.js';
import { KyllError } from '../errors/index.js';
import { withDiagnostics } from '../errors/kyll-error.js';
import { loadConfig } from '../config/load-config.js';
import { markdownSettings } from '../config/markdown-settings.js';
import { createJekyllLiquid } from '../liquid/index.js';
import { cachedAbsoluteUrl, createFilterCache, type FilterCache } from '../liquid/filters/url.js';
import { shareIncludes } from './include-sharing.js';
import { createMarkdownConverter, type MarkdownConverter } from '../markdown/index.js';
import { checkKramdownDependencies, kramdownSetupDeprecations, onFirstConvert, showKramdownSetup } from './kramdown-setup.js';
import { showingKramdownWarnings } from './kramdown-warnings.js';
import { defaultLangReset, defaultLangResetSettings } from './ghpages-default-lang.js';
import { rubyPluginsWarning } from '../plugins/ruby-plugins.js';
import { lsiRelated } from './lsi/related.js';
import { defaultsDeprecations, paginationDeprecation } from '../config/deprecation-warnings.js';
import { kramdownInputWarning } from '../config/kramdown-input-warning.js';
import { encodingWarning } from '../config/encoding-warning.js';
import { invalidMarkdownProcessor, refusingConverter } from './markdown-processor.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext } from '../plugins/plugin.js';
import { generatorOrder, transformSite } from '../plugins/transform.js';
import { configAfterInit, hookOrder, initGeneratedPage, newPagesAfterInit, siteAfterRead } from '../plugins/hooks.js';
import { withConverterOutputExts } from '../plugins/converter-urls.js';
import { createSmartify } from '../markdown/smartify.js';
import { resolveOptions } from '../markdown/options.js';
import { openSource, readSiteSteps, type ReadOptions } from '../site/build-collections.js';
import { runSteps, type Steps } from '../site/steps.js';
import { buildDrops, type Drop, type Drops } from '../site/drops.js';
import { siteTime } from '../site/site-time.js';
import { applySymlinkRules } from '../site/symlinks.js';
import type { ReadMemo } from '../site/read-memo.js';
import type { FirstRead } from '../site/first-dated.js';
import { floatToS } from '../values/ruby-float.js';
import { themeForConfig, themeGems } from '../site/theme.js';
import { sitePluginList } from './plugin-list.js';
import { themeDrop, themeSettings } from '../site/theme-drop.js';
import { withThemeConfig } from '../config/theme-config.js';
import type { Source } from '../source/source.js';
import type { Data, Diagnostic, Document, Site, SiteConfig } from '../types.js';
import type { ParsedLayout, RenderContext } from './context.js';
import { createConverterTable, pluginConverters } from './converters.js';
import type { MarkdownThread } from './markdown-thread.js';
import { hasMarkdown, markdownTexts } from './markdown-texts.js';
import { commonmarkOptionWarnings } from '../markdown/commonmark/option-warnings.js';
import { documentLayouts, renderExcerpt, renderPageExcerpt, runsLiquid } from './render-document.js';
import { generatedRenderable } from './render-pages.js';
import { sharedPageTemplates, type PageTemplates } from './page-templates.js';
import { includedText, rendererTexts } from './renderer-cache.js';
import { markLiquidDrop } from '../values/document-drop-mark.js';
import { debugTrail, readingLines } from './debug-trail.js';
import type { RenderProfile } from './profile.js';
import { traceThread } from './thread-trace.js';
import { generatedPageDrops, setOwnFields, standInForDocuments, withLiquidOff } from './generated-drops.js';
import { scopeOnStandIn } from './scope-on-stand-in.js';
import { inPlugin } from '../plugins/plugin-errors.js';
import { pluginEngine } from '../plugins/plugin-filters.js';
import { canConvertElsewhere, configureMarkdownThread } from './markdown-thread-settings.js';
import { lateThreadYoungGeneration, switchableConverter, worthALateThread } from './late-markdown-thread.js';
import { keepIn, type GeneratorMemo } from '../plugins/generator-memo.js';
import { hasKey } from '../values/own-keys.js';
import { noteFrontMatterTexts } from './known-texts.js';
import { forgetBinaryTexts } from '../values/binary-text.js';

export const JEKYLL_VERSION = '4.3.1';

export interface BuildInputs {
  source: string | Source;
  destination?: string;
  config?: Data;
  configFiles?: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Plugin objects (built-in ones come from `plugins:`; `_plugins` modules are loaded by the caller). */
  plugins?: readonly KyllPlugin[];
  theme?: Source;
  /** The source already opened by the caller (render-site reads `_plugins` from it first). */
  opened?: Source;
  profile?: RenderProfile;
  /** `--verbose`: Jekyll's debug lines, as diagnostics of level debug in the order they happen (debug-trail.ts). */
  verbose?: boolean;
  /** A long-lived build (lib/build) watches what rendering reads through these. */
  instrument?: Instrument;
  /** A long-lived build's parsed files, kept between reads (site/read-memo.ts). */
  memo?: ReadMemo;
  /** The site as another thread read it from the same inputs (a render worker's, parallel.ts): not read again. */
  read?: Site;
  /** Hears the site as read, before any plugin sees it (the main thread sends it to the render workers). */
  onRead?: (site: Site) => void;
  /** Hears each excerpt rendered (a render worker sends them back, so that the main thread does not render them again). */
  onExcerpt?: (doc: Document, excerpt: string) => void;
  /** A thread that converts the site's Markdown ahead of the render (markdown-thread.ts): given its texts once they are read. */
  markdownThread?: MarkdownThread;
  /** Without one: starts a Markdown thread, for a site whose read texts prove enough Markdown for one (late-markdown-thread.ts). */
  lateMarkdownThread?: (youngGenerationMb?: number) => MarkdownThread | undefined;
  /** Site#filter_cache of the builds before this one of the same Site (jekyll-multiple-languages-plugin). */
  filterCache?: FilterCache;
  /** What the generators memoized in the first of the builds of the same Site (jekyll-polyglot's languages one after the other). */
  generatorMemo?: GeneratorMemo;
  /** The Sass disk cache for the site's config, where the build keeps compiled Sass (sass-cache.ts): the scssify filters use it too. */
  sassCache?: (config: SiteConfig) => SassCache | undefined;
}

/** Hooks that let a long-lived build see what each output reads. */
export interface Instrument {
  /** The files Liquid reads (includes, include_relative), site and theme. */
  source(source: Source): Source;
  /** The model post_url and link look things up in. */
  site(site: Site): Site;
  /** The parsed-layout cache, asked on every layout lookup. */
  layouts(): Map<string, ParsedLayout>;
  /** Called once the drops exist; `replaced`: documents a generated page stands in for (redirect_to). */
  drops(drops: Drops, site: Site, replaced: ReadonlySet<string>): void;
  /** The pages that share a page.path, asked when one of them renders (page-templates.ts). */
  pageTemplates?(groups: PageTemplates): PageTemplates;
  /** The Sass compiler of the scssify/sassify filters and of Sass documents in collections. */
  sassify?(filter: SassFilter): SassFilter;
}

function trackedTemplates(instrument: Instrument | undefined, groups: PageTemplates): PageTemplates | undefined {
  if (groups.size === 0) return undefined;
  return instrument?.pageTemplates ? instrument.pageTemplates(groups) : groups;
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
  /** Every plugin of the build: the built-in ones named in `plugins:` and the given ones. */
  readonly plugins: readonly KyllPlugin[];
  /**
   * What an output shows depends on everything rendered before it, in order (ghpages-default-lang.ts):
   * a long-lived build renders the whole site again on each change, as for counters.
   */
  readonly wholeInOrder?: boolean;
  /** The Sass disk cache, if the inputs gave one (BuildInputs#sassCache). */
  readonly sassCache?: SassCache;
}

/** Collection documents in the order Jekyll renders them: posts first, then each collection. */
export function documentsInRenderOrder(site: Site, replaced: ReadonlySet<string>): Document[] {
  const labels = Object.keys(site.collections).sort((a, b) => (a === 'posts' ? -1 : b === 'posts' ? 1 : 0));
  return labels.flatMap((label) => site.collections[label]!.docs.filter((d) => !replaced.has(d.relativePath)));
}

export function prepareBuild(inputs: BuildInputs): PreparedBuild {
  return runSteps(prepareBuildSteps(inputs));
}

/** The names of `plugins:` (Site#gems), strings only, as External.require_with_graceful_fail takes them. */
function requiredGems(plugins: unknown): string[] {
  return Array.isArray(plugins) ? plugins.filter((p): p is string => typeof p === 'string') : typeof plugins === 'string' ? [plugins] : [];
}

/** prepareBuild, yielding between the files it reads (site/steps.ts): a build that a signal can stop pauses there (yield-point.ts). */
export function* prepareBuildSteps(inputs: BuildInputs): Steps<PreparedBuild> {
  const t0 = performance.now();
  // Ruby's Strings belong to one build: binary Strings this thread made in an earlier build are no longer looked for.
  forgetBinaryTexts();
  const opened = inputs.opened ?? openSource(inputs.source, inputs.destination);
  const given = inputs.plugins ?? [];
  const diagnostics: Diagnostic[] = [];
  // --verbose: Jekyll's debug lines among the diagnostics (kyll prints no info lines else)
  const debug = inputs.verbose ? debugTrail(diagnostics) : undefined;
  // Configuration#read_config_file's info line for each file, absolute
  const onFile = debug ? (file: string): void => debug('Configuration file:', path.resolve(opened.root, file)) : undefined;
  const loaded = loadConfig(opened, { configFiles: inputs.configFiles, overrides: inputs.config, env: inputs.env, destination: inputs.destination, onWarning: (d) => diagnostics.push(d), onFile });
  const siteDir = typeof inputs.source === 'string' ? inputs.source : undefined;
  const theme = inputs.theme ?? themeForConfig(loaded, inputs.env, siteDir, (message) => diagnostics.push({ level: 'warning', code: 'INVALID_CONFIG', message, file: '_config.yml' }), opened);
  // PluginManager#conscientious_require: External.require_with_graceful_fail logs each gem it
  // requires, the theme's runtime dependencies (require_theme_deps), then each name of `plugins:`
  if (debug) {
    // Theme#initialize, when Site#configure_theme makes the gem's theme
    if (theme && !inputs.theme && typeof loaded.theme === 'string') {
      debug('Theme:', loaded.theme);
      debug('Theme source:', theme.root);
    }
    for (const name of [...themeGems(theme), ...requiredGems(loaded.plugins)]) debug('Requiring:', name);
    // Commands::Build#build's info lines, once the site is set up, before it reads
    debug('Source:', path.resolve(String(loaded.source)));
    debug('Destination:', path.resolve(String(loaded.destination)));
    debug('Incremental build:', loaded.incremental !== undefined && loaded.incremental !== null && loaded.incremental !== false ? 'enabled' : 'disabled. Enable with --incremental');
    debug('Generating...', '');
  }
  // Site#config= reads the theme's _config.yml last, before the after_init hooks run.
  const config = configAfterInit(hookOrder(given), withThemeConfig(loaded, theme));
  // Said before reading: a site in an encoding kyll cannot read stops at its first file.
  const encoding = encodingWarning(config);
  if (encoding) diagnostics.push(encoding);
  const source = applySymlinkRules(opened, config);
  // The built-in plugins (plugin-list.ts), after the site's own.
  let listed: ReturnType<typeof sitePluginList>;
  try {
    listed = sitePluginList(opened, config, theme, inputs.env);
  } catch (e) {
    // A gem Jekyll cannot require: the lines said before it come first.
    throw withDiagnostics(e, diagnostics);
  }
  const { plugins, beforeSitePlugins, warnings: pluginWarnings } = listed;
  // The order Ruby defines the plugins' classes and registers their hooks in: the Gemfile's
  // group (Bundler.require) and the theme's gems, then `_plugins` (PluginManager#require_plugin_files;
  // here too those given to renderSite), then the `plugins:` gems (require_gems). Generators,
  // converters and hooks of equal priority run in that order (Plugin.descendants, Hooks.register).
  const allPlugins = [...plugins.slice(0, beforeSitePlugins), ...given, ...plugins.slice(beforeSitePlugins)];
  const hooked = hookOrder(allPlugins);
  let kramdownSetUp = false;
  // A processor no loaded gem defines fails the first conversion (markdown-processor.ts), unless
  // the site has Ruby plugins, which may define a class of that name (kyll cannot run them: it
  // converts with kramdown).
  const rubyPlugins = rubyPluginsWarning(source, config);
  const refusedProcessor = invalidMarkdownProcessor(config.markdown, allPlugins.map((p) => p.name), rubyPlugins !== undefined);
  const settings = markdownSettings(config);
  const local = refusedProcessor === undefined ? createMarkdownConverter(settings) : refusingConverter(refusedProcessor);
  // A GitHub Pages build whose highlight blocks may reset default_lang converts in render order, here.
  const plainSettings = refusedProcessor === undefined ? defaultLangResetSettings(settings, allPlugins.map((p) => p.name)) : undefined;
  const reset = plainSettings && defaultLangReset(local, createMarkdownConverter(plainSettings));
  const threadable = refusedProcessor === undefined && !reset;
  const ahead = threadable && inputs.markdownThread ? configureMarkdownThread(inputs.markdownThread, settings) : undefined;
  // No thread started before the read: one may still start once the texts are known.
  const late = threadable && !inputs.markdownThread && inputs.lateMarkdownThread && canConvertElsewhere(settings) ? switchableConverter(local) : undefined;
  const converter = reset ? reset.converter : ahead ? ahead.converter(local) : (late ?? local);
  let noteUse: (() => void) | undefined;
  let deprecationsTold = false;
  const setUp = (c: typeof converter): typeof converter => showingKramdownWarnings(onFirstConvert(c, () => kramdownSetUp, () => {
    // told once, before a missing dependency stops the build
    if (!deprecationsTold) for (const message of kramdownSetupDeprecations(config)) diagnostics.push({ level: 'warning', code: 'INVALID_CONFIG', message, file: '_config.yml' });
    deprecationsTold = true;
    checkKramdownDependencies(config);
    kramdownSetUp = true;
  }, () => noteUse?.()), settings.markdown.toLowerCase() === 'kramdown' ? settings.kramdown : undefined, (d) => void diagnostics.push(d));
  const markdown = setUp(converter);
  // A site `encoding:` other than UTF-8: kramdown writes a character as itself only where its
  // document's encoding has it, and that is the String's. Liquid's output is UTF-8 unless text of
  // the site's encoding beyond ASCII went into it (Ruby's String#<< on Liquid's empty UTF-8
  // buffer), and front matter and _data are UTF-8 (Psych): those convert as UTF-8 (made on first use).
  let utf8Converter: MarkdownConverter | undefined;
  const markdownUtf8 = settings.encoding !== undefined && refusedProcessor === undefined && settings.markdown.toLowerCase() === 'kramdown'
    ? (): MarkdownConverter => (utf8Converter ??= setUp(createMarkdownConverter({ ...settings, encoding: undefined })))
    : undefined;
  // markdownify runs on the same short strings again and again (site and page
  // titles through {% seo %}): remember recent results.
  // (a remembered result still notes the converter's use, as the conversion would)
  // jekyll-commonmark validates its names when Markdown#setup first runs: the first Markdown page or markdownify.
  const cmNames = refusedProcessor === undefined ? commonmarkOptionWarnings(config) : [];
  let cmSetUp: (() => void) | undefined = cmNames.length > 0 ? () => void ((cmSetUp = undefined), diagnostics.push(...cmNames)) : undefined;
  const markdownify = memoize((text: string): string => (cmSetUp?.(), (markdownUtf8?.() ?? markdown).convert(String(text ?? ''))), () => noteUse?.());
  // markdownify of a US-ASCII text (the to_s of a number, of most arrays): a converter made on first use
  let asciiMarkdownify: ((text: string) => string) | undefined;
  const markdownifyAscii = (text: string): string => {
    if (refusedProcessor !== undefined || settings.markdown.toLowerCase() !== 'kramdown') return markdownify(text);
    if (asciiMarkdownify === undefined) {
      const ascii = setUp(createMarkdownConverter({ ...settings, usAscii: true }));
      asciiMarkdownify = memoize((t: string): string => ascii.convert(String(t ?? '')), () => noteUse?.());
    }
    return asciiMarkdownify(text);
  };
  // Converters::SmartyPants hands the site's kramdown options to kramdown (entity_output, smart_quotes...).
  // Titles go through it again and again (jekyll-feed, templates): remembered as markdownify's are.
  const smartifyText = memoize(createSmartify(resolveOptions(settings.kramdown)));
  // Converters::SmartyPants' kramdown document parses the site's options too (reset.touched).
  const smartify = reset ? (text: string): string => (reset.touched(), smartifyText(text)) : smartifyText;
  // made on first use: only the to_s of a number or an array comes as US-ASCII text, whose
  // kramdown document has no character beyond ASCII to write as itself
  let asciiSmartify: ((text: string) => string) | undefined;
  const smartifyAscii = (text: string): string => {
    reset?.touched();
    asciiSmartify ??= memoize(createSmartify({ ...resolveOptions(settings.kramdown), encodable: (c: string) => c.charCodeAt(0) < 128 }));
    return asciiSmartify(text);
  };
  const environment = inputs.env.JEKYLL_ENV || 'development';
  const warn = (message: string, file?: string): void => void diagnostics.push({ level: 'warning', message, file });
  // One context for the whole build: its `site` follows the site through the hooks and generators.
  let current: Site;
  const filterCache = inputs.filterCache ?? createFilterCache();
  // What the generators read first (GeneratorResult#firstReads), and the undated posts they dated.
  const generatorReads: FirstRead[] = [];
  const datedByGenerators = new Set<string>();
  const pluginCtx: PluginContext = {
    datedByGenerators,
    ...(debug ? { debug } : {}),
    get site() {
      return current;
    },
    absoluteUrl: cachedAbsoluteUrl(filterCache, () => current.config),
    keep: (key, make) => keepIn(inputs.generatorMemo, key, make),
    environment,
    markdownify,
    smartify,
    source,
    env: inputs.env,
    warn,
    initPage: (page) => initGeneratedPage(hooked, page, pluginCtx),
  };
  const at = (site: Site): void => void (current = site);

  let raw: Site;
  try {
    raw = inputs.read ?? (yield* readSiteSteps(source, config, siteTime(inputs.env, config), theme, inputs.memo, readOptionsOf(allPlugins, config)));
  } catch (e) {
    // A file that stops the read: the warnings so far (the encoding's) are printed before it.
    throw withDiagnostics(e, diagnostics);
  }
  traceThread('read');
  // With --verbose, the read's lines about posts go with their folder's `Reading:` lines, as Jekyll logs them.
  const placed = new Set<Diagnostic>();
  if (debug) readingLines(debug, raw, source, (d) => void (diagnostics.push(d), placed.add(d)));
  inputs.onRead?.(raw);
  const sources = ahead || late ? markdownTexts(raw, createConverterTable(config, pluginConverters(allPlugins)), hooked) : [];
  ahead?.send(sources);
  const lateThread = late && worthALateThread(sources, settings, inputs.env.KYLL_LATE_THREAD_CHARS) ? inputs.lateMarkdownThread!(lateThreadYoungGeneration(settings)) : undefined;
  if (late && lateThread && configureMarkdownThread(lateThread, settings)) {
    lateThread.send(sources);
    late.use(lateThread.converter(local));
  }
  const read = withConverterOutputExts(raw, given.flatMap((p) => p.converters ?? []));
  at(read);
  const readSiteModel = siteAfterRead(hooked, read, pluginCtx, at);
  const readMs = performance.now() - t0;

  diagnostics.push(...(readSiteModel.diagnostics ?? []).filter((d) => !placed.has(d)));
  if (rubyPlugins) diagnostics.push(rubyPlugins);
  const pagination = paginationDeprecation(config, allPlugins.map((p) => p.name));
  if (pagination) diagnostics.push(pagination);
  diagnostics.push(...defaultsDeprecations(config));
  const htmlInput = kramdownInputWarning(config);
  if (htmlInput) diagnostics.push(htmlInput);
  // jekyll-commonmark-ghpages' render_rouge calls get_processor, a new CommonMarkGhPages that validates again, on each highlight block.
  const cmOnHighlight = cmNames.length > 0 && config.markdown === 'CommonMarkGhPages' ? (): void => void diagnostics.push(...cmNames) : undefined;
  if (cmSetUp && hasMarkdown(read, createConverterTable(config, pluginConverters(allPlugins)))) cmSetUp();
  diagnostics.push(...pluginWarnings);
  // Generators that edit what was read (pages from static files, titles, layouts, links);
  // the pages they make from files get the post_init hooks, as Page#initialize runs them.
  // A generator's pages as a later one would see them: its warnings are given once, when it really runs.
  const generateOn = (plugin: KyllPlugin, on: Site): readonly GeneratedPage[] =>
    inPlugin(plugin, 'generate', () => plugin.generate?.({ ...pluginCtx, site: on, warn: () => {}, debug: () => {}, keep: (key, make) => keepIn(inputs.generatorMemo, key, make, false) }).pages ?? []);
  const { site: transformed, pagesBefore } = transformSite(readSiteModel, allPlugins, { source, environment, env: inputs.env, warn, markdownify }, generateOn);
  at(transformed);
  const site = newPagesAfterInit(hooked, readSiteModel, transformed, pluginCtx);
  at(site);
  const instrument = inputs.instrument;
  const sassCache = inputs.sassCache?.(site.config);
  const sassFilter = createSassFilter(source, site.config, theme, undefined, sassCache);
  const sassify = instrument?.sassify ? instrument.sassify(sassFilter) : sassFilter;
  const liquid = createJekyllLiquid({
    config: site.config,
    source: instrument ? instrument.source(source) : source,
    themeSource: theme && instrument ? instrument.source(theme) : theme,
    site: instrument ? instrument.site(site) : site,
    markdownify,
    markdownifyAscii,
    smartify,
    smartifyAscii,
    sassify,
    warn: (message, file) => diagnostics.push({ level: 'warning', code: 'LIQUID_SYNTAX', message, file }),
    logWarning: (message) => diagnostics.push({ level: 'warning', message }),
    profile: inputs.profile,
    activeSupport: allPlugins.some((p) => p.activeSupport === true),
    onRougeHighlight: reset && cmOnHighlight ? () => (reset.highlighted(), cmOnHighlight()) : (reset?.highlighted ?? cmOnHighlight),
    filterCache,
  });
  // the site's own plugins (and those given to renderSite) get an engine whose filters raise as a Ruby plugin's do
  const ownEngine = given.length > 0 ? pluginEngine(liquid.engine) : liquid.engine;
  for (const plugin of allPlugins) inPlugin(plugin, 'registerLiquid', () => plugin.registerLiquid?.(given.includes(plugin) ? ownEngine : liquid.engine, pluginCtx));

  // Generate: plugins add pages (and may replace source pages, as jekyll-paginate does),
  // in generator order (jekyll-archives' pages before jekyll-paginate's, which is :lowest).
  const generated: GeneratedPage[] = [];
  // Where each generated page goes in site.pages: after the pages there when its generator ran.
  const placeOf = new Map<GeneratedPage, number>();
  const replaced = new Set<string>();
  const removed = new Set<string>();
  const merges: Array<{ readonly relativePath: string; readonly data: Data }> = [];
  const configSetters: NonNullable<GeneratorResult['config']>[] = [];
  const urlsRead: string[] = [];
  // The undated posts (drafts) a generator dates by reading their URL (a date placeholder in it).
  const urlDated = new Set((site.collections.posts?.docs ?? []).filter((d) => d.dated === false && d.urlDated).map((d) => d.relativePath));
  for (const plugin of generatorOrder(allPlugins)) {
    const started = performance.now();
    const result = inPlugin(plugin, 'generate', () => plugin.generate?.(pluginCtx));
    // Site#generate's debug line for each generator, `Time.now - start` as a Float
    if (plugin.generatorClass) pluginCtx.debug?.('Generating:', `${plugin.generatorClass} finished in ${floatToS(Math.round((performance.now() - started) * 1e6) / 1e9)} seconds.`);
    if (!result) continue;
    for (const made of result.pages ?? []) {
      const page = withLiquidOff(site.config, made);
      const onStandIn = scopeOnStandIn(generated, page, replaced);
      if (onStandIn) {
        placeOf.set(onStandIn.page, placeOf.get(generated[onStandIn.index]!)!);
        generated[onStandIn.index] = onStandIn.page;
        continue;
      }
      generated.push(page);
      placeOf.set(page, pagesBefore.get(plugin) ?? site.pages.length);
    }
    if (result.config) configSetters.push(result.config);
    for (const r of result.replaces ?? []) replaced.add(r);
    merges.push(...(result.merges ?? []));
    urlsRead.push(...(result.urlsRead ?? []));
    // Document#url fills a date placeholder through Document#date, which sets an undated draft's
    // data["date"]: the generators after this one (jekyll-paginate's SiteDrop#posts) sort it by that date.
    for (const p of result.urlsRead ?? []) if (urlDated.has(p)) datedByGenerators.add(p);
    for (const read of result.firstReads ?? []) {
      generatorReads.push(read);
      if (read[0] === 'date') datedByGenerators.add(read[1]);
    }
    for (const r of result.removes ?? []) {
      removed.add(r);
      replaced.add(r);
    }
  }

  let ctx!: RenderContext;
  // A generated page's excerpt (`page_excerpts`): its own (jekyll-paginate's Page.new), or that of the page it copies.
  const generatedDrops = generatedPageDrops(site.config, generated, (g, drop) =>
    g.excerptOf === undefined ? renderPageExcerpt(generatedRenderable(g), g.excerptSource ?? '', drop, ctx) : String(drops.byPath.get(g.excerptOf)?.excerpt ?? ''),
  );
  // A generator's `site.config[key] = ...` (jekyll-archives' site.archives): Liquid sees it as site.<key>.
  const dropOf = (g: GeneratedPage): Drop => generatedDrops.get(g)!;
  const configured = configSetters.reduce((config, set) => ({ ...config, ...set(dropOf) }), site.config);
  const drops = buildDrops(
    configSetters.length ? { ...site, config: configured } : site,
    (doc, drop) => {
      if (doc.excerptSource === undefined) return '';
      const excerpt = doc.kind === 'page' ? renderPageExcerpt(doc, doc.excerptSource, drop, ctx) : renderExcerpt(doc, doc.excerptSource, drop, ctx);
      inputs.onExcerpt?.(doc, excerpt);
      return excerpt;
    },
    generated.map((g) => ({ drop: generatedDrops.get(g)!, replaces: g.relativePath, after: placeOf.get(g) })),
    replaced,
    removed,
    merges,
  );
  showKramdownSetup(drops.site, site.config, () => kramdownSetUp);
  // A long-lived build replays the setup for an output it does not render again (build/walk.ts).
  const setUpEarly = kramdownSetUp; // a generator converted Markdown before anything rendered
  drops.setUps.set('kramdown', { get on() { return kramdownSetUp; }, set: (on) => void (kramdownSetUp = on || setUpEarly) });
  noteUse = () => drops.noteUse('kramdown');
  standInForDocuments(site, generated, generatedDrops, drops.byPath);
  // A generator that read an undated post's URL (with a date placeholder) dated it (Document#url).
  drops.replayFirstReads(urlsRead.filter((p) => urlDated.has(p)).map((p) => ['date', p] as const));
  drops.replayFirstReads(generatorReads);
  // Page fields that are other drops (jekyll-archives' page.posts), set before anything renders.
  setOwnFields(generated, generatedDrops, drops.site);
  // before the recording wraps the site drop's keys
  // a collection named `related_posts` stands in for them (drops.ts), with lsi on too
  const lsi = hasKey(site.collections, 'related_posts') ? undefined : lsiRelated(site.config, drops);
  instrument?.drops(drops, site, replaced);
  // A recorded (long-lived) build renders some pages only: the order that cache depends on is a whole build's.
  const texts = instrument ? undefined : rendererTexts(site, runsLiquid, (doc) => documentLayouts(site, doc), source.root);
  liquid.useRendererTexts(texts && ((path, read) => includedText(texts, path, read)));
  liquid.useSiteText(siteTextLength(site));
  if (liquid.knownTexts) noteFrontMatterTexts(liquid.knownTexts, site);
  ctx = {
    site,
    liquid,
    markdown,
    ...(markdownUtf8 ? { markdownUtf8 } : {}),
    ...(liquid.lastClass ? { utf8Outputs: new Map<string, string>() } : {}),
    converters: createConverterTable(site.config, pluginConverters(allPlugins)),
    drops,
    sassify,
    jekyll: markLiquidDrop({ version: JEKYLL_VERSION, environment }, 'Jekyll::Drops::JekyllDrop', true),
    theme: allPlugins.some((p) => p.theme?.configVariable === true) ? themeSettings(site.config) : themeDrop(theme),
    diagnostics,
    ...(debug ? { debug } : {}),
    parsedLayouts: instrument ? instrument.layouts() : new Map(),
    carry: { layout: null, content: undefined },
    hooked,
    ...(lsi ? { lsi } : {}),
    plugin: pluginCtx,
    profile: inputs.profile,
    rendererTexts: texts,
    pageTemplates: trackedTemplates(
      instrument,
      sharedPageTemplates(drops.pages, [
        ...site.pages.filter((p) => !replaced.has(p.relativePath)).map((p) => [drops.dropFor(p as Document), p] as const),
        ...generated.filter((g) => !g.render).map((g) => [generatedDrops.get(g)!, { content: g.content ?? '', data: g.data, relativePath: g.relativePath }] as const),
      ]),
    ),
  };
  relativePermalinksAreDeprecated(site.config);
  // Site#render: the site's pre_render hooks get the payload before anything renders.
  for (const plugin of hooked) inPlugin(plugin, 'its site pre_render hook', () => plugin.hooks!.site?.pre_render?.(site, { site: drops.site, jekyll: ctx.jekyll }, pluginCtx));
  // An include's highlight block must run each time it is rendered, where a reset may follow.
  if (!reset) shareIncludes(ctx, allPlugins, instrument !== undefined);
  traceThread('prepared');
  return { source, theme, site, ctx, generated, generatedDrops, replaced, diagnostics, readMs, plugins: allPlugins, wholeInOrder: reset !== undefined, ...(sassCache ? { sassCache } : {}) };
}

// site.rb#relative_permalinks_are_deprecated: Site#render stops, before any
// document renders, when the config still asks for Jekyll 2's relative permalinks.
function relativePermalinksAreDeprecated(config: Data): void {
  const value = config.relative_permalinks;
  if (value === undefined || value === null || value === false) return;
  throw new KyllError(
    'INVALID_CONFIG',
    'Since v3.0, permalinks for pages in subfolders must be relative to the site source directory, not the parent directory. Check https://jekyllrb.com/docs/upgrading/ for more info.',
    { file: '_config.yml' },
  );
}

function memoize(fn: (text: string) => string, remembered?: () => void, limit = 20_000): (text: string) => string {
  const cache = new Map<string, string>();
  // Long texts too, up to a budget of characters: a theme's lists convert each post's content
  // again on every page that shows it (chirpy: the home pages, and the related posts of others).
  let long = 0;
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (cache.size >= limit) {
        cache.clear();
        long = 0;
      }
      if (text.length > 4096) {
        long += text.length + out.length;
        if (long > LONG_TEXTS_BUDGET) return out;
      }
      cache.set(text, out);
    } else remembered?.();
    return out;
  };
}

/** Characters (texts and results) of the long texts a memoized converter keeps. */
const LONG_TEXTS_BUDGET = 16_000_000;

/** What the build's plugins change in the read (jekyll-data's theme data, a language's posts). */
function readOptionsOf(plugins: readonly KyllPlugin[], config: SiteConfig): ReadOptions {
  const options: ReadOptions = { themeDataDir: plugins.some((p) => p.theme?.dataDir === true) };
  return plugins.reduce((o, p) => ({ ...o, ...p.readOptions?.(config) }), options);
}

/** The characters of the site's pages and documents (posts among them): the Liquid memory budget grows with it (liquid/limits.ts). */
function siteTextLength(site: Site): number {
  const texts = new Set<{ readonly content: string }>([...site.pages, ...site.posts]);
  for (const label in site.collections) for (const doc of site.collections[label]!.docs) texts.add(doc);
  let chars = 0;
  for (const t of texts) chars += t.content.length;
  return chars;
}
