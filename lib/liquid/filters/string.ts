// Jekyll's text filters (jekyll/filters.rb) and the Liquid string filters whose Ruby
// behaviour differs from liquidjs (liquid/standardfilters.rb: split, truncatewords, default).
import { slugify, SLUGIFY_MODES } from '../../url/slugify.js';
import { LiquidFailure } from '../errors.js';
import { holdsBinary } from '../../values/binary-text.js';
import { usAsciiText } from './us-ascii.js';
import { noMethod } from './no-method.js';
import { rubyClass } from './spaceship.js';
import type { JekyllLiquidOptions } from '../env.js';
import { isPlainHash, rubyInspect, rubyObjectToS, rubyToS, RubyFloat } from '../ruby/to-s.js';
import { typedKeys } from '../../values/typed-keys.js';
import { plain } from '../operators.js';
import { toInteger } from './math.js';
import { awkSplit, rubySplit } from '../../values/ruby-split.js';
import { isRubyArray, RubyRange } from '../../values/ruby-range.js';
import { unassignedInRubyClass } from '../ruby/unicode13-unassigned.js';


const CJK = '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}';
// Made on first use (V8 parses a pattern when it is made; \p{...} classes make that costly).
let cjkChar: RegExp | undefined, cjkWord: RegExp | undefined;
// Ruby 3.1's scripts are Unicode 13.0's: an ideograph assigned since (CJK extension H) is no Han
// to it, so it counts as part of a word.
const CJK_CHAR = (): RegExp => (cjkChar ??= new RegExp(`(?!${unassignedInRubyClass()})[${CJK}]`, 'gu'));
// Jekyll's word_regex `[^#{cjk_charset}\s]+`: Ruby's \s is ASCII whitespace, so a no-break or
// ideographic space stays inside a word.
const CJK_WORD = (): RegExp => (cjkWord ??= new RegExp(`(?:[^${CJK} \\t\\n\\v\\f\\r]|${unassignedInRubyClass()})+`, 'gu'));
/** String#encode(xml: :attr) without the surrounding quotes. */
export function xmlEscape(input: unknown): string {
  const s = rubyToS(input);
  // most texts (titles, dates, URLs) have none of the five: one scan instead of five
  if (!HTML_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const HTML_SPECIAL = /[&<>"']/;

/** CGI.escapeHTML, as Liquid's `escape` writes a string. */
function escapeHtml(s: string): string {
  if (!HTML_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * What the Sass converter takes from sassify/scssify: SassC::Engine reads a String; an Array or a
 * Hash is a TypeError, anything else (nil, a number) has no `empty?`.
 */
function sassInput(input: unknown): string {
  if (typeof input === 'string') return input;
  if (Array.isArray(input) || isPlainHash(input)) {
    throw new LiquidFailure('plain', `no implicit conversion of ${Array.isArray(input) ? 'Array' : 'Hash'} into String`);
  }
  // (SassC::Engine#render's first line)
  throw noMethod('empty?', input, { line: 'return @template.dup if @template.empty?', call: '.empty?' });
}

/**
 * Whether Ruby's `input.to_s` is a US-ASCII string: that of a number, true/false, nil, a Range or a
 * Time; an Array's or a Hash's inspect takes its first element's (first key's) inspect's encoding
 * (a String's is UTF-8) and stays US-ASCII while all its text is ASCII.
 */
export function usAsciiToS(v: unknown): boolean {
  // a drop whose to_s is its class name (Liquid::Drop#to_s is Module#name, a US-ASCII String):
  // `{{ jekyll | truncate: 10 | markdownify }}` writes its ellipsis as &#8230;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const cls = rubyClass(v);
    if (cls.includes('::') && rubyObjectToS(v) === cls) return true;
  }
  // (a list that holds itself first, as a YAML alias makes it: its inspect there is the US-ASCII
  // `[...]` of rb_ary_inspect's recursion guard, as `{...}` is a Hash's)
  const seen = new Set<unknown>();
  const first = (x: unknown): boolean => {
    if (typeof x === 'string') return false;
    if (x === null || x === undefined || typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof RubyFloat || x instanceof Date) return true;
    if (x instanceof RubyRange) return true;
    if (seen.has(x)) return true;
    if (Array.isArray(x)) return x.length === 0 || (seen.add(x), first(x[0]));
    if (isPlainHash(x)) {
      // the first key only: reading the values would render a page's lazy excerpt
      // (`site.pages | inspect` in that excerpt would then ask for itself)
      const keys = typedKeys(x);
      return keys.length === 0 || (seen.add(x), first(keys[0]));
    }
    return false;
  };
  return first(v) && !/[^\0-\x7f]/.test(rubyObjectToS(v));
}

function isEmpty(v: unknown): boolean {
  // (a Range has no #empty?: `(3..1)` is kept)
  if (typeof v === 'string' || isRubyArray(v)) return v.length === 0;
  if (isPlainHash(v)) return Object.keys(v).length === 0;
  return false;
}

export function stringFilters(opts: JekyllLiquidOptions): Record<string, (...args: never[]) => unknown> {
  return {
    // (`input.to_s`: an Array's is its inspect)
    markdownify: (input: unknown) => (usAsciiText(input) && opts.markdownifyAscii ? opts.markdownifyAscii : opts.markdownify)(rubyObjectToS(input)),
    // (kramdown writes the quotes and dashes of a US-ASCII text as numeric entities: &#8220;)
    smartify: (input: unknown) => {
      const text = rubyObjectToS(input);
      const convert = usAsciiText(input) ? (opts.smartifyAscii ?? opts.smartify) : opts.smartify;
      return convert ? convert(text) : text;
    },
    sassify: (input: unknown) => (opts.sassify ? opts.sassify(sassInput(input), 'sass') : sassInput(input)),
    scssify: (input: unknown) => (opts.sassify ? opts.sassify(sassInput(input), 'scss') : sassInput(input)),
    // Utils.slugify returns nil for nil
    // (a non-String other than nil has no gsub/downcase: Ruby raises NoMethodError)
    slugify: (input: unknown, mode?: unknown) => {
      if (input === null || input === undefined) return null;
      const m = mode === null || mode === undefined ? undefined : rubyToS(mode);
      if (typeof input !== 'string') {
        // (Utils#replace_character_sequence_with_hyphen, or an unknown mode's downcase; "latin"
        // first hands the value to I18n.transliterate, whose Transliterator calls gsub on it)
        if (m === 'latin') throw noMethod('gsub', input, { line: 'string.gsub(/[^\\x00-\\x7f]/u) do |char|', call: '.gsub' });
        if (m === undefined || SLUGIFY_MODES.has(m)) throw noMethod('gsub', input, { line: 'string.gsub(replaceable_char, "-")', call: '.gsub' });
        throw noMethod('downcase', input, { line: 'return cased ? string : string.downcase', call: '.downcase' });
      }
      // Utils.slugify's UTF-8 patterns meet a binary String's bytes beyond ASCII
      // (the default, pretty and latin patterns have Unicode properties; raw and ascii are ASCII)
      if ((m === undefined || m === 'default' || m === 'pretty' || m === 'latin') && holdsBinary(input)) {
        throw new LiquidFailure('plain', 'incompatible encoding regexp match (UTF-8 regexp with ASCII-8BIT string)');
      }
      return slugify(input, m, false, opts.logWarning);
    },
    xml_escape: xmlEscape,
    normalize_whitespace: (input: unknown) => rubyObjectToS(input).replace(/[ \t\n\v\f\r]+/g, ' ').replace(/^[ \t\n\v\f\r\0]+|[ \t\n\v\f\r\0]+$/g, ''),
    // (`input.split` / `input.scan`: anything but a String raises NoMethodError)
    number_of_words(input: unknown, mode?: unknown) {
      if (typeof input !== 'string') {
        // (the first call of each `case mode` branch of Jekyll::Filters#number_of_words)
        if (mode === 'cjk') throw noMethod('scan', input, { line: 'input.scan(cjk_regex).length + input.scan(word_regex).length', call: '.scan' });
        if (mode === 'auto') throw noMethod('scan', input, { line: 'cjk_count = input.scan(cjk_regex).length', call: '.scan' });
        throw noMethod('split', input, { line: 'input.split.length', call: '.split' });
      }
      const s = input;
      const cjk = (): number => (s.match(CJK_CHAR()) ?? []).length;
      const words = (): number => (s.match(CJK_WORD()) ?? []).length;
      if (mode === 'cjk') return cjk() + words();
      if (mode === 'auto') {
        const n = cjk();
        return n === 0 ? awkSplit(s).length : n + words();
      }
      return awkSplit(s).length;
    },
    inspect: (input: unknown) => xmlEscape(rubyInspect(input)),
    split: (input: unknown, pattern: unknown) => rubySplit(rubyToS(input), rubyToS(pattern)),
    // (a words argument that evaluates to nil is given: Utils.to_integer(nil) fails, "invalid integer")
    truncatewords(input: unknown, ...args: unknown[]) {
      if (input === null || input === undefined) return null;
      const s = rubyObjectToS(input);
      const ending = args.length > 1 ? args[1] : '...';
      let n = toInteger(args.length > 0 ? args[0] : 15);
      if (n <= 0) n = 1;
      const list = awkSplit(s, n + 1);
      if (list.length <= n) return s;
      list.pop();
      return list.join(' ') + rubyObjectToS(ending);
    },
    // StandardFilters#default: nil, false (unless allow_false) and empty values give the default
    // (default_value = ''): only a missing argument means ''; an argument that evaluates to nil gives nil
    // (`allow_false: true` is the options Hash, after the default value: alone, it is the default value)
    default(input: unknown, ...args: unknown[]) {
      // an argument that evaluates to nil (undefined here) is still given: only a missing one is ''
      const fallback = args.length > 0 ? args[0] : '';
      const options = args[1];
      const flag = isPlainHash(options) ? options['allow_false'] : undefined;
      const allowFalse = flag !== false && flag !== null && flag !== undefined;
      const v = plain(input);
      const missing = allowFalse ? v === null || v === undefined : v === null || v === undefined || v === false;
      return missing || isEmpty(v) ? fallback : input;
    },
    escape: (input: unknown) => (input === null || input === undefined ? null : escapeHtml(rubyToS(input))),
  };
}
