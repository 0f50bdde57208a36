// A UTF-8 String whose bytes are no UTF-8 (kramdown's `&#xD800;`, values/invalid-utf8.ts) reaching a
// filter whose Ruby code runs a regular expression, a case mapping or a converter over it: Ruby raises
// and the build stops (Jekyll renders with render!). Liquid's StrainerTemplate#invoke turns an
// ArgumentError into Liquid::ArgumentError ("Liquid error (line N): invalid byte sequence in UTF-8");
// the others keep their own words. Filters that only copy, escape byte-wise or count (replace, remove,
// escape, xml_escape, cgi_escape, url_encode, strip, truncate, size, append...) take it as it is.
// Checked one by one with Jekyll 4.3.1 (Ruby 3.1, Liquid 5.4) on `[0xD800].pack('U*')`.
import type { FilterImplOptions, Liquid } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { invalidUtf8Made } from '../../values/invalid-utf8.js';
import { binaryTextsMade } from '../../values/binary-text.js';
import { hasKeptBytes } from '../../read/decode.js';

const INVALID_BYTES = 'invalid byte sequence in UTF-8';

// filter → [the arguments Ruby reads that way (0: the input), the error]
const RAISERS: ReadonlyArray<[string, readonly number[], 'error' | 'plain', string]> = [
  // gsub, split, scan, =~ (Utils.slugify, Utils.to_number, Addressable), CGI.unescape's force_encoding check
  ...['strip_html', 'strip_newlines', 'newline_to_br', 'escape_once', 'url_decode', 'truncatewords', 'normalize_whitespace',
    'number_of_words', 'slugify', 'split', 'strip_index', 'absolute_url', 'relative_url', 'abs', 'ceil', 'floor', 'round'].map(
    (n): [string, number[], 'error', string] => [n, [0], 'error', INVALID_BYTES],
  ),
  ...['plus', 'minus', 'times', 'divided_by', 'modulo', 'at_least', 'at_most'].map((n): [string, number[], 'error', string] => [n, [0, 1], 'error', INVALID_BYTES]),
  // String#upcase, #downcase, #capitalize
  ...['upcase', 'downcase', 'capitalize'].map((n): [string, number[], 'error', string] => [n, [0], 'error', 'input string invalid']),
  // kramdown's Parser#adapt_source (a RuntimeError, no Liquid::Error)
  ...['markdownify', 'smartify'].map((n): [string, number[], 'plain', string] => [n, [0], 'plain', 'The source text contains invalid characters for the used encoding UTF-8']),
];

/** Whether Ruby holds `v` as a UTF-8 String with bytes that are no UTF-8 (not base64_decode's binary bytes). */
export function holdsInvalidUtf8(v: unknown): boolean {
  return typeof v === 'string' && invalidUtf8Made() > 0 && !binaryTextsMade() && hasKeptBytes(v);
}

/** Wraps the filters that raise on such a String (until kramdown made one, a counter's look only). */
export function stopOnInvalidUtf8(engine: Liquid): void {
  for (const [name, positions, kind, message] of RAISERS) {
    const base = engine.filters[name];
    if (!base) continue;
    const handler = typeof base === 'function' ? base : base.handler;
    const raw = typeof base === 'function' ? false : base.raw;
    const guarded = function (this: unknown, ...args: unknown[]): unknown {
      if (invalidUtf8Made() > 0 && positions.some((i) => holdsInvalidUtf8(args[i]))) throw new LiquidFailure(kind, message);
      return (handler as (...a: unknown[]) => unknown).apply(this, args);
    };
    engine.registerFilter(name, (raw ? { handler: guarded, raw } : guarded) as FilterImplOptions);
  }
}
