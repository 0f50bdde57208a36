// What an edit re-renders follows what each output read of the other
// documents, field by field: a title edit reaches the outputs that printed
// that title, not every output that read a post list.
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

function post(day: number, title: string, extra = ''): string {
  return `---\nlayout: post\ntitle: ${title}\n${extra}---\nBody of ${title}.\n`;
}

function siteFiles(): Record<string, string> {
  const files: Record<string, string> = {
    '_config.yml': 'title: Keys\n',
    '_layouts/post.html': '<h1>{{ page.title }}</h1>{{ content }}{% if page.previous %}<a>{{ page.previous.title }}</a>{% endif %}',
    'count.html': '---\n---\n{{ site.posts | size }} posts; {% for c in site.categories %}{{ c[0] }}={{ c[1] | size }} {% endfor %}',
    'titles.html': '---\n---\n{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}',
    'featured.html': '---\n---\n{% for p in site.posts %}{% if p.featured %}<b>{{ p.url }}</b>{% endif %}{% endfor %}',
    'bodies.html': '---\n---\n{{ site.posts.first.content }}',
  };
  ['a', 'b', 'c', 'd', 'e'].forEach((t, i) => (files[`_posts/2024-01-0${i + 1}-${t}.md`] = post(i + 1, t.toUpperCase(), 'categories: [x]\n')));
  return files;
}

async function setUp() {
  const source = mutableSource(siteFiles());
  const options = { source, env: FIXED_ENV, write: false };
  const builder = await createBuilder(options);
  await builder.build();
  const clean = async () => contentsByPath((await renderSite(options)).files);
  return { source, builder, clean };
}

test('a title edit re-renders the post, the post that prints it as its previous one, and the list of titles', async () => {
  const { source, builder, clean } = await setUp();
  source.files.set('_posts/2024-01-03-c.md', post(3, 'See', 'categories: [x]\n'));
  const u = await builder.update(['_posts/2024-01-03-c.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect(u.written.map((f) => f.path).sort()).toEqual(['titles.html', 'x/2024/01/03/c.html', 'x/2024/01/04/d.html']);
  // count.html, featured.html and bodies.html read the list but not this title: not rendered.
  expect(u.rendered).toBe(3);
});

test('a field that most posts lack: adding it reaches the lists that looked for it', async () => {
  const { source, builder, clean } = await setUp();
  source.files.set('_posts/2024-01-02-b.md', post(2, 'B', 'categories: [x]\nfeatured: true\n'));
  const u = await builder.update(['_posts/2024-01-02-b.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect(u.written.map((f) => f.path)).toContain('featured.html');
});

test('a body edit re-renders the post and what prints its content, nothing that prints titles', async () => {
  const { source, builder, clean } = await setUp();
  source.files.set('_posts/2024-01-03-c.md', post(3, 'C', 'categories: [x]\n').replace('Body of', 'New body of'));
  let u = await builder.update(['_posts/2024-01-03-c.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect([u.written.map((f) => f.path), u.rendered]).toEqual([['x/2024/01/03/c.html'], 1]);
  // The newest post's body is printed by bodies.html (and carried, as Jekyll does, into the pages after it).
  source.files.set('_posts/2024-01-05-e.md', post(5, 'E', 'categories: [x]\n').replace('Body of', 'New body of'));
  u = await builder.update(['_posts/2024-01-05-e.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect(u.written.map((f) => f.path).sort()).toEqual(['bodies.html', 'x/2024/01/05/e.html']);
});

test('a category edit changes the list: its readers render again', async () => {
  const { source, builder, clean } = await setUp();
  source.files.set('_posts/2024-01-01-a.md', post(1, 'A', 'categories: [y]\n'));
  const u = await builder.update(['_posts/2024-01-01-a.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect(u.written.map((f) => f.path)).toEqual(expect.arrayContaining(['count.html', 'y/2024/01/01/a.html']));
  expect(u.removed).toEqual(['x/2024/01/01/a.html']);
});

test('a title edit goes into the model in place: only the edited file is read again', async () => {
  const { source, builder, clean } = await setUp();
  const reads: string[] = [];
  const readText = source.readText;
  const readBytes = source.readBytes;
  source.readText = (p) => (reads.push(p), readText(p));
  // _config.yml and _data are read as bytes (decoded strictly): reads of either kind count.
  source.readBytes = (p) => (reads.push(p), readBytes(p));
  source.files.set('_posts/2024-01-03-c.md', post(3, 'See', 'categories: [x]\n'));
  const u = await builder.update(['_posts/2024-01-03-c.md']);
  expect(reads).toEqual(['_posts/2024-01-03-c.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect(u.written.map((f) => f.path).sort()).toEqual(['titles.html', 'x/2024/01/03/c.html', 'x/2024/01/04/d.html']);
  // Back again, then a category: the site is read again.
  source.files.set('_posts/2024-01-03-c.md', post(3, 'C', 'categories: [x]\n'));
  await builder.update(['_posts/2024-01-03-c.md']);
  reads.length = 0;
  source.files.set('_posts/2024-01-03-c.md', post(3, 'C', 'categories: [y]\n'));
  const moved = await builder.update(['_posts/2024-01-03-c.md']);
  expect(reads.length).toBeGreaterThan(1);
  source.readText = readText;
  source.readBytes = readBytes;
  expect(contentsByPath(moved.result.files)).toEqual(await clean());
});
