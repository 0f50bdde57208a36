// sassc's `line_comments` and `precision`, which jekyll-sass-converter 2.x hands to libsass with the
// rest of `sass:` (outside safe mode). Expected strings from Jekyll 4.3.1 runs of the same files
// (the fixture sites sass-line-comments* hold whole outputs, source maps included).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { memorySource, renderSite } from '../../lib/index.js';
import { nameLineComments } from '../../lib/render/sass-line-comments.js';

// (the comments' names as a function of the served name, the mappings given)
const renameLineComments = (css: string, mappings: string, shown: (name: string) => string) => nameLineComments(css, { absolute: [], shown }, mappings);

jest.setTimeout(60_000);

const text = (result: Awaited<ReturnType<typeof renderSite>>, file: string): string => {
  const f = result.files.find((x) => x.path === file);
  return f === undefined ? '' : Buffer.from(f.contents).toString('utf8');
};

const build = (config: string, files: Record<string, string>) => renderSite({ source: memorySource({ '_config.yml': config, ...files }), env: { JEKYLL_ENV: 'production' } });

test('line comments name the page and the partials; precision rounds', async () => {
  const result = await build('sass:\n  line_comments: true\n  precision: 3\n', { '_sass/_p.scss': '.p { w: (1/3); }\n', 'css/m.scss': '---\n---\n@import "p";\n\n.a { .b { c: d; } }\n' });
  expect(text(result, 'css/m.css')).toBe('/* line 1, _sass/_p.scss */ .p { w: 0.333; }\n\n/* line 3, m.scss */ .a .b { c: d; }\n\n/*# sourceMappingURL=m.css.map */');
});

test('scssify names its text stdin', async () => {
  const result = await build('sass:\n  line_comments: yes\n', { 'f.html': '---\n---\n{% capture s %}.q { .t { u: (10/3); } }{% endcapture %}{{ s | scssify }}' });
  expect(text(result, 'f.html')).toBe('/* line 1, stdin */ .q .t { u: 3.3333333333; }\n');
});

test('a Float precision is truncated; safe mode passes neither option', async () => {
  const files = { 'm.scss': '---\n---\n.a { w: (10/3); }\n' };
  expect(text(await build('sass:\n  precision: 3.7\n  sourcemap: never\n', files), 'm.css')).toBe('.a { w: 3.333; }\n');
  expect(text(await build('safe: true\nsass:\n  precision: 3\n  line_comments: true\n  sourcemap: never\n', files), 'm.css')).toBe('.a { w: 3.3333333333; }\n');
});

test.each([
  ['"3"', 'String'],
  ['true', 'true'],
  ['[3]', 'Array'],
])('precision: %s fails the conversion as sassc does', async (value, name) => {
  await expect(build(`sass:\n  precision: ${value}\n`, { 'm.scss': '---\n---\n.a { b: c; }\n' })).rejects.toThrow(
    `Conversion error: Jekyll::Converters::Scss encountered an error while converting 'm.scss': no implicit conversion of ${name} into Integer`,
  );
  await expect(build(`sass:\n  precision: ${value}\n`, { 'f.html': '---\n---\n{{ "a" | scssify }}' })).rejects.toThrow(`Liquid Exception: no implicit conversion of ${name} into Integer in f.html`);
});

test('from another folder, files are named from there (jekyll build -s t3)', async () => {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-lines-')));
  try {
    const site = path.join(base, 't3');
    fs.mkdirSync(path.join(site, '_sass'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'sass:\n  line_comments: true\n  sourcemap: never\n');
    fs.writeFileSync(path.join(site, '_sass', '_p.scss'), '.p { a: b; }\n');
    fs.writeFileSync(path.join(site, 'm.scss'), '---\n---\n@import "p";\n');
    jest.spyOn(process, 'cwd').mockReturnValue(base);
    const result = await renderSite({ source: site, write: false, env: { JEKYLL_ENV: 'production' } });
    expect(text(result, 'm.css')).toBe('/* line 1, t3/_sass/_p.scss */ .p { a: b; }\n');
  } finally {
    jest.restoreAllMocks();
    fs.rmSync(base, { recursive: true, force: true });
  }
});

describe('nameLineComments', () => {
  test('moves the generated columns after each renamed comment, on its line only', () => {
    const css = '/* line 1, ab */.x{}/* line 2, ab */.y{}\n/* line 3, ab */.z{}';
    // line 1: segments at 16 and 36; line 2: at 16.
    const mappings = 'gBAAA,oBAAA;gBAAA';
    const r = renameLineComments(css, mappings, (n) => `${n}cde`);
    expect(r.css).toBe('/* line 1, abcde */.x{}/* line 2, abcde */.y{}\n/* line 3, abcde */.z{}');
    // 16+3 = 19 (m), then 36+6 = 42: +23 (u); 19 on line 2.
    expect(r.mappings).toBe('mBAAA,uBAAA;mBAAA');
  });

  test('a byte order mark before the CSS is no column', () => {
    const r = renameLineComments('\uFEFF/* line 1, é */.x{}', 'gBAAA', () => 'ée');
    expect(r.mappings).toBe('iBAAA');
  });

  test('a name left as it is changes nothing', () => {
    expect(renameLineComments('/* line 1, stdin */ .q {}', 'oBAAA', (n) => n)).toEqual({ css: '/* line 1, stdin */ .q {}', mappings: 'oBAAA' });
  });
});
