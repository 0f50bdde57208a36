// `markdown: CommonMark` against jekyll-commonmark 1.4.0: fixtures/commonmarker/expected.json is
// what real Jekyll 4.3.1 wrote for each group of cases.json (scripts/record-commonmarker.rb).
// SMART: curly quotes paired as cmark's delimiter stack pairs them, dashes, ellipses; escapes,
// entities, code, autolinks and URLs left alone. Extensions: each GFM one only when listed,
// footnotes only with FOOTNOTES.
import { readFileSync } from 'node:fs';
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const dir = new URL('../../fixtures/commonmarker/', import.meta.url);
const groups = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as Array<{ commonmark: Record<string, unknown>; inputs: string[] }>;
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as string[][];

describe.each(groups.map((g, i) => [JSON.stringify(g.commonmark), g, expected[i]!] as const))('commonmark: %s', (_name, group, outputs) => {
  const converter = createMarkdownConverter({ markdown: 'CommonMark', commonmark: group.commonmark });
  test.each(group.inputs.map((input, i) => [input, outputs[i]]))('%j', (input, output) => {
    expect(converter.convert(input)).toBe(output);
  });
});

test('without SMART, quotes, dashes and dots stay as written', () => {
  const plain = createMarkdownConverter({ markdown: 'CommonMark', commonmark: { options: ['UNSAFE'] } });
  expect(plain.convert('"a" -- \'b\'...')).toBe('<p>&quot;a&quot; -- \'b\'...</p>\n');
});
