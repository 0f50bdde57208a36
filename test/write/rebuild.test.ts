// Building over an existing site: the outputs it holds unchanged are linked
// into the new site (lib/write/reuse.ts), a failed build leaves it exactly as
// it was, and the previous site, removed without blocking the build, is gone
// soon after, removed by a detached process that `kyll build` does not wait for.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/render/render-site.js';

const BIN = path.resolve('dist', 'bundle', 'bin.js');

describe('rebuilding over an existing destination', () => {
  let dir: string;
  let site: string;
  let dest: string;
  const post = (name: string, body: string): void => fs.writeFileSync(path.join(site, '_posts', name), `---\ntitle: ${name}\n---\n${body}\n`);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-rebuild-'));
    site = path.join(dir, 'site');
    dest = path.join(dir, 'out');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'permalink: /:year/:month/:day/:title/\n');
    fs.writeFileSync(path.join(site, 'logo.bin'), Buffer.from([0, 1, 2, 255]));
    for (let i = 1; i <= 9; i++) post(`2024-01-0${i}-p${i}.md`, `Post *${i}*`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const inode = (rel: string): number => fs.statSync(path.join(dest, rel)).ino;
  const snapshot = (): Map<string, string> => {
    const out = new Map<string, string>();
    for (const e of fs.readdirSync(dest, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
      const abs = path.join(e.parentPath ?? (e as { path: string }).path, e.name);
      if (e.isFile()) out.set(path.relative(dest, abs), `${fs.readFileSync(abs, 'hex')} nlink=${fs.statSync(abs).nlink}`);
    }
    return out;
  };
  const build = () => renderSite({ source: site, destination: dest, config: { disable_disk_cache: true } });

  test('unchanged outputs keep their file, changed ones are new; the output is that of a fresh build', async () => {
    await build();
    const first = { p1: inode('2024/01/01/p1/index.html'), p2: inode('2024/01/02/p2/index.html'), logo: inode('logo.bin') };
    post('2024-01-02-p2.md', 'Post *2*, edited');
    await build();
    expect(inode('2024/01/01/p1/index.html')).toBe(first.p1);
    expect(inode('logo.bin')).toBe(first.logo);
    expect(inode('2024/01/02/p2/index.html')).not.toBe(first.p2);
    // The previous site goes without blocking the build; its links then count 1 again.
    for (let i = 0; i < 400 && fs.readdirSync(dir).length > 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(dir).sort()).toEqual(['out', 'site']);
    const rebuilt = snapshot();
    fs.rmSync(dest, { recursive: true });
    await build();
    // Byte for byte what a build into a new destination writes.
    expect(rebuilt).toEqual(snapshot());
    expect([...rebuilt.values()].every((v) => v.endsWith(' nlink=1'))).toBe(true);
  }, 60_000);

  test('a build that fails after linking outputs leaves the destination exactly as it was, and nothing beside it', async () => {
    await build();
    const before = snapshot();
    // Rendered after p1-p9 (Jekyll's order: by date): its Liquid error stops the build.
    post('2024-02-01-broken.md', '{% if %}');
    await expect(build()).rejects.toMatchObject({ code: expect.stringMatching(/LIQUID/) });
    expect(snapshot()).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['out', 'site']);
  }, 60_000);

  (fs.existsSync(BIN) ? test : test.skip)('after `kyll build` has exited, the previous site is removed by the process it left behind', async () => {
    fs.mkdirSync(path.join(site, 'assets'));
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(site, 'assets', `f${i}.txt`), `file ${i}`);
    const gone = async (): Promise<string[]> => {
      // The removal is detached from the build: wait for it, without a fixed delay.
      for (let t = 0; t < 600 && fs.readdirSync(dir).length > 2; t++) await new Promise((r) => setTimeout(r, 50));
      return fs.readdirSync(dir).sort();
    };
    for (let i = 0; i < 2; i++) {
      post('2024-01-03-p3.md', `Post 3, build ${i}`);
      execFileSync(process.execPath, [BIN, 'build', '-s', site, '-d', dest, '-q'], { stdio: 'pipe' });
      expect(await gone()).toEqual(['out', 'site']);
      expect(fs.readFileSync(path.join(dest, '2024/01/03/p3/index.html'), 'utf8')).toContain(`Post 3, build ${i}`);
      expect(fs.statSync(path.join(dest, '2024/01/01/p1/index.html')).nlink).toBe(1);
    }
  }, 60_000);
});
