// Ruby's US-ASCII Strings as they pass through filters: the to_s of a number, nil, true/false, a
// Time, or the inspect of an Array or Hash whose first element is no String is US-ASCII, and
// String methods keep their receiver's encoding while the text stays ASCII (`3 | append: ' "a"'`,
// `| strip`, `| replace`...); base64_decode's ASCII text is ASCII-8BIT. kramdown writes the
// quotes and dashes of such a text as numeric entities (smartify, markdownify: &#8220;), and gives
// back a text of that encoding (Kramdown::Converter::Base.convert, `result.encode!`), so a second
// smartify or markdownify writes entities again; String#split's parts keep it too, and Array#join
// takes its first element's (ary_join_0, rb_enc_copy). A
// JavaScript string carries no encoding: the texts those filters give are noted here, by value,
// for the length of one render (engine.ts clears them); short ones only (a loop that appends to
// nil would keep each longer text), as smartify's and markdownify's inputs are.
import type { FilterImplOptions, Liquid } from 'liquidjs';
import { usAsciiToS } from './string.js';
import { rubySliceMissed } from './ruby-strings.js';

const texts = new Set<string>();
const ASCII = /^[\x00-\x7f]*$/;
const LONGEST = 4096;
const MOST = 10_000;

/** Whether Ruby holds `v`'s to_s as a US-ASCII (or binary) String. */
export function usAsciiText(v: unknown): boolean {
  // a text longer than any noted one is not looked up: hashing it would flatten the rope an
  // `append` loop builds, copying the whole text at each step
  return typeof v === 'string' ? texts.size > 0 && v.length <= LONGEST && texts.has(v) : usAsciiToS(v);
}

/** A render starts: no text of an earlier one is known. */
export function forgetUsAsciiTexts(): void {
  if (texts.size > 0) texts.clear();
}

/** A text Liquid made anew in a UTF-8 buffer (capture) is no longer the filter's US-ASCII one. */
export function utf8Text(s: unknown): void {
  if (typeof s === 'string' && texts.size > 0) texts.delete(s);
}

// The filters whose result keeps the encoding of one argument (0: the input; StandardFilters#prepend
// is `string.to_s + input.to_s`, its argument's); 'binary': base64_decode's is ASCII-8BIT; 'join':
// the input's, or its first element's (Array#join); smartify and markdownify: kramdown's output is
// encoded back to its source's encoding. split's parts are noted one by one (String#split).
const KEEPERS: ReadonlyArray<[string, number | 'binary' | 'join']> = [
  ...['append', 'strip', 'lstrip', 'rstrip', 'downcase', 'upcase', 'capitalize', 'replace', 'replace_first', 'replace_last',
    'remove', 'remove_first', 'remove_last', 'truncate', 'truncatewords', 'slice', 'strip_html', 'strip_newlines', 'newline_to_br',
    'normalize_whitespace', 'cgi_escape', 'url_encode', 'escape', 'h', 'escape_once', 'xml_escape', 'inspect',
    'smartify', 'markdownify', 'split'].map((n): [string, number] => [n, 0]),
  ['join', 'join'],
  ['prepend', 1],
  ['base64_decode', 'binary'],
  ['base64_url_safe_decode', 'binary'],
];

/** Notes `out` as US-ASCII text if it is short and ASCII; whether it did. */
function note(out: string): boolean {
  if (out.length > LONGEST || !ASCII.test(out)) return false;
  if (texts.size >= MOST) texts.clear();
  texts.add(out);
  return true;
}

/** Whether the filter's result is Ruby's US-ASCII (or binary) text, by its receiver. */
function usAsciiReceiver(receiver: number | 'binary' | 'join', args: readonly unknown[]): boolean {
  if (receiver === 'binary') return true;
  if (receiver !== 'join') return usAsciiText(args[receiver]);
  const input = args[0];
  // ary_join_0 copies the first element's encoding onto the result
  return usAsciiText(input) || (Array.isArray(input) && typeof input[0] === 'string' && usAsciiText(input[0]));
}

// The filters whose result is UTF-8 whatever the input's encoding, often the input's very text:
// url_decode (CGI.unescape's force_encoding), uri_escape (Addressable::URI.normalize_component).
// A text noted by value is no longer US-ASCII once one of them gives it.
const UTF8_MAKERS = ['url_decode', 'uri_escape'];

/** Wraps the filters that keep a US-ASCII text's encoding so that their results are noted. */
export function noteUsAsciiResults(engine: Liquid): void {
  for (const name of UTF8_MAKERS) {
    const base = engine.filters[name];
    if (!base) continue;
    const handler = (typeof base === 'function' ? base : base.handler) as (...a: unknown[]) => unknown;
    const raw = typeof base === 'function' ? false : base.raw;
    const forgetting = function (this: unknown, ...args: unknown[]): unknown {
      const out = handler.apply(this, args);
      utf8Text(out);
      return out;
    };
    engine.registerFilter(name, (raw ? { handler: forgetting, raw } : forgetting) as FilterImplOptions);
  }
  for (const [name, receiver] of KEEPERS) {
    const base = engine.filters[name];
    if (!base) continue;
    const handler = typeof base === 'function' ? base : base.handler;
    const raw = typeof base === 'function' ? false : base.raw;
    const noting = function (this: unknown, ...args: unknown[]): unknown {
      const out = (handler as (...a: unknown[]) => unknown).apply(this, args);
      // the receiver first: a Set lookup, or the to_s of a number; the result's scans after. A slice
      // out of range gives its own `''` literal, UTF-8 (StandardFilters#slice).
      if (typeof out === 'string') {
        if (out.length > LONGEST) return out;
        const missed = out === '' && name === 'slice' && rubySliceMissed(args[0], args[1], args[2]);
        // the same text made UTF-8 by a later filter: the latest one decides
        if (missed || !usAsciiReceiver(receiver, args) || !note(out)) utf8Text(out);
      } else if (Array.isArray(out) && usAsciiReceiver(receiver, args)) {
        for (const part of out) if (typeof part === 'string') note(part);
      }
      return out;
    };
    engine.registerFilter(name, (raw ? { handler: noting, raw } : noting) as FilterImplOptions);
  }
}
