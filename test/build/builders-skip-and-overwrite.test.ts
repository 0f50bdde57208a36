// What a clean build leaves out or writes over, the long-lived builders (serve, --watch) and the
// --incremental builder do too: jekyll-polyglot keeps an excluded collection file out of another
// language's folder (fixture plug26-polyglot-static-prefix), and a Sass page's source map with the
// page's permalink writes over its CSS (fixture plug26-sass-permalink-sourcemap).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';

process.env.TZ = FIXED_ENV.TZ;

const CASES: ReadonlyArray<[string, (dest: string) => void]> = [
  [
    'plug26-polyglot-static-prefix',
    (dest) => {
      expect(fs.existsSync(path.join(dest, 'media/c.txt'))).toBe(true);
      expect(fs.existsSync(path.join(dest, 'fr/media/c.txt'))).toBe(false);
    },
  ],
  [
    'plug26-sass-permalink-sourcemap',
    (dest) => {
      expect(JSON.parse(fs.readFileSync(path.join(dest, 'style.css'), 'utf8')).version).toBe(3);
      expect(fs.existsSync(path.join(dest, 'style.css.map'))).toBe(false);
      expect(fs.existsSync(path.join(dest, 'folder/index.map'))).toBe(true);
    },
  ],
];

test.each(CASES)('%s: serve, --incremental and a clean build write the same files', async (name, check) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-builders-'));
  try {
    const root = path.join(dir, 'site');
    fs.cpSync(path.resolve('fixtures', 'sites', name), root, { recursive: true });
    const clean = path.join(dir, 'clean');
    await renderSite({ source: root, destination: clean, env: FIXED_ENV });
    check(clean);
    const live = path.join(dir, 'live');
    await (await createBuilder({ source: root, destination: live, env: FIXED_ENV })).build();
    const incremental = path.join(dir, 'incremental');
    await (await createBuilder({ source: root, destination: incremental, env: FIXED_ENV, incremental: true })).build();
    expect(folderTree(live)).toEqual(folderTree(clean));
    expect(folderTree(incremental)).toEqual(folderTree(clean));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
