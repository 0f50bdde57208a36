// `kyll serve` of a jekyll-polyglot site: every language is built and rebuilt (build/language-builder.ts).
// After each edit (a post of one language, one language's _data file, a layout), the served
// destination holds what a clean build of the site as serve builds it writes, the language folders too,
// and the server answers under /LANG/.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { siteBuilder } from '../../lib/cli/site-build.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';
import { get, serveFixture, waitFor } from './serve-helpers.js';

const FIXTURE = path.resolve('fixtures', 'sites', 'plugin-polyglot-lang-from-path');
const quiet = { out: () => undefined, err: () => undefined };

const EDITS: ReadonlyArray<[string, string, (t: string) => string]> = [
  ['a post of one language', '_posts/de/2021-03-01-one.md', (t) => t.replace('eins', 'eins, neu')],
  ["one language's data file", '_data/de/strings.yml', (t) => t.replace('Hallo', 'Guten Tag')],
  ['a layout', '_layouts/default.html', (t) => t.replace('<html', '<html data-x="1"')],
];

describe('kyll serve, jekyll-polyglot', () => {
  jest.setTimeout(180_000);
  const fixture = serveFixture({ prefix: 'kyll-serve-polyglot-', env: { SOURCE_DATE_EPOCH: FIXED_ENV.SOURCE_DATE_EPOCH } });

  test('every language is served, and after each edit equals a clean build', async () => {
    const dir = fixture.dir;
    const root = path.join(dir, 'site');
    fs.cpSync(FIXTURE, root, { recursive: true });
    const session = await fixture.start([], root);
    expect(session.port).toBeGreaterThan(0);
    const served = path.join(root, '_site');
    const clean = path.join(dir, 'clean');
    const cleanBuild = async (): Promise<Array<[string, string]>> => {
      fs.rmSync(clean, { recursive: true, force: true });
      const opts = parseArgs(['serve', '-s', root, '-d', clean, '-P', '0']);
      const outcome = await siteBuilder(opts, quiet, { url: `http://localhost:${session.port}` }).build();
      expect(outcome.status).toBe('ok');
      return folderTree(clean);
    };
    expect(folderTree(served)).toEqual(await cleanBuild());
    expect((await get(session.port, '/de/nachrichten/2021/03/01/one.html')).body).toMatch(/a=de/);
    for (const [what, file, edit] of EDITS) {
      const rebuilds = session.rebuilds.length + session.err.length;
      const p = path.join(root, file);
      fs.writeFileSync(p, edit(fs.readFileSync(p, 'utf8')));
      const want = await cleanBuild();
      await waitFor(() => session.rebuilds.length + session.err.length > rebuilds && JSON.stringify(folderTree(served)) === JSON.stringify(want), 60_000).catch(() => undefined);
      expect({ what, tree: folderTree(served) }).toEqual({ what, tree: want });
    }
    expect((await get(session.port, '/de/nachrichten/2021/03/01/one.html')).body).toMatch(/g=Guten Tag/);
    expect(session.err.join('\n')).not.toMatch(/build failed|polyglot/);
  });
});
