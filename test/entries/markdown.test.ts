// kyll/markdown: the kramdown parser inside an ordinary remark/rehype pipeline.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { kramdownHandlers, kramdownParse, markdownToHtml, resolveOptions, rougeHighlighter } from '../../lib/entries/markdown.js';

const text = '# Hello {#top}\n\nSome *text* with [a link](/x).\n\n~~~ ruby\nputs 1\n~~~\n';

test('kramdownParse + remark-rehype + rehype-stringify: kramdown\'s elements, with a user plugin in between', () => {
  // A remark plugin of the user's: rewrite every link target.
  const rewriteLinks = () => (tree: Root) => {
    const visit = (node: any): void => {
      if (node.type === 'link') node.url = `https://example.com${node.url}`;
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
  const options = resolveOptions({ input: 'GFM' });
  const html = String(
    unified().use(kramdownParse, { options }).use(rewriteLinks).use(remarkRehype, { allowDangerousHtml: true, handlers: kramdownHandlers(options) }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(text),
  );
  expect(html).toContain('<h1 id="top">Hello</h1>');
  expect(html).toContain('<a href="https://example.com/x">a link</a>');
  expect(html).toContain('<span class="nb">puts</span>');
});

test('markdownToHtml: kramdown\'s bytes', () => {
  expect(markdownToHtml('Term\n: def\n')).toBe('<dl>\n  <dt>Term</dt>\n  <dd>def</dd>\n</dl>\n');
  expect(rougeHighlighter('x', 'nosuchlang')).toBe('x');
});
