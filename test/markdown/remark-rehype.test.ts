// Our handlers have remark-rehype's signature: plugged into remark-rehype they
// give the same HTML as the converter's leaner bridge (remark-kramdown-rehype).
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createKramdownHandlers, createMarkdownConverter, kramdownParse,
  rehypeKramdownLayout, rehypeKramdownStringify, resolveOptions,
} from '../../lib/markdown/index.js';
import { HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';
import { rougeHighlighter } from '../../lib/highlight/index.js';

const options = resolveOptions({});
const handlers = createKramdownHandlers({ options, highlight: rougeHighlighter });
const viaRemarkRehype = unified()
  .use(kramdownParse, { options })
  .use(remarkRehype, { allowDangerousHtml: true, handlers: handlers as never, unknownHandler: ((s: any, n: any) => s.all(n)) as never })
  .use(rehypeKramdownLayout)
  .use(rehypeKramdownStringify)
  .freeze();
const converter = createMarkdownConverter({});

const samples = [
  '# Title\n\nSome *text* with `code`, a [link](http://x) and "quotes".\n\n- a\n- b\n\n> quote\n',
  '| a | b |\n|---|--:|\n| 1 | 2 |\n\nterm\n: definition\n\nx[^1]\n\n[^1]: note\n',
];
if (HAS_SHARED) {
  const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: Array<{ input: string }> };
  for (const c of manifest.cases) samples.push(readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8'));
}

test('remark-rehype with our handlers writes the same HTML', () => {
  for (const md of samples) expect(String(viaRemarkRehype.processSync(md))).toBe(converter.convert(md));
});
