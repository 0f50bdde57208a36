// DocumentDrop (jekyll/drops/document_drop.rb) has no `==`: Ruby compares two drops by identity
// (Document#to_liquid keeps one drop per document), and a drop is never == a Hash. kyll compared
// document drops key by key as hashes, reading each one's `output` (read back from disk once the
// document is written): `{% unless related contains post %}` over a tag's posts on every post of
// Capgemini/capgemini.github.io (235 posts) took 100 s against Jekyll's 14 s.
import { rubyEquals } from '../../lib/liquid/operators.js';
import { DOCUMENT_DROP } from '../../lib/values/document-drop-mark.js';

function docDrop(relativePath: string, reads: { n: number }): Record<string, unknown> {
  const drop: Record<string, unknown> = { relative_path: relativePath, collection: 'posts', title: 'Same' };
  Object.defineProperty(drop, DOCUMENT_DROP, { value: true });
  Object.defineProperty(drop, 'output', { get: () => (reads.n++, '<p>same</p>'), enumerable: true });
  return drop;
}

test('two documents compare without reading their keys', () => {
  const reads = { n: 0 };
  expect(rubyEquals(docDrop('_posts/2020-01-01-a.md', reads), docDrop('_posts/2020-01-02-b.md', reads))).toBe(false);
  expect(reads.n).toBe(0);
});

test('the same document is equal to itself, also through another drop object', () => {
  const reads = { n: 0 };
  const a = docDrop('_posts/2020-01-01-a.md', reads);
  expect(rubyEquals(a, a)).toBe(true);
  expect(rubyEquals(a, docDrop('_posts/2020-01-01-a.md', reads))).toBe(true);
  expect(reads.n).toBe(0);
});

test('a document drop is never == a Hash with the same keys', () => {
  const reads = { n: 0 };
  const drop = docDrop('_posts/2020-01-01-a.md', reads);
  const hash = { relative_path: '_posts/2020-01-01-a.md', collection: 'posts', title: 'Same', output: '<p>same</p>' };
  expect(rubyEquals(drop, hash)).toBe(false);
  expect(rubyEquals(hash, drop)).toBe(false);
});
