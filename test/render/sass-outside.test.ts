// A Sass `@import` that climbs out of the site folder: sassc (jekyll-sass-converter 2.2) joins
// sass_dir's `../../shared/x`, or the page's `../shared/x`, to the real folders and finds the
// files there. Expected output: Jekyll 4.3.1 run in `site/` on the same files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/render/render-site.js';
import type { OutputFile } from '../../lib/types.js';

let base: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-outside-'));
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), text);
  };
  put('shared/_colors.scss', '$c: red;\n');
  put('shared/_more.scss', '$d: blue;\n');
  put('shared/plain.scss', '.x { color: green; }\n');
  put('site/_config.yml', 'sass:\n  load_paths:\n    - ../shared\n');
  put('site/assets/main.scss', '---\n---\n@import "colors";\n@import "../../shared/more";\n@import "../shared/plain";\na { color: $c; border-color: $d; }\n');
  put('site/_sass/.keep', '');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const text = (files: readonly OutputFile[], p: string): string => String(files.find((f) => f.path === p)?.contents);

test('files above the site are read from the disk, and named from the site folder in the source map', async () => {
  const result = await renderSite({ source: path.join(base, 'site'), write: false, env: { SOURCE_DATE_EPOCH: '0' } });
  expect(text(result.files, 'assets/main.css')).toBe('.x { color: green; }\n\na { color: red; border-color: blue; }\n\n/*# sourceMappingURL=main.css.map */');
  expect(JSON.parse(text(result.files, 'assets/main.css.map')).sources).toEqual(['main.scss', '../shared/_colors.scss', '../shared/_more.scss', '../shared/plain.scss']);
});

test('a file above the site that is not there is the error sassc gives', async () => {
  fs.writeFileSync(path.join(base, 'site/assets/err.scss'), '---\n---\n@import "../../shared/nothere";\n');
  // Run in `site/`, as Jekyll was: libsass names files from the working directory (sass-working-dir.test.ts).
  jest.spyOn(process, 'cwd').mockReturnValue(path.join(base, 'site'));
  try {
    await expect(renderSite({ source: path.join(base, 'site'), write: false, env: { SOURCE_DATE_EPOCH: '0' } })).rejects.toMatchObject({
      message: "Conversion error: Jekyll::Converters::Scss encountered an error while converting 'assets/err.scss': Error: File to import not found or unreadable: ../../shared/nothere. on line 1:1 of err.scss >> @import \"../../shared/nothere\"; ^",
    });
  } finally {
    jest.restoreAllMocks();
    fs.rmSync(path.join(base, 'site/assets/err.scss'));
  }
});
