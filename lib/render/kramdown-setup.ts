// Jekyll's Markdown converter sets itself up on the first conversion of a build
// (converters/markdown.rb #setup → KramdownParser#initialize/#setup), and in doing so
// fills in the site's own `kramdown` config hash: from then on `site.kramdown` (and
// `site | jsonify`) show syntax_highlighter, syntax_highlighter_opts and coderay.
import { modernizeCoderay } from '../config/markdown-settings.js';
import type { MarkdownConverter } from '../markdown/types.js';
import type { Data } from '../types.js';
import type { Drop } from '../site/drops.js';
import { KyllError } from '../errors/kyll-error.js';
import { rubyToS } from '../liquid/ruby/to-s.js';
import { RubyHash } from '../values/ruby-hash.js';
import { RubySymbol } from '../values/ruby-symbol.js';
import { typedEntries } from '../values/typed-keys.js';

// Ruby's truth: only nil and false are false.
const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

/**
 * `converter`, calling `setUp` before a conversion while `isSetUp()` is false (a long-lived build
 * may set it back), and `used` on each conversion.
 */
export function onFirstConvert(converter: MarkdownConverter, isSetUp: () => boolean, setUp: () => void, used?: () => void): MarkdownConverter {
  return {
    convert(text, file) {
      if (!isSetUp()) setUp(); // may throw (a missing dependency): the next conversion checks again
      used?.();
      return converter.convert(text, file);
    },
    get warnings() {
      return converter.warnings;
    },
  };
}

/**
 * KramdownParser#load_dependencies: a `math_engine` other than mathjax (which kramdown has
 * itself) needs the gem kramdown-math-<engine>, required on the first conversion; without it
 * Jekyll stops there (External.require_with_graceful_fail). kyll has none of those engines
 * (katex, sskatex, itex2mml...), so a site that names one stops here too, saying why.
 */
export function checkKramdownDependencies(config: Readonly<Data>): void {
  if (String(config.markdown ?? 'kramdown').toLowerCase() !== 'kramdown') return;
  const kramdown = (config.kramdown ?? {}) as Data;
  // #highlighter "coderay" (syntax_highlighter, enable_coderay or the site's highlighter) requires
  // kramdown-syntax-coderay the same way; jekyll 4.3.1 here stops on it (the gem is not installed).
  if (kramdownAfterSetup(config).syntax_highlighter === 'coderay') {
    throw new KyllError('MARKDOWN_ERROR', 'Dependency Error: Jekyll needs the kramdown-syntax-coderay gem for the coderay highlighter, and kyll has no CodeRay.', { file: '_config.yml' }, {
      hint: 'Use `syntax_highlighter: rouge` (Jekyll\'s default) or remove the coderay settings.',
    });
  }
  const engine = kramdown.math_engine;
  if (truthy(engine) && engine !== 'mathjax') {
    const gem = `kramdown-math-${String(engine)}`;
    throw new KyllError('MARKDOWN_ERROR', `Dependency Error: Jekyll needs the ${gem} gem for \`math_engine: ${String(engine)}\`, and kyll has no such math engine.`, { file: '_config.yml' }, {
      hint: 'Use `math_engine: mathjax` (kramdown writes the math for MathJax) or remove math_engine from the kramdown settings.',
    });
  }
  checkInputParser(kramdown.input);
}

/**
 * What KramdownParser#setup logs as it sets up (Deprecator.deprecation_message), before its
 * dependencies load: `enable_coderay` chosen as the highlighter (#highlighter), then a non-empty
 * legacy `coderay` hash (#modernize_coderay_config) and each `coderay_` key it normalizes
 * (#strip_coderay_prefix, in the merged hash's key order). Checked with Jekyll 4.3.1.
 */
export function kramdownSetupDeprecations(config: Readonly<Data>): string[] {
  if (String(config.markdown ?? 'kramdown').toLowerCase() !== 'kramdown') return [];
  const kramdown = (config.kramdown ?? {}) as Data;
  const out: string[] = [];
  if (!truthy(kramdown.syntax_highlighter) && truthy(kramdown.enable_coderay)) {
    out.push("Deprecation: You are using 'enable_coderay', use syntax_highlighter: coderay in your configuration file.");
  }
  const after = kramdownAfterSetup(config);
  const coderay = after.coderay as Data;
  if (Object.keys(coderay).length === 0) return out;
  out.push("Deprecation: You are using 'kramdown.coderay' in your configuration, please use 'syntax_highlighter_opts' instead.");
  // #setup filled in default_lang and guess_lang before; CODERAY_DEFAULTS has no prefixed key
  const opts = { ...((truthy(kramdown.syntax_highlighter_opts) ? kramdown.syntax_highlighter_opts : {}) as Data), default_lang: null, guess_lang: null };
  for (const key of Object.keys({ ...opts, ...coderay })) {
    if (key.startsWith('coderay_')) out.push(`Deprecation: You are using '${key}'. Normalizing to ${key.slice('coderay_'.length)}.`);
  }
  return out;
}

/**
 * Kramdown::JekyllDocument.setup (jekyll's kramdown_parser.rb), on the first conversion: `input`
 * (nil or false: "kramdown") with its first character upcased names a class of Kramdown::Parser,
 * after try_require loads kramdown/parser/<snake_case name>: Kramdown, Markdown, Html, and GFM
 * (kramdown-parser-gfm's file, so "gFM" works too). Any other name stops the build ("gfm",
 * "Gfm", "KRAMDOWN", true): Kramdown::Error, or Ruby's NameError for a name that cannot be a
 * constant ("GFM ", 5). Checked with Jekyll 4.3.1.
 */
function checkInputParser(input: unknown): void {
  const given = input === undefined || input === null || input === false ? 'kramdown' : rubyToS(input);
  // Ruby's ""[1..-1] is nil: `"" + nil` fails before any parser is looked up.
  if (given === '') throw conversionError('no implicit conversion of nil into String');
  const name = given.slice(0, 1).toUpperCase() + given.slice(1);
  if (name === 'Kramdown' || name === 'Markdown' || name === 'Html' || name === 'GFM') return;
  if (!/^[A-Z]\w*$/.test(name)) throw conversionError(`wrong constant name ${name}`);
  throw conversionError(`kramdown has no parser to handle the specified input format: ${given}`);
}

function conversionError(message: string): KyllError {
  return new KyllError('MARKDOWN_ERROR', message, { file: '_config.yml' }, {
    hint: 'kramdown\'s `input` names its parser: GFM (Jekyll\'s default, spelled so), kramdown or Markdown.',
  });
}

/** The `kramdown` hash as KramdownParser#setup leaves it (a copy: the config itself is not changed). */
export function kramdownAfterSetup(config: Readonly<Data>): Data {
  const kramdown: Data = { ...((config.kramdown as Data | undefined) ?? {}) };
  // #highlighter: kramdown's syntax_highlighter, else enable_coderay, else the site's highlighter.
  if (!truthy(kramdown.syntax_highlighter)) kramdown.syntax_highlighter = truthy(kramdown.enable_coderay) ? 'coderay' : truthy(config.highlighter) ? config.highlighter : 'rouge';
  const opts: Data = { ...(truthy(kramdown.syntax_highlighter_opts) ? (kramdown.syntax_highlighter_opts as Data) : {}) };
  if (!truthy(opts.default_lang)) opts.default_lang = 'plaintext';
  opts.guess_lang = kramdown.guess_lang;
  kramdown.syntax_highlighter_opts = opts;
  const coderay = truthy(kramdown.coderay) ? (kramdown.coderay as Data) : {};
  kramdown.coderay = coderay;
  // #modernize_coderay_config: a legacy `coderay` hash merges into the options, `coderay_` prefixes dropped.
  if (Object.keys(coderay).length > 0) {
    kramdown.syntax_highlighter_opts = modernizeCoderay(opts, coderay);
  }
  // Kramdown::Options.merge parses these hash options on each new document, and their
  // validators turn the hash's keys into Symbols in place (options.rb `val[str_to_sym(k)] =
  // val.delete(k)`, typographic_symbols' values to strings): the site's config shows them so.
  for (const key of ['typographic_symbols', 'syntax_highlighter_opts', 'math_engine_opts']) {
    const value = kramdown[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) kramdown[key] = symbolKeyed(value as Data, key === 'typographic_symbols');
  }
  return kramdown;
}

/** Options.str_to_sym: stripped, a leading colon dropped; empty or `nil` is nil. */
function strToSym(key: string): RubySymbol | null {
  const name = key.trim().replace(/^:/, '');
  return name === '' || name === 'nil' ? null : RubySymbol.for(name);
}

/** The hash with its keys as Symbols, in their order (each key deleted and set again). */
function symbolKeyed(hash: Data, valuesToS: boolean): RubyHash {
  const out = new RubyHash([]);
  for (const [k, v] of typedEntries(hash)) {
    const key = typeof k === 'string' ? strToSym(k) : k;
    out.delete(key);
    out.set(key, valuesToS ? rubyToS(v) : v);
  }
  return out;
}

/**
 * `site.kramdown` as the config hash before the markdown converter is set up, and as
 * KramdownParser#setup leaves it afterwards (only for kramdown: another processor's
 * converter does not touch the hash).
 */
export function showKramdownSetup(site: Drop, config: Readonly<Data>, setUp: () => boolean): void {
  if (String(config.markdown ?? 'kramdown').toLowerCase() !== 'kramdown' || config.kramdown == null || typeof config.kramdown !== 'object') return;
  const before = site.kramdown;
  let after: Data | undefined;
  Object.defineProperty(site, 'kramdown', {
    enumerable: true,
    configurable: true,
    get: () => (setUp() ? (after ??= kramdownAfterSetup(config)) : before),
  });
}
