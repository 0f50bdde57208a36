// Header ids: GFM's scheme (Jekyll's default input) and kramdown's own.
import { markdownToHtml } from '../../lib/markdown/index.js';

function ids(md: string, options?: Record<string, unknown>): string[] {
  return [...markdownToHtml(md, options).matchAll(/<h\d(?: id="([^"]*)")?/g)].map((m) => m[1] ?? '');
}

describe('GFM header ids', () => {
  test.each([
    ['# Simple Header', 'simple-header'],
    ['# 中文标题：测试！', '中文标题测试'],
    ['# Đây-là-ví-dụ', 'đây-là-ví-dụ'],
    ['# 😀 emoji', '-emoji'],
    ['# 12 another one 1 here', '12-another-one-1-here'],
    ["# What's \"this\"?", 'whats-this'],
    ['# with `code` and *emphasis*', 'with-code-and-emphasis'],
    ['# with --- << typographic >> ... symbols', 'with--typographic--symbols'],
    ['# Tab\there', 'tab-here'],
    ['# snake_case-and-kebab (v1.2) #3', 'snake_case-and-kebab-v12-3'],
    ['## Trailing hashes ##', 'trailing-hashes'],
  ])('%s → %s', (md, id) => {
    expect(ids(md)).toEqual([id]);
  });

  test('duplicates get -1, -2', () => {
    expect(ids('# A\n\n# A\n\n# A\n')).toEqual(['a', 'a-1', 'a-2']);
  });

  test('an empty id is left off the first time, then -1', () => {
    expect(ids('# !!!\n\n# ???\n')).toEqual(['', '-1']);
  });

  test('{#id} wins', () => {
    expect(ids('# Title {#custom}\n')).toEqual(['custom']);
  });

  test('auto_ids: false', () => {
    expect(ids('# Title\n', { auto_ids: false })).toEqual(['']);
  });

  test('auto_id_prefix', () => {
    expect(ids('# Title\n', { auto_id_prefix: 'x-' })).toEqual(['x-title']);
  });
});

describe('kramdown header ids (input: kramdown)', () => {
  test('kramdown scheme: leading non-letters dropped, "section" when empty, duplicates numbered', () => {
    expect(ids('# 1. Intro & more\n\n# 中文\n\n# Intro more\n\n# Intro more\n', { input: 'kramdown' }))
      .toEqual(['intro--more', 'section', 'intro-more', 'intro-more-1']);
  });

  // basic_generate_id's gsub(/^[^a-zA-Z]+/, '') drops non-letters at line starts, and Ruby's lines
  // start after \n only: a U+2028 or U+2029 in the header text starts none (kramdown 2.4.0).
  test('leading non-letters go after a \\n only, not after U+2028/U+2029', () => {
    expect(ids('# Foo\u2028123bar\n\n# A\u2029 1b c\n\n# x\u2028 --9y\n', { input: 'kramdown' }))
      .toEqual(['foo123bar', 'a-1b-c', 'x---9y']);
  });
});

describe('transliterated_header_ids', () => {
  // Jekyll 4.3.1 here: kramdown's Unidecoder needs the stringex gem, which is not installed, so the
  // build stops with Gem::MissingSpecError at the first header kramdown's converter gives an id.
  const fails = /Could not find 'stringex'/;
  test('input: kramdown stops at the first header without an id', () => {
    expect(() => markdownToHtml('# Café\n', { input: 'kramdown', transliterated_header_ids: true })).toThrow(fails);
  });
  test('GFM ids come from the parser and need no transliteration', () => {
    expect(ids('# Café Привет\n', { transliterated_header_ids: true })).toEqual(['café-привет']);
  });
  test('GFM: a header in a footnote gets its id from the converter, so it stops too', () => {
    expect(() => markdownToHtml('# A\n\nx[^1]\n\n[^1]: n\n\n    ## B\n', { transliterated_header_ids: true })).toThrow(fails);
  });
  test('headers with ids of their own, or auto_ids off, need none', () => {
    expect(ids('# Café {#c}\n', { input: 'kramdown', transliterated_header_ids: true })).toEqual(['c']);
    expect(ids('# Café\n', { input: 'kramdown', transliterated_header_ids: true, auto_ids: false })).toEqual(['']);
  });
});
