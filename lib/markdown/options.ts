// kramdown options as Jekyll hands them over: Jekyll's defaults
// (Jekyll::Configuration::DEFAULTS["kramdown"], KramdownParser#setup) merged
// over kramdown's own (kramdown/options.rb), then a site's `kramdown:` settings.
import { parseYaml } from '../read/yaml.js';
import { RubyDate } from '../read/ruby-date.js';
import { RubyDateTime } from '../read/ruby-datetime.js';
import { isRubyFloat } from '../values/ruby-float.js';
import { rubyInteger as rubyIntegerOf, rubyStringToI } from '../values/ruby-integer.js';

export interface KramdownOptions {
  input: string;
  auto_ids: boolean;
  auto_id_prefix: string;
  auto_id_stripping: boolean;
  transliterated_header_ids: boolean;
  toc_levels: number[];
  /** as_char, as_input, numeric or symbolic; any other name (or null) writes numeric references (utils/html.rb entity_to_str). */
  entity_output: string | null;
  /** Entity names or code points (kramdown keeps what Integer() reads as a number). */
  smart_quotes: [SmartQuote, SmartQuote, SmartQuote, SmartQuote];
  /** A site setting kramdown's validator refuses: every conversion fails with it (Options.merge in setup). */
  option_error?: string;
  typographic_symbols: Record<string, string>;
  hard_wrap: boolean;
  parse_block_html: boolean;
  /** HTML elements read as kramdown's own where it has one (parser/html.rb ElementConverter). */
  html_to_native: boolean;
  parse_span_html: boolean;
  footnote_nr: number;
  footnote_backlink: string;
  footnote_backlink_inline: boolean;
  footnote_prefix: string;
  header_offset: number;
  syntax_highlighter: string | null;
  syntax_highlighter_opts: Record<string, unknown>;
  math_engine: string | null;
  gfm_quirks: string[];
  remove_line_breaks_for_cjk: boolean;
  show_warnings: boolean;
  /** Options {::options /} may not set (symbols, as str_to_sym leaves them). */
  forbidden_inline_options: string[];
  /** Link definitions every document starts with (`link_defs`): id → [url, title]. */
  link_defs?: Record<string, [string, string | undefined]>;
  /**
   * Whether the document's encoding (kramdown's root `encoding`, the source text's: the site's
   * `encoding:` for documents) holds a character; entity_to_str writes the others as references. All, when unset (UTF-8).
   */
  encodable?: (c: string) => boolean;
  [other: string]: unknown;
}

export type SmartQuote = string | number;

export const JEKYLL_KRAMDOWN_DEFAULTS: KramdownOptions = {
  input: 'GFM',
  auto_ids: true,
  auto_id_prefix: '',
  auto_id_stripping: false,
  transliterated_header_ids: false,
  toc_levels: [1, 2, 3, 4, 5, 6],
  entity_output: 'as_char',
  smart_quotes: ['lsquo', 'rsquo', 'ldquo', 'rdquo'],
  typographic_symbols: {},
  hard_wrap: false,
  parse_block_html: false,
  html_to_native: false,
  parse_span_html: true,
  footnote_nr: 1,
  footnote_backlink: '&#8617;',
  footnote_backlink_inline: false,
  footnote_prefix: '',
  header_offset: 0,
  syntax_highlighter: 'rouge',
  syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: true },
  math_engine: 'mathjax',
  gfm_quirks: ['paragraph_end'],
  remove_line_breaks_for_cjk: false,
  show_warnings: false,
  forbidden_inline_options: ['template'],
};

// Kramdown::Options.parse for a Boolean option: any other value is read as text, and only
// "false" (any case, blanks around) or nothing is false, so 0, "no" and "nil" are true.
function bool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (v === null || v === undefined) return false;
  const s = rubyStrip(String(v)).toLowerCase();
  return s !== 'false' && String(v) !== '';
}

// String#strip: leading whitespace, trailing whitespace and NULs.
function rubyStrip(s: string): string {
  return s.replace(/^[ \t\n\v\f\r]+/, '').replace(/[ \t\n\v\f\r\0]+$/, '');
}

/**
 * Kramdown::Options.parse for the options we honour; false when the name is unknown. A value
 * kramdown refuses goes to `fail` (with kramdown's message) and leaves the option as it was.
 */
function setOne(o: KramdownOptions, key: string, v: unknown, fail: (message: string) => void): boolean {
  switch (key) {
    case 'input': {
      const s = String(v).toLowerCase();
      o.input = s === 'kramdown' || s === 'markdown' ? s : String(v);
      return true;
    }
    case 'auto_ids': case 'auto_id_stripping': case 'transliterated_header_ids': case 'hard_wrap':
    case 'parse_block_html': case 'parse_span_html': case 'footnote_backlink_inline': case 'html_to_native':
    case 'remove_line_breaks_for_cjk': case 'show_warnings':
      (o as Record<string, unknown>)[key] = bool(v); return true;
    case 'auto_id_prefix': case 'footnote_prefix': o[key] = v == null ? '' : String(v); return true;
    case 'footnote_backlink': o.footnote_backlink = v == null ? '' : String(v); return true;
    case 'footnote_nr': case 'header_offset': {
      // an Integer as it is, anything else through to_s and Kernel#Integer
      const text = rubyToS(v);
      const n = typeof v === 'number' && Number.isInteger(v) ? v : rubyInteger(text);
      if (n === undefined) fail(`Invalid integer value for option '${key}': '${text}'`);
      else (o as Record<string, unknown>)[key] = n;
      return true;
    }
    case 'line_width': case 'list_indent': {
      // the kramdown converter's options, unused for HTML, but validated all the same
      const text = rubyToS(v);
      if (!(typeof v === 'number' && Number.isInteger(v)) && rubyInteger(text) === undefined) fail(`Invalid integer value for option '${key}': '${text}'`);
      return true;
    }
    case 'toc_levels': {
      const levels = tocLevels(v);
      if (typeof levels === 'string') fail(levels);
      else o.toc_levels = levels;
      return true;
    }
    case 'entity_output': o.entity_output = strToSym(rubyToS(v)); return true;
    case 'smart_quotes': {
      const parsed = smartQuotes(v);
      if (typeof parsed === 'string') fail(parsed);
      else o.smart_quotes = parsed;
      return true;
    }
    case 'syntax_highlighter': {
      // Jekyll's KramdownParser#highlighter: unset falls back to the site's
      // highlighter (rouge); a name kramdown has no highlighter for gives plain code.
      // kramdown reads it as a Symbol (str_to_sym: " :rouge " is rouge, "" and "nil" none).
      const s = v == null || v === false ? 'rouge' : strToSym(String(v));
      o.syntax_highlighter = s === 'none' ? null : s;
      return true;
    }
    case 'math_engine': o.math_engine = v == null ? null : String(v); return true;
    case 'gfm_quirks': {
      const quirks = gfmQuirks(v);
      if (typeof quirks === 'string') fail(quirks);
      else o.gfm_quirks = quirks;
      return true;
    }
    case 'typographic_symbols': {
      const hash = hashOption(v, key);
      if (typeof hash === 'string') fail(hash);
      else o.typographic_symbols = typographicSymbols(hash);
      return true;
    }
    case 'link_defs': {
      const defs = linkDefs(v);
      if (typeof defs === 'string') fail(defs);
      else o.link_defs = defs;
      return true;
    }
    case 'forbidden_inline_options':
      // options.rb: `val.map!` first, so a string (no map!) fails every conversion
      if (Array.isArray(v)) o.forbidden_inline_options = v.map((x) => (typeof x === 'string' ? x.trim().replace(/^:/, '') : String(x)));
      else fail(noMethodMap(v));
      return true;
    case 'syntax_highlighter_opts':
      // (a value that is not a Hash stops KramdownParser#setup first: resolveOptions)
      if (isPlainObject(v)) o.syntax_highlighter_opts = { ...o.syntax_highlighter_opts, ...v };
      return true;
    case 'math_engine_opts': {
      const hash = hashOption(v, key);
      if (typeof hash === 'string') fail(hash);
      else o[key] = hash;
      return true;
    }
    case 'latex_headers': {
      // the LaTeX converter's option, unused for HTML, but validated all the same (simple_array_validator, 6 values)
      const list = typeof v === 'string' ? rubySplitComma(v) : Array.isArray(v) ? v : undefined;
      if (list === undefined) fail(`Invalid type ${rubyClass(v)} for option latex_headers`);
      else if (list.length !== 6) fail('Option latex_headers needs exactly 6 values');
      else o[key] = list;
      return true;
    }
    default:
      return KNOWN_OTHER.has(key);
  }
}

const KNOWN_OTHER = new Set([
  'template', 'coderay_wrap', 'coderay_line_numbers', 'coderay_line_number_start', 'coderay_tab_width',
  'coderay_bold_every', 'coderay_css', 'coderay_default_lang',
  'enable_coderay', 'typographic_symbols', 'guess_lang', 'footnote_backlink_inline',
]);

/**
 * The typographic_symbols option as kramdown's validator leaves it (options.rb): each key
 * through str_to_sym (stripped, a leading colon dropped), each value through to_s (nil is "").
 */
function typographicSymbols(hash: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(hash)) out[k.trim().replace(/^:/, '')] = v == null ? '' : String(v);
  return out;
}

/**
 * The smart_quotes validator (options.rb): a string is split at commas (Ruby's split: nothing
 * stripped, trailing empty parts dropped), there must be four parts, and each that Integer()
 * reads becomes a code point; anything else stays a name, looked up when a quote is written.
 */
function smartQuotes(v: unknown): KramdownOptions['smart_quotes'] | string {
  let list: unknown[];
  if (typeof v === 'string') {
    list = v.split(',');
    while (list.length > 0 && list[list.length - 1] === '') list.pop();
  } else if (Array.isArray(v)) list = v;
  else return `Invalid type ${rubyClass(v)} for option smart_quotes`;
  if (list.length !== 4) return 'Option smart_quotes needs exactly 4 values';
  return list.map((x) => (typeof x === 'number' && Number.isInteger(x) ? x : rubyInteger(String(x ?? '')) ?? String(x ?? ''))) as KramdownOptions['smart_quotes'];
}

/**
 * The toc_levels validator (options.rb): a string "N..M" (a range) or "N,N,..." (one digit each),
 * matched on any of its lines as Ruby's ^ and $ do; an array's items through to_i; then every
 * level must be from 1 to 6. A kramdown error message when it refuses the value.
 */
function tocLevels(v: unknown): number[] | string {
  let levels: number[];
  if (typeof v === 'string') {
    const range = /^(\d)\.\.(\d)$/m.exec(v);
    if (range) {
      levels = [];
      for (let i = Number(range[1]); i <= Number(range[2]); i++) levels.push(i);
    } else if (/^\d(?:,\d)*$/m.test(v)) levels = rubySplitComma(v).map(rubyToI);
    else return 'Invalid syntax for option toc_levels';
  } else if (Array.isArray(v)) levels = v.map(rubyToI);
  else return `Invalid type ${rubyClass(v)} for option toc_levels`;
  levels = [...new Set(levels)];
  if (levels.some((n) => n < 1 || n > 6)) return 'Level numbers for option toc_levels have to be integers from 1 to 6';
  return levels;
}

/**
 * Options.simple_hash_validator: a string is read as YAML (safe_load), and the value must be a
 * Hash. A kramdown error message when it is not.
 */
function hashOption(v: unknown, name: string): Record<string, unknown> | string {
  let value = v;
  if (typeof v === 'string') {
    try {
      value = parseYaml(v, '<options>');
    } catch {
      return `Invalid YAML value for option ${name}`;
    }
    if (!safeData(value)) return `Invalid YAML value for option ${name}`;
  }
  return isPlainObject(value) ? value : `Invalid type ${rubyClass(value)} for option ${name}`;
}

/**
 * The link_defs validator (options.rb): a hash whose values are arrays of a URL and maybe a title.
 * (Its message names Kramdown::Options where it means the option, as kramdown 2.4.0 writes it.)
 */
function linkDefs(v: unknown): Record<string, [string, string | undefined]> | string {
  const hash = hashOption(v, 'link_defs');
  if (typeof hash === 'string') return hash;
  const defs: Record<string, [string, string | undefined]> = {};
  for (const [id, def] of Object.entries(hash)) {
    if (!Array.isArray(def) || def.length === 0 || def.length > 2) return 'Invalid structure for hash value of option Kramdown::Options';
    defs[id] = [rubyToS(def[0]), def[1] == null ? undefined : rubyToS(def[1])];
  }
  return defs;
}

/**
 * kramdown-parser-gfm's gfm_quirks validator (gfm/options.rb): simple_array_validator (a string
 * split at commas, or an array), then each name through str_to_sym (blanks and a leading colon
 * dropped).
 */
function gfmQuirks(v: unknown): string[] | string {
  const list = typeof v === 'string' ? rubySplitComma(v) : Array.isArray(v) ? v : undefined;
  if (list === undefined) return `Invalid type ${rubyClass(v)} for option gfm_quirks`;
  return list.map((x) => strToSym(rubyToS(x))).filter((x): x is string => x !== null);
}

// String#split(/,/): trailing empty parts dropped.
function rubySplitComma(s: string): string[] {
  const parts = s.split(',');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

// #to_i of a YAML value: a String's leading integer (0 when none), a number truncated, nil 0.
function rubyToI(x: unknown): number {
  if (typeof x === 'number') return Math.trunc(x);
  return typeof x === 'string' ? rubyStringToI(x) : 0;
}

// #to_s of a YAML value, as Options.parse reads a value of another type (an Array's or a Hash's is its inspect).
function rubyToS(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v) || isPlainObject(v)) return rubyInspect(v);
  return String(v);
}

// Options.str_to_sym: stripped, a leading colon dropped, "" or "nil" is nil.
function strToSym(s: string): string | null {
  let t = s.trim();
  if (t.startsWith(':')) t = t.slice(1);
  return t === '' || t === 'nil' ? null : t;
}

// The class of a YAML value, as kramdown's "Invalid type X for option Y" names it: the YAML
// loader's dates are Date (a day), DateTime or Time, and `2.0` a Float kept apart from 2.
function rubyClass(v: unknown): string {
  if (typeof v === 'string') return 'String';
  if (Array.isArray(v)) return 'Array';
  if (v === null || v === undefined) return 'NilClass';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'boolean') return v ? 'TrueClass' : 'FalseClass';
  if (isRubyFloat(v)) return 'Float';
  if (v instanceof RubyDateTime) return 'DateTime';
  if (v instanceof RubyDate) return 'Date';
  if (v instanceof Date) return 'Time';
  return 'Hash';
}

// What `value["default_lang"]` (then `value["default_lang"] = "plaintext"`) raises in Ruby when
// syntax_highlighter_opts is not a Hash: Integer#[] and Array#[] want an Integer, a String has
// no such substring to replace, and other values have no #[].
function setupFailure(value: unknown): string {
  const cls = rubyClass(value);
  if (cls === 'Integer' || cls === 'Array') return 'no implicit conversion of String into Integer';
  if (cls === 'String') return 'string not matched';
  const inspect = rubyInspect(value);
  return `undefined method \`[]' for ${inspect.startsWith('#') ? inspect : `${inspect}:${cls}`}`;
}

// Ruby 3.1's NoMethodError for forbidden_inline_options' `val.map!` on what is not an Array: the
// receiver's inspect and class (an inspect starting with `#` names the class already).
function noMethodMap(v: unknown): string {
  const inspect = rubyInspect(v);
  const who = inspect.startsWith('#') ? inspect : `${inspect}:${rubyClass(v)}`;
  return `undefined method \`map!' for ${who}${rubyClass(v) === 'Hash' ? ' Did you mean? map' : ''}`;
}

// Ruby's #inspect of a YAML value (Array#to_s and Hash#to_s are their inspect).
function rubyInspect(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (Array.isArray(v)) return `[${v.map(rubyInspect).join(', ')}]`;
  if (v instanceof Date) return typeof (v as { inspect?: unknown }).inspect === 'function' ? (v as unknown as { inspect(): string }).inspect() : String(v);
  if (isPlainObject(v)) return `{${Object.entries(v).map(([k, x]) => `${inspectString(k)}=>${rubyInspect(x)}`).join(', ')}}`;
  return rubyToS(v);
}

// String#inspect for the characters a config value may hold: quotes, backslashes, `#{`, controls.
function inspectString(s: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\f': '\\f', '\v': '\\v', '\b': '\\b', '\x07': '\\a', '\x1b': '\\e' };
  const body = s.replace(/[\\"]|#(?=[{$@])|[\x00-\x1f\x7f]/g, (c) => named[c] ?? (c === '#' ? '\\#' : c === '\\' || c === '"' ? `\\${c}` : `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
  return `"${body}"`;
}

// Kernel#Integer on a string (values/ruby-integer.ts), as a Number: options hold small integers.
function rubyInteger(s: string): number | undefined {
  const n = rubyIntegerOf(s);
  return n === undefined ? undefined : Number(n);
}

/** The keys of Jekyll's own `kramdown:` defaults (Configuration::DEFAULTS). */
const JEKYLL_DEFAULT_KEYS = new Set(['auto_ids', 'toc_levels', 'entity_output', 'smart_quotes', 'input', 'hard_wrap', 'guess_lang', 'footnote_nr', 'show_warnings']);

/** Merges a site's `kramdown:` settings over Jekyll's defaults. */
export function resolveOptions(settings?: Record<string, unknown> | null): KramdownOptions {
  const o: KramdownOptions = {
    ...JEKYLL_KRAMDOWN_DEFAULTS,
    toc_levels: [...JEKYLL_KRAMDOWN_DEFAULTS.toc_levels],
    forbidden_inline_options: [...JEKYLL_KRAMDOWN_DEFAULTS.forbidden_inline_options],
    smart_quotes: [...JEKYLL_KRAMDOWN_DEFAULTS.smart_quotes],
    syntax_highlighter_opts: { ...JEKYLL_KRAMDOWN_DEFAULTS.syntax_highlighter_opts },
  };
  // Options.merge raises on the first value its validator refuses: every conversion fails with it.
  const fail = (message: string) => {
    o.option_error ??= message;
  };
  for (const [k, v] of Object.entries(settings ?? {})) {
    // (`encoding` is the text's, never a setting: kramdown has no such option)
    if (k === 'highlight' || k === 'encoding') continue;
    // Utils.deep_merge_hashes keeps Jekyll's default where the site's value is nil
    if ((v === null || v === undefined) && JEKYLL_DEFAULT_KEYS.has(k)) continue;
    if (k !== 'gfm_quirks' && !setOne(o, k, v, fail)) o[k] = v;
  }
  // KramdownParser#setup, before kramdown reads any option: `opts["default_lang"] ||= ...` on a
  // syntax_highlighter_opts that is not a Hash fails every conversion first.
  const given = settings?.syntax_highlighter_opts;
  if (given !== undefined && given !== null && given !== false && !isPlainObject(given)) o.option_error = setupFailure(given);
  // KramdownParser#setup: default_lang ||= "plaintext", and guess_lang always from kramdown's own
  // guess_lang setting (Jekyll's default true), whatever syntax_highlighter_opts said
  const hl = o.syntax_highlighter_opts;
  if (hl.default_lang === null || hl.default_lang === undefined || hl.default_lang === false) hl.default_lang = 'plaintext';
  const guess = settings?.guess_lang;
  hl.guess_lang = guess === null || guess === undefined ? true : guess;
  // gfm_quirks is kramdown-parser-gfm's option, validated once Jekyll requires that gem (input: GFM)
  if (settings && 'gfm_quirks' in settings) {
    const v = settings.gfm_quirks;
    if (o.input === 'GFM') setOne(o, 'gfm_quirks', v, fail);
    else if (Array.isArray(v) || typeof v === 'string') o.gfm_quirks = gfmQuirks(v) as string[];
  }
  return o;
}

/** `{::options key="value" /}` inside a document (extensions.rb handle_extension). */
export function setInlineOption(o: KramdownOptions, key: string, value: string): boolean {
  // `input` picks the parser (Jekyll's JekyllDocument.setup); kramdown defines no option of that
  // name, so handle_extension warns and ignores it.
  if (key === 'input') return false;
  if (key === 'syntax_highlighter_opts' || key === 'typographic_symbols') {
    // Kramdown::Options.simple_hash_validator: a YAML flow mapping, replacing the old value.
    const hash = flowMapping(value);
    if (!hash) return true;
    (o as Record<string, unknown>)[key] = key === 'typographic_symbols' ? typographicSymbols(hash) : hash;
    return true;
  }
  // handle_extension drops an inline option its validator refuses, keeping the old value.
  return setOne(o, key, value, () => undefined);
}

/**
 * Kramdown::Options.simple_hash_validator: YAML.safe_load of the value, which must give a Hash; when
 * it fails (bad YAML, a date or symbol safe_load refuses, not a mapping) the option stays as it was.
 */
function flowMapping(text: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = parseYaml(text, '<options>');
  } catch {
    return null;
  }
  return isPlainObject(value) && safeData(value) ? value : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

// safe_load permits no class beyond plain data: a Date or Time anywhere makes it raise.
function safeData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(safeData);
  return isPlainObject(value) && Object.values(value).every(safeData);
}

export function isGfmInput(o: KramdownOptions): boolean {
  const s = String(o.input).toLowerCase();
  return s !== 'kramdown' && s !== 'markdown';
}

/** `input: Markdown`: kramdown's parser/markdown.rb, the kramdown parser without its extensions. */
export function isMarkdownInput(o: KramdownOptions): boolean {
  return String(o.input).toLowerCase() === 'markdown';
}
