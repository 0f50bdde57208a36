// What `kyll build` says of the destination after a failure must be true: a plugin that throws
// before the write leaves the previous site as it was; a post_write hook (Site#write runs them
// after the files are written, in Jekyll too) fails with the new site already in place.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe('the last line of a failed kyll build', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-failed-build-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const build = (plugin: string): { status: number | null; stderr: string; out: string[] } => {
    const root = path.join(dir, 'site');
    const out = path.join(dir, 'out');
    fs.mkdirSync(path.join(root, '_plugins'), { recursive: true });
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'old.txt'), 'previous build\n');
    fs.writeFileSync(path.join(root, 'index.html'), '---\n---\nnew\n');
    fs.writeFileSync(path.join(root, '_plugins', 'p.mjs'), plugin);
    const r = spawnSync(process.execPath, [bin, 'build', '-s', root, '-d', out], { encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stderr: r.stderr, out: fs.readdirSync(out).sort() };
  };

  test('a generator that throws: the previous site is left, and the message says so', () => {
    const r = build("export default { name: 'p', generate() { throw new Error('generator exploded'); } };\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Plugin 'p' failed in generate: generator exploded");
    expect(r.stderr.trim().split('\n').pop()).toBe('kyll: build failed; the destination was left as it was.');
    expect(r.out).toEqual(['old.txt']);
  }, 90_000);

  test('a site post_write hook that throws: the new site is written, and the message says so', () => {
    const r = build("export default { name: 'p', hooks: { site: { post_write() { throw new Error('post_write exploded'); } } } };\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Plugin 'p' failed in its site post_write hook: post_write exploded");
    expect(r.stderr.trim().split('\n').pop()).toBe('kyll: build failed after the site was written.');
    expect(r.out).toEqual(['index.html']);
  }, 90_000);

  test("a page's post_write hook that throws: the same", () => {
    const r = build("export default { name: 'p', hooks: { pages: { post_write() { throw new Error('page hook exploded'); } } } };\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('page hook exploded');
    expect(r.stderr.trim().split('\n').pop()).toBe('kyll: build failed after the site was written.');
  }, 90_000);
});
