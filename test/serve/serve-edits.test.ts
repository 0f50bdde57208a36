// `kyll serve` through its watcher: after each edit of a site shape
// (test/build/site-shapes.ts), the destination it rebuilt holds what a clean
// build of the edited site, built as serve builds it, writes: same files, same
// bytes, same folders, nothing left of removed outputs.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { siteBuilder } from '../../lib/cli/site-build.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { EDITS, SHAPES, SiteFolder } from '../build/site-shapes.js';
import { serveFixture, waitFor } from './serve-helpers.js';

/** Every folder (`dir/`) and file (with its text) under `root`. */
function tree(root: string, rel = ''): string[] {
  if (!fs.existsSync(path.join(root, rel))) return [];
  return fs
    .readdirSync(path.join(root, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e): string[] => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? [`${child}/`, ...tree(root, child)] : [`${child}: ${fs.readFileSync(path.join(root, child), 'utf8')}`];
    });
}

const quiet = { out: () => undefined, err: () => undefined };

describe.each(SHAPES.filter((s) => /^collections_dir|page\.path|static files/.test(s.name)).map((s) => [s.name, s] as const))(
  'kyll serve, %s',
  (_name, shape) => {
    // A build, a server and a rebuild per edit: generous on a loaded two-core machine.
    jest.setTimeout(180_000);
    // site.time the same in serve's builds and the clean ones
    const fixture = serveFixture({ prefix: 'kyll-serve-edits-', env: { SOURCE_DATE_EPOCH: FIXED_ENV.SOURCE_DATE_EPOCH } });

    test('after each edit, the served destination equals a clean build', async () => {
      const dir = fixture.dir;
      const site = new SiteFolder(path.join(dir, 'site'), shape);
      const session = await fixture.start([], site.root);
      expect(session.port).toBeGreaterThan(0);
      const served = path.join(site.root, '_site');
      const clean = path.join(dir, 'clean');
      // A fresh build as serve makes it (site.url is the server), into another folder.
      // A failed build leaves the destination as it was.
      const cleanBuild = async (): Promise<string[] | undefined> => {
        fs.rmSync(clean, { recursive: true, force: true });
        const opts = parseArgs(['serve', '-s', site.root, '-d', clean, '-P', '0']);
        const outcome = await siteBuilder(opts, quiet, { url: `http://localhost:${session.port}` }).build();
        return outcome.status === 'ok' ? tree(clean) : undefined;
      };
      expect(tree(served)).toEqual(await cleanBuild());
      let failures = 0;
      for (const [step, edit] of [...EDITS, ...shape.extra].entries()) {
        const rebuilds = session.rebuilds.length + session.err.length;
        const before = tree(served);
        edit.apply(site, shape);
        const built = await cleanBuild();
        if (!built) failures++;
        const want = built ?? before;
        // Rebuilt (or failed, saying so), and as the clean build.
        await waitFor(() => session.rebuilds.length + session.err.length > rebuilds && JSON.stringify(tree(served)) === JSON.stringify(want), 60_000).catch(() => undefined);
        expect({ step, edit: edit.what, tree: tree(served) }).toEqual({ step, edit: edit.what, tree: want });
      }
      // A failed build said so (a broken include, a config that does not parse); under load the
      // watcher may take an edit and its fix together, so not necessarily each one.
      expect(failures).toBeGreaterThan(0);
      const said = session.err.filter((l) => l.includes('build failed')).length;
      expect(said).toBeGreaterThan(0);
      expect(said).toBeLessThanOrEqual(failures);
    });
  },
);
