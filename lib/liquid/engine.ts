// The liquidjs engine set up for Jekyll 4.3 (Ruby Liquid 5.4): our tags and filters,
// Ruby's way of printing values, Jekyll's error wording, includes parsed once per build.
import { Liquid } from 'liquidjs';
import type { Template } from 'liquidjs';
import type { Source } from '../source/source.js';
import { KyllError } from '../errors/index.js';
import { JekyllTime } from '../time/index.js';
import { removeBlankStrings } from './blank.js';
import { fixLiterals, literalNamedVariables } from './literals.js';
import { markBracketKeys } from './bracket-keys.js';
import { LiquidFailure, toKyllError } from './errors.js';
import { incompatibleEncodings } from '../values/binary-text.js';
import { forgetUsAsciiTexts } from './filters/us-ascii.js';
import { joinPath } from './env.js';
import type { IncludeDir, JekyllEnv, JekyllLiquidOptions } from './env.js';
import { rubyOperators } from './operators.js';
import { registerFilters } from './filters/index.js';
import { registerTags } from './tags/index.js';
import { sourceFs } from './source-fs.js';
import { failUnknownFiltersWhenCalled } from './strict-filters.js';
import { relaxOutputs } from './lax/output.js';
import { laxSource, type RubyLines } from './lax/source.js';
import { relineTokens } from './ruby-lines.js';
import { JekyllContext } from './context.js';
import { boundItems, itemBudget, liquidLimits, memoryBudget } from './limits.js';
import { printedValue, useSyncOutputs } from './sync-output.js';
import { runSync, TextEmitter, useSyncTemplates } from './sync-templates.js';
import { sourceRelativeDir } from '../config/site-dir.js';
import { SharedIncludes } from './shared-includes.js';
import { stripBom } from '../read/front-matter.js';
import { readUtf8 } from '../read/decode.js';
import { fileReadCodec, siteCodec } from '../read/text-codec.js';
import { EncodingEmitter, KnownTexts, type TextClass } from './site-encoding.js';
import { rubyTruthy } from '../values/truthy.js';
import { frontMatterToS } from '../values/front-matter-to-s.js';

export type { JekyllLiquidOptions } from './env.js';

/** A parsed template: what `parse` returns and `render` takes. */
export interface ParsedTemplate {
  readonly templates: Template[];
  readonly file: string;
  readonly text: string;
  readonly lineOffset: number;
  /** How an error message names the file, when not as `file` (a document's or layout's absolute path). */
  readonly named?: string;
  /** The text liquidjs parsed (Ruby's lax reading of `text`, on the same lines). */
  readonly parsedText?: string;
}

export interface JekyllLiquid {
  /** Plugins register tags and filters on it. */
  readonly engine: Liquid;
  /** Parse once; `file` names the template in errors, `lineOffset` is the number of lines before the body. */
  /** `named`: how an error message names the file (Renderer#render_liquid's path), `file` by default. */
  parse(text: string, file: string, lineOffset?: number, named?: string): ParsedTemplate;
  /** Render synchronously with a scope { site, page, layout, content, paginator, jekyll, ... }. */
  render(tpl: ParsedTemplate, scope: Record<string, unknown>, content?: { readonly text: string; readonly class: TextClass }): string;
  /**
   * In a site of another `encoding:`, the encoding of the last render's text as far as known
   * (./site-encoding.ts; `content`: a layout's input and its class). Absent in other sites.
   */
  readonly lastClass?: () => TextClass;
  /** In a site of another `encoding:`, the build's texts whose encoding is known (./site-encoding.ts#KnownTexts). */
  readonly knownTexts?: KnownTexts;
  /**
   * From now on, outputs of includes that read nothing of the page (./include-purity.ts) are
   * rendered once and reused for renders whose `site` is this drop. The caller promises that
   * nothing changes the site while pages render but what Jekyll itself changes (related
   * posts, documents' content and output); `indexVersion` counts the keys templates added
   * to site.categories and site.tags, after which a shared output is made again.
   */
  shareIncludes(site: object, documentLists: Iterable<string>, indexVersion?: () => number): void;
  /** Where include_relative gets the text another render put under a file's path (render/renderer-cache.ts). */
  useRendererTexts(lookup: JekyllEnv['rendererText']): void;
  /** The characters of the site's documents and pages, which a whole-site page may go over (./limits.ts). */
  useSiteText(chars: number): void;
}

export function createJekyllLiquid(opts: JekyllLiquidOptions): JekyllLiquid {
  const liquidConfig = (opts.config.liquid ?? {}) as Record<string, unknown>;
  const includeDirs = includesLoadPaths(opts);
  const limits = liquidLimits(liquidConfig);
  const engine = new Liquid({
    // strict_filters fails when an unknown filter runs, not when it parses (./strict-filters.ts)
    strictFilters: false,
    // Template#apply_options_to_context sets them when the option is truthy ("yes" and 0 too)
    strictVariables: rubyTruthy(liquidConfig['strict_variables']),
    // Liquid's Variable#render_to_output_buffer: arrays joined, nil empty, Ruby's to_s
    outputEscape: printedValue,
    operators: rubyOperators({ activeSupport: opts.activeSupport }),
    // Property reads go through JekyllContext (./property.ts); liquidjs's own flag stays on for its filters.
    ownPropertyOnly: true,
    ...limits,
    fs: sourceFs(includeDirs),
    relativeReference: false,
    dynamicPartials: true,
    cache: true,
    greedy: true,
  });
  // Jekyll's default error_mode is `warn`: Liquid parses laxly and warns (`lax`: silently).
  const errorMode = String(liquidConfig['error_mode'] ?? 'warn');
  const laxMode = errorMode !== 'strict';
  // Jekyll's Renderer#render_liquid: "Liquid Warning: <Liquid::SyntaxError#to_s> in <path>",
  // the line counted from the start of the body as Liquid counts it
  // the message names the file as the renderer does (`named`: a document's or layout's absolute path)
  const warn = (file: string, named = file) => (message: string, line: number): void => {
    if (errorMode === 'warn') opts.warn?.(`Liquid Warning: Liquid syntax error (line ${line}): ${message} in ${named}`, file);
  };
  // the registered tags, for the lax reading's "Unknown tag" (at its line, before later errors)
  const isTag = (name: string): boolean => name in engine.tags;
  const readLaxly = (text: string, note: (message: string, line: number) => void, rubyLines: RubyLines): string =>
    laxSource(text, (n) => note(n.message, n.line), !laxMode, isTag, rubyLines, errorMode === 'lax');
  const zone = typeof opts.config.timezone === 'string' && opts.config.timezone ? opts.config.timezone : undefined;
  const parsed = new Map<string, Template[]>();
  const counters: Record<string, number> = {};
  let hasCounters = false;
  let siteText = 0;
  const now = (): JekyllTime => opts.site.time;
  const codec = fileReadCodec(opts.config);
  const env: JekyllEnv = {
    shared: undefined,
    opts,
    engine,
    zone,
    includeDirs,
    now,
    date: { zone, now },
    rendererText: undefined,
    parseFile(source: Source, path: string, label: string, rendererPath?: string): Template[] {
      // IncludeTag#read_file reads with site.file_read_opts (`bom|utf-8`): a leading BOM is dropped.
      // Bytes that are not UTF-8 stop the render as Liquid's tokenizer does ("invalid byte sequence in UTF-8").
      const read = (): string => {
        const decoded = readUtf8(source, path, codec);
        if (!decoded.ok) throw new KyllError('INVALID_ENCODING', decoded.reason, { file: path, line: decoded.line });
        return stripBom(decoded.text);
      };
      const body = rendererPath === undefined ? undefined : env.rendererText?.(rendererPath, read);
      if (body !== undefined) return parseWhole(body, label);
      const key = `${source.root}\0${path}`;
      let tpl = parsed.get(key);
      if (!tpl) {
        tpl = parseWhole(read(), label);
        parsed.set(key, tpl);
      }
      return tpl;
    },
  };
  // An include parses laxly and quietly: IncludeTag#load_cached_partial parses it with
  // Liquid::Template.parse, and nothing prints that template's warnings (only
  // Renderer#render_liquid prints those of a document's or layout's own template).
  const quiet = (): void => undefined;
  function parseWhole(raw: string, label: string): Template[] {
    const rubyLines: RubyLines = [];
    const text = laxSource(raw, quiet, !laxMode, isTag, rubyLines, errorMode === 'lax');
    try {
      return parseTemplates(engine, text, label, rubyLines);
    } catch (e) {
      const relaxed = laxMode ? relaxedTemplates(engine, text, label, 0, quiet) : undefined;
      if (!relaxed) throw e;
      return relaxed.templates;
    }
  }
  registerFilters(engine, env);
  registerTags(engine, env);
  // liquidjs's own tags that Ruby Liquid 5.4 lacks: "Unknown tag 'layout'" in Jekyll
  delete engine.tags['layout'];
  delete engine.tags['block'];
  // A site of another `encoding:` has its output buffer checked as Ruby's String#<< does (./site-encoding.ts),
  // unless a plugin gives pages titles from their text (jekyll-titles-from-headings: then of the site's encoding).
  const encodedAs = siteCodec(opts.config)?.name;
  const classed = encodedAs !== undefined && !JSON.stringify([opts.config.plugins, opts.config.gems]).includes('titles-from-headings');
  useSyncOutputs(engine, () => env.shared, classed);
  useSyncTemplates(engine);
  // the build's own tags and filters, before plugins add theirs (an include using those is not shared)
  const ownTags = { ...engine.tags };
  const ownFilters = { ...engine.filters };
  if (rubyTruthy(liquidConfig['strict_filters'])) failUnknownFiltersWhenCalled(engine);

  let lastClass: TextClass;
  const knownTexts = classed ? new KnownTexts() : undefined;
  return {
    engine,
    ...(classed ? { lastClass: () => lastClass, knownTexts } : {}),
    useRendererTexts(lookup) {
      env.rendererText = lookup;
    },
    useSiteText(chars) {
      siteText = chars;
    },
    shareIncludes(site, documentLists, indexVersion) {
      env.shared = new SharedIncludes(site, { tags: ownTags, filters: ownFilters, documentLists: new Set(documentLists) }, indexVersion);
    },
    parse(text, file, lineOffset = 0, named = file) {
      // Renderer#render_liquid prints the template's warnings once it has parsed: none when the parse fails
      const notes: Array<[string, number]> = [];
      const note = (message: string, line: number): void => void notes.push([message, line]);
      const warned = <T>(parsed: T): T => {
        for (const [message, line] of notes) warn(file, named)(message, line);
        return parsed;
      };
      let parsedText: string;
      const rubyLines: RubyLines = [];
      try {
        parsedText = readLaxly(text, note, rubyLines);
      } catch (e) {
        // What Ruby's tokenizer and lax parsers reject (`{{ a }` unterminated...) is an error in every error_mode.
        throw toKyllError(e, file, text, lineOffset, text, named);
      }
      try {
        return warned({ templates: parseTemplates(engine, parsedText, file, rubyLines), file, text, lineOffset, parsedText, named });
      } catch (e) {
        const relaxed = laxMode ? relaxedTemplates(engine, parsedText, file, lineOffset, note) : undefined;
        if (relaxed) return warned({ ...relaxed, text, named });
        throw toKyllError(e, file, text, lineOffset, parsedText, named);
      }
    },
    render(tpl, scope, content) {
      // increment/decrement write their counters into the top-level environment, which in
      // Jekyll is the one payload drop of the whole build (Site#render): they carry on from
      // one document and layout to the next, under the scope's own names
      const environment: Record<string, unknown> = hasCounters ? { ...counters, ...scope } : { ...scope };
      forgetUsAsciiTexts();
      try {
        const ctx = new JekyllContext(environment, engine.options, { sync: true, memoryLimit: memoryBudget(limits.memoryLimit, scope.content, siteText) }, { liquid: engine });
        boundItems(ctx.memoryLimit, itemBudget(limits.memoryLimit, scope.content));
        // Liquid#renderSync with its emitter made here: the template list then renders in a plain loop (./sync-templates.ts)
        const emitter = classed ? new EncodingEmitter(encodedAs!, content, knownTexts) : new TextEmitter();
        const out = runSync(engine.renderer.renderTemplates(tpl.templates, ctx, emitter as never)) as string;
        if (emitter instanceof EncodingEmitter) lastClass = emitter.textClass;
        // a binary String (base64_decode's) joined with UTF-8 text beyond ASCII: Ruby's output buffer refuses it
        const clash = incompatibleEncodings(out);
        if (clash !== undefined) throw new LiquidFailure('plain', clash);
        return out;
      } catch (e) {
        throw toKyllError(e, tpl.file, tpl.text, tpl.lineOffset, tpl.parsedText, tpl.named);
      } finally {
        for (const k in environment) {
          const v = environment[k];
          if (typeof v === 'number' && !(k in scope)) {
            counters[k] = v;
            hasCounters = true;
          }
        }
      }
    },
  };
}

/** A template whose sloppy outputs are read as Ruby's lax parser reads them, or undefined. */
function relaxedTemplates(engine: Liquid, text: string, file: string, lineOffset: number, warn: (markup: string, line: number) => void): ParsedTemplate | undefined {
  const notes: Array<[string, number]> = [];
  const parses = (output: string): boolean => {
    try {
      engine.parse(output);
      return true;
    } catch {
      return false;
    }
  };
  const relaxed = relaxOutputs(text, parses, (from, _to, at) => notes.push([from, 1 + (text.slice(0, at).match(/\n/g) ?? []).length]));
  if (notes.length === 0) return undefined;
  try {
    const templates = parseTemplates(engine, relaxed, file);
    for (const [markup, line] of notes) warn(`liquidjs cannot read ${JSON.stringify(markup)}, read laxly`, line);
    return { templates, file, text, lineOffset, parsedText: relaxed };
  } catch {
    return undefined;
  }
}

/** Parse and apply Ruby Liquid's blank-body rule; `rubyLines`, the lines Ruby gives some tokens (./ruby-lines.ts). */
function parseTemplates(engine: Liquid, text: string, file: string, rubyLines: RubyLines = []): Template[] {
  let templates: Template[];
  try {
    templates = engine.parse(text, file);
  } catch (e) {
    relineTokens(e, text, rubyLines);
    throw e;
  }
  relineTokens(templates, text, rubyLines);
  removeBlankStrings(templates);
  literalNamedVariables(templates, text);
  fixLiterals(templates, text);
  markBracketKeys(templates, text);
  return templates;
}

/**
 * Site#includes_load_paths (jekyll/site.rb): the site's includes_dir, then the theme's `_includes`.
 * Jekyll takes `config["includes_dir"].to_s`: a list (`includes_dir: [_includes, extra]`) is its
 * inspect, `["_includes", "extra"]`, one folder of that name that holds nothing.
 */
function includesLoadPaths(opts: JekyllLiquidOptions): IncludeDir[] {
  const dirName = sourceRelativeDir(opts.source.root, frontMatterToS(opts.config['includes_dir'] ?? '_includes'));
  const dirs: IncludeDir[] = [{ source: opts.source, dir: dirName, label: joinPath(opts.source.root, dirName) }];
  if (opts.themeSource) dirs.push({ source: opts.themeSource, dir: '_includes', label: joinPath(opts.themeSource.root, '_includes') });
  return dirs;
}

export { KyllError, LiquidFailure };
