// The long-lived builder's first build (serve, --watch, -I) over an existing destination swaps
// the new site in and leaves the previous one to the background removal renderSite uses
// (write/remove-later.ts): the build returns while the retired copy is still there, and it goes after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test('the previous site is removed after the first build returns, not before', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-first-build-'));
  try {
    const source = path.join(root, 'site');
    fs.mkdirSync(source);
    fs.writeFileSync(path.join(source, 'index.md'), '---\n---\nnew\n');
    // A previous site big enough that removing it takes a while.
    const destination = path.join(root, 'out');
    for (let d = 0; d < 40; d++) {
      fs.mkdirSync(path.join(destination, `d${d}`), { recursive: true });
      for (let f = 0; f < 50; f++) fs.writeFileSync(path.join(destination, `d${d}`, `f${f}.html`), 'old');
    }
    const builder = await createBuilder({ source, destination, env: FIXED_ENV, write: true });
    await builder.build();
    const retired = (): string[] => fs.readdirSync(root).filter((n) => /^\.out\.kyll-old-/.test(n));
    expect(retired()).toHaveLength(1);
    expect(fs.readdirSync(destination).sort()).toEqual(['index.html']);
    // generous bounds: on a loaded machine removing 2,000 files in the background can take a minute
    const end = Date.now() + 90_000;
    while (retired().length > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(retired()).toEqual([]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}, 150_000);
