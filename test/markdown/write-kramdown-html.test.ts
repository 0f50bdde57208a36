// The converter writes the handlers' hast in one walk (write-kramdown-html.ts); the public
// plugins rehype-kramdown-layout + rehype-kramdown-stringify are the reference, on kramdown's
// own cases, the fixtures and tricky block HTML, TOC and footnote placeholders.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import {
  createKramdownHandlers, remarkKramdownRehype, rehypeKramdownLayout, resolveOptions,
} from '../../lib/markdown/index.js';
import { kramdownToMdast } from '../../lib/markdown/plugins/kramdown-parse.js';
import { stringify } from '../../lib/markdown/plugins/rehype-kramdown-stringify.js';
import { writeKramdownHtml } from '../../lib/markdown/plugins/write-kramdown-html.js';
import { escapeHighlighter } from '../../lib/markdown/converter.js';
import { HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';

const options = resolveOptions({});
const toHast = remarkKramdownRehype({ handlers: createKramdownHandlers({ options, highlight: escapeHighlighter }) });

function expectSame(text: string): void {
  const hast = (): Root => toHast(kramdownToMdast(text, options).tree);
  const reference = hast();
  rehypeKramdownLayout()(reference);
  expect(writeKramdownHtml(hast())).toBe(stringify(reference));
}

describe('writeKramdownHtml', () => {
  test.each([
    '<div>\n  <p>a</p>\n</div>\n', '<div markdown="1">\n*a*\n\n</div>\n', '<pre>\n  x\n</pre>\n', '<div><br></div>\n', '<div/>\n',
    '<script>\n  a < b\n</script>\n', '<div>\r\n<p>a</p>\r\n</div>\n', '* a\n\n  b\n* c\n', '* a\n  * b\n', '> a\n>\n> * b\n',
    '* {:toc}\n\n# a\n\n## b\n', 'x[^1]\n\n* {:footnotes}\n\n[^1]: n\n', '<div markdown="1">\n* {:toc}\n</div>\n\n# h\n',
    'term\n: def\n\n: def2\n', '| a | b |\n|---|---|\n| c |  |\n', '```ruby\nx = 1\n```\n', '    code\n', '***\n', '<!-- c -->\n\n<?php x ?>\n',
  ])('%j', (text) => expectSame(text));

  test('fixtures/markdown inputs', () => {
    const root = path.join(process.cwd(), 'fixtures/markdown');
    for (const name of readdirSync(root)) expectSame(readFileSync(path.join(root, name, 'input.md'), 'utf8'));
  });

  (HAS_SHARED ? test : test.skip)('kramdown\'s cases', () => {
    const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: Array<{ input: string }> };
    for (const c of manifest.cases) expectSame(readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8'));
  });
});
