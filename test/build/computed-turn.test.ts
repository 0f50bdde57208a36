// jekyll-feed's feed.xml and jekyll-sitemap's sitemap.xml are computed in their
// turn among the pages (render-pages.ts): the pages after them (a paginator's
// page2) see their output as page.content. An update computes them in that turn
// too, and renders again the pages after them only when those read their content.
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

const READS_CONTENT = '{% for p in site.pages %}[{{ p.url }} {{ p.content | size }}]{% endfor %}';

function files(index: string): Record<string, string> {
  return {
    '_config.yml': 'title: Turns\nurl: https://turns.example\nplugins: [jekyll-feed, jekyll-sitemap, jekyll-paginate]\npaginate: 1\n',
    'index.html': `---\n---\n{% for p in paginator.posts %}{{ p.title }}{% endfor %}\n${index}\n`,
    'about.md': '---\ntitle: About\n---\nAbout.\n',
    '_posts/2024-01-01-a.md': '---\ntitle: A\n---\nFirst a\n',
    '_posts/2024-01-02-b.md': '---\ntitle: B\n---\nFirst b\n',
  };
}

async function edited(index: string) {
  const source = mutableSource(files(index));
  const options = { source, env: FIXED_ENV, write: false };
  const builder = await createBuilder(options);
  await builder.build();
  source.files.set('_posts/2024-01-01-a.md', '---\ntitle: A\n---\nA longer second a\n');
  const update = await builder.update(['_posts/2024-01-01-a.md']);
  const clean = contentsByPath((await renderSite(options)).files);
  return { update, clean, files: contentsByPath(update.result.files) };
}

test("a post's body edit: page2 and on, which print feed.xml's and sitemap.xml's page.content, show the new feed", async () => {
  const { update, clean, files } = await edited(`{% if paginator.page > 1 %}${READS_CONTENT}{% endif %}`);
  expect([...files]).toEqual([...clean]);
  // page2 shows feed.xml's output as computed in its turn (not the empty text it has before it).
  const page2 = files.get('page2/index.html')!;
  const feedSize = files.get('feed.xml')!.length;
  expect(page2).toContain(`[/feed.xml ${feedSize}]`);
  // a.html, feed.xml (it prints a's content) and page2, which reads the feed's: not sitemap.xml, about.html, index.html.
  expect(update.rendered).toBe(3);
});

test("a post's body edit renders no page again when none reads the feed's content", async () => {
  const { update, clean, files } = await edited('{% for p in site.pages %}{{ p.url }} {% endfor %}');
  expect([...files]).toEqual([...clean]);
  // a.html and feed.xml: not page2 (it lists A by title, and the pages by URL).
  expect(update.rendered).toBe(2);
});
