// A one-off `kyll build -I` builder does not make the index of readers that a long-lived builder's
// quick pass starts from (builder.ts#finish): it ends with its build. When it is kept to watch
// (`watch: true` in _config.yml), its first update makes the index (fast-walk.ts) and gives a
// clean build's files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree, writeFiles } from '../helpers/folder-tree.js';
import { blogFiles } from './edit-site.js';

test('a one-off -I builder kept for updates renders an edit as a clean build does', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-one-off-index-'));
  try {
    const site = path.join(dir, 'site');
    const destination = path.join(dir, 'out');
    writeFiles(site, blogFiles());
    const post = (n: number) => writeFiles(site, { '_posts/2022-01-05-one.md': `---\nlayout: post\ntitle: One ${n}\n---\nBody ${n}.\n`, '_posts/2022-01-06-two.md': '---\nlayout: post\ntitle: Two\n---\nTwo.\n' });
    post(0);
    const builder = await createBuilder({ source: site, destination, env: FIXED_ENV, incremental: true, oneOff: true });
    await builder.build();
    for (const n of [1, 2]) {
      post(n);
      const u = await builder.update(['_posts/2022-01-05-one.md']);
      expect(u.rendered).toBeGreaterThan(0);
      const clean = path.join(dir, `clean${n}`);
      await renderSite({ source: site, destination: clean, env: FIXED_ENV });
      expect(folderTree(destination)).toEqual(folderTree(clean));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
