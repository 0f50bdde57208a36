import { indexIgnoringCase } from '../../lib/values/index-ignoring-case.js';
import { smartify } from '../../lib/markdown/smartify.js';

describe('indexIgnoringCase', () => {
  test.each([
    ['<p>İstanbul</p><script>x</SCRIPT>', '</script', 0, 24],
    ['İİ <x>a</x>', '</x>', 4, 7],
    ['a.b a*b', '*', 0, 5],
    ['</style>', '</style', 1, -1],
    ['ſ K', 's', 0, -1],
  ])('%j: %j from %i is at %i', (text, needle, from, at) => {
    expect(indexIgnoringCase(text, needle, from)).toBe(at);
  });
});

// What Jekyll 4.3.1's smartify filter gives (kramdown's SmartyPants parser): the content of
// an element kramdown does not know stays as it is, wherever a lower-cased 'İ' would move it.
test('smartify keeps an unknown element after an İ whole', () => {
  expect(smartify('İİ <x>"a"</x> "b"')).toBe('İİ <x>"a"</x> “b”');
});
