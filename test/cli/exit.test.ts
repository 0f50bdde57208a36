// `kyll build` exits as soon as the build is done and its output flushed
// (lib/cli/bin.ts), as `jekyll build` ends when its main thread does: neither a
// timer left running by a site's plugin nor Node's teardown holds it. Its
// output and exit code are complete all the same.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe('the exit of kyll build', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-exit-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const site = (plugin: string): string => {
    const root = path.join(dir, 'site');
    fs.mkdirSync(path.join(root, '_plugins'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.md'), '---\n---\n# Hi\n');
    fs.writeFileSync(path.join(root, '_plugins', 'timer.mjs'), plugin);
    return root;
  };

  test('a plugin that leaves a ten-minute timer running does not keep the command alive', () => {
    const root = site("setTimeout(() => {}, 600_000);\nexport default { name: 'kyll-timer' };\n");
    // A process that waited for the timer would be killed here (signal SIGTERM, status null).
    const r = spawnSync(process.execPath, [bin, 'build', '-s', root, '-d', path.join(dir, 'out')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {20}done in [\d.]+ seconds\.$/m);
    expect(fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toBe('<h1 id="hi">Hi</h1>\n');
  }, 90_000);

  test('a failed build exits with its code, its error printed in full', () => {
    const root = site("export default { name: 'kyll-fails', generate() { throw new Error('plugin failed on purpose'); } };\n");
    const r = spawnSync(process.execPath, [bin, 'build', '-s', root, '-d', path.join(dir, 'out')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('plugin failed on purpose');
  }, 90_000);
});
