// Live reload after a failed build: the build that follows one that failed (a Liquid error, a YAML
// error) builds the whole site again, but reloads only the pages whose bytes differ from the last
// site written (build/since-last-site.ts), not every page; the destination is still a clean build's.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { siteBuilder } from '../../lib/cli/site-build.js';
import { folderTree } from '../helpers/folder-tree.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { serveFixture, waitFor, write, type Session } from './serve-helpers.js';

jest.setTimeout(120_000);
const page = (text: string): string => `---\nlayout: default\n---\n${text}\n`;
const fixture = serveFixture({
  prefix: 'kyll-serve-reload-failed-',
  files: {
    '_config.yml': 'title: T\n',
    '_layouts/default.html': '<html><body>{{ content }}</body></html>\n',
    'a.md': page('A one'),
    'b.md': page('B one'),
    'c.md': page('C one'),
    'd.md': page('D one'),
    'index.html': '---\n---\n{{ site.title }}\n',
  },
});
const POLYGLOT = path.resolve('fixtures', 'sites', 'plugin-polyglot-lang-from-path');
const quiet = { out: () => undefined, err: () => undefined };

/** Makes the edits, waits for the build to fail, or else for the rebuild, and gives what it reloaded. */
async function edit(session: Session, files: Record<string, string>, fails = false, root = fixture.dir): Promise<string[] | undefined> {
  const rebuilds = session.rebuilds.length;
  const failures = session.err.filter((l) => l.includes('build failed')).length;
  write(root, files);
  if (fails) {
    await waitFor(() => session.err.filter((l) => l.includes('build failed')).length > failures, 60_000);
    return undefined;
  }
  await waitFor(() => session.rebuilds.length > rebuilds, 60_000);
  return [...session.rebuilds[session.rebuilds.length - 1]].sort();
}

test('the build after a failed one reloads only the pages that differ from the last site written', async () => {
  const site = fixture.dir;
  const session = await fixture.start(['-q']);
  // A Liquid error in a.md, saved with a good edit of b.md; then a.md fixed: a and b changed, c, d and the index did not.
  await edit(session, { 'b.md': page('B two'), 'a.md': page('A {% if %}') }, true);
  expect(session.rebuilds).toEqual([]);
  expect(await edit(session, { 'a.md': page('A two') })).toEqual(['/a.html', '/b.html']);
  // A YAML error in a data file, then the file fixed: no output changed.
  await edit(session, { '_data/t.yml': 'x: [1\n' }, true);
  expect(await edit(session, { '_data/t.yml': 'x: [1]\n' })).toEqual([]);
  // Two failures in a row, then a fix that also removes a page: d goes, c changed.
  await edit(session, { 'c.md': page('C {% endif %}') }, true);
  fs.rmSync(path.join(site, 'd.md'));
  await edit(session, { 'a.md': page('A {{ x | }}') }, true);
  expect(await edit(session, { 'a.md': page('A two'), 'c.md': page('C three') })).toEqual(['/c.html', '/d.html']);
  // And the served destination is what a clean build writes.
  const clean = path.join(site, '..', `${path.basename(site)}-clean`);
  try {
    const outcome = await siteBuilder(parseArgs(['build', '-s', site, '-d', clean, '-q']), quiet).build();
    expect(outcome.status).toBe('ok');
    expect(folderTree(path.join(site, '_site'))).toEqual(folderTree(clean));
  } finally {
    fs.rmSync(clean, { recursive: true, force: true });
  }
});

describe('a jekyll-polyglot site', () => {
  const poly = serveFixture({ prefix: 'kyll-serve-reload-failed-poly-', env: { SOURCE_DATE_EPOCH: FIXED_ENV.SOURCE_DATE_EPOCH } });

  test('its languages are built again after a failure, and only the outputs that changed reload', async () => {
    const root = path.join(poly.dir, 'site');
    fs.cpSync(POLYGLOT, root, { recursive: true });
    const session = await poly.start(['-q'], root);
    const dest = path.join(root, '_site');
    const before = new Map(folderTree(dest));
    const post = '_posts/de/2021-03-01-one.md';
    const text = fs.readFileSync(path.join(root, post), 'utf8');
    await edit(session, { [post]: text.replace('eins', 'eins {% for %}') }, true, root);
    const reloaded = await edit(session, { [post]: text.replace('eins', 'eins, neu') }, false, root);
    const after = new Map(folderTree(dest));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => !p.endsWith('/') && before.get(p) !== after.get(p));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan([...after.keys()].filter((p) => !p.endsWith('/')).length);
    expect(reloaded).toEqual(changed.map((p) => `/${p.split('/').map(encodeURIComponent).join('/')}`).sort());
  });
});
