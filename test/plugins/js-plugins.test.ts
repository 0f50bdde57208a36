// A site's _plugins/*.js and *.mjs, plugins given by path, safe mode, and
// converters for new extensions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { KyllError, memorySource, renderSite } from '../../lib/index.js';
import type { KyllPlugin, RenderResult } from '../../lib/index.js';

const DIST = path.resolve('dist', 'index.js');
const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };

const ESM_PLUGIN = `export default {
  name: 'shout',
  registerLiquid(engine) { engine.registerFilter('shout', (s) => String(s).toUpperCase() + '!'); },
};
`;
const CJS_PLUGIN = `module.exports = {
  name: 'whisper',
  registerLiquid(engine) { engine.registerFilter('whisper', (s) => String(s).toLowerCase() + '…'); },
};
`;

function byPath(result: RenderResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f) => [f.path, String(f.contents)]));
}

function put(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

describe('JavaScript plugins', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-jsplugins-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const page = { 'index.html': '---\n---\n{{ "Hi" | shout }} {{ "LOUD" | whisper }}' };

  test('_plugins/*.mjs (ES modules) and *.js (CommonJS here) are loaded from disk', async () => {
    put(dir, { ...page, '_plugins/shout.mjs': ESM_PLUGIN, '_plugins/deeper/whisper.js': CJS_PLUGIN });
    const result = await renderSite({ source: dir, write: false, env: ENV });
    expect(byPath(result)['index.html']).toBe('HI! loud…');
    expect(result.diagnostics).toEqual([]);
  });

  // In plain Node (jest's module loader caches modules by path, without the query).
  const withDist = fs.existsSync(DIST) ? test : test.skip;
  withDist('an edited plugin file is loaded again by the next build (kyll serve)', () => {
    put(dir, { ...page, '_plugins/shout.mjs': ESM_PLUGIN, '_plugins/whisper.js': CJS_PLUGIN });
    const script = `import fs from 'node:fs';
const { renderSite } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
const index = async () => String((await renderSite({ source: ${JSON.stringify(dir)}, write: false })).files.find((f) => f.path === 'index.html').contents);
const before = await index();
const file = ${JSON.stringify(path.join(dir, '_plugins/shout.mjs'))};
fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("'!'", "'!!'"));
fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
console.log(JSON.stringify([before, await index()]));
`;
    fs.writeFileSync(path.join(dir, 'edit.mjs'), script);
    const run = spawnSync(process.execPath, [path.join(dir, 'edit.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['HI! loud…', 'HI!! loud…']);
  });

  test('plugins_dir names the folder', async () => {
    put(dir, { ...page, '_config.yml': 'plugins_dir: my_plugins\n', 'my_plugins/shout.mjs': ESM_PLUGIN, '_plugins/whisper.js': CJS_PLUGIN });
    expect(byPath(await renderSite({ source: dir, write: false, env: ENV }))['index.html']).toBe('HI! LOUD');
  });

  test('safe mode does not load them, and says so', async () => {
    put(dir, { ...page, '_plugins/shout.mjs': ESM_PLUGIN });
    const result = await renderSite({ source: dir, write: false, env: ENV, config: { safe: true } });
    expect(byPath(result)['index.html']).toBe('Hi LOUD');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', file: '_plugins/shout.mjs', message: 'Safe mode: JavaScript plugins are not loaded; skipped: _plugins/shout.mjs' }),
    ]);
  });

  test('a memory Source’s _plugins modules load too', async () => {
    const result = await renderSite({ source: memorySource({ ...page, '_plugins/shout.mjs': ESM_PLUGIN }), env: ENV });
    expect(byPath(result)['index.html']).toBe('HI! LOUD');
  });

  test('renderSite({ plugins }) takes module paths as well as objects', async () => {
    put(dir, { 'lib/whisper.cjs': CJS_PLUGIN });
    const shout: KyllPlugin = { name: 'shout', registerLiquid: (engine) => engine.registerFilter('shout', (s: unknown) => `${String(s)}?`) };
    const result = await renderSite({ source: memorySource(page), env: ENV, plugins: [shout, { path: path.join(dir, 'lib/whisper.cjs') }] });
    expect(byPath(result)['index.html']).toBe('Hi? loud…');
  });

  test('a browser script in _plugins (no export at all) is skipped with a warning, as Jekyll never runs it', async () => {
    const browserScript = "(function () { window.addEventListener('load', function () {}); })();\n";
    const helper = 'function throttle(fn, wait) { return fn; }\n';
    put(dir, { ...page, '_plugins/shout.mjs': ESM_PLUGIN, '_plugins/loader.js': browserScript, '_plugins/throttle.js': helper });
    const result = await renderSite({ source: dir, write: false, env: ENV });
    expect(byPath(result)['index.html']).toBe('HI! LOUD');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', file: '_plugins/loader.js', message: expect.stringContaining('_plugins/loader.js exports nothing') }),
      expect.objectContaining({ level: 'warning', file: '_plugins/throttle.js', message: expect.stringContaining('not a plugin') }),
    ]);
  });

  test('a module without a plugin as its default export is an error naming it', async () => {
    put(dir, { ...page, '_plugins/bad.mjs': 'export const x = 1;\n' });
    const err = await renderSite({ source: dir, write: false, env: ENV }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'INVALID_CONFIG', file: '_plugins/bad.mjs' });
    expect((err as Error).message).toContain('must export a plugin object with a `name`');
  });

  test('a module that fails to load is an error naming it', async () => {
    put(dir, { ...page, '_plugins/broken.mjs': 'export default {;\n' });
    await expect(renderSite({ source: dir, write: false, env: ENV })).rejects.toMatchObject({ code: 'INVALID_CONFIG', file: '_plugins/broken.mjs' });
  });

  // A plugin's exception stops the build as Jekyll's does; the error names the plugin, the step and the line of its file.
  test.each([
    ['generate', 'generate() {\n    const o = null;\n    return o.pages;\n  }', "Plugin 'boom' failed in generate: Cannot read properties of null (reading 'pages')"],
    ['a document hook', "hooks: { pages: { post_render() {\n    throw new Error('hook fail');\n  } } }", "Plugin 'boom' failed in its pages post_render hook on index.html: hook fail"],
    ['a site hook', "hooks: { site: { post_read() {\n    throw 'not an Error';\n  } } }", "Plugin 'boom' failed in its site post_read hook: not an Error"],
  ])('an exception in %s is a PLUGIN_ERROR naming the plugin, its file and line', async (_name, body, message) => {
    put(dir, { ...page, '_plugins/boom.mjs': `export default {\n  name: 'boom',\n  ${body},\n};\n` });
    const err = await renderSite({ source: dir, write: false, env: ENV }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'PLUGIN_ERROR', file: '_plugins/boom.mjs', message });
    // a thrown string has no stack: no line then
    expect((err as KyllError).line).toBe(body.startsWith('generate') ? 5 : body.includes('not an Error') ? undefined : 4);
  });

  // Jekyll runs generators and hooks synchronously; an async one (a Promise back) was taken for its
  // result, and its rejection crashed Node with a bare stack after the build had moved on.
  test.each([
    ['generate', "async generate() {\n    await null;\n    throw new TypeError('late');\n  }", 'generate'],
    ['a document hook', 'hooks: { pages: { async pre_render(page) {\n    await null;\n    page.data.x = 1;\n  } } }', 'its pages pre_render hook on index.html'],
  ])('a Promise back from %s is a PLUGIN_ERROR naming the plugin, not an unhandled rejection', async (_name, body, step) => {
    put(dir, { ...page, '_plugins/boom.mjs': `export default {\n  name: 'boom',\n  ${body},\n};\n` });
    const err = await renderSite({ source: dir, write: false, env: ENV }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'PLUGIN_ERROR', file: '_plugins/boom.mjs' });
    expect((err as Error).message).toBe(`Plugin 'boom' failed in ${step}: it returned a Promise, but kyll runs ${step} synchronously, as Jekyll runs its generators and hooks`);
  });

  test('an async site post_write hook, the last step, still runs', async () => {
    let ran = false;
    put(dir, page);
    const plugin: KyllPlugin = { name: 'late', hooks: { site: { post_write: (async () => { await null; ran = true; }) as unknown as () => void } } };
    await renderSite({ source: dir, destination: path.join(dir, '_site'), env: ENV, plugins: [plugin] });
    await new Promise((r) => setTimeout(r, 10));
    expect(ran).toBe(true);
  });

  // Jekyll's hooks.rb#trigger runs a post_write hook to its end, and one that raises stops the build
  // with its error; an async one's rejection was dropped (exit 0, no message).
  test.each([
    ['site', "hooks: { site: { async post_write() {\n    await null;\n    throw new Error('late fail');\n  } } }", 'its site post_write hook'],
    ['document', "hooks: { pages: { async post_write() {\n    await null;\n    throw new Error('late fail');\n  } } }", 'its pages post_write hook on index.html'],
  ])("an async %s post_write hook's rejection stops the build as a thrown one does, and the CLI exits non-zero", async (_name, body, step) => {
    put(dir, { ...page, '_plugins/boom.mjs': `export default {\n  name: 'boom',\n  ${body},\n};\n` });
    const err = await renderSite({ source: dir, destination: path.join(dir, '_site'), env: ENV }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'PLUGIN_ERROR', file: '_plugins/boom.mjs', line: 5, message: `Plugin 'boom' failed in ${step}: late fail` });
    const cli = spawnSync(process.execPath, [path.resolve('dist', 'bundle', 'bin.cjs'), 'build', '-s', dir, '-d', path.join(dir, '_cli')], { encoding: 'utf8', env: { ...process.env, ...ENV } });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr + cli.stdout).toContain(`Plugin 'boom' failed in ${step}: late fail`);
  });

  // A Ruby plugin's filter that raises (`raise "filter blew"`) is no Liquid::Error: Jekyll 4.3.1
  // logs "Liquid Exception: filter blew in index.html", without "Liquid error (line 1):".
  test.each([
    ['an Error', "throw new Error('filter blew')", 'Liquid Exception: filter blew in index.html'],
    ['a string', "throw 'filter blew'", 'Liquid Exception: filter blew in index.html'],
    ['a Promise', "return Promise.resolve('late')", "Liquid Exception: the filter 'boom' returned a Promise, but Liquid renders synchronously: make it a plain (not async) function in index.html"],
  ])("a plugin filter's exception (%s) reads as a Ruby plugin filter's", async (_name, body, message) => {
    put(dir, { 'index.html': '---\n---\nhi {{ "a" | boom }}\n', '_plugins/f.mjs': `export default {\n  name: 'f',\n  registerLiquid(e) { e.registerFilter('boom', () => { ${body}; }); },\n};\n` });
    const err = await renderSite({ source: dir, write: false, env: ENV }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'LIQUID_EXCEPTION', file: 'index.html', line: 3, message });
  });

  // Renderer#convert logs "Conversion error: CLASS encountered an error while converting 'PATH':" and the message.
  test('an exception in a converter is a Conversion error naming the document, the plugin and its line', async () => {
    put(dir, { 'notes.up': '---\n---\nhi\n', '_plugins/up.mjs': "export default {\n  name: 'up',\n  converters: [{ matches: (e) => e === '.up', outputExt: () => '.html', convert() {\n    throw new Error('cannot');\n  } }],\n};\n" });
    const err = await renderSite({ source: dir, write: false, env: ENV }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'PLUGIN_ERROR', file: '_plugins/up.mjs', line: 4, message: "Conversion error: Plugin 'up' encountered an error while converting 'notes.up': cannot" });
  });

  test('a plugin object given to renderSite is named too', async () => {
    put(dir, page);
    const plugin: KyllPlugin = { name: 'given', transformSite: () => { throw new RangeError('bad'); } };
    await expect(renderSite({ source: dir, write: false, env: ENV, plugins: [plugin] })).rejects.toMatchObject({ code: 'PLUGIN_ERROR', message: "Plugin 'given' failed in transformSite: bad" });
  });
});

// Expected files: what jekyll build writes with the same converter as a _plugins/*.rb Jekyll::Converter.
describe('plugin converters', () => {
  const upcase: KyllPlugin = {
    name: 'upcase-converter',
    converters: [{ matches: (ext) => ext === '.up', outputExt: () => '.html', convert: (text) => `<p>${text.trim().toUpperCase()}</p>` }],
  };
  const files = {
    '_layouts/default.html': '<body>{{ content }}</body>',
    'notes.up': '---\nlayout: default\n---\nhello {{ page.url }}\n',
    'feed.up': '---\npermalink: /feed.txt\n---\nkept\n',
    '_posts/2024-01-01-shouty.up': '---\n---\npost body\n',
    'plain.md': '---\n---\n*md*\n',
  };

  test('convert their extension and decide the output extension', async () => {
    const out = byPath(await renderSite({ source: memorySource(files), env: ENV, plugins: [upcase] }));
    expect(out['notes.html']).toBe('<body><p>HELLO /NOTES.HTML</p></body>');
    expect(out['2024/01/01/shouty.html']).toBe('<p>POST BODY</p>');
    // A permalink with an extension keeps it (Renderer#output_ext).
    expect(out['feed.txt']).toBe('<p>KEPT</p>');
    expect(out['plain.html']).toBe('<p><em>md</em></p>\n');
  });

  test('pages follow the permalink style with the new extension', async () => {
    const out = byPath(await renderSite({ source: memorySource({ ...files, '_config.yml': 'permalink: pretty\n' }), env: ENV, plugins: [upcase] }));
    expect(out['notes/index.html']).toBe('<body><p>HELLO /NOTES/</p></body>');
    expect(out['2024/01/01/shouty/index.html']).toBe('<p>POST BODY</p>');
  });

  test('without the plugin the file is copied through the identity converter', async () => {
    const out = byPath(await renderSite({ source: memorySource(files), env: ENV }));
    expect(out['notes.up']).toBe('<body>hello /notes.up\n</body>');
  });
});
