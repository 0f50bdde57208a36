// A file saved while `kyll serve`'s first build runs: the served site ends up as a clean build of
// the saved files, as after any other save (the watcher starts before that build; Jekyll's starts
// after it, and such a save stays unbuilt until the next one). The save is made by a filter of a
// JavaScript plugin, once, while the first build renders the page that uses it: by then the post
// it rewrites has been read.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { serveFixture, waitFor } from './serve-helpers.js';
import { POKE_ENV, POKE_PLUGIN } from '../helpers/save-during-build.js';


describe('kyll serve, a save during the first build', () => {
  jest.setTimeout(120_000);
  const fixture = serveFixture({
    prefix: 'kyll-serve-first-edit-',
    files: {
      '_config.yml': 'title: First\nexclude: ["*.done"]\n',
      '_plugins/poke.mjs': POKE_PLUGIN,
      '_posts/2024-01-01-a.md': '---\ntitle: As read\n---\nOld words.\n',
      'index.html': '---\n---\n{{ "x" | poke }}{% for p in site.posts %}{{ p.title }}{% endfor %}\n',
    },
  });

  test('is built once the server is up', async () => {
    process.env[POKE_ENV] = path.join(fixture.dir, '_posts/2024-01-01-a.md');
    try {
      const session = await fixture.start();
      expect(session.port).toBeGreaterThan(0);
      const post = path.join(fixture.dir, '_site/2024/01/01/a.html');
      await waitFor(() => fs.existsSync(post) && fs.readFileSync(post, 'utf8').includes('New words.'), 30_000);
      await waitFor(() => fs.readFileSync(path.join(fixture.dir, '_site/index.html'), 'utf8').includes('Saved during the build'), 30_000);
    } finally {
      delete process.env[POKE_ENV];
    }
  });
});
