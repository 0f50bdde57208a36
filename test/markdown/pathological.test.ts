// Hostile input must finish in time linear in its size (no stack overflow, no
// quadratic or exponential backtracking), and nesting too deep to parse in
// bounded memory is a MARKDOWN_ERROR naming the file and line.
// Each case runs at 200 KB (scripts/bench-markdown.mjs measures 100 KB and 1 MB):
// the quadratic versions took minutes there, the linear ones well under the
// time limit even on a busy machine.
import { createMarkdownConverter } from '../../lib/markdown/index.js';
import { isKyllError } from '../../lib/errors/index.js';

const KB = 1000;
const converter = createMarkdownConverter({});
const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length));

const hostile: [string, (n: number) => string][] = [
  ['backticks', (n) => rep('`', n)],
  ['backticks then a short closing fence', (n) => rep('`', n) + '\n```\n'],
  ['fences, one per line', (n) => rep('```\n', n)],
  ['unclosed fences with an info string', (n) => rep('~~~ a\n', n)],
  ['{:', (n) => rep('{:', n)],
  ['{: lines', (n) => rep('{:\n', n)],
  ['{: lines, one } at the end', (n) => rep('{:\n', n) + '}'],
  ['a paragraph of {: lines', (n) => 'a\n' + rep('{:\n', n)],
  ['{::', (n) => rep('{::', n)],
  ['{::comment}', (n) => rep('{::comment}', n)],
  ['<!--', (n) => rep('<!--', n)],
  ['<!-- lines', (n) => rep('<!--\n', n)],
  ['<?', (n) => rep('<?', n)],
  ['unclosed [', (n) => rep('[', n)],
  ['unclosed ![', (n) => rep('![', n)],
  ['unclosed links', (n) => rep('[a](', n)],
  ['unclosed emphasis', (n) => rep('*a ', n)],
  ['unclosed strong', (n) => rep('**a ', n)],
  ['unclosed _ emphasis', (n) => rep('_a ', n)],
  ['a line of _', (n) => 'a ' + rep('_', n)],
  ['unclosed HTML', (n) => rep('<div>', n)],
  ['unclosed HTML, one per line', (n) => rep('<div>\n', n)],
  ['quotes', (n) => rep('"\'', n)],
  ['footnote definition followed by blank lines', (n) => '[^1]:\n    a\n' + '\n'.repeat(n) + '[^1]'],
];

describe('pathological input', () => {
  for (const size of [200 * KB]) {
    test.each(hostile)(`%s, ${size / KB} KB`, (_name, make) => {
      const html = converter.convert(make(size));
      expect(html === '' || html.endsWith('\n')).toBe(true);
    }, 30_000);
  }
});

describe('nesting too deep', () => {
  const staircase = (levels: number) =>
    Array.from({ length: levels }, (_, i) => '  '.repeat(i) + '- a').join('\n') + '\n';
  const cases: [string, string, number][] = [
    ['a staircase of 600 lists', staircase(600), 57],
    ['a staircase of 10,000 lists (100 MB)', staircase(10_000), 6],
    ['> nested on one line', '>'.repeat(1 << 20) + ' x\n', 1],
    ['> nested one more per line', 'intro\n\n' + Array.from({ length: 600 }, (_, i) => '> '.repeat(i + 1) + 'x').join('\n'), 58],
    ['> nested one more per line, long lines', 'intro\n\n' + Array.from({ length: 500 }, (_, i) => '> '.repeat(i + 1) + 'x').join('\n'), 87],
    // span HTML waits for its end tag inside the one around it: kramdown 2.4 stops with Ruby's
    // "stack level too deep" (3,000 unclosed <span>s, and 2,000 closed ones, in Jekyll 4.3.1);
    // kyll dropped the text after the 1,000th level and built
    ['unclosed <span>s, 200 KB', rep('<span>', 200 * KB), 1],
    ['1,000 nested <span>s', 'a\n\nb ' + '<span>'.repeat(1000) + 'x' + '</span>'.repeat(1000) + '\n', 3],
    ['10,000 nested <span>s', '<span>'.repeat(10_000) + 'x' + '</span>'.repeat(10_000) + '\n', 1],
  ];
  test.each(cases)('%s is a MARKDOWN_ERROR with file and line', (_name, text, line) => {
    let error: unknown;
    try {
      converter.convert(text, '_posts/2024-01-01-deep.md');
    } catch (e) {
      error = e;
    }
    expect(isKyllError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'MARKDOWN_ERROR', file: '_posts/2024-01-01-deep.md', line });
    expect((error as Error).message).toMatch(/nested too deeply .* on line \d+ in _posts\/2024-01-01-deep\.md/);
  }, 60_000);

  test('999 nested <span>s keep their text', () => {
    const html = converter.convert('<span>'.repeat(999) + 'x' + '</span>'.repeat(999) + '\n');
    expect(html).toContain('<span>x</span>');
  });

  test('150 levels still render as kramdown does (fixtures/markdown/deep-* compare the HTML)', () => {
    const html = converter.convert(staircase(150));
    expect(html.match(/<ul>/g)).toHaveLength(150);
  });
});

describe('the backtracking budget', () => {
  // 1 MB of text, a paragraph of 1,700 `*x` openers whose one closer (`x**`) cannot close an
  // emphasis (each attempt rescans the rest of the paragraph: ~4.3 MB in all), then `*em*`.
  // kramdown 2.4 (no budget) writes <em>em</em>; the budget must not run out before it.
  test('a page that rescans 4 times its length still finds a later emphasis', () => {
    const text = ('word '.repeat(15) + '\n').repeat(13000) + '\n' + '*x '.repeat(1700) + 'x**\n\n*em*\n';
    const html = converter.convert(text);
    expect(html.endsWith('<p><em>em</em></p>\n')).toBe(true);
  }, 60_000);
});
