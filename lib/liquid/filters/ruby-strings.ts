// Liquid's string filters work on `input.to_s` (liquid/standardfilters.rb): an array
// reaches them as Ruby 3's Array#to_s, `["a", "b"]`, where liquidjs would join it.
// `replace` and `replace_first` are String#gsub / String#sub with a string pattern,
// whose replacement reads `\0`, `\&`, `` \` ``, `\'`, `\1`..`\9`, `\+` and `\\`.
import type { Context, FilterImplOptions, Liquid } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { isPlainHash, rubyObjectToS, rubyToS } from '../ruby/to-s.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { RubyRange } from '../../values/ruby-range.js';
import { toInteger } from './math.js';
import { removeFirst } from './remove-first.js';
import { findLiteral } from './find-literal.js';
import { replaceAllLiteral } from './replace-chain.js';
import { capitalize, stripHtml } from '../../plugins/shared/text.js';
import { rubyDowncase, rubyUpcase } from '../../values/ruby-downcase.js';
import { binaryMeetsUtf8, binaryText, holdsBinary, rubyBytes } from '../../values/binary-text.js';

type FilterThis = { context: Context };

/**
 * liquidjs's append and prepend charge liquid.memory_limit (kyll's bound, limits.ts; Jekyll has
 * none) for the whole new string; what a render holds grows only by the text added. Charged in
 * full, the common `list | append: item` over thousands of site.tags keys costs the square of
 * the list's length and stops a page Jekyll builds; charged for the growth, a string that
 * doubles in a loop still stops at once.
 */
function chargingGrowth(self: FilterThis, inputLength: number): FilterThis {
  const limit = self.context.memoryLimit;
  // append and prepend read nothing of `this` but context.memoryLimit: a plain object will do
  // (Object.create with descriptors made a slow dictionary object per call: 2% of a 1,000-post build).
  const memoryLimit = { use: (n: number) => limit.use(n - inputLength), check: (n: number) => limit.check(n) };
  return { context: { memoryLimit } as unknown as Context };
}

/** Ruby's `to_s` as a string filter sees it: arrays and hashes as their inspect. */
export const rubyString = rubyObjectToS;

const STRING_FILTERS = [
  'upcase', 'downcase', 'capitalize', 'strip_html', 'strip_newlines', 'newline_to_br',
  'escape', 'escape_once', 'xml_escape', 'truncate', 'replace', 'replace_first', 'replace_last', 'remove',
  'remove_last', 'append', 'prepend', 'url_encode', 'url_decode', 'base64_encode', 'split',
];

/**
 * StandardFilters#slice: offset and length through Utils.to_integer (`"-6"` from a capture is -6),
 * then Array#slice or `input.to_s`'s String#slice by characters; out of range is `[]` or `''`.
 */
function rubySlice(input: unknown, offset: unknown, length: unknown = 1): unknown {
  const from = toInteger(offset);
  const count = length === null || length === undefined || length === false ? 1 : toInteger(length);
  const array = Array.isArray(input) && !(input instanceof RubyRange); // a Range slices its to_s, `1..3`
  if (!array) {
    const text = rubyToS(input);
    // Characters are code units unless the text has surrogate pairs: no array of them (a post's
    // content sliced to its first 200 characters made one of every character).
    if (!SURROGATE.test(text)) {
      const start = from < 0 ? from + text.length : from;
      return count < 0 || start < 0 || start > text.length ? '' : text.slice(start, start + count);
    }
  }
  const items: readonly unknown[] = array ? input : Array.from(rubyToS(input));
  const start = from < 0 ? from + items.length : from;
  const part = count < 0 || start < 0 || start > items.length ? [] : items.slice(start, start + count);
  return array ? part : part.join('');
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether rubySlice's String#slice of a text is nil (offset past the end or before the start, a
 * negative length): StandardFilters#slice then gives its own `''` literal, a UTF-8 String whatever
 * `input.to_s`'s encoding (us-ascii.ts).
 */
export function rubySliceMissed(input: unknown, offset: unknown, length: unknown = 1): boolean {
  if (Array.isArray(input) && !(input instanceof RubyRange)) return false;
  const count = length === null || length === undefined || length === false ? 1 : toInteger(length);
  const text = rubyToS(input);
  const size = SURROGATE.test(text) ? Array.from(text).length : text.length;
  const from = toInteger(offset);
  const start = from < 0 ? from + size : from;
  return count < 0 || start < 0 || start > size;
}


const RUBY_SPACE_START = /^[\0\t\n\v\f\r ]+/;
const RUBY_SPACE_END = /[\0\t\n\v\f\r ]+$/;

const asString = (v: unknown): unknown => (Array.isArray(v) || isPlainHash(v) || v instanceof RubyHash ? rubyString(v) : v);

/** The `\x` sequences of a sub/gsub replacement string, for one match. */
function expandReplacement(rep: string, match: string, pre: string, post: string): string {
  return rep.replace(/\\(k<[^>]*>|[0-9&`'+\\])?/g, (all, seq: string | undefined) => {
    if (seq === undefined) return all;
    if (seq === '0' || seq === '&') return match;
    if (seq === '`') return pre;
    if (seq === "'") return post;
    if (seq === '\\') return '\\';
    if (seq.startsWith('k')) throw new LiquidFailure('plain', `undefined group name reference: ${seq.slice(2, -1)}`);
    return ''; // a group the string pattern does not have (`\+`, the last group matched: none)
  });
}

/** String#gsub / String#sub with a string pattern and a replacement string. */
export function rubySub(input: string, pattern: string, rep: string, global: boolean): string {
  // (only a binary input can clash: the search for the pattern is not made for any other, it
  // would cost a whole scan of the page before each replace of compress-html's layout)
  if (holdsBinary(input)) {
    const clash = binaryMeetsUtf8(input, pattern) ?? (input.includes(pattern) ? binaryMeetsUtf8(input, rep) : undefined);
    if (clash !== undefined) throw new LiquidFailure('plain', clash);
  }
  const hasEscapes = rep.includes('\\');
  if (global && !hasEscapes && pattern !== '') return replaceAllLiteral(input, pattern, rep);
  let out = '';
  let from = 0;
  for (;;) {
    const at = findLiteral(input, pattern, from);
    if (at < 0 || at > input.length) break;
    const end = at + pattern.length;
    out += input.slice(from, at) + (hasEscapes ? expandReplacement(rep, pattern, input.slice(0, at), input.slice(end)) : rep);
    if (pattern === '') {
      // an empty pattern matches before every character and at the end
      if (at < input.length) out += input[at];
      from = at + 1;
      if (from > input.length) return out;
    } else from = end;
    if (!global) break;
  }
  return out + input.slice(from);
}

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64.strict_decode64 (pack.c's `m0`): whole groups of four, `=` only as padding, and no bits
 * set past the last byte (`QR==`); Liquid reports its ArgumentError as a Liquid::ArgumentError.
 */
function strictDecode64(s: string, filter: string): string {
  const invalid = (): LiquidFailure => new LiquidFailure('error', `invalid base64 provided to ${filter}`);
  if (!STRICT_BASE64.test(s)) throw invalid();
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  if (pad) {
    const last = BASE64_DIGITS.indexOf(s[s.length - pad - 1]!);
    if ((last & (pad === 2 ? 0xf : 0x3)) !== 0) throw invalid();
  }
  // a binary String (ASCII-8BIT): its bytes beyond ASCII kept as they are (values/binary-text.ts)
  return binaryText(Buffer.from(s, 'base64'));
}

// liquidjs filters that neither Liquid 5.4 nor Jekyll 4.3 has: there they are unknown
// filters, which Liquid skips (Strainer#invoke returns the input unchanged).
const NOT_IN_RUBY = ['find_index', 'find_index_exp', 'has', 'has_exp', 'hmac_sha256', 'json', 'raw', 'reject', 'reject_exp', 'sha256', 'squish', 'sum'];

export function registerRubyStringFilters(engine: Liquid): void {
  for (const name of NOT_IN_RUBY) engine.unregisterFilter(name);
  // StandardFilters#base64_url_safe_encode / _decode (Base64.urlsafe_encode64, padded)
  engine.registerFilter('base64_url_safe_encode', (input: unknown) => Buffer.from(rubyBytes(rubyString(input))).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'));
  engine.registerFilter('base64_url_safe_decode', (input: unknown) => {
    // Base64.urlsafe_decode64: padded to a multiple of 4 when it has no `=`, then strict
    let s = rubyString(input);
    if (!s.endsWith('=') && s.length % 4 !== 0) s = s.padEnd((s.length + 3) & ~3, '=');
    return strictDecode64(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64_url_safe_decode');
  });
  // StandardFilters#escape_once: HTML_ESCAPE_ONCE_REGEXP replaced from HTML_ESCAPE
  const htmlEscape: Record<string, string> = { '&': '&amp;', '>': '&gt;', '<': '&lt;', '"': '&quot;', "'": '&#39;' };
  engine.registerFilter('escape_once', (input: unknown) => rubyString(input).replace(/["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g, (c) => htmlEscape[c]!));
  // StandardFilters#h, an alias of escape
  engine.registerFilter('h', engine.filters['escape']!);
  engine.registerFilter('replace', (input: unknown, pattern: unknown, rep: unknown = '') => rubySub(rubyString(input), rubyString(pattern), rubyString(rep), true));
  engine.registerFilter('replace_first', (input: unknown, pattern: unknown, rep: unknown = '') => rubySub(rubyString(input), rubyString(pattern), rubyString(rep), false));
  for (const name of STRING_FILTERS) {
    const base = engine.filters[name];
    if (!base) continue;
    // String#capitalize titlecases the first letter ("ﬁ" → "Fi"), where liquidjs uppercases it
    const own = typeof base === 'function' ? base : base.handler;
    const handler =
      // StandardFilters#capitalize is `input.to_s.capitalize`: nil is '', 12 is '12'
      name === 'capitalize' ? (input: unknown) => capitalize(rubyString(input))
      // Base64.strict_encode64 of the String's bytes (a binary String's as they are)
      : name === 'base64_encode' ? (input: unknown) => Buffer.from(rubyBytes(rubyString(input))).toString('base64')
      // String#downcase has no Final_Sigma rule (Σ is σ everywhere), and neither it nor #upcase knows
      // the case pairs newer than Ruby's Unicode (lib/values/ruby-downcase.ts)
      : name === 'downcase' || name === 'upcase' ? function (this: unknown, input: unknown) {
          if (typeof input !== 'string') return own.call(this as never, input);
          (this as FilterThis).context.memoryLimit.use(input.length);
          return name === 'upcase' ? rubyUpcase(input) : rubyDowncase(input);
        }
      // StandardFilters#truncate: `return if input.nil?`, then a given length through Utils.to_integer
      // (`"20"` is 20; nil, 2.5 or "abc" fail: "invalid integer", where liquidjs took its default or
      // NaN), and a text short enough comes back as `input.to_s` (liquidjs gave 3, not "3"); the
      // text is cut when it is longer than the length, so a negative length cuts even "" (`"" |
      // truncate: -1, "x"` is "x", where liquidjs kept "")
      : name === 'truncate' ? function (this: unknown, input: unknown, ...rest: unknown[]) {
          if (input === null || input === undefined) return input;
          const length = rest.length > 0 ? toInteger(rest[0]) : 50;
          const chars = [...rubyString(input)];
          const ending = rest.length > 1 ? rubyString(rest[1]) : '...';
          (this as FilterThis).context.memoryLimit.use(chars.length + ending.length);
          if (chars.length <= length) return chars.join('');
          return chars.slice(0, Math.max(length - [...ending].length, 0)).join('') + ending;
        }
      // StandardFilters#strip_html: `input.to_s`, script, comment and style blocks removed first, then
      // every tag (so `<a <!-- x --> b>` leaves nothing; liquidjs's one pass over both left ` b>`)
      : name === 'strip_html' ? function (this: FilterThis, input: unknown) {
          const text = rubyString(input);
          this.context.memoryLimit.use(text.length); // as liquidjs's strip_html charges
          return stripHtml(text);
        }
      // StandardFilters#remove, `input.to_s.gsub(string.to_s, '')`: liquidjs splits and joins,
      // a copy of the page even when the text is not in it (compress-html removes 17 end tags).
      : name === 'remove' ? function (this: FilterThis, input: unknown, pattern: unknown) {
          if (typeof input !== 'string' || typeof pattern !== 'string') return own.call(this as never, input as never, pattern as never);
          this.context.memoryLimit.use(input.length + pattern.length); // as liquidjs's remove charges
          return pattern === '' ? input : replaceAllLiteral(input, pattern, '');
        }
      : own;
    const grows = name === 'append' || name === 'prepend';
    engine.registerFilter(name, function (this: unknown, ...args: unknown[]) {
      const mapped = args.map(asString);
      const self = grows && typeof mapped[0] === 'string' ? chargingGrowth(this as FilterThis, mapped[0].length) : this;
      return handler.apply(self as never, mapped as never);
    } as FilterImplOptions);
  }
  engine.registerFilter('slice', rubySlice);
  engine.registerFilter('remove_first', function (this: FilterThis, input: unknown, pattern: unknown) {
    const text = rubyString(input);
    const p = rubyString(pattern);
    this.context.memoryLimit.use(text.length + p.length); // as liquidjs's remove_first charges
    return removeFirst(text, p);
  } as FilterImplOptions);
  // StandardFilters#base64_decode: Base64.strict_decode64(input.to_s)
  engine.registerFilter('base64_decode', (input: unknown) => strictDecode64(rubyString(input), 'base64_decode'));
  // String#strip/lstrip/rstrip: only NUL and ASCII whitespace; the ideographic space that opens
  // a Chinese paragraph (U+3000) and the no-break space stay, where JavaScript's trim removes them.
  engine.registerFilter('strip', (input: unknown) => rubyString(input).replace(RUBY_SPACE_START, '').replace(RUBY_SPACE_END, ''));
  engine.registerFilter('lstrip', (input: unknown) => rubyString(input).replace(RUBY_SPACE_START, ''));
  engine.registerFilter('rstrip', (input: unknown) => rubyString(input).replace(RUBY_SPACE_END, ''));
}
