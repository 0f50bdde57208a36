// The Sass thread of the published package runs dist/bundle/sass-worker.cjs
// (scripts/bundle.mjs): a CommonJS file, so that the thread starts without
// Node's ES module loader. A build of a Sass site through the installed
// command starts it from there (NODE_DEBUG=kyll says which file and when),
// before the engine loads, and writes the CSS libsass makes; without the file
// the build would fall back to the main thread, which this test would see.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe('the bundled Sass thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-thread-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sassSite = (): string => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, '_sass'), { recursive: true });
    fs.mkdirSync(path.join(site, 'css'));
    fs.writeFileSync(path.join(site, '_sass', '_colors.scss'), '$fg: #336699;\n');
    fs.writeFileSync(path.join(site, 'css', 'main.scss'), '---\n---\n@import "colors";\nbody { color: $fg; a { color: darken($fg, 10%); } }\n');
    return site;
  };
  const build = (args: string[]): ReturnType<typeof spawnSync> & { stderr: string } =>
    spawnSync(process.execPath, [bin, 'build', ...args], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'kyll', KYLL_CODE_CACHE: '0' } }) as ReturnType<typeof spawnSync> & { stderr: string };
  const css = 'body { color: #336699; }\n\nbody a { color: #264d73; }\n\n/*# sourceMappingURL=main.css.map */';

  test('starts from sass-worker.cjs, beside the engine, and compiles the page', () => {
    const site = sassSite();
    const r = build(['-s', site, '-d', path.join(dir, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`sass: thread started from ${path.resolve('dist/bundle/sass-worker.cjs')}`);
    // Started by the library's renderSite before the engine loads (entries/engine.ts), and only once.
    expect(r.stderr.indexOf('sass: thread started')).toBeLessThan(r.stderr.indexOf('engine: '));
    expect(r.stderr.split('sass: thread started').length).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'out', 'css', 'main.css'), 'utf8')).toBe(css);
  });

  test('without -d (the engine loads first to read the destination) it still starts before the engine, once', () => {
    const site = sassSite();
    const r = build(['-s', site]);
    expect(r.status).toBe(0);
    expect(r.stderr.indexOf('sass: thread started')).toBeGreaterThanOrEqual(0);
    expect(r.stderr.indexOf('sass: thread started')).toBeLessThan(r.stderr.indexOf('engine: '));
    expect(r.stderr.split('sass: thread started').length).toBe(2);
    expect(fs.readFileSync(path.join(site, '_site', 'css', 'main.css'), 'utf8')).toBe(css);
  });

  test("libsass's warnings on the thread are all written, with sassc's names (the thread ends right after the build)", () => {
    const site = sassSite();
    fs.writeFileSync(path.join(site, '_sass', '_colors.scss'), '$fg: #336699;\n.a { $new: 1 !global; }\n');
    const r = build(['-s', site, '-d', path.join(dir, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('sass: thread started');
    // Jekyll 4.3.1 prints the partial by its absolute path and the two lines that follow.
    expect(r.stderr).toContain(`DEPRECATION WARNING on line 2 of ${site}/_sass/_colors.scss:\n!global assignments won't be able to declare new variables in future versions.\nConsider adding \`$new: null\` at the top level.\n`);
  });
});
