// The writer thread of the published package (a build of more than
// write/site-writer.ts#SMALL_BUILD outputs) runs dist/bundle/writer-thread.cjs,
// a CommonJS file: it starts without Node's ES module loader, as the Sass thread.
// NODE_DEBUG=kyll says which file the thread started from, NODE_DEBUG=esm names each ES module loaded.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe('the writer thread', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-writer-cjs-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('starts from writer-thread.cjs and writes every file, with no ES module loaded', () => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'p'), { recursive: true });
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(site, 'p', `${i}.html`), `---\n---\n<p>{{ page.path }}</p>\n`);
    const out = path.join(dir, '_site');
    const r = spawnSync(process.execPath, [bin, 'build', '-s', site, '-d', out, '--disable-disk-cache'], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'kyll,esm' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`write: thread started from ${path.resolve('dist/bundle/writer-thread.cjs')}`);
    expect(r.stderr).not.toMatch(/file:\/\/\S+\.m?js/);
    expect(fs.readdirSync(path.join(out, 'p')).length).toBe(300);
    expect(fs.readFileSync(path.join(out, 'p', '299.html'), 'utf8')).toBe('<p>p/299.html</p>\n');
  });
});
