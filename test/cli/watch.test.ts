// `kyll build --watch`: the first build, then each saved file re-renders what it affects.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { run } from '../../lib/cli/run.js';
import { POKE_ENV, POKE_PLUGIN } from '../helpers/save-during-build.js';

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

test('build watches only with --watch; -I and --disable-disk-cache are read', () => {
  expect(parseArgs(['build']).watch).toBe(false);
  expect(parseArgs(['build', '--watch']).watch).toBe(true);
  expect(parseArgs(['serve']).watch).toBe(true);
  expect(parseArgs(['build', '-I'])).toMatchObject({ incremental: true, disableDiskCache: false });
  expect(parseArgs(['build', '--incremental', '--disable-disk-cache'])).toMatchObject({ incremental: true, disableDiskCache: true });
});

test('build --watch re-renders a saved post and its index, removes a deleted one, and stops on SIGINT', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-watch-'));
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('_config.yml', 'title: W\n');
  put('index.html', '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}\n');
  put('_posts/2024-01-01-a.md', '---\ntitle: A\n---\nfirst\n');
  put('_posts/2024-01-02-b.md', '---\ntitle: B\n---\nsecond\n');
  const out: string[] = [];
  const printer = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
  const site = (rel: string): string | undefined => (fs.existsSync(path.join(dir, '_site', rel)) ? fs.readFileSync(path.join(dir, '_site', rel), 'utf8') : undefined);
  const listeners = process.listenerCount('SIGTERM');
  const running = run(['build', '-s', dir, '--watch'], printer);
  try {
    // (the first build loads the engine from its TypeScript sources: over 15 s on a loaded machine)
    await until(() => out.some((l) => l.includes('Auto-regeneration')), 90_000);
    expect(site('index.html')).toBe('B;A;\n');
    put('_posts/2024-01-01-a.md', '---\ntitle: A2\n---\nedited\n');
    await until(() => site('index.html') === 'B;A2;\n');
    expect(site('2024/01/01/a.html')).toBe('<p>edited</p>\n');
    fs.rmSync(path.join(dir, '_posts/2024-01-02-b.md'));
    await until(() => site('2024/01/02/b.html') === undefined);
    expect(site('index.html')).toBe('A2;\n');
    expect(out.join('\n')).toContain('Regenerating: 1 file(s) changed');
  } finally {
    process.emit('SIGINT');
    expect(await running).toBe(0);
    // Stopped by SIGINT, it leaves no SIGTERM listener behind.
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);

// The watcher starts before the first build (as serve's): a file saved while that build runs, after
// it read the file, is built again once the build is done. A JavaScript plugin's filter makes the
// save, once, while the first build renders the page that uses it.
test('build --watch builds a file saved during its first build once that build is done', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-watch-first-'));
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const post = path.join(dir, '_posts/2024-01-01-a.md');
  put('_config.yml', 'title: W\nexclude: ["*.done"]\n');
  put('_posts/2024-01-01-a.md', '---\ntitle: As read\n---\nOld words.\n');
  put('index.html', '---\n---\n{{ "x" | poke }}{% for p in site.posts %}{{ p.title }}{% endfor %}\n');
  put('_plugins/poke.mjs', POKE_PLUGIN);
  const out: string[] = [];
  const printer = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
  const site = (rel: string): string | undefined => (fs.existsSync(path.join(dir, '_site', rel)) ? fs.readFileSync(path.join(dir, '_site', rel), 'utf8') : undefined);
  process.env[POKE_ENV] = post;
  const running = run(['build', '-s', dir, '--watch'], printer);
  try {
    await until(() => out.some((l) => l.includes('Auto-regeneration')));
    await until(() => site('index.html') === 'xSaved during the build\n', 20_000);
    expect(site('2024/01/01/a.html')).toBe('<p>New words.</p>\n');
  } finally {
    process.emit('SIGINT');
    expect(await running).toBe(0);
    delete process.env[POKE_ENV];
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

// Commands::Build.process (jekyll/commands/build.rb) reads `watch` from the options, which are the
// configuration with the flags over it: `watch: true` in _config.yml makes `jekyll build` watch
// after its build (Jekyll 4.3.1, checked); --no-watch wins over it, and so does `detach:`.
test('build watches when _config.yml says `watch: true`, and not with --no-watch or `detach: true`', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-watch-config-'));
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('_config.yml', 'watch: true\n');
  put('index.html', '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}\n');
  put('_posts/2024-01-01-a.md', '---\ntitle: A\n---\nfirst\n');
  const out: string[] = [];
  const printer = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
  const site = (rel: string): string | undefined => (fs.existsSync(path.join(dir, '_site', rel)) ? fs.readFileSync(path.join(dir, '_site', rel), 'utf8') : undefined);
  try {
    expect(await run(['build', '-s', dir, '--no-watch'], printer)).toBe(0);
    expect(out.some((l) => l.includes('Auto-regeneration: enabled'))).toBe(false);
    expect(out).toContain(' Auto-regeneration: disabled. Use --watch to enable.');
    put('_config.yml', 'watch: true\ndetach: 1\n');
    expect(await run(['build', '-s', dir, '--verbose'], printer)).toBe(0);
    expect(out).toContain(' Auto-regeneration: disabled when running server detached.');
    put('_config.yml', 'watch: true\n');
    const running = run(['build', '-s', dir], printer);
    try {
      await until(() => out.some((l) => l.startsWith(' Auto-regeneration: enabled')));
      expect(site('index.html')).toBe('A;\n');
      put('_posts/2024-01-01-a.md', '---\ntitle: A2\n---\nedited\n');
      await until(() => site('index.html') === 'A2;\n');
      put('_posts/2024-01-02-b.md', '---\ntitle: B\n---\nsecond\n');
      await until(() => site('index.html') === 'B;A2;\n');
      expect(site('2024/01/01/a.html')).toBe('<p>edited</p>\n');
    } finally {
      process.emit('SIGINT');
      expect(await running).toBe(0);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
