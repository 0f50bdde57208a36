// The package's entry points, the CLI and the bench run from esbuild bundles of
// dist/ (scripts/bundle.mjs, run by `npm run build`): they must offer the same
// API as the modules tsc wrote, find their worker bundle, keep `kyll --version`
// free of the engine, and share one copy of the engine's classes between entries.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Api = typeof import('../../lib/index.js');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { bin: { kyll: string } };
const BUNDLES: Record<string, string> = {
  '.': 'dist/bundle/kyll.js', './markdown': 'dist/bundle/markdown.js', './liquid': 'dist/bundle/liquid.js',
  './highlight': 'dist/bundle/highlight.js', './testing': 'dist/bundle/testing.js',
};
const entry = (name: string): string => path.resolve(BUNDLES[name]!);
const load = async (file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(file).href)) as Record<string, unknown>;
/** A bundle file and every chunk it imports statically (not its import() calls). */
function staticGraph(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?['"](\.\/[^'"]+)['"]/gm)) staticGraph(path.join(path.dirname(file), m[1]!), seen);
  return [...seen];
}
/** The synchronous API's code, a string literal in the root entry's graph (scripts/bundle.mjs), and the rest of the text. */
function syncSource(text: string): { code: string; rest: string } {
  const m = /\nvar SOURCE = ('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*");\n/.exec(text);
  if (m === null) throw new Error('no SOURCE string in the root entry\'s graph');
  return { code: new Function(`return ${m[1]!};`)() as string, rest: text.replace(m[1]!, '""') };
}
const maybe = fs.existsSync(entry('.')) ? describe : describe.skip;

maybe('the bundled package', () => {
  test.each([
    ['.', 'dist/index.js'],
    ['./markdown', 'dist/entries/markdown.js'],
    ['./liquid', 'dist/entries/liquid.js'],
    ['./highlight', 'dist/entries/highlight.js'],
    ['./testing', 'dist/testing/index.js'],
  ])('%s exports what %s exports', async (name, unbundled) => {
    const bundled = await load(entry(name));
    const modules = await load(path.resolve(unbundled));
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(modules).sort());
  });

  test('the entries share one copy of the engine: a KyllError from kyll/liquid is the KyllError of kyll', async () => {
    const api = (await load(entry('.'))) as unknown as Api;
    const liquid = (await load(entry('./liquid'))) as unknown as typeof import('../../lib/entries/liquid.js');
    let thrown: unknown;
    try {
      liquid.createJekyllLiquid().render('{% nope %}');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(api.KyllError);
  });

  test('import(\'kyll\') loads only the synchronous API: the engine (Liquid tags, Markdown, Rouge, plugins) comes with the first renderSite', () => {
    const text = syncSource(staticGraph(entry('.')).map((f) => fs.readFileSync(f, 'utf8')).join('\n')).rest;
    // esbuild names each module it bundles in a comment.
    for (const mod of ['dist/render/render-site.js', 'dist/highlight/', 'dist/markdown/', 'dist/liquid/engine.js', 'dist/plugins/registry.js', 'dist/plugins/feed/', 'node_modules/unified/', 'dist/entries/engine-loader.js']) expect(text).not.toContain(`// ${mod}`);
    // Nor the synchronous API's modules (YAML, liquidjs's values, the site reader): sync.cjs, required on first use.
    for (const mod of ['dist/read/parse-post.js', 'dist/site/build-collections.js', 'node_modules/js-yaml/', 'node_modules/liquidjs/']) expect(text).not.toContain(`// ${mod}`);
    expect(Buffer.byteLength(text)).toBeLessThan(100_000);
  });

  test('liquidjs asks Intl for its default locale only when it is read: a build without a timezone makes no Intl.DateTimeFormat (~30 ms of CPU)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-bundle-intl-'));
    try {
      fs.mkdirSync(path.join(dir, 'site', '_posts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'site', '_posts', '2024-01-02-a.md'), '---\ntitle: A\n---\n{{ page.date | date: "%b %-d" }} {% for i in (1..2) %}{{ i }}{% endfor %}\n');
      // Counts the calls, in the child process, of Intl.DateTimeFormat.
      fs.writeFileSync(path.join(dir, 'count.cjs'), 'const D = Intl.DateTimeFormat; globalThis.intlCalls = 0; Intl.DateTimeFormat = function (...a) { globalThis.intlCalls++; return new D(...a); };\n');
      const script = `const api = await import(${JSON.stringify(pathToFileURL(entry('.')).href)});
        const liquid = await import(${JSON.stringify(pathToFileURL(entry('./liquid')).href)});
        const r = await api.renderSite({ source: ${JSON.stringify(path.join(dir, 'site'))}, write: false, env: {} });
        const built = globalThis.intlCalls;
        const engine = liquid.createJekyllLiquid().liquid;
        const beforeRead = globalThis.intlCalls;
        process.stdout.write(JSON.stringify({ built, beforeRead, locale: engine.options.locale, read: globalThis.intlCalls, html: String(r.files[0].contents) }));`;
      const out = JSON.parse(execFileSync(process.execPath, ['-r', path.join(dir, 'count.cjs'), '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })) as Record<string, unknown>;
      expect(out).toEqual({ built: 0, beforeRead: 0, locale: new Intl.DateTimeFormat().resolvedOptions().locale, read: 1, html: '<p>Jan 2 12</p>\n' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('no bundle has a /u regular expression literal with \\p{...} classes (V8 checks them as it parses, ~3M instructions each, at import(\'kyll\') and each build)', () => {
    const dir = path.dirname(entry('.'));
    const text = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const literals = [...text.matchAll(/(?<![\w)\]"'`])\/(?:[^/\n\\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsvy]*u[dgimsvy]*/g)].map((m) => m[0]);
    expect(literals.filter((l) => l.includes('\\p{'))).toEqual([]);
    // and the patterns still exist, built at run time
    expect(text).toContain('new RegExp(String.raw`(?:[^\\p{M}\\p{L}\\p{Nd}]|');
  });

  test('the synchronous API\'s modules (YAML, Liquid\'s values, the site reader) are compiled on its first call, and parse as the modules do', async () => {
    // They are a string in the root entry's graph (compiled by new Function), not modules: neither parsed nor run at import.
    const { code, rest } = syncSource(staticGraph(entry('.')).map((f) => fs.readFileSync(f, 'utf8')).join('\n'));
    for (const mod of ['dist/read/parse-post.js', 'dist/site/build-collections.js', 'dist/read/yaml.js', 'dist/values/ruby-hash.js']) {
      expect(code).toContain(`// ${mod}\n`);
      expect(rest).not.toContain(`// ${mod}\n`);
    }
    // errors and time are the ES module side's (one KyllError, one JekyllTime)
    for (const mod of ['dist/errors/kyll-error.js', 'dist/time/jekyll-time.js']) expect(code).not.toContain(`// ${mod}\n`);
    // Pure ASCII: a character beyond Latin-1 (a \u escape in the literal) has V8 scan the whole
    // ~420 KB literal into a two-byte string at import('kyll') (~5M instructions more).
    expect(/[^\x00-\x7f]/.test(code)).toBe(false);
    const bundled = (await load(entry('.'))) as unknown as Api;
    const modules = (await load(path.resolve('dist/index.js'))) as unknown as Api;
    const post = '---\ntitle: Hi\ntags: [a, b]\n1: one\n---\n*x*\n';
    const options = { path: '_posts/2022-02-11-hi.md' };
    expect(JSON.stringify(bundled.parsePost(post, options))).toBe(JSON.stringify(modules.parsePost(post, options)));
    const source = { '_posts/2022-02-11-hi.md': post, '_config.yml': 'title: T\n' };
    const site = (api: Api): unknown => api.buildCollections({ source: api.memorySource(source), env: {} }).posts.map((p) => [p.url, p.title]);
    expect(site(bundled)).toEqual(site(modules));
    expect(() => bundled.parsePost('x', { path: '_posts/nodate.md' })).toThrow(bundled.KyllError);
    expect(bundled.parsePost(post, options).date).toBeInstanceOf(bundled.JekyllTime);
  });

  test('the synchronous API still loads where code generation from strings is off (--disallow-code-generation-from-strings)', () => {
    const script = `const api = await import(${JSON.stringify(pathToFileURL(entry('.')).href)});
      const post = api.parsePost('---\\ntitle: A\\n---\\n', { path: '_posts/2022-01-01-a.md' });
      const site = api.buildCollections({ source: api.memorySource({ '_posts/2022-01-01-a.md': '---\\ntitle: A\\n---\\n' }), env: {} });
      let evalOff = false;
      try { new Function('return 1'); } catch { evalOff = true; }
      process.stdout.write(JSON.stringify([evalOff, post.title, post.date instanceof api.JekyllTime, site.posts[0].url]));`;
    const out = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(JSON.parse(out)).toEqual([true, 'A', true, '/2022/01/01/a.html']);
  }, 60_000);

  test('Rouge\'s lexers are evaluated on first use in the bundle, and highlight as the modules do', async () => {
    const bundled = (await load(entry('./highlight'))) as unknown as typeof import('../../lib/entries/highlight.js');
    const modules = (await load(path.resolve('dist/entries/highlight.js'))) as unknown as typeof import('../../lib/entries/highlight.js');
    const text = fs.readdirSync('dist/bundle').filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join('dist/bundle', f), 'utf8')).join('\n');
    // Each lexer module's body sits in esbuild's lazy wrapper (`var init_ruby = __esm({...})`).
    const blocks = text.split(/\n(?=\/\/ \S+\.js\n)/);
    for (const lexer of ['ruby', 'erb', 'html', 'javascript', 'objective-c']) {
      const block = blocks.find((b) => b.startsWith(`// dist/highlight/lexers/${lexer}.js\n`));
      expect(block).toMatch(/\nvar init_[\w$]+ = __esm\(/);
    }
    expect(bundled.supportedLanguages()).toEqual(modules.supportedLanguages());
    const samples: Array<[string, string]> = [['ruby', 'def x = 1 # y'], ['erb', '<p><%= link_to "a" %></p>'], ['console', '$ ls -la\nx'], ['jsx', 'const a = <b c={1} />;'], ['objc', '@interface A : NSObject\n@end']];
    for (const [lang, code] of samples) expect(bundled.highlight(code, lang)).toBe(modules.highlight(code, lang));
  });

  test('the CommonMark stack is evaluated only for a CommonMark converter, and converts as the modules do', async () => {
    const text = fs.readdirSync('dist/bundle').filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join('dist/bundle', f), 'utf8')).join('\n');
    const block = text.split(/\n(?=\/\/ \S+\.js\n)/).find((b) => b.startsWith('// dist/markdown/commonmark/converter.js\n'));
    expect(block).toMatch(/\nvar init_[\w$]+ = __esm\(/);
    type Markdown = typeof import('../../lib/entries/markdown.js');
    const bundled = (await load(entry('./markdown'))) as unknown as Markdown;
    const modules = (await load(path.resolve('dist/entries/markdown.js'))) as unknown as Markdown;
    const input = '# A\n\n| a | b |\n|---|---|\n| *1* | ~~2~~ |\n';
    const config = { markdown: 'CommonMark', commonmark: { extensions: ['table', 'strikethrough'] } };
    expect(bundled.createMarkdownConverter(config).convert(input)).toBe(modules.createMarkdownConverter(config).convert(input));
    expect(bundled.createMarkdownConverter(config).convert(input)).toContain('<del>2</del>');
  });

  test('renders on two threads with the worker bundle, as on one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-bundle-'));
    try {
      fs.mkdirSync(path.join(dir, '_posts'));
      for (let i = 1; i <= 6; i++) fs.writeFileSync(path.join(dir, '_posts', `2024-01-0${i}-p${i}.md`), `---\ntitle: P${i}\n---\n*${i}* {{ page.title }}\n`);
      const api = (await load(entry('.'))) as unknown as Api;
      const env = { SOURCE_DATE_EPOCH: '1767225600' };
      const one = await api.renderSite({ source: dir, write: false, env, threads: 1 });
      const two = await api.renderSite({ source: dir, write: false, env, threads: 2 });
      expect(two.threads).toBe(2);
      const asMap = (r: typeof one): Map<string, string> => new Map(r.files.map((f) => [f.path, String(f.contents)]));
      expect(asMap(two)).toEqual(asMap(one));
      expect(asMap(one).get('2024/01/03/p3.html')).toBe('<p><em>3</em> P3</p>\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('compiles Sass on its own thread: the same CSS, and errors with their place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-bundle-sass-'));
    try {
      fs.mkdirSync(path.join(dir, '_sass'));
      fs.mkdirSync(path.join(dir, 'css'));
      fs.writeFileSync(path.join(dir, '_sass', '_p.scss'), '$c: #123456;\n.p { color: darken($c, 5%); }\n');
      fs.writeFileSync(path.join(dir, 'css', 'main.scss'), '---\n---\n@import "p";\na { b { margin: 1px * 2; } }\n');
      const api = (await load(entry('.'))) as unknown as Api;
      const env = { SOURCE_DATE_EPOCH: '1767225600' };
      const r = await api.renderSite({ source: dir, write: false, env });
      // As Jekyll 4.3.1 writes it.
      expect(String(r.files.find((f) => f.path === 'css/main.css')!.contents)).toBe('.p { color: #0e2741; }\n\na b { margin: 2px; }\n\n/*# sourceMappingURL=main.css.map */');
      fs.rmSync(path.join(dir, '.jekyll-cache'), { recursive: true, force: true });
      fs.writeFileSync(path.join(dir, '_sass', '_p.scss'), '.p {\n  color: $nope;\n}\n');
      await expect(api.renderSite({ source: dir, write: false, env })).rejects.toMatchObject({ code: 'SASS_ERROR', file: '_sass/_p.scss', line: 2 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('the kyll binary prints its version', () => {
    expect(execFileSync(process.execPath, [path.resolve(pkg.bin.kyll), '--version'], { encoding: 'utf8' })).toBe('kyll 0.1.0\n');
  });
});
