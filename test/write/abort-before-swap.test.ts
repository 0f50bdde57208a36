// A signal that comes once everything is rendered, while the last files are written, still stops
// the build before the new site is swapped in: the staging folder goes and the destination stays
// as it was (kyll build then says "interrupted; the destination was left as it was", exit 1).
// Before, the wait for the writer thread ignored the signal: on a loaded machine Ctrl-C during
// a 5-second write of 3,000 posts was ignored and the build ended with 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/render/render-site.js';
import type { KyllPlugin } from '../../lib/plugins/plugin.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-abort-before-swap-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('aborted after the render (a site post_render hook), the build stops before the swap', async () => {
  const site = path.join(dir, 'site');
  const out = path.join(dir, 'out');
  fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
  for (let i = 1; i <= 20; i++) fs.writeFileSync(path.join(site, '_posts', `2020-01-01-p${i}.md`), `---\ntitle: ${i}\n---\ntext ${i}\n`);
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'index.html'), 'the previous site\n');
  const controller = new AbortController();
  // Site#render's last step: every output is rendered (and most are written) when it runs.
  const stopper: KyllPlugin = { name: 'stopper', hooks: { site: { post_render: () => controller.abort(new Error('stopped by the test')) } } };
  await expect(renderSite({ source: site, destination: out, plugins: [stopper], signal: controller.signal })).rejects.toThrow('stopped by the test');
  expect(fs.readdirSync(out)).toEqual(['index.html']);
  expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site\n');
  expect(fs.readdirSync(dir).sort()).toEqual(['out', 'site']);
});
