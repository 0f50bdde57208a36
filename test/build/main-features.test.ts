// The long-lived builder runs what renderSite runs: the site's `_plugins` and
// given plugins, their document and site hooks, static files kept as links
// outside safe mode and production, and every output inside the destination.
import fs from 'node:fs';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import type { KyllPlugin } from '../../lib/plugins/plugin.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { tempSite, type TempSite } from '../robustness/symlink-helpers.js';
import { contentsByPath, mutableSource } from './edit-site.js';

const SHOUT = `export default { name: 'shout', registerLiquid(engine) { engine.registerFilter('shout', (s) => String(s).toUpperCase() + '!'); } };\n`;

function siteFiles(): Record<string, string> {
  return {
    '_config.yml': 'title: Hooks\n',
    '_layouts/default.html': '<main>{{ content }}</main>',
    '_plugins/shout.mjs': SHOUT,
    'index.html': '---\nlayout: default\n---\n{{ site.title | shout }}',
    'about.md': '---\nlayout: default\n---\nAbout',
    '_posts/2024-01-02-one.md': '---\nlayout: default\ntitle: One\n---\nFirst',
    'notes.txt': 'note A',
  };
}

describe('the builder runs the site plugins as renderSite does', () => {
  test('_plugins modules and hooks apply, and a hook reading what the builder cannot see re-renders everything', async () => {
    const source = mutableSource(siteFiles());
    // A hook that reads a file behind the builder's back, as a plugin using fs would.
    const stamp: KyllPlugin = {
      name: 'stamp',
      hooks: { documents: { post_render: (doc) => void (doc.output = `${String(doc.output)}<!-- ${source.files.get('notes.txt')} -->`) }, pages: { post_render: (doc) => void (doc.output = `${String(doc.output)}<!-- ${source.files.get('notes.txt')} -->`) } },
    };
    const options = { source, env: FIXED_ENV, write: false, plugins: [stamp] };
    const builder = await createBuilder(options);
    const first = await builder.build();
    const clean = async () => contentsByPath((await renderSite(options)).files);
    expect(contentsByPath(first.files)).toEqual(await clean());
    expect(String(first.files.find((f) => f.path === 'index.html')!.contents)).toBe('<main>HOOKS!</main><!-- note A -->');

    source.files.set('notes.txt', 'note B');
    const update = await builder.update(['notes.txt']);
    expect(contentsByPath(update.result.files)).toEqual(await clean());
    expect(String(update.result.files.find((f) => f.path === '2024/01/02/one.html')!.contents)).toContain('<!-- note B -->');
    // Everything rendered again: the three templated outputs and the static file.
    expect(update.rendered).toBe(first.rendered);
    expect(update.written.map((f) => f.path).sort()).toEqual(['2024/01/02/one.html', 'about.html', 'index.html', 'notes.txt']);
  });

  test('site post_render and post_write hooks run after the build and after each update, with what was written', async () => {
    const site = tempSite();
    try {
      for (const [rel, text] of Object.entries(siteFiles())) if (!rel.startsWith('_plugins/')) site.file(rel, text);
      const calls: string[] = [];
      const hooks: KyllPlugin = {
        name: 'watcher',
        hooks: {
          site: {
            post_render: () => void calls.push('post_render'),
            post_write: (_site, info) => void calls.push(`post_write ${path.relative(site.root, info.destination)} ${[...info.paths].sort().join(',')}`),
          },
          pages: { post_write: (doc) => void calls.push(`page ${doc.relativePath}`) },
        },
      };
      const builder = await createBuilder({ source: site.site, destination: site.dest, env: FIXED_ENV, plugins: [hooks] });
      await builder.build();
      const written = 'post_write _out 2024/01/02/one.html,about.html,index.html,notes.txt';
      expect(calls).toEqual(['post_render', 'page about.md', 'page index.html', written]);
      calls.length = 0;
      fs.writeFileSync(path.join(site.site, 'about.md'), '---\nlayout: default\n---\nAbout us');
      await builder.update(['about.md']);
      expect(calls).toEqual(['post_render', 'page about.md', 'page index.html', written]);
      expect(site.read('about.html')).toBe('<main><p>About us</p>\n</main>');
    } finally {
      site.remove();
    }
  });
});

describe('the builder writes as renderSite writes', () => {
  let site: TempSite;
  beforeEach(() => {
    site = tempSite();
    site.file('target.txt', 'target');
    site.link('link.txt', 'target.txt');
    site.file('index.md', '---\npermalink: /../../escape.html\n---\nOut?');
  });
  afterEach(() => site.remove());

  const build = async (config: Record<string, unknown>, env: Record<string, string>) => {
    const options = { source: site.site, destination: site.dest, config, env: { ...FIXED_ENV, ...env } };
    const builder = await createBuilder(options);
    const built = await builder.build();
    const tree = site.tree();
    const clean = await renderSite(options);
    return { builder, built, tree, clean, cleanTree: site.tree() };
  };

  test('a static symlink stays a link in development, as renderSite keeps it', async () => {
    const { built, tree, clean, cleanTree } = await build({}, { JEKYLL_ENV: 'development' });
    expect(built.files.find((f) => f.path === 'link.txt')?.symlink).toBe('target.txt');
    expect(tree).toContain('l link.txt -> target.txt');
    expect(tree).toEqual(cleanTree);
    expect(built.files.map((f) => [f.path, f.symlink])).toEqual(clean.files.map((f) => [f.path, f.symlink]));
  });

  test('in safe mode and in production the link is copied as a file', async () => {
    for (const [config, env] of [[{ safe: true }, { JEKYLL_ENV: 'development' }], [{}, { JEKYLL_ENV: 'production' }]] as const) {
      const { built, tree, cleanTree } = await build(config, env);
      expect(built.files.find((f) => f.path === 'link.txt')?.symlink).toBeUndefined();
      expect(tree).toContain('f link.txt');
      expect(tree).toEqual(cleanTree);
    }
  });

  test('an output whose permalink climbs out lands inside the destination, on build and on update', async () => {
    const { builder, tree } = await build({}, {});
    expect(tree).toContain('f escape.html');
    expect(fs.existsSync(path.join(site.root, 'escape.html'))).toBe(false);
    fs.writeFileSync(path.join(site.site, 'index.md'), '---\npermalink: /../../escape.html\n---\nStill in');
    const update = await builder.update(['index.md']);
    expect(update.written.map((f) => f.path)).toEqual(['escape.html']);
    expect(site.read('escape.html')).toBe('<p>Still in</p>\n');
    expect(fs.existsSync(path.join(site.root, 'escape.html'))).toBe(false);
  });
});

describe('a Sass source map joins site.pages in the builder as in renderSite', () => {
  test('pages after the stylesheet list its map, on build and after edits', async () => {
    const source = mutableSource({
      '_config.yml': 'title: Maps\n',
      'css/style.scss': '---\n---\n$c: red;\nbody { color: $c; }\n',
      'a.html': '---\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}',
      'z.html': '---\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}',
    });
    const options = { source, env: { ...FIXED_ENV, JEKYLL_ENV: 'development' }, write: false };
    const clean = async () => contentsByPath((await renderSite(options)).files);
    const builder = await createBuilder(options);
    const first = contentsByPath((await builder.build()).files);
    expect(first.get('z.html')).toContain('/css/style.css.map');
    expect(first).toEqual(await clean());
    source.files.set('z.html', '---\n---\nAgain: {% for p in site.pages %}{{ p.url }} {% endfor %}');
    expect(contentsByPath((await builder.update(['z.html'])).result.files)).toEqual(await clean());
    // A page before the stylesheet, edited: it does not see the map yet, as in a clean build.
    source.files.set('a.html', '---\n---\nFirst: {% for p in site.pages %}{{ p.url }} {% endfor %}');
    expect(contentsByPath((await builder.update(['a.html'])).result.files)).toEqual(await clean());
    source.files.set('css/style.scss', '---\n---\n$c: blue;\nbody { color: $c; }\n');
    expect(contentsByPath((await builder.update(['css/style.scss'])).result.files)).toEqual(await clean());
    source.files.set('about.html', '---\ntitle: About\n---\nAbout');
    expect(contentsByPath((await builder.update(['about.html'])).result.files)).toEqual(await clean());
  }, 30_000);
});
