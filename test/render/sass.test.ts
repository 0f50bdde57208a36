// Sass errors as jekyll-sass-converter reports them (SassC::SyntaxError's text, Jekyll 4.3.1 with sassc 2.4 / libsass 3.6.5).
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { KyllError } from '../../lib/errors/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

async function failure(files: Record<string, string>): Promise<KyllError> {
  try {
    await renderSite({ source: memorySource(files), write: false, env: { SOURCE_DATE_EPOCH: '0' } });
  } catch (e) {
    return e as KyllError;
  }
  throw new Error('the build did not fail');
}

describe('Sass errors', () => {
  test('an error in a partial names the partial, its line and column, and the import', async () => {
    const e = await failure({
      'css/main.scss': '---\n---\n@import "p";\na { color: red; }\n',
      '_sass/_p.scss': '.p {\n  margin: 0;\n  color: $nope;\n}\n',
    });
    expect(e.code).toBe('SASS_ERROR');
    expect(e.message).toBe(
      `Conversion error: Jekyll::Converters::Scss encountered an error while converting 'css/main.scss': Error: Undefined variable: "$nope". on line 3:10 of _sass/_p.scss from line 1:9 of main.scss >> color: $nope; ---------^`,
    );
    expect([e.file, e.line, e.column]).toEqual(['_sass/_p.scss', 3, 10]);
  });

  test('a .sass page and a .sass collection document are named as Converters::Sass converts them', async () => {
    // Jekyll 4.3.1: "Conversion error: Jekyll::Converters::Sass encountered an error while converting 'css/x.sass':
    // Error: Incompatible units: '%' and 'rem'. on line 2:10 of x.sass" (Renderer#convert prints converter.class)
    const page = await failure({ 'css/x.sass': '---\n---\na\n  width: 1rem + 2%\n' });
    expect(page.message).toBe(
      `Conversion error: Jekyll::Converters::Sass encountered an error while converting 'css/x.sass': Error: Incompatible units: '%' and 'rem'. on line 2:10 of x.sass >> width: 1rem + 2%; } ---------^`,
    );
    const doc = await failure({
      '_config.yml': 'collections:\n  things:\n    output: true\n',
      '_things/x.sass': '---\n---\na\n  width: 1rem + 2%\n',
    });
    expect(doc.message).toMatch(/^Conversion error: Jekyll::Converters::Sass encountered an error while converting '_things\/x\.sass': Error: Incompatible units: '%' and 'rem'\. on line 2:10 of stdin/);
  });

  test('the frames of a call trace (", in function ... of FILE,") name the partial as the import frames do', async () => {
    // Jekyll 4.3.1: a comma follows the file name of each frame but the last.
    const e = await failure({
      'css/main.scss': '---\n---\n@import "sub/p";\n',
      '_sass/sub/_p.scss': '@function half($n) {\n  @return percentage($n);\n}\n@mixin col {\n  width: half(a);\n}\n.p {\n  @include col;\n}\n',
    });
    expect(e.message).toBe(
      "Conversion error: Jekyll::Converters::Scss encountered an error while converting 'css/main.scss': Error: argument `$number` of `percentage($number)` must be a number on line 2:11 of _sass/sub/_p.scss, in function `percentage` from line 2:11 of _sass/sub/_p.scss, in function `half` from line 5:10 of _sass/sub/_p.scss, in mixin `col` from line 8:12 of _sass/sub/_p.scss from line 1:9 of main.scss >> @return percentage($n); ----------^",
    );
  });

  test('a partial in a sass_dir written with ./ and a trailing slash', async () => {
    const e = await failure({
      '_config.yml': 'sass:\n  sass_dir: ./styles/\n',
      'css/main.scss': '---\n---\n@import "p";\n',
      'styles/_p.scss': 'a { b: $nope; }\n',
    });
    expect(e.message).toContain('on line 1:8 of styles/_p.scss from line 1:9 of main.scss');
    expect(e.file).toBe('styles/_p.scss');
  });

  test('an error libsass rethrows as another (eval.cpp: OperationError → SassValueError) keeps the position of the operation', async () => {
    const e = await failure({
      'css/main.scss': '---\n---\n@import "q";\n',
      '_sass/_q.scss': '$a: 1px;\n.q {\n  width: $a + 1em;\n}\n',
    });
    expect(e.message).toBe(
      `Conversion error: Jekyll::Converters::Scss encountered an error while converting 'css/main.scss': Error: Incompatible units: 'em' and 'px'. on line 3:10 of _sass/_q.scss from line 1:9 of main.scss >> width: $a + 1em; ---------^`,
    );
    expect([e.file, e.line, e.column]).toEqual(['_sass/_q.scss', 3, 10]);
  });

  test('an error in a file of the site folder (imported ahead of sass_dir) names it by its path', async () => {
    // Jekyll 4.3.1: "on line 1:9 of lib/bad.scss from line 1:9 of main.scss"
    const e = await failure({
      'assets/main.scss': '---\n---\n@import "lib/bad";\n',
      'lib/bad.scss': '.x { a: $nope; }\n',
      '_sass/lib/bad.scss': '.x { a: 1; }\n',
    });
    expect(e.message).toContain('on line 1:9 of lib/bad.scss from line 1:9 of main.scss');
    expect([e.file, e.line, e.column]).toEqual(['lib/bad.scss', 1, 9]);
  });

  test('an error in a folder of sass.load_paths names the file by its path in the site', async () => {
    // Jekyll 4.3.1: "on line 1:11 of vendor/scss/sub/_deep.scss from line 1:9 of main.scss"
    const e = await failure({
      '_config.yml': 'sass:\n  load_paths: [vendor/scss]\n',
      'assets/main.scss': '---\n---\n@import "sub/deep";\n',
      'vendor/scss/sub/_deep.scss': '.sub { x: $undefined; }\n',
    });
    expect(e.message).toContain('on line 1:11 of vendor/scss/sub/_deep.scss from line 1:9 of main.scss');
    expect([e.file, e.line, e.column]).toEqual(['vendor/scss/sub/_deep.scss', 1, 11]);
  });

  test('an error in the page itself stays on the page', async () => {
    const e = await failure({ 'css/main.scss': '---\n---\na { b: $nope; }\n' });
    expect(e.message).toContain('on line 1:8 of main.scss >>');
    expect(e.file).toBe('css/main.scss');
  });
});

describe('Sass pages', () => {
  const css = async (config: string): Promise<string> => {
    const files = { '_config.yml': config, 'css/m.scss': '---\n---\na { b: "é" }\n' };
    const result = await renderSite({ source: memorySource(files), write: false, env: { SOURCE_DATE_EPOCH: '0' } });
    return String(result.files.find((f) => f.path === 'css/m.css')!.contents);
  };

  test("libsass's byte order mark before compressed non-ASCII CSS becomes @charset with sass.add_charset, else nothing (scss.rb#convert)", async () => {
    expect(await css('sass:\n  style: compressed\n')).toBe('a{b:"é"}\n\n/*# sourceMappingURL=m.css.map */');
    expect(await css('sass:\n  style: compressed\n  add_charset: true\n')).toBe('@charset "UTF-8";a{b:"é"}\n\n/*# sourceMappingURL=m.css.map */');
  });
});

describe('sass.load_paths on disk', () => {
  test('a folder outside the site, and one the listing prunes (node_modules), are read from the disk; the map names them from the site folder', async () => {
    // Jekyll 4.3.1 run in /tmp/lp/site2 with load_paths [/tmp/lp-ext]: the map's source "../../lp-ext/_ext.scss".
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-loadpaths-'));
    try {
      const write = (rel: string, text: string): void => {
        fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
        fs.writeFileSync(path.join(base, rel), text);
      };
      write('ext/_ext.scss', '.ext { e: 1; }\n');
      write('site/node_modules/pkg/scss/_pkg.scss', '.pkg { p: 1; }\n');
      write('site/_config.yml', `sass:\n  load_paths: [${path.join(base, 'ext')}, "node_modules/*/scss"]\n`);
      write('site/assets/main.scss', '---\n---\n@import "ext";\n@import "pkg";\n');
      const result = await renderSite({ source: path.join(base, 'site'), write: false, env: { SOURCE_DATE_EPOCH: '0' } });
      const file = (p: string): string => String(result.files.find((f) => f.path === p)!.contents);
      expect(file('assets/main.css')).toBe('.ext { e: 1; }\n\n.pkg { p: 1; }\n\n/*# sourceMappingURL=main.css.map */');
      expect((JSON.parse(file('assets/main.css.map')) as { sources: string[] }).sources).toEqual(['main.scss', '../ext/_ext.scss', 'node_modules/pkg/scss/_pkg.scss']);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('node_modules named by a path in an @import', () => {
  // Jekyll 4.3.1: _sass/_main.scss's '@import "../node_modules/pkg/scss/vars"' and the page's
  // '@import "node_modules/@sc/other/x"' are read from the disk (libsass, relative to the importing file).
  const files: Record<string, string> = {
    '_sass/_main.scss': '@import "../node_modules/pkg/scss/vars";\n.m { color: $c; }\n',
    'node_modules/pkg/scss/_vars.scss': '$c: red;\n',
    'node_modules/@sc/other/x.scss': '.o { width: 1px; }\n',
    'css/site.scss': '---\n---\n@import "main";\n@import "node_modules/@sc/other/x";\n',
  };
  const expectJekyll = (result: Awaited<ReturnType<typeof renderSite>>): void => {
    const file = (p: string): string => String(result.files.find((f) => f.path === p)!.contents);
    expect(file('css/site.css')).toBe('.m { color: red; }\n\n.o { width: 1px; }\n\n/*# sourceMappingURL=site.css.map */');
    expect((JSON.parse(file('css/site.css.map')) as { sources: string[] }).sources).toEqual(['site.scss', '_sass/_main.scss', 'node_modules/pkg/scss/_vars.scss', 'node_modules/@sc/other/x.scss']);
  };

  test('on disk, where the listing prunes node_modules', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-node-modules-'));
    try {
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
        fs.writeFileSync(path.join(base, rel), text);
      }
      expectJekyll(await renderSite({ source: base, write: false, env: { SOURCE_DATE_EPOCH: '0' } }));
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });

  test('in memory', async () => {
    expectJekyll(await renderSite({ source: memorySource(files), write: false, env: { SOURCE_DATE_EPOCH: '0' } }));
  });
});

describe('sass.load_paths globs', () => {
  test('{a,b} groups and [..] classes pick folders as Dir.glob does; `*` passes over dot folders', async () => {
    const files = {
      '_config.yml': 'sass:\n  load_paths: ["pkgs/{a,c}/scss", "more/[xy]*", "hid/*"]\n',
      'pkgs/a/scss/_a.scss': '.a { a: 1; }\n',
      'pkgs/b/scss/_b.scss': '.b { b: 1; }\n',
      'pkgs/c/scss/_c.scss': '.c { c: 1; }\n',
      'more/x1/_x.scss': '.x { x: 1; }\n',
      'more/z1/_z.scss': '.z { z: 1; }\n',
      'hid/.dot/_d.scss': '.d { d: 1; }\n',
      'main.scss': '---\n---\n@import "a";\n@import "c";\n@import "x";\n',
    };
    const result = await renderSite({ source: memorySource(files), write: false, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(String(result.files.find((f) => f.path === 'main.css')!.contents)).toBe('.a { a: 1; }\n\n.c { c: 1; }\n\n.x { x: 1; }\n\n/*# sourceMappingURL=main.css.map */');
    for (const name of ['b', 'z', 'd']) {
      await expect(renderSite({ source: memorySource({ ...files, 'main.scss': `---\n---\n@import "${name}";\n` }), write: false })).rejects.toThrow('File to import not found or unreadable');
    }
  });
});
