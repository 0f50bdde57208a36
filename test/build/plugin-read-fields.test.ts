// Plugins that read documents when the site is read, not while rendering:
// generators (jekyll-redirect-from) and transforms (jekyll-relative-links,
// jekyll-titles-from-headings). An edit of what they read is not patched into
// the model in place (build/patch.ts): the site is read again, so their output
// equals a clean build's (sitemap and seo read fields while rendering).
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

test.each([
  ['redirect_from', 'plugins: [jekyll-redirect-from]\n', '---\ntitle: A\nredirect_from: /old/\n---\nbody\n', '---\ntitle: A\nredirect_from: /older/\n---\nbody\n', '_posts/2024-01-01-a.md'],
  ['sitemap', 'plugins: [jekyll-sitemap]\nurl: https://x.example\n', '---\ntitle: A\nsitemap: true\n---\nbody\n', '---\ntitle: A\nsitemap: false\n---\nbody\n', '_posts/2024-01-01-a.md'],
  ['seo', 'plugins: [jekyll-seo-tag]\n', '---\ntitle: A\nlayout: s\ndescription: one\n---\nbody\n', '---\ntitle: A\nlayout: s\ndescription: two\n---\nbody\n', '_posts/2024-01-01-a.md'],
  ['titles-from-headings body', 'plugins: [jekyll-titles-from-headings]\n', '---\nlayout: d\n---\n# One\n\nbody\n', '---\nlayout: d\n---\n# Two\n\nbody\n', 'about.md'],
  ['titles-from-headings post body', 'plugins: [jekyll-titles-from-headings]\ntitles_from_headings:\n  collections: true\n', '---\nlayout: d\n---\n# One\n\nbody\n', '---\nlayout: d\n---\n# Two\n\nbody\n', '_posts/2024-01-01-b.md'],
  ['relative-links body', 'plugins: [jekyll-relative-links]\n', '---\n---\n[x](other.md)\n', '---\n---\n[y](other.md) [z](_posts/2024-01-01-a.md)\n', 'about.md'],
  ['relative-links post body', 'plugins: [jekyll-relative-links]\nrelative_links:\n  collections: true\n', '---\n---\n[x](../about.md)\n', '---\n---\n[y](../other.md)\n', '_posts/2024-01-01-b.md'],
])('%s edit: the update equals a clean build', async (_n, cfg, before, after, path) => {
  const source = mutableSource({ '_config.yml': `title: T\n${cfg}`, '_layouts/d.html': '{{ page.title }}|{{ content }}', '_layouts/s.html': '<head>{% seo %}</head>{{ content }}', 'index.html': '---\n---\n{% for p in site.posts %}{{p.title}}{% endfor %}', 'other.md': '---\n---\nother\n', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\na\n', ...(path === 'about.md' ? {} : { 'about.md': '---\n---\nabout\n' }) });
  source.files.set(path, before);
  const b = await createBuilder({ source, env: FIXED_ENV, write: false });
  await b.build();
  source.files.set(path, after);
  const u = await b.update([path]);
  const clean = await renderSite({ source, env: FIXED_ENV, write: false });
  expect(contentsByPath(u.result.files)).toEqual(contentsByPath(clean.files));
});
