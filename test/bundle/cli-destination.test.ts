// `kyll build` without -d writes where the configuration's `destination:` says
// (lib/cli/destination.ts). The installed command reads that configuration
// with the engine's code (engine.cjs, through its V8 code cache), where its CLI
// runs (cli/launch-engine.ts): no ES module chunk is loaded at all, none with a
// second copy of the configuration reader (YAML, TOML, the config's rules).
// NODE_DEBUG=esm names each ES module Node loads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe("kyll build's configured destination", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-cli-destination-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is read by the engine, not by a chunk of its own', () => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\ndestination: public\n');
    fs.writeFileSync(path.join(site, 'index.md'), '---\n---\n# {{ site.title }}\n');
    const r = spawnSync(process.execPath, [bin, 'build', '-s', 'site'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm' } });
    expect(r.status).toBe(0);
    // Expanded against the working folder, as Jekyll's Site does.
    expect(fs.readFileSync(path.join(dir, 'public', 'index.html'), 'utf8')).toBe('<h1 id="t">T</h1>\n');
    const loaded = [...new Set([...r.stderr.matchAll(/file:\/\/[^\s'",]+\.js/g)].map((m) => fileURLToPath(m[0])))];
    expect(loaded).toEqual([]);
  });
});
