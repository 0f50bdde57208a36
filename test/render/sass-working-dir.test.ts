// libsass names files in its messages from the working directory: scss.rb#filename names the page
// `<site.source relative from Dir.pwd>/<name>` and imports are opened by absolute paths. So with
// `source: sub` (or `-s sub`) run from the parent folder, Jekyll 4.3.1 says `sub/_sass/_p.scss`
// and `sub/main.scss` where, run in the site folder, it says `_sass/_p.scss` and `main.scss`.
// Expected strings from Jekyll 4.3.1 runs of the same files (/work/scratch/sasspath/e1..e4).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/render/render-site.js';
import { fromWorkingDir } from '../../lib/render/sass.js';
import { sassStderrLine } from '../../lib/render/sass-warnings.js';

jest.setTimeout(60_000);

let base: string;
beforeEach(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-cwd-')));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(base, { recursive: true, force: true });
});

function site(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Renders the site at `source` as if run from `cwd`, with what it writes to stderr. */
async function renderFrom(cwd: string, source: string): Promise<{ error?: string; stderr: string[] }> {
  jest.spyOn(process, 'cwd').mockReturnValue(cwd);
  const written: string[] = [];
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    await renderSite({ source, write: false, env: { SOURCE_DATE_EPOCH: '0' } });
    return { stderr: written.join('').split('\n') };
  } catch (e) {
    return { error: (e as Error).message, stderr: written.join('').split('\n') };
  }
}

const PARTIAL_ERROR = { 'css/main.scss': '---\n---\n@import "p";\n', '_sass/_p.scss': 'a { b: $nope; }\n' };

describe('Sass names from the working directory', () => {
  test("a page's conversion error in a partial, the site in ./sub", async () => {
    const sub = site(path.join(base, 'sub'), PARTIAL_ERROR);
    const { error } = await renderFrom(base, sub);
    expect(error).toContain('Error: Undefined variable: "$nope". on line 1:8 of sub/_sass/_p.scss from line 1:9 of sub/main.scss >> a { b: $nope; } -------^');
  });

  test('only a place names a file: "all but one of these files" stays as libsass says it', async () => {
    // Jekyll 4.3.1, `source: sub` run from the parent folder (seen on CenturyLinkCloud/mdw's docs).
    const sub = site(path.join(base, 'sub'), { 'css/main.scss': '---\n---\n@import "n";\n', '_sass/_n.scss': 'a{b:c}\n', '_sass/n.scss': 'a{b:d}\n' });
    const { error } = await renderFrom(base, sub);
    expect(error).toContain(`Error: It's not clear which file to import for '@import "n"'. Candidates: _n.scss n.scss Please delete or rename all but one of these files. on line 1:1 of sub/main.scss >> @import "n"; ^`);
  });

  test('run in the site folder, the names are from the site folder', async () => {
    const sub = site(path.join(base, 'sub'), PARTIAL_ERROR);
    const { error } = await renderFrom(sub, sub);
    expect(error).toContain('on line 1:8 of _sass/_p.scss from line 1:9 of main.scss >>');
  });

  test('a site beside the working directory is named by ../', async () => {
    const other = site(path.join(base, 'e1', 'sub'), PARTIAL_ERROR);
    fs.mkdirSync(path.join(base, 'e3', 'run'), { recursive: true });
    const { error } = await renderFrom(path.join(base, 'e3', 'run'), other);
    expect(error).toContain('on line 1:8 of ../../e1/sub/_sass/_p.scss from line 1:9 of ../../e1/sub/main.scss >>');
  });

  test('scssify: the partial from the working directory, the text stdin', async () => {
    const sub = site(path.join(base, 'sub'), { 'f.md': "---\n---\n{% capture s %}@import 'p';{% endcapture %}{{ s | scssify }}\n", '_sass/_p.scss': 'a { b: $nope; }\n' });
    const { error } = await renderFrom(base, sub);
    expect(error).toContain('Liquid error (line 1): Error: Undefined variable: "$nope". on line 1:8 of sub/_sass/_p.scss from line 1:9 of stdin >> a { b: $nope; } -------^ in f.md');
  });

  test('warnings: @debug and DEPRECATION name the page as given and imports by their absolute paths, traces from the working directory', async () => {
    const sub = site(path.join(base, 'sub'), {
      'css/w.scss': '---\n---\n@import "q";\n@import "lib/x";\n@warn "pagewarn";\n@debug "pagedebug";\n.a { $new1: 1 !global; }\n',
      '_sass/_q.scss': '@warn "pw";\n@debug "pd";\n.b { $new2: 1 !global; }\n',
      'lib/x.scss': '.c { $new3: 1 !global; }\n',
    });
    const { error, stderr } = await renderFrom(base, sub);
    expect(error).toBeUndefined();
    // Jekyll's lines but the @warn traces' columns and `from` lines (its libsass differs there).
    const lines = stderr.filter((l) => /DEBUG|DEPRECATION|^\s+on line/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(/^ +on line 1:\d+ of sub\/_sass\/_q\.scss$/),
      `${sub}/_sass/_q.scss:2 DEBUG: pd`,
      `DEPRECATION WARNING on line 3 of ${sub}/_sass/_q.scss:`,
      `DEPRECATION WARNING on line 1 of ${sub}/lib/x.scss:`,
      expect.stringMatching(/^ +on line 3:\d+ of sub\/w\.scss$/),
      'sub/w.scss:4 DEBUG: pagedebug',
      'DEPRECATION WARNING on line 5 of sub/w.scss:',
    ]);
  });

  test('a theme partial, from the working directory', () => {
    // Jekyll 4.3.1 (minima, `source: sub` in /work/scratch/sasspath/e4): "on line 8:20 of
    // ../../../../usr/share/rubygems-integration/all/gems/minima-2.5.1/_sass/minima.scss from line 2:9 of sub/t.scss"
    const fromCwd = fromWorkingDir('/work/scratch/sasspath/e4/sub', '/work/scratch/sasspath/e4');
    expect(fromCwd('../../../../../usr/share/rubygems-integration/all/gems/minima-2.5.1/_sass/minima.scss')).toBe('../../../../usr/share/rubygems-integration/all/gems/minima-2.5.1/_sass/minima.scss');
    expect(fromCwd('t.scss')).toBe('sub/t.scss');
    expect(fromWorkingDir('/a/site', '/a/site')('_sass/_p.scss')).toBe('_sass/_p.scss');
    expect(fromWorkingDir(undefined, '/a')('_sass/_p.scss')).toBe('_sass/_p.scss');
  });

  test('stderr lines: stdin stays stdin, the page by its name from the working directory', () => {
    const names = { absolute: [['/sass/', '/a/sub/_sass/']] as const, shown: (n: string) => n.replace(/^\/*sass\//, '_sass/').replace(/^\/+/, ''), fromCwd: fromWorkingDir('/a/sub', '/a'), site: '/a/sub', page: 'w.scss' };
    expect(sassStderrLine('stdin:1 DEBUG: x', names)).toBe('stdin:1 DEBUG: x');
    expect(sassStderrLine('DEPRECATION WARNING on line 1 of stdin:', names)).toBe('DEPRECATION WARNING on line 1 of stdin:');
    expect(sassStderrLine('         on line 1:14 of stdin', names)).toBe('         on line 1:14 of stdin');
    expect(sassStderrLine('/w.scss:4 DEBUG: a:b c', names)).toBe('sub/w.scss:4 DEBUG: a:b c');
    expect(sassStderrLine('/sass/_q.scss:2 DEBUG: pd', names)).toBe('/a/sub/_sass/_q.scss:2 DEBUG: pd');
    expect(sassStderrLine('/css/y.scss:2 DEBUG: pd', names)).toBe('/a/sub/css/y.scss:2 DEBUG: pd');
    expect(sassStderrLine('         from line 1:9 of /w.scss', names)).toBe('         from line 1:9 of sub/w.scss');
    // Run in the site folder (Jekyll 4.3.1 in e2/sub): `w.scss:4 DEBUG`, a partial's by its absolute path.
    const inSite = { ...names, fromCwd: fromWorkingDir('/a/sub', '/a/sub') };
    expect(sassStderrLine('/w.scss:4 DEBUG: pagedebug', inSite)).toBe('w.scss:4 DEBUG: pagedebug');
    expect(sassStderrLine('/sass/_q.scss:2 DEBUG: pd', inSite)).toBe('/a/sub/_sass/_q.scss:2 DEBUG: pd');
    expect(sassStderrLine('DEPRECATION WARNING on line 1 of /lib/x.scss:', inSite)).toBe('DEPRECATION WARNING on line 1 of /a/sub/lib/x.scss:');
  });
});
