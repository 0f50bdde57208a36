// lib/render/render-document.ts#convertContent: a document's text converted again (its excerpt
// when the post has no excerpt separator: the whole content) is answered from the last conversion
// of that document, as Jekyll's Markdown converter answers from its cache keyed by the text; the
// output of such a post is Jekyll's (the CRLF post below, built by Jekyll 4.3.1: its excerpt is
// its whole content).
import { convertContent, type Renderable } from '../../lib/render/render-document.js';
import type { RenderContext } from '../../lib/render/context.js';
import type { MarkdownWarning } from '../../lib/markdown/types.js';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/memory-source.js';

function countingContext(warnFor: string[] = []): { ctx: RenderContext; converted: string[] } {
  const converted: string[] = [];
  let warnings: MarkdownWarning[] = [];
  const markdown = {
    convert(text: string): string {
      converted.push(text);
      warnings = warnFor.includes(text) ? [{ message: 'a warning' } as MarkdownWarning] : [];
      return `<p>${text}</p>`;
    },
    get warnings() {
      return warnings;
    },
  };
  const ctx = { converters: { kindFor: () => 'markdown' }, markdown } as unknown as RenderContext;
  return { ctx, converted };
}

const doc = (relativePath: string): Renderable => ({ relativePath, content: '', contentLine: 1, ext: '.md', data: {} });

test('the same text of the same document converts once; another text or another document converts', () => {
  const { ctx, converted } = countingContext();
  const a = doc('_posts/2020-01-01-a.md');
  const b = doc('_posts/2020-01-02-b.md');
  expect(convertContent('whole post', a, ctx)).toBe('<p>whole post</p>');
  expect(convertContent('whole post', a, ctx)).toBe('<p>whole post</p>');
  expect(convertContent('whole post', b, ctx)).toBe('<p>whole post</p>');
  expect(convertContent('first paragraph', a, ctx)).toBe('<p>first paragraph</p>');
  expect(converted).toEqual(['whole post', 'whole post', 'first paragraph']);
});

test('another build’s converter (its own options) converts the document again', () => {
  const first = countingContext();
  const second = countingContext();
  const a = doc('a.md');
  convertContent('text', a, first.ctx);
  convertContent('text', a, second.ctx);
  expect([first.converted, second.converted]).toEqual([['text'], ['text']]);
});

test('a conversion that gave warnings is not kept: the converter reports them again', () => {
  const { ctx, converted } = countingContext(['warns']);
  const a = doc('a.md');
  convertContent('warns', a, ctx);
  convertContent('warns', a, ctx);
  expect(converted).toEqual(['warns', 'warns']);
});

test('a CRLF post (its excerpt the whole content) renders as Jekyll renders it', async () => {
  const result = await renderSite({
    source: memorySource({
      '_config.yml': 'title: t\n',
      '_layouts/post.html': '<meta content="{{ page.excerpt | strip_html | strip_newlines | truncate: 40 }}">\n{{ content }}',
      '_posts/2020-01-01-a.md': '---\r\nlayout: post\r\n---\r\n# Title\r\n\r\nSome *text* here.\r\n\r\n- a\r\n- b\r\n',
      'index.html': '---\n---\n{% for p in site.posts %}[{{ p.excerpt }}]{% endfor %}\n',
    }),
    write: false,
  });
  const text = (path: string) => String(result.files.find((f) => f.path === path)!.contents);
  expect(text('2020/01/01/a.html')).toBe(
    '<meta content="TitleSome text here.  a  b">\n<h1 id="title">Title</h1>\n\n<p>Some <em>text</em> here.</p>\n\n<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n',
  );
  expect(text('index.html')).toBe('[<h1 id="title">Title</h1>\n\n<p>Some <em>text</em> here.</p>\n\n<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n]\n');
});
