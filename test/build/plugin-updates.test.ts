// Sites with JavaScript plugins: an update renders again what ran plugin code
// and what the plugins' generators and transforms changed, not the whole
// site; a site hook around the render still renders everything. Every update
// equals a clean build.
import { createBuilder, renderSite } from '../../lib/index.js';
import type { KyllPlugin } from '../../lib/plugins/plugin.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { blogFiles, contentsByPath, mutableSource, randomEditor } from './edit-site.js';

const SHOUT = `export default { name: 'shout', registerLiquid(engine) { engine.registerFilter('shout', (s) => String(s).toUpperCase() + '!'); } };\n`;

function files(): Record<string, string> {
  return {
    '_config.yml': 'title: Plugged\n',
    '_layouts/default.html': '<main>{{ content }}</main>',
    '_plugins/shout.mjs': SHOUT,
    'index.html': '---\nlayout: default\n---\n{{ site.title | shout }}',
    'about.md': '---\nlayout: default\n---\nAbout',
    '_posts/2024-01-01-a.md': '---\nlayout: default\ntitle: A\n---\nFirst a',
    '_posts/2024-01-02-b.md': '---\nlayout: default\ntitle: B\n---\nFirst b',
  };
}

// A generator that reads every post's text from the model, and a transform that copies one post's text into another's data.
const indexer: KyllPlugin = {
  name: 'indexer',
  generate: (ctx) => ({
    pages: [{ relativePath: 'search.json', url: '/search.json', outputPath: 'search.json', data: {}, content: JSON.stringify(ctx.site.posts.map((p) => p.content)) }],
  }),
  transformSite: (site) => {
    const a = site.posts.find((p) => p.relativePath.endsWith('-a.md'));
    const quote = <T extends { relativePath: string; content: string }>(p: T): T => (p.relativePath.endsWith('-b.md') && a ? { ...p, content: `${p.content} (quoting: ${a.content})` } : p);
    const col = site.collections.posts!;
    return { ...site, posts: site.posts.map(quote), collections: { ...site.collections, posts: { ...col, docs: col.docs.map(quote) } } };
  },
};

async function setUp(plugins: KyllPlugin[] = []) {
  const source = mutableSource(files());
  const options = { source, env: FIXED_ENV, write: false, plugins };
  const builder = await createBuilder(options);
  await builder.build();
  const clean = async () => contentsByPath((await renderSite(options)).files);
  return { source, builder, clean };
}

test('a body edit re-renders the post and the page that runs a plugin filter, not the rest', async () => {
  const { source, builder, clean } = await setUp();
  source.files.set('_posts/2024-01-01-a.md', '---\nlayout: default\ntitle: A\n---\nSecond a');
  const u = await builder.update(['_posts/2024-01-01-a.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  // a.html and index.html (it ran `shout`): about.html and b.html did not render again.
  expect(u.rendered).toBe(2);
  expect(u.written.map((f) => f.path)).toEqual(['2024/01/01/a.html']);
});

test("what a generator and a transform make from other documents' text follows an edit", async () => {
  const { source, builder, clean } = await setUp([indexer]);
  source.files.set('_posts/2024-01-01-a.md', '---\nlayout: default\ntitle: A\n---\nSecond a');
  const u = await builder.update(['_posts/2024-01-01-a.md']);
  expect(contentsByPath(u.result.files)).toEqual(await clean());
  expect(u.written.map((f) => f.path).sort()).toEqual(['2024/01/01/a.html', '2024/01/02/b.html', 'search.json']);
  expect(String(u.result.files.find((f) => f.path === '2024/01/02/b.html')!.contents)).toContain('quoting: Second a');
});

test('a site pre_render hook may change what every template sees: every update renders everything', async () => {
  let n = 0;
  const counter: KyllPlugin = { name: 'counter', hooks: { site: { pre_render: (_site, payload) => void ((payload.site as Record<string, unknown>).builds = ++n) } } };
  const { source, builder } = await setUp([counter]);
  source.files.set('about.md', '---\nlayout: default\n---\nAbout {{ site.builds }}');
  const first = await builder.update(['about.md']);
  source.files.set('_posts/2024-01-01-a.md', '---\nlayout: default\ntitle: A\n---\nSecond a');
  const u = await builder.update(['_posts/2024-01-01-a.md']);
  expect(u.rendered).toBe(first.rendered);
  expect(String(u.result.files.find((f) => f.path === 'about.html')!.contents)).toBe(`<main><p>About ${n}</p>\n</main>`);
});

test('the random edits on a site with a plugin filter in its layout and an indexer: each update equals a clean build', async () => {
  const base = blogFiles();
  const source = mutableSource({ ...base, '_plugins/shout.mjs': SHOUT, 'about.md': base['about.md']!.replace('About', 'About {{ "x" | shout }}') });
  const edit = randomEditor(source, 7);
  const options = { source, env: FIXED_ENV, write: false, plugins: [indexer] };
  const builder = await createBuilder(options);
  await builder.build();
  for (let i = 0; i < 40; i++) {
    const { what, changed } = edit();
    const got = contentsByPath((await builder.update(changed)).result.files);
    const clean = contentsByPath((await renderSite(options)).files);
    for (const [p, text] of clean) if (got.get(p) !== text) expect({ step: i, what, path: p, text: got.get(p) }).toEqual({ step: i, what, path: p, text });
    expect([...got.keys()]).toEqual([...clean.keys()]);
  }
}, 300_000);
