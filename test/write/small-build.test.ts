// A build with few outputs writes them all on the rendering thread
// (site-writer.ts#SMALL_BUILD): starting the writer thread costs more than
// the writes. Each file is then on disk as soon as write() returns, which the
// writer thread (a worker that takes tens of ms to start) cannot do. Loads the
// compiled package, where the writer thread exists (dist/, built by `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = path.resolve('dist', 'write', 'site-writer.js');
type Api = typeof import('../../lib/write/site-writer.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('a small build', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-small-build-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes every output on this thread: each is on disk when write() returns', async () => {
    const api = (await import(pathToFileURL(DIST).href)) as Api;
    const w = api.openSiteWriter(path.join(dir, '_site'));
    const count = api.SMALL_BUILD - 1;
    w.expect(count);
    for (let i = 0; i < count; i++) {
      const rel = `${i % 5}/p${i}/index.html`;
      w.write({ path: rel, url: `/${rel}`, size: 4, contents: `p${i}` });
      expect(fs.readFileSync(path.join(w.staging!, rel), 'utf8')).toBe(`p${i}`);
    }
    await w.finish([]);
    expect(fs.readFileSync(path.join(dir, '_site', '3/p8/index.html'), 'utf8')).toBe('p8');
  });
});
