// The engine of the bundled package is one CommonJS file, dist/bundle/engine.cjs,
// loaded through a V8 code cache (lib/entries/engine-loader.ts, code-cache.ts):
// the first build writes the cache at exit, the next one uses it, data that V8
// rejects falls back to a plain load and is written again, and the output is
// byte for byte the same in every case (the CSS of a Sass page included) and the
// same as the unbundled modules'. Each build runs in a child process: the cache
// is made at exit, and a script runs in Node's main realm, not in jest's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFolder } from '../helpers/compare-output.js';

const bundle = path.resolve('dist/bundle/kyll.js');
const engine = path.resolve('dist/bundle/engine.cjs');
const maybe = fs.existsSync(engine) ? describe : describe.skip;

// Prints what the build returned, and whether its error and its dates are the classes `kyll` exports.
const CHILD = `
const [entry, source, destination, threads] = process.argv.slice(2);
const api = await import(entry);
try {
  const r = await api.renderSite({ source, destination, env: { SOURCE_DATE_EPOCH: '1767225600' }, ...(threads ? { threads: Number(threads) } : {}) });
  process.stdout.write(JSON.stringify({ files: r.files.map((f) => f.path).sort(), jekyllTime: r.site.posts.every((p) => p.date instanceof api.JekyllTime), threads: r.threads }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: e.code, file: e.file, line: e.line, kyllError: e instanceof api.KyllError }));
}
`;

function site(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Every file under `dir`, by relative path (latin1: any bytes compare). */
function tree(dir: string): Map<string, string> {
  return new Map(Object.entries(loadFolder(dir)).map(([rel, bytes]) => [rel, Buffer.from(bytes).toString('latin1')]));
}

maybe('the engine\'s V8 code cache', () => {
  let work: string;
  let child: string;
  let source: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-code-cache-test-'));
    child = path.join(work, 'child.mjs');
    fs.writeFileSync(child, CHILD);
    source = site(path.join(work, 'site'), {
      '_config.yml': 'title: Cache\nplugins: [jekyll-seo-tag]\n',
      '_layouts/default.html': '<html><head>{% seo %}</head><body>{{ content }}</body></html>\n',
      '_sass/_vars.scss': '$c: #336699;\n',
      'assets/css/style.scss': '---\n---\n@import "vars";\nbody { color: darken($c, 10%); a { margin: 2px * 3; } }\n',
      '_posts/2024-01-02-code.md': '---\nlayout: default\ntitle: Code\n---\n# Hi *there*\n\n```ruby\ndef x = 1 # y\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      '_posts/2024-01-03-liquid.md': '---\nlayout: default\ntitle: Liquid\ntags: [a, b]\n---\n{% for t in page.tags %}{{ t | upcase }}{% endfor %} {{ page.date | date: "%b %-d, %Y" }}\n',
      'index.md': '---\nlayout: default\n---\n{% for p in site.posts %}[{{ p.title }}]({{ p.url | relative_url }})\n{% endfor %}\n{{ "a b c" | shout }}\n',
      // A plugin module: the engine imports it (a script made from cached data has no import() of its own).
      '_plugins/shout.mjs': "export default { name: 'shout', registerLiquid(engine) { engine.registerFilter('shout', (s) => String(s).toUpperCase()); } };\n",
    });
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** One build in a child process; its report, its debug lines (NODE_DEBUG=kyll) and its output. */
  function build(name: string, env: Record<string, string>, entry = bundle, threads?: number): { report: Record<string, unknown>; log: string; out: Map<string, string> } {
    const destination = path.join(work, name);
    fs.rmSync(path.join(source, '.jekyll-cache'), { recursive: true, force: true });
    const r = spawnSync(process.execPath, [child, pathToFileURL(entry).href, source, destination, ...(threads ? [String(threads)] : [])], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', ...env } });
    if (r.status !== 0) throw new Error(`build ${name} failed: ${r.stderr}`);
    return { report: JSON.parse(r.stdout) as Record<string, unknown>, log: r.stderr, out: tree(destination) };
  }

  test('is written by the first build, used by the next, and the output is the same either way', () => {
    const dir = path.join(work, 'cache-a');
    const first = build('first', { KYLL_CODE_CACHE_DIR: dir });
    expect(first.log).toMatch(/engine: \S+engine\.cjs, code cache none/);
    expect(first.log).toContain('code cache written to');
    const files = fs.readdirSync(dir).filter((f) => !f.endsWith('.sites'));
    // a small site: the engine is compiled before the interrupt budget is raised (lib/entries/tier-up.ts), in V8's own budget's slot
    expect(files).toEqual([expect.stringMatching(/^engine-[0-9a-f]+-[0-9a-f]{16}\.v8cache$/)]);
    // beside it, the site whose build made it (a key a line)
    expect(fs.readFileSync(path.join(dir, `${files[0]}.sites`), 'latin1')).toMatch(/^[0-9a-f]{16}\n$/);
    const written = fs.readFileSync(path.join(dir, files[0]!));

    const second = build('second', { KYLL_CODE_CACHE_DIR: dir });
    expect(second.log).toContain('code cache accepted');
    expect(second.log).not.toContain('written to');
    expect(fs.readFileSync(path.join(dir, files[0]!)).equals(written)).toBe(true);
    expect(second.out).toEqual(first.out);
    expect(second.report).toEqual({ files: expect.arrayContaining(['assets/css/style.css', '2024/01/02/code.html']), jekyllTime: true, threads: 1 });
    expect(second.out.get('index.html')).toContain('A B C');
    expect(second.out.get('assets/css/style.css')).toBe('body { color: #264d73; }\n\nbody a { margin: 6px; }\n\n/*# sourceMappingURL=style.css.map */');

    // Without the cache, and with the unbundled modules (the ES module engine): the same bytes.
    const off = build('off', { KYLL_CODE_CACHE: '0', KYLL_CODE_CACHE_DIR: path.join(work, 'cache-off') });
    expect(off.log).toContain('code cache off');
    expect(fs.existsSync(path.join(work, 'cache-off'))).toBe(false);
    expect(off.out).toEqual(first.out);
    const modules = build('modules', {}, path.resolve('dist/index.js'));
    expect(modules.log).toContain('engine: ES modules');
    expect(modules.out).toEqual(first.out);
  }, 180_000);

  test('a build of another site makes the data again, once, with its code', () => {
    const dir = path.join(work, 'cache-sites');
    // Another site's build makes the data: a page, no posts, no Sass.
    const other = site(path.join(work, 'other-site'), { 'index.md': '# Other\n' });
    const r = spawnSync(process.execPath, [child, pathToFileURL(bundle).href, other, path.join(work, 'other-out')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: dir } });
    expect(r.stderr).toContain('code cache written to');
    const [name] = fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    const small = fs.readFileSync(path.join(dir, name!));
    // This site's first build uses it, then makes it again with the functions it compiled besides.
    const first = build('sites1', { KYLL_CODE_CACHE_DIR: dir });
    expect(first.log).toContain('code cache accepted');
    expect(first.log).toContain("code cache made again with this site's code (1 sites before)");
    const both = fs.readFileSync(path.join(dir, name!));
    expect(both.length).toBeGreaterThan(small.length);
    expect(fs.readFileSync(path.join(dir, `${name}.sites`), 'latin1').split('\n').filter(Boolean)).toHaveLength(2);
    // Its next build finds itself among the data's sites: nothing is made again.
    const second = build('sites2', { KYLL_CODE_CACHE_DIR: dir });
    expect(second.log).toContain('code cache accepted');
    expect(second.log).not.toContain('made again');
    expect(fs.readFileSync(path.join(dir, name!)).equals(both)).toBe(true);
    expect(second.out).toEqual(first.out);
  }, 180_000);

  test('render workers load the engine through the same cache, and accept it', () => {
    // A flag set while the process runs (an older build set --max-semi-space-size) would change
    // the flags' hash that V8 checks, and a worker would reject the data the main thread accepted.
    const dir = path.join(work, 'cache-threads');
    const first = build('threads1', { KYLL_CODE_CACHE_DIR: dir }, bundle, 2);
    expect(first.report).toMatchObject({ threads: 2, jekyllTime: true });
    expect(first.log.match(/engine: \S+engine\.cjs, code cache none/g)).toHaveLength(2);
    expect(first.log.match(/code cache written to/g)).toHaveLength(1);
    const second = build('threads2', { KYLL_CODE_CACHE_DIR: dir }, bundle, 2);
    expect(second.log.match(/engine: \S+engine\.cjs, code cache accepted/g)).toHaveLength(2);
    expect(second.log).not.toContain('rejected');
    expect(second.log).not.toContain('written to');
    expect(second.out).toEqual(first.out);
    expect(second.out).toEqual(build('threads-one', { KYLL_CODE_CACHE_DIR: path.join(work, 'cache-threads-one') }).out);
  }, 180_000);

  test('a render in memory reads the cache but never writes one', () => {
    const dir = path.join(work, 'cache-memory');
    const memory = `const api = await import(process.argv[2]);
const r = await api.renderSite({ source: process.argv[3], write: false, env: { SOURCE_DATE_EPOCH: '1767225600' } });
process.stdout.write(String(r.files.length));`;
    const script = path.join(work, 'memory.mjs');
    fs.writeFileSync(script, memory);
    const run = () => spawnSync(process.execPath, [script, pathToFileURL(bundle).href, source], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: dir } });
    const r = run();
    expect(r.status).toBe(0);
    expect(Number(r.stdout)).toBeGreaterThan(3);
    expect(r.stderr).toContain('code cache none');
    expect(r.stderr).toContain('not written (nothing was built to disk)');
    expect(fs.existsSync(dir)).toBe(false);
    // Once a build to disk has made it, a render in memory uses it.
    build('memory-seed', { KYLL_CODE_CACHE_DIR: dir });
    expect(run().stderr).toContain('code cache accepted');
  }, 180_000);

  test('data that V8 rejects falls back to a plain load, and is made again', () => {
    const dir = path.join(work, 'cache-b');
    const first = build('b1', { KYLL_CODE_CACHE_DIR: dir });
    const [name] = fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    const file = path.join(dir, name!);
    // Damaged data: V8 checks it (its header, its checksum) before using any of it.
    const data = fs.readFileSync(file);
    data.fill(0x5a, 0, 64);
    fs.writeFileSync(file, data);
    const damaged = build('b2', { KYLL_CODE_CACHE_DIR: dir });
    expect(damaged.log).toContain('code cache rejected');
    expect(damaged.log).toContain('code cache written to');
    expect(damaged.out).toEqual(first.out);
    expect(build('b3', { KYLL_CODE_CACHE_DIR: dir }).log).toContain('code cache accepted');
    // Data of another length entirely (a truncated file) too.
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 1000));
    const truncated = build('b4', { KYLL_CODE_CACHE_DIR: dir });
    expect(truncated.log).toContain('code cache rejected');
    expect(truncated.out).toEqual(first.out);
  }, 180_000);

  test('a folder that other users can write is neither read nor written', () => {
    const dir = path.join(work, 'cache-open');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o777);
    const r = build('open', { KYLL_CODE_CACHE_DIR: dir });
    expect(r.log).toContain('code cache none');
    expect(r.log).toContain('not written (no writable folder)');
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 120_000);

  test('errors and dates from the CommonJS engine are the classes that `kyll` exports', () => {
    const broken = site(path.join(work, 'broken'), { '_posts/2024-01-01-x.md': '---\n---\n\n{% if %}\n' });
    const r = spawnSync(process.execPath, [child, pathToFileURL(bundle).href, broken, path.join(work, 'broken-out')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: path.join(work, 'cache-c') } });
    expect(r.stderr).toMatch(/engine: \S+engine\.cjs/);
    expect(JSON.parse(r.stdout)).toEqual({ error: 'LIQUID_SYNTAX', file: '_posts/2024-01-01-x.md', line: 4, kyllError: true });
  }, 120_000);

  test('`kyll build` loads the engine through the cache too', () => {
    const dir = path.join(work, 'cache-cli');
    const kyll = (name: string) =>
      spawnSync(process.execPath, [path.resolve('dist/bundle/bin.cjs'), 'build', '-q', '-s', source, '-d', path.join(work, name)], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: dir } });
    expect(kyll('cli1').stderr).toContain('code cache written to');
    const second = kyll('cli2');
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('code cache accepted');
    expect(tree(path.join(work, 'cli2'))).toEqual(tree(path.join(work, 'cli1')));
  }, 180_000);
});
