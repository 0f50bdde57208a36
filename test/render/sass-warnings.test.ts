// libsass's stderr as Jekyll 4.3.1 (sassc, run in the site folder) prints it: a DEPRECATION WARNING
// names a sass_dir partial by its absolute path, a @warn's trace names files from the site folder.
// A @warn's trace column is where libsass's parser stands after the message (GCC, which built
// Debian's libsass, evaluates `new WarningRule(pstate, parse_list())` right to left): 2:7 for
// `@warn "careful";` on line 2, the closing quote's next column for an interpolated string.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/render/render-site.js';
import { sassStderrLine } from '../../lib/render/sass-warnings.js';

describe('Sass warnings', () => {
  const names = { absolute: [['/sass/', '/site/_sass/'], ['/.kyll-theme-sass/', '/theme/_sass/']] as const, shown: (n: string) => n.replace(/^\/*sass\//, '_sass/').replace(/^\/+/, '') };

  test.each([
    ['DEPRECATION WARNING on line 1 of /sass/_p.scss:', 'DEPRECATION WARNING on line 1 of /site/_sass/_p.scss:'],
    ['DEPRECATION WARNING on line 5, column 3 of /.kyll-theme-sass/a/_b.scss:', 'DEPRECATION WARNING on line 5, column 3 of /theme/_sass/a/_b.scss:'],
    ['DEPRECATION WARNING on line 2 of /lib/x.scss:', 'DEPRECATION WARNING on line 2 of lib/x.scss:'],
    ['         on line 2:7 of sass/_p.scss', '         on line 2:7 of _sass/_p.scss'],
    ['         from line 1:9 of m.scss', '         from line 1:9 of m.scss'],
    // a trace in a mixin or function: the name before `, in ...` (Jekyll 4.3.1)
    ['         on line 7:9 of sass/_q.scss, in mixin `inner`', '         on line 7:9 of _sass/_q.scss, in mixin `inner`'],
    ['         from line 5:27 of sass/_q.scss, in function `h`', '         from line 5:27 of _sass/_q.scss, in function `h`'],
    ['WARNING: careful', 'WARNING: careful'],
  ])('%s', (line, expected) => expect(sassStderrLine(line, names)).toBe(expected));

  test('a @warn in a mixin and a function of a partial: the trace as Jekyll prints it', async () => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-warn-')));
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    // run in the site folder, as Jekyll was: traces name files from there
    const cwd = jest.spyOn(process, 'cwd').mockReturnValue(base);
    try {
      fs.mkdirSync(path.join(base, '_sass'));
      fs.mkdirSync(path.join(base, 'css'));
      fs.writeFileSync(path.join(base, '_sass/_q.scss'), '@function g($a) {\n  @warn "g #{$a}";\n  @return $a * 2;\n}\n@mixin inner($v) {\n  @warn "inner";\n  c: g($v);\n}\n');
      fs.writeFileSync(path.join(base, 'css/t.scss'), '---\n---\n@import "q";\n.y { @include inner(3); }\n@if true { @warn   (1 + 2); }\n@warn\n  "multi";\n');
      await renderSite({ source: base, write: false, env: { SOURCE_DATE_EPOCH: '0' } });
    } finally {
      spy.mockRestore();
      cwd.mockRestore();
      fs.rmSync(base, { recursive: true, force: true });
    }
    // Jekyll 4.3.1 (sassc 2.4.0, libsass 3.6.5+20220909) on the same files, run in the site folder.
    expect(written.join('').split('\n').filter((l) => l.trim() !== '')).toEqual([
      'WARNING: inner',
      '         on line 6:9 of _sass/_q.scss, in mixin `inner`',
      '         from line 2:15 of t.scss',
      'WARNING: g 3',
      '         on line 2:18 of _sass/_q.scss, in function `g`',
      '         from line 7:6 of _sass/_q.scss, in mixin `inner`',
      '         from line 2:15 of t.scss',
      'WARNING: 3',
      '         on line 3:26 of t.scss',
      'WARNING: multi',
      '         on line 5:3 of t.scss',
    ]);
  });

  test('a site on disk: the lines are written by the build, with the names sassc gives', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-warn-'));
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      fs.mkdirSync(path.join(base, '_sass'));
      fs.mkdirSync(path.join(base, 'css'));
      fs.writeFileSync(path.join(base, '_sass/_p.scss'), '.a { $new: 1 !global; }\n');
      fs.writeFileSync(path.join(base, 'css/m.scss'), '---\n---\n@import "p";\n');
      await renderSite({ source: base, write: false, env: { SOURCE_DATE_EPOCH: '0' } });
    } finally {
      spy.mockRestore();
      fs.rmSync(base, { recursive: true, force: true });
    }
    // Jekyll 4.3.1 in /tmp/rs13b/warn/s (the same files).
    expect(written.join('').split('\n').filter((l) => l.trim() !== '')).toEqual([
      `DEPRECATION WARNING on line 1 of ${base}/_sass/_p.scss:`,
      "!global assignments won't be able to declare new variables in future versions.",
      'Consider adding `$new: null` at the top level.',
    ]);
  });
});
