// `hidden` is read by the pagination generators (jekyll-paginate's Pagination#generate,
// paginate-v2's get_docs_in_collections) when the site is read: an edit of it reads the
// site again (build/patch.ts), so the pagers equal a clean build's.
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

const PAGER = '{{ paginator.total_pages }}:{% for p in paginator.posts %}{{ p.title }}{% endfor %}';

test.each([
  // jekyll-paginate lists site.posts newest first; paginate-v2 sorts by date, oldest first.
  ['jekyll-paginate', 'plugins: [jekyll-paginate]\npaginate: 1\n', '---\n---\n', '2:B'],
  ['jekyll-paginate-v2', 'plugins: [jekyll-paginate-v2]\npagination:\n  enabled: true\n  per_page: 1\n', '---\npagination:\n  enabled: true\n---\n', '2:A'],
])('%s: hiding a post updates the pagers as a clean build', async (_n, cfg, front, firstPage) => {
  const source = mutableSource({
    '_config.yml': `title: T\n${cfg}`,
    'index.html': `${front}${PAGER}`,
    '_posts/2024-01-01-a.md': '---\ntitle: A\nhidden: false\n---\na\n',
    '_posts/2024-01-02-b.md': '---\ntitle: B\n---\nb\n',
  });
  const b = await createBuilder({ source, env: FIXED_ENV, write: false });
  const first = await b.build();
  expect(contentsByPath(first.files).get('index.html')).toBe(firstPage);
  source.files.set('_posts/2024-01-01-a.md', '---\ntitle: A\nhidden: true\n---\na\n');
  const u = await b.update(['_posts/2024-01-01-a.md']);
  const clean = await renderSite({ source, env: FIXED_ENV, write: false });
  expect(contentsByPath(clean.files).get('index.html')).toBe('1:B');
  expect(contentsByPath(u.result.files)).toEqual(contentsByPath(clean.files));
});
