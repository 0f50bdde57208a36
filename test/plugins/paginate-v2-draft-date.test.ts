// jekyll-paginate-v2's PaginationModel#paginate calls `u_post.date` on every document a template
// lists before it sorts them (paginationModel.rb, "Rolling through the date fields"): an undated
// draft (with `future: true`, so that the publisher never asked for its date) gets its file's mtime
// there, and SiteDrop#posts, sorted later, places it by that date rather than by path
// (site/first-dated.ts). Checked with Jekyll 4.3.1 and jekyll-paginate-v2 3.0.0 (`jekyll build
// --drafts --future`, the draft's mtime 2025-06-07): site.posts lists the draft first with a
// pagination template, last (by path) without one. fuzz-plugins seeds 43272 and 43386 found it.
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = async (withTemplate: boolean) => {
  const source = memorySource({
    '_config.yml': 'show_drafts: true\nfuture: true\nplugins: [jekyll-paginate-v2]\npagination: {enabled: true, per_page: 1}\n',
    '_drafts/draft.md': '---\n---\n',
    '_posts/2020-06-15-hello.md': 'x\n',
    'list.html': '---\n---\n{% for p in site.posts %}{{ p.url }} {% endfor %}',
    ...(withTemplate ? { 'index.html': '---\npagination: {enabled: true}\n---\n{% for p in paginator.posts %}{{ p.url }} {% endfor %}' } : {}),
  });
  const r = await renderSite({ source: { ...source, mtime: () => Date.UTC(2025, 5, 7) }, write: false, env: FIXED_ENV });
  return Buffer.from(r.files.find((f) => f.path === 'list.html')!.contents).toString();
};

test('a pagination template dates the undated draft: site.posts lists it by its date', async () => {
  expect(await build(true)).toBe('/2025/06/07/draft.html /2020/06/15/hello.html ');
});

test('with no pagination template it is still undated when site.posts is sorted: by path', async () => {
  expect(await build(false)).toBe('/2020/06/15/hello.html /2025/06/07/draft.html ');
});
