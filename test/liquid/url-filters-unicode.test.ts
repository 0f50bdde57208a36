// url_decode (CGI.unescape) and uri_escape (Addressable's normalize_component) on text that a
// TextDecoder or String#normalize would change, as Jekyll 4.3.1 prints them
// (ruby -rliquid -rjekyll: Liquid::StandardFilters and Jekyll::Filters).
import { render } from './helpers.js';

test.each([
  // A U+FEFF decoded from %EF%BB%BF is text, at the start too.
  ['{{ "%EF%BB%BFa%EF%BB%BF" | url_decode }}', '\ufeffa\ufeff'],
  ['{{ "a+%EF%BB%BF" | url_decode }}', 'a \ufeff'],
  // Whole characters decode; a `%` with no two hex digits stays.
  ['{{ "%E4%B8%AD%ZZ" | url_decode }}', '中%ZZ'],
  ['{{ "%F0%9F%98%80" | url_decode }}', '😀'],
  // Addressable's NFKC leaves ㉑ (newer than its Unicode data) as it is.
  ['{{ "\ufeff\u3251" | uri_escape }}', '%EF%BB%BF%E3%89%91'],
  ['{{ "\u3251\u2460" | uri_escape }}', '%E3%89%911'],
])('%s', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});
