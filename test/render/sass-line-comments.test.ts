// sass.line_comments and sass.precision reach libsass through sassc (jekyll-sass-converter 2.x
// deep-merges the whole `sass:` hash into sassc's options outside safe mode): a
// `/* line N, file */` before each rule, files named from the working directory as libsass's
// traces name them (the page by its name, scssify's text as stdin), and the decimal places of
// numbers. Expected CSS from Jekyll 4.3.1 builds of these files (/work/scratch/blogs4/lt):
// run in the site folder, and from its parent (`-s s-compact`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { memorySource, renderSite } from '../../lib/index.js';

jest.setTimeout(60_000);

const FILES: Record<string, string> = {
  '_sass/_a.scss': '.a { width: (10px / 3); .b { c: d; } }\n@media (min-width: 1px) { .m { e: f; } }\n',
  '_sass/sub/_c.scss': '.c { g: h; }\n',
  'extra/_e.scss': '.e { i: j; }\n',
  'css/main.scss': '---\n---\n@import "a", "sub/c", "e";\n.top { k: l; }\n@font-face { font-family: f; }\n.x { @extend .top; }\n',
  'css/ind.sass': '---\n---\n@import "a"\n.s\n  width: 1px / 3\n',
  'index.html': '---\n---\n{% capture s %}@import "a"; .q { w: 2px / 3; }{% endcapture %}<style>{{ s | scssify }}</style>\n{% capture t %}.r\n  w: 1px / 7{% endcapture %}<style>{{ t | sassify }}</style>\n',
};
const CONFIG = 'sass:\n  line_comments: true\n  precision: 3\n  load_paths: [extra]\n';

async function build(config: string, files = FILES): Promise<Map<string, string>> {
  const result = await renderSite({ source: memorySource({ '_config.yml': config, ...files }), env: { JEKYLL_ENV: 'production' } });
  return new Map(result.files.map((f) => [f.path, String(f.contents)]));
}

const A = (at = '') => [
  `/* line 1, ${at}_sass/_a.scss */ .a { width: 3.333px; }\n\n`,
  `/* line 1, ${at}_sass/_a.scss */ .a .b { c: d; }\n\n`,
  `@media (min-width: 1px) { /* line 2, ${at}_sass/_a.scss */ .m { e: f; } }\n\n`,
].join('');

test('compact: each rule with its file and line, numbers to sass.precision', async () => {
  const out = await build(CONFIG);
  expect(out.get('css/main.css')).toBe(
    `${A()}/* line 1, _sass/sub/_c.scss */ .c { g: h; }\n\n/* line 1, extra/_e.scss */ .e { i: j; }\n\n/* line 2, main.scss */ .top, .x { k: l; }\n\n@font-face { font-family: f; }\n\n/*# sourceMappingURL=main.css.map */`,
  );
  expect(out.get('css/ind.css')).toBe(`${A()}/* line 2, ind.sass */ .s { width: 1px / 3; }\n\n/*# sourceMappingURL=ind.css.map */`);
  expect(out.get('index.html')).toBe(`<style>${A()}/* line 1, stdin */ .q { w: 2px / 3; }\n</style>\n<style>/* line 1, stdin */ .r { w: 1px / 7; }\n</style>\n`);
});

test("the source maps' columns as libsass counted them with sassc's names", async () => {
  const out = await build(CONFIG);
  const mappings = (file: string) => (JSON.parse(out.get(file)!) as { mappings: string }).mappings;
  expect(mappings('css/main.css.map')).toBe(
    '4BCAA,AAAA,EAAE,CAAC,EAAE,KAAK,EAAE,OAAU,GAAiB;;4BAAvC,AAAwB,EAAtB,CAAsB,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;AACrC,MAAM,iBAAoB,+BAAA,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI,EAAD;;gCCDtC,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;4BCAb,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;wBHCb,AAAA,IAAI,EAEJ,EAAE,CAFG,EAAE,CAAC,EAAE,CAAC,GAAI;;AACf,UAAU,GAAG,WAAW,EAAE,CAAC',
  );
  expect(mappings('css/ind.css.map')).toBe(
    '4BCAA,AAAA,EAAE,CAAC,EAAE,KAAK,EAAE,OAAU,GAAiB;;4BAAvC,AAAwB,EAAtB,CAAsB,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;AACrC,MAAM,iBAAoB,+BAAA,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI,EAAD;;uBDAtC,AAAA,EAAE,CAAC,EACD,KAAK,EAAE,OAAO,GAAG',
  );
  const compressed = await build(`${CONFIG}  style: compressed\n`);
  expect((JSON.parse(compressed.get('css/main.css.map')!) as { mappings: string }).mappings).toBe(
    '2BCAA,AAAA,EAAE,AAAC,CAAE,KAAK,CAAE,OAAU,CAAiB,2BAAvC,AAAwB,EAAtB,CAAsB,EAAE,AAAC,CAAE,CAAC,CAAE,CAAC,CAAI,AACrC,MAAM,iBAAoB,4BAAA,AAAA,EAAE,AAAC,CAAE,CAAC,CAAE,CAAC,CAAI,CAAD,+BCDtC,AAAA,EAAE,AAAC,CAAE,CAAC,CAAE,CAAC,CAAI,2BCAb,AAAA,EAAE,AAAC,CAAE,CAAC,CAAE,CAAC,CAAI,uBHCb,AAAA,IAAI,CAEJ,EAAE,AAFG,CAAE,CAAC,CAAE,CAAC,CAAI,AACf,UAAU,CAAG,WAAW,CAAE,CAAC',
  );
});

test('other styles', async () => {
  const expanded = await build(`${CONFIG}  style: expanded\n`);
  expect(expanded.get('css/main.css')).toContain('@media (min-width: 1px) {\n  /* line 2, _sass/_a.scss */\n  .m {\n    e: f;\n  }\n}\n\n/* line 1, _sass/sub/_c.scss */\n.c {\n');
  const nested = await build(`${CONFIG}  style: nested\n`);
  expect(nested.get('css/main.css')).toContain('/* line 1, _sass/_a.scss */\n.a {\n  width: 3.333px; }\n  /* line 1, _sass/_a.scss */\n  .a .b {\n    c: d; }\n');
  const compressed = await build(`${CONFIG}  style: compressed\n`);
  expect(compressed.get('index.html')).toBe(
    '<style>/* line 1, _sass/_a.scss */.a{width:3.333px}/* line 1, _sass/_a.scss */.a .b{c:d}@media (min-width: 1px){/* line 2, _sass/_a.scss */.m{e:f}}/* line 1, stdin */.q{w:2px / 3}\n</style>\n<style>/* line 1, stdin */.r{w:1px / 7}\n</style>\n',
  );
});

test('without the options, or in safe mode, neither', async () => {
  for (const config of ['sass:\n  load_paths: [extra]\n', 'sass:\n  line_comments: false\n  precision: null\n  load_paths: [extra]\n']) {
    expect((await build(config)).get('css/main.css')).toMatch(/^\.a \{ width: 3\.3333333333px; \}\n\n\.a \.b/);
  }
  const safe = await build('safe: true\nsass:\n  line_comments: true\n  precision: 3\n', { 'a.scss': '---\n---\n.a { w: (10px / 3); }\n' });
  expect(safe.get('a.css')).toBe('.a { w: 3.3333333333px; }\n\n/*# sourceMappingURL=a.css.map */');
});

test('precision as sassc hands it to FFI: a Float truncated, 0 and negatives as libsass takes them', async () => {
  const css = async (p: string) => (await build(`sass:\n  precision: ${p}\n`, { 'a.scss': '---\n---\n.a { w: (10px / 3); }\n' })).get('a.css');
  expect(await css('3.7')).toContain('w: 3.333px;');
  expect(await css('0')).toContain('w: 3px;');
  expect(await css('-1')).toContain('w: 3.333333px;');
});

test.each([
  ['"3"', 'no implicit conversion of String into Integer'],
  ['true', 'no implicit conversion of true into Integer'],
  ['99999999999', "integer 99999999999 too big to convert to `int'"],
  ['-3000000000', "integer -3000000000 too small to convert to `int'"],
  ['1.0e+20', 'float 1e+20 out of range of integer'],
  ['.inf', 'float Inf out of range of integer'],
])('precision: %s fails each conversion as Jekyll does', async (value, message) => {
  const build1 = renderSite({ source: memorySource({ '_config.yml': `sass:\n  precision: ${value}\n`, 'a.scss': '---\n---\n.a { b: c; }\n' }), env: {} });
  await expect(build1).rejects.toThrow(`Conversion error: Jekyll::Converters::Scss encountered an error while converting 'a.scss': ${message}`);
});

test('precision that is no C int: scssify fails as a Liquid exception of the page', async () => {
  const source = memorySource({ '_config.yml': 'sass:\n  precision: "3"\n', 'index.html': '---\n---\n{% capture s %}.q { w: (2px / 3); }{% endcapture %}<style>{{ s | scssify }}</style>\n' });
  await expect(renderSite({ source, env: {} })).rejects.toThrow('Liquid Exception: no implicit conversion of String into Integer in index.html');
});

describe('on disk, named from the working directory', () => {
  let base: string;
  beforeEach(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-lines-')));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(base, { recursive: true, force: true });
  });

  test('run from the parent folder: s-compact/_sass/_a.scss, s-compact/main.scss, stdin', async () => {
    const site = path.join(base, 's-compact');
    for (const [name, text] of Object.entries({ ...FILES, '_config.yml': CONFIG })) {
      fs.mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      fs.writeFileSync(path.join(site, name), text);
    }
    jest.spyOn(process, 'cwd').mockReturnValue(base);
    const result = await renderSite({ source: site, write: false, env: { JEKYLL_ENV: 'production' } });
    const out = new Map(result.files.map((f) => [f.path, String(f.contents)]));
    expect(out.get('css/main.css')).toBe(
      `${A('s-compact/')}/* line 1, s-compact/_sass/sub/_c.scss */ .c { g: h; }\n\n/* line 1, s-compact/extra/_e.scss */ .e { i: j; }\n\n/* line 2, s-compact/main.scss */ .top, .x { k: l; }\n\n@font-face { font-family: f; }\n\n/*# sourceMappingURL=main.css.map */`,
    );
    // The files read from the disk (libsass sees them under padded folders) and the columns after each comment.
    expect((JSON.parse(out.get('css/main.css.map')!) as { mappings: string }).mappings).toBe(
      'sCCAA,AAAA,EAAE,CAAC,EAAE,KAAK,EAAE,OAAU,GAAiB;;sCAAvC,AAAwB,EAAtB,CAAsB,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;AACrC,MAAM,iBAAoB,yCAAA,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI,EAAD;;0CCDtC,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;sCCAb,AAAA,EAAE,CAAC,EAAE,CAAC,EAAE,CAAC,GAAI;;kCHCb,AAAA,IAAI,EAEJ,EAAE,CAFG,EAAE,CAAC,EAAE,CAAC,GAAI;;AACf,UAAU,GAAG,WAAW,EAAE,CAAC',
    );
    expect(out.get('index.html')).toBe(`<style>${A('s-compact/')}/* line 1, stdin */ .q { w: 2px / 3; }\n</style>\n<style>/* line 1, stdin */ .r { w: 1px / 7; }\n</style>\n`);
  });
});
