// One document through Jekyll's renderer (renderer.rb#render_document):
// Liquid in the content, then the converter, then the layout chain.
import { isYamlFile } from '../read/parse-document.js';
import type { Drop } from '../site/drops.js';
import { DOCUMENT_DROP, ENDLESS_AS_LIQUID, markRubyObject, RUBY_TO_S } from '../values/document-drop-mark.js';
import { inspectString, rubyInspect, rubyObjectToS } from '../liquid/ruby/to-s.js';
import { documentText, layoutText, pageText } from './renderer-cache.js';
import type { Data, Layout, Site } from '../types.js';
import { deepMerge } from '../config/merge.js';
import type { ParsedLayout, RenderContext } from './context.js';
import { measured } from './profile.js';
import { liquidCacheKey } from './page-templates.js';
import { LiquidFailure } from '../liquid/errors.js';
import { hasLiquidConstruct } from '../liquid/construct.js';
import { KyllError } from '../errors/kyll-error.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import { hasOwnPagePath, rubyPagePath } from '../read/page-path.js';
import type { SassFilter } from './sass-filter.js';
import { sassConverterClass } from './sass.js';
import { sourceRelativeDir } from '../config/site-dir.js';
import { siteCodec } from '../read/text-codec.js';
import { dumpedBytes } from '../read/unmapped-chars.js';
import { rubyCharLength } from '../read/ruby-multibyte.js';
import type { TextClass } from '../liquid/site-encoding.js';

/** What the renderer needs of a post, page, document or generated page. */
export interface Renderable {
  readonly relativePath: string;
  readonly content: string;
  readonly contentLine: number;
  readonly ext: string;
  readonly data: Data;
  readonly renderWithLiquid?: boolean;
  /** Its text is not UTF-8 (Document#unreadable). */
  readonly unreadable?: { readonly reason: string; readonly line?: number };
  /** For the hooks: where the output goes, the collection (none for pages), Document#write?. */
  readonly outputPath?: string;
  readonly collection?: string | null;
  readonly write?: boolean;
  /** Renderer#output_ext when it is not the output path's extension (GeneratedPage#outputExt). */
  readonly outputExt?: string;
  /** How Jekyll's messages name it when not `relativePath` (GeneratedPage#messagePath). */
  readonly messagePath?: string;
  /** A page's data keys that only front matter defaults give (Page#defaultedKeys). */
  readonly defaultedKeys?: readonly string[];
}

export interface Rendered {
  /** After Liquid and conversion, before layouts: `page.content` from then on. */
  readonly content: string;
  /** The final output. */
  readonly output: string;
}

// Convertible#asset_file? and Document#asset_file?: sass_file? or coffeescript_file?, compared as written.
export const ASSET_EXTS = new Set(['.sass', '.scss', '.coffee']);

/** Whether a document's own Liquid runs: render_with_liquid not turned off, and a Liquid construct in its text (Utils.has_liquid_construct?). */
export function runsLiquid(doc: { readonly content: string; readonly data: Data; readonly renderWithLiquid?: boolean }): boolean {
  return doc.renderWithLiquid !== false && doc.data.render_with_liquid !== false && hasLiquidConstruct(doc.content);
}

/** `afterConvert` is the post_convert hook: it may replace the converted content before the layouts. */
export function renderDocument(
  doc: Renderable,
  page: Drop,
  ctx: RenderContext,
  extraScope: Data = {},
  afterConvert?: (content: string) => string,
): Rendered {
  const layoutName = doc.data.layout;
  // Renderer#assign_layout_data! reads the layout's data only: its Liquid is parsed when it renders
  // (render_layout), after the content's, so an error in the content is the one reported.
  // The lookup in parsedLayouts comes first all the same: an incremental build notes there that
  // this document depends on the layout, so that one deleted and restored renders it again.
  // (assign_layout_data! looks the value up as it is: only a string names a layout there)
  const firstLayout = typeof layoutName !== 'string' ? undefined : (ctx.parsedLayouts.get(layoutName)?.layout ?? ctx.site.layouts[layoutName]);
  // renderer.rb#assign_layout_data!: what the last document left, deep-merged over the layout's data.
  if (firstLayout) ctx.carry.layout = deepMerge(firstLayout.data, ctx.carry.layout ?? {});
  const scope: Data = {
    site: ctx.drops.site,
    page,
    // UnifiedPayloadDrop's layout and content are nil until a render sets them: found, even under strict_variables
    layout: ctx.carry.layout ?? null,
    content: ctx.carry.content ?? null,
    paginator: extraScope.paginator ?? null,
    jekyll: ctx.jekyll,
    theme: ctx.theme,
    ...highlighterAffixes(ctx, doc),
    ...extraScope,
  };
  // SiteDrop#related_posts is nil outside a document (found under strict_variables)
  if (ctx.lsi) ctx.lsi.current = page.collection == null ? null : page;
  else ctx.drops.site.related_posts = relatedPosts(ctx, page) ?? null;

  let text = doc.content;
  let liquidSource: string | undefined;
  const live = DOCUMENT_DROP in page;
  // pages render after every document (renderer-cache.ts judges include_relative by that order)
  if (!live && ctx.rendererTexts) ctx.rendererTexts.current = Infinity;
  if (doc.unreadable) refuseUnreadable(doc, ctx);
  // Document#render_with_liquid?: a collection's CoffeeScript file never runs Liquid (a page's does).
  if (runsLiquid(doc) && !(live && doc.ext === '.coffee')) {
    // LiquidRenderer's cache: a page renders the template of the first page with its page.path whose Liquid runs.
    if (!live && ctx.pageTemplates?.size) text = ctx.pageTemplates.get(liquidCacheKey(String(page.path)))?.find(runsLiquid)?.content ?? text;
    // ...which an include_relative of the page's file may have filled first (renderer-cache.ts)
    if (!live) text = pageText(ctx.rendererTexts, String(page.path), text);
    else if (ctx.rendererTexts) text = documentText(ctx.rendererTexts, doc.relativePath, text);
    ctx.debug?.('Rendering Liquid:', doc.messagePath ?? doc.relativePath);
    if (!live) refuseNilPagePath(doc, ctx);
    const tpl = ctx.liquid.parse(text, doc.relativePath, doc.contentLine - 1, live ? documentPath(ctx, doc.relativePath) : pageMessagePath(doc));
    liquidSource = text;
    text = measured(ctx.profile, doc.relativePath, () => ctx.liquid.render(tpl, scope));
  }
  ctx.debug?.('Rendering Markup:', doc.messagePath ?? doc.relativePath);
  const converted = convertContent(text, doc, ctx, liquidSource);
  ctx.debug?.('Post-Convert Hooks:', doc.messagePath ?? doc.relativePath);
  const content = afterConvert ? afterConvert(converted) : converted;
  // In a site of another `encoding:`, the content's encoding as far as known (liquid/site-encoding.ts)
  const contentClass = ctx.liquid.lastClass && content === converted ? convertedClass(liquidSource === undefined ? 'site' : (ctx.liquid.lastClass() ?? 'utf8'), doc, ctx) : 'unknown';
  // ...which it keeps wherever it is printed (`{{ post.content }}` in a loop)
  if ((contentClass === 'site' || contentClass === 'utf8') && ctx.liquid.knownTexts) ctx.liquid.knownTexts.note(content, contentClass);
  // A page's `page` is a hash made before it renders (Convertible#to_liquid in
  // Renderer#run): its layouts still see the source as page.content. A document's
  // drop is live (DocumentDrop): its layouts see the converted content.
  if (live) page.content = content;
  else {
    // ...while site.pages makes its hashes when read (Page#to_liquid), so this
    // page's own entry there already shows the converted content in its layouts.
    scope.page = { ...page };
    page.content = content;
  }

  let output = content;
  let outputClass = contentClass;
  // Convertible#place_in_layout?: never for an asset file (asset_file?: `.sass`, `.scss`, `.coffee`, case and all);
  // Document#place_in_layout?: nor for a document read from YAML (yaml_file?).
  const placeInLayout = layoutName !== 'none' && !ASSET_EXTS.has(doc.ext) && !(live && isYamlFile(doc.relativePath));
  if (placeInLayout) {
    ctx.debug?.('Rendering Layout:', doc.messagePath ?? doc.relativePath);
    // place_in_layouts runs for a document with no layout too: it empties payload["layout"]
    // first, so the next document's content sees no layout data left by this one's predecessors
    if (layoutName == null) ctx.carry.layout = null;
    else {
      const name = placedLayoutName(layoutName);
      ({ output, textClass: outputClass } = placeInLayouts(content, doc, findLayout(ctx, name), name, scope, ctx, !live, contentClass));
    }
  }
  if (ctx.utf8Outputs && doc.outputPath !== undefined) noteUtf8Output(ctx.utf8Outputs, doc.outputPath, output, outputClass);
  // A page's hash never has `output` (Page::ATTRIBUTES_FOR_LIQUID): site.pages shows none even once rendered.
  if (live) page.output = output;
  return { content, output };
}

/**
 * A file whose text is not UTF-8 (read without its front matter) is written as it is, unless
 * its Liquid runs (Liquid's tokenizer raises on the String) or kramdown converts it (kramdown's
 * parser refuses text that is not valid in its encoding). jekyll-commonmark's cmark reads the
 * bytes as they are: `markdown: CommonMark` (and CommonMarkGhPages, unless its HTML keeps such a
 * byte) converts the page (commonmark/kept-bytes.ts).
 */
function refuseUnreadable(doc: Renderable, ctx: RenderContext): void {
  const { reason, line } = doc.unreadable!;
  if (runsLiquid(doc)) throw new KyllError('INVALID_ENCODING', `Liquid Exception: ${reason} in ${doc.relativePath}`, { file: doc.relativePath, line }, { hint: 'Save the file as UTF-8.' });
  if (ctx.converters.kindFor(doc.ext) === 'markdown' && !isCommonMark(ctx.site.config.markdown)) {
    const encoding = siteCodec(ctx.site.config)?.name ?? 'UTF-8';
    const message = `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${doc.relativePath}': The source text contains invalid characters for the used encoding ${encoding}`;
    throw new KyllError('INVALID_ENCODING', message, { file: doc.relativePath, line }, { hint: 'Save the file as UTF-8.' });
  }
}

// jekyll-commonmark's converter or jekyll-commonmark-ghpages' (`markdown: GFM` under the GitHub
// Pages profile): cmark reads the bytes, and the converter decides (commonmark/converter.ts).
function isCommonMark(markdown: unknown): boolean {
  return typeof markdown === 'string' && ['commonmark', 'commonmarkghpages'].includes(markdown.toLowerCase());
}

/** The excerpt: Liquid and conversion, no layout (excerpt.rb). */
export function renderExcerpt(doc: Renderable, source: string, page: Drop, ctx: RenderContext): string {
  // Excerpt#path, which Renderer#render_liquid names: the document's absolute path and `/#excerpt`
  const named = `${documentPath(ctx, doc.relativePath) ?? doc.relativePath}/#excerpt`;
  return excerptOutput(doc, source, () => excerptDrop(page, source), `${doc.relativePath}#excerpt`, ctx, `${doc.relativePath}/#excerpt`, named);
}

/**
 * A page's excerpt (`page_excerpts`, page_excerpt.rb): as a document's, but while it renders
 * `page` is the page's own hash (PageExcerpt#to_liquid: the page's content, path and url).
 */
export function renderPageExcerpt(doc: Renderable, source: string, page: Drop, ctx: RenderContext): string {
  const path = `${String(page.path)}/#excerpt`;
  return excerptOutput(doc, source, () => pageExcerptHash(page, `${doc.relativePath}/#excerpt`), path, ctx, `${doc.relativePath}/#excerpt`, path);
}

// `page` is made only when the excerpt's Liquid runs: most excerpts have none, and the drop's
// copy (every property of the document's drop) cost a 1,000-post build 5% of its time.
// `relativePath`: Excerpt#relative_path, which Renderer#run's debug lines name.
// `named`: how a Liquid Exception names the excerpt (Excerpt#path).
function excerptOutput(doc: Renderable, source: string, page: () => Drop, name: string, ctx: RenderContext, relativePath: string, named: string): string {
  let text = source;
  let liquidSource: string | undefined;
  ctx.debug?.('Rendering:', relativePath);
  ctx.debug?.('Pre-Render Hooks:', relativePath);
  if (doc.data.render_with_liquid !== false && hasLiquidConstruct(text)) {
    ctx.debug?.('Rendering Liquid:', relativePath);
    const scope: Data = { site: ctx.drops.site, page: page(), jekyll: ctx.jekyll, theme: ctx.theme, paginator: null, layout: null, ...highlighterAffixes(ctx, doc) };
    liquidSource = text;
    try {
      text = ctx.liquid.render(ctx.liquid.parse(text, name, doc.contentLine - 1, named), scope);
    } catch (e) {
      // Renderer#render_liquid logs "Liquid Exception: ... in <excerpt path>" and raises again: the
      // template that read the excerpt then fails with its own line, the error the build stops with.
      if (e instanceof KyllError && e.message.startsWith('Liquid Exception')) ctx.diagnostics.push({ level: 'error', code: e.code, message: e.message });
      throw e;
    }
  }
  ctx.debug?.('Rendering Markup:', relativePath);
  const html = convertContent(text, doc, ctx, liquidSource);
  ctx.debug?.('Post-Convert Hooks:', relativePath);
  return html;
}

// The page's hash, whose `excerpt` is still the PageExcerpt in its data: Liquid turns that into
// this same hash again, and printing it shows the hash with the excerpt's #inspect inside.
function pageExcerptHash(page: Drop, id: string): Drop {
  const copy = (): Drop => {
    const out: Drop = {};
    for (const key of Object.keys(page)) Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(page, key)!);
    return out;
  };
  const hash = copy();
  const excerpt = copy();
  for (const d of [hash, excerpt]) Object.defineProperty(d, 'excerpt', { value: excerpt, enumerable: true, writable: true, configurable: true });
  markRubyObject(excerpt, `#<Jekyll::PageExcerpt id=${inspectString(id)}>`);
  Object.defineProperty(excerpt, ENDLESS_AS_LIQUID, { value: true });
  Object.defineProperty(excerpt, RUBY_TO_S, { value: () => rubyInspect(hash) });
  return hash;
}

// excerpt_drop.rb: while an excerpt renders, `page` is its ExcerptDrop: the document's
// fields, but its own excerpt is nil (so a post quoting page.excerpt does not recurse),
// and content, path, relative_path and id are the Excerpt's (the extracted text,
// `<relative_path>/#excerpt`: Excerpt#relative_path, which DocumentDrop#path also gives).
// The document drop's own properties are copied as they are: its lazy getters are not run.
function excerptDrop(page: Drop, source: string): Drop {
  const drop = Object.defineProperties({}, Object.getOwnPropertyDescriptors(page)) as Drop;
  const set = (key: string, value: unknown): void => void Object.defineProperty(drop, key, { value, enumerable: true, writable: true, configurable: true });
  set('excerpt', null);
  set('content', source);
  if (typeof page.path === 'string') set('path', `${page.path}/#excerpt`);
  if (typeof page.relative_path === 'string') set('relative_path', `${page.relative_path}/#excerpt`);
  if (typeof page.id === 'string') set('id', `${page.id}#excerpt`);
  // DocumentDrop delegates output to Excerpt#output, `@output ||= Renderer.new(...).run`: nil
  // while this render runs, so reading it (page.output, `{{ page }}`'s to_s, jsonify's to_h)
  // renders the excerpt again, until Ruby's "stack level too deep" (Jekyll 4.3.1, checked)
  Object.defineProperty(drop, 'output', { get: excerptOutputAgain, enumerable: true, configurable: true });
  return drop;
}

function excerptOutputAgain(): never {
  throw new LiquidFailure('plain', 'stack level too deep');
}

// renderer.rb#assign_highlighter_options!: the Markdown converter wraps
// {% highlight %} output in newlines (converters/markdown.rb); others have none: nil, which
// `{% if highlighter_prefix == nil %}` and `{% increment highlighter_prefix %}` tell from "".
function highlighterAffixes(ctx: RenderContext, doc: Renderable): Data {
  const affix = ctx.converters.kindFor(doc.ext) === 'markdown' ? '\n' : null;
  return { highlighter_prefix: affix, highlighter_suffix: affix };
}

/**
 * Renderer#convert: the text through the converter the document's extension names.
 * `liquidSource`: the text Liquid rendered into `text`, when it ran.
 */
export function convertContent(text: string, doc: Renderable, ctx: RenderContext, liquidSource?: string): string {
  const kind = ctx.converters.kindFor(doc.ext);
  switch (kind) {
    case 'markdown':
      return convertMarkdown(text, doc, ctx, liquidSource);
    case 'plugin':
      return ctx.converters.convertWithPlugins(text, doc.ext, doc.relativePath);
    case 'sass':
    case 'scss':
      // A page's Sass compiles asynchronously (with its source map): render-pages.ts finishes it.
      return doc.collection != null && ctx.sassify ? convertSassDocument(text, kind, doc, ctx.sassify) : text;
    default:
      return text;
  }
}

// Jekyll's Markdown converter answers a text it converted before from its cache (markdown.rb#convert,
// keyed by the text). A post with no excerpt separator in it (a file with CRLF line ends, a site
// whose `excerpt_separator` most posts lack) has its whole content as its excerpt: the same text
// twice, the second time taken from here. (The Markdown thread keeps its results by text already.)
// Kept with the converter that made it: a document read once and rendered by two builds (serve,
// renderSite on one read site) is converted again by the second, whose options may differ.
const lastConverted = new WeakMap<Renderable, { readonly text: string; readonly html: string; readonly by: RenderContext['markdown'] }>();

function convertMarkdown(text: string, doc: Renderable, ctx: RenderContext, liquidSource: string | undefined): string {
  refuseUntranscodable(text, doc, ctx);
  const markdown = ctx.markdownUtf8 && liquidSource !== undefined && liquidMadeUtf8(text, liquidSource) ? ctx.markdownUtf8() : ctx.markdown;
  const last = lastConverted.get(doc);
  if (last !== undefined && last.text === text && last.by === markdown) return last.html;
  const html = markdown.convert(text, doc.relativePath);
  // A conversion that warned converts again, as its warnings are the converter's to report.
  if (markdown.warnings.length === 0) lastConverted.set(doc, { text, html, by: markdown });
  return html;
}

/**
 * kramdown's Parser::Base#adapt_source converts the text to UTF-8 (String#encode): a character the
 * site's `encoding:` leaves undefined (Windows-1252's 0x81, 0x8D, 0x8F, 0x90, 0x9D, Big5's A3C0 and
 * user-defined area: read/unmapped-chars.ts) raises
 * Encoding::UndefinedConversionError, and Jekyll's Markdown converter stops the build with it.
 */
function refuseUntranscodable(text: string, doc: Renderable, ctx: RenderContext): void {
  // (a context made for one document may carry no site: a UTF-8 one)
  const config = ctx.site?.config;
  const codec = config?.encoding === undefined ? undefined : siteCodec(config);
  const found = codec?.untranscodable?.exec(text);
  if (!found || isCommonMark(config!.markdown)) return;
  const bytes = dumpedBytes(codec!.encode(found[0])!);
  // (UndefinedConversionError's words, as Ruby 3.1 gives them: a multibyte encoding's converter names both ends)
  const words = rubyCharLength(codec!.name) ? `${bytes} from ${codec!.name} to UTF-8` : `${bytes} to UTF-8 in conversion from ${codec!.name} to UTF-8`;
  const message = `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${doc.relativePath}': ${words}`;
  throw new KyllError('INVALID_ENCODING', message, { file: doc.relativePath, line: text.slice(0, found.index).split('\n').length }, { hint: 'Save the file in the site\'s encoding without that byte, or as UTF-8.' });
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The encoding of a document's converted text in a site of another `encoding:`, from its text's:
 * the file's own (the site's) when no Liquid ran, else Liquid's buffer's. kramdown gives back a
 * text of its source's encoding (Converter::Base.convert, `result.encode!`); another converter's
 * is not known here.
 */
function convertedClass(text: TextClass, doc: Renderable, ctx: RenderContext): TextClass {
  const kind = ctx.converters.kindFor(doc.ext);
  if (kind === 'markdown') return String(ctx.site.config.markdown ?? 'kramdown').toLowerCase() === 'kramdown' ? text : 'unknown';
  return kind === 'plugin' || kind === 'sass' || kind === 'scss' ? 'unknown' : text;
}

// In a site of another `encoding:`, Liquid's output buffer (a UTF-8 String) takes the file's
// encoding only when text of it beyond ASCII is appended: a text Liquid rendered is UTF-8 when
// its output, or the template's own text, is ASCII only.
function liquidMadeUtf8(output: string, template: string): boolean {
  return !NON_ASCII.test(output) || !NON_ASCII.test(template);
}

// jekyll-sass-converter associates its converter only with a Jekyll::Page (its :pages
// pre_render hook): a collection's .scss/.sass document compiles as "stdin", as scssify
// does (no source map), and a failure is Renderer#convert's "Conversion error".
function convertSassDocument(text: string, kind: 'sass' | 'scss', doc: Renderable, sassify: SassFilter): string {
  try {
    return sassify(text, kind);
  } catch (error) {
    if (!(error instanceof LiquidFailure)) throw error;
    throw new KyllError('SASS_ERROR', `Conversion error: ${sassConverterClass(kind)} encountered an error while converting '${doc.relativePath}': ${error.detail}`, { file: doc.relativePath });
  }
}

/** The layout Renderer#place_in_layouts looks up: `layout.to_s` (`layout: [post]` asks for one named '["post"]'). */
export function placedLayoutName(value: unknown): string {
  return typeof value === 'string' ? value : rubyObjectToS(value);
}

/** The layouts a collection document renders through, innermost first (as renderDocument places it). */
export function documentLayouts(site: Site, doc: Renderable): Layout[] {
  const name: unknown = doc.data.layout;
  if (name == null || name === 'none' || ASSET_EXTS.has(doc.ext) || isYamlFile(doc.relativePath)) return [];
  const out: Layout[] = [];
  for (let layout: Layout | undefined = site.layouts[placedLayoutName(name)]; layout && !out.includes(layout); ) {
    out.push(layout);
    const next: unknown = layout.data.layout;
    layout = typeof next === 'string' ? site.layouts[next] : undefined;
  }
  return out;
}

// renderer.rb#place_in_layouts: each layout renders with `content` set to
// the output so far and `layout` to its data merged over the inner one's.
function placeInLayouts(
  content: string,
  doc: Renderable,
  first: ParsedLayout | undefined,
  name: string,
  scope: Data,
  ctx: RenderContext,
  isPage = false,
  contentClass: TextClass = 'unknown',
): { output: string; textClass: TextClass } {
  if (!first) {
    ctx.carry.layout = null;
    ctx.diagnostics.push({
      level: 'warning',
      code: 'LAYOUT_NOT_FOUND',
      file: doc.relativePath,
      message: `Build Warning: Layout '${name}' requested in ${doc.messagePath ?? doc.relativePath} does not exist.`,
    });
    return { output: content, textClass: contentClass };
  }
  let output = content;
  // render_layout sets payload["content"] to each layout's input: the next
  // document sees what the outermost layout was given, not what it made.
  let lastInput = content;
  let layoutData: Drop | null = null;
  const used = new Set<ParsedLayout>();
  for (let current: ParsedLayout | undefined = first; current && !used.has(current); ) {
    used.add(current);
    // Renderer#render_layout: the inner layouts' data deep-merged over this one's
    layoutData = deepMerge(current.layout.data, layoutData ?? {});
    scope.content = lastInput = output;
    scope.layout = layoutData;
    const template = current.template;
    ctx.diagnostics.push(...current.warnings);
    const input = { text: output, class: contentClass };
    output = measured(ctx.profile, current.layout.relativePath, () => ctx.liquid.render(template, scope, input));
    if (ctx.liquid.lastClass) contentClass = ctx.liquid.lastClass() ?? 'utf8';
    if (isPage && current === first) checkPagePath(doc);
    const next: unknown = current.layout.data.layout;
    // a layout's own `layout` is looked up as it is, with no to_s: only a string names one
    current = typeof next === 'string' ? findLayout(ctx, next) : undefined;
  }
  ctx.carry.layout = layoutData;
  ctx.carry.content = lastInput;
  return { output, textClass: contentClass };
}

/**
 * Convertible#write and Document#write write the output String's bytes as they are (`mode: "wb"`):
 * in a site of another `encoding:`, an output whose first text beyond ASCII was UTF-8 (a front
 * matter title in an ASCII layout) is a UTF-8 String, written in UTF-8 (render/outputs.ts).
 */
function noteUtf8Output(outputs: Map<string, string>, outputPath: string, output: string, textClass: TextClass): void {
  if (textClass === 'utf8' && NON_ASCII.test(output)) outputs.set(outputPath, output);
  else outputs.delete(outputPath);
}

// Renderer#add_regenerator_dependencies, after the first layout renders: site.in_source_dir(document.path),
// where a page's path is its front matter's `path` when it has one (read/page-path.ts). Nothing or a String
// passes; anything else has no start_with? (PathManager.sanitize_and_join) and stops the build.
function checkPagePath(doc: Renderable): void {
  const path = rubyPagePath(doc);
  if (path == null || typeof path === 'string') return;
  // Ruby prints the class of the error after the message's first line, then error_highlight's line
  const line = 'clean_path = if questionable_path.start_with?("~") ^^^^^^^^^^^^';
  throw new KyllError('INVALID_CONFIG', `${noMethodText('start_with?', path)} (NoMethodError) ${line}`, { file: doc.relativePath }, {
    hint: `A page's \`path\` front matter must be text: ${doc.relativePath} sets it to something else.`,
  });
}

// LiquidRenderer#file(document.path) with a page whose front matter says `path:` with no value:
// #normalize_path's `case nil` meets `when theme_dir && ...`, which without a theme is nil, so
// nil === nil takes that branch and @site.theme.basename fails (with a theme it keeps nil).
function refuseNilPagePath(doc: Renderable, ctx: RenderContext): void {
  if (ctx.theme != null || !hasOwnPagePath(doc) || doc.data.path != null) return;
  const line = 'PathManager.join(@site.theme.basename, Regexp.last_match(:rest)) ^^^^^^^^^';
  throw new KyllError('LIQUID_EXCEPTION', `Liquid Exception: undefined method \`basename' for nil:NilClass ${line} in ${doc.relativePath}`, { file: doc.relativePath }, {
    hint: `Give the \`path\` front matter of ${doc.relativePath} a value, or remove it.`,
  });
}

/** How Renderer#render_liquid names a page in its messages: `path || relative_path`, Page#path being the front matter's `path` when it sets one. */
function pageMessagePath(doc: Renderable): string | undefined {
  const path = hasOwnPagePath(doc) ? doc.data.path : undefined;
  return path == null || path === false ? doc.messagePath : rubyObjectToS(path);
}

/** Document#path, which Renderer#render_liquid names in its errors: absolute, in collections_dir. */
function documentPath(ctx: RenderContext, relativePath: string): string | undefined {
  const { source, collections_dir: dir } = ctx.site.config;
  if (typeof source !== 'string' || !source.startsWith('/')) return undefined;
  // a collections_dir naming the source itself leaves Document#relative_path absolute already
  if (relativePath.startsWith('/')) return relativePath;
  // Collection#collection_dir: site.in_source_dir(collections_dir, ...) resolves `./` and `..`.
  const inner = typeof dir === 'string' && dir !== '' ? sourceRelativeDir(source, dir) : '';
  return `${source.replace(/\/+$/, '')}/${inner === '' ? '' : `${inner}/`}${relativePath}`;
}

function findLayout(ctx: RenderContext, name: string): ParsedLayout | undefined {
  let parsed = ctx.parsedLayouts.get(name);
  if (parsed) return parsed;
  const layout = ctx.site.layouts[name];
  if (!layout) return undefined;
  if (layout.unreadable) {
    const { reason, line } = layout.unreadable;
    throw new KyllError('INVALID_ENCODING', `Liquid Exception: ${reason} in ${layout.path ?? layout.relativePath}`, { file: layout.relativePath, line }, { hint: 'Save the file as UTF-8.' });
  }
  // Parsed once; its warnings go out where it renders (placeInLayouts), not where it is first looked up.
  const mark = ctx.diagnostics.length;
  // LiquidRenderer's cache: an include_relative of the layout's file that came first parsed it whole (renderer-cache.ts)
  const whole = layoutText(ctx.rendererTexts, layout);
  const template = whole === undefined
    ? ctx.liquid.parse(layout.content, layout.relativePath, layout.contentLine - 1, layout.path)
    : ctx.liquid.parse(whole, layout.relativePath, 0, layout.path);
  parsed = { layout, template, warnings: ctx.diagnostics.splice(mark) };
  ctx.parsedLayouts.set(name, parsed);
  return parsed;
}

// Without lsi, Jekyll's related posts are the ten most recent other posts (related_posts.rb),
// none at all while the site has fewer than two posts (RelatedPosts#build), even for a document of another collection.
function relatedPosts(ctx: RenderContext, page: Drop): Drop[] | undefined {
  if (page.collection == null) return undefined;
  const posts = ctx.drops.posts;
  if (posts.length < 2) return [];
  const out: Drop[] = [];
  for (const p of posts) {
    if (p !== page) out.push(p);
    if (out.length === 10) break;
  }
  return out;
}
