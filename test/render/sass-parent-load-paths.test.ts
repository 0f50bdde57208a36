// A `../x` in an @import is joined by libsass to the importing file's folder, then to each load
// path. jekyll-sass-converter 2.2 (scss.rb#sass_load_paths) keeps only the load paths that are
// folders: sass_dir when the site has one, the theme's `_sass` when the theme has one; the page
// itself is named `<site>/<name>`, so its own `../x` climbs out of the site. Expected outputs and
// messages: Jekyll 4.3.1 run in the site folder on the same files (fixtures
// s43themes12-theme-sass-parent* cover the theme's folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { memorySource } from '../../lib/index.js';
import { renderSite } from '../../lib/render/render-site.js';
import type { OutputFile } from '../../lib/types.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', JEKYLL_ENV: 'production' };
const text = (files: readonly OutputFile[], p: string): string => String(files.find((f) => f.path === p)?.contents);

const NOT_FOUND =
  "Conversion error: Jekyll::Converters::Scss encountered an error while converting 'assets/main.scss': Error: File to import not found or unreadable: ../x. on line 1:1 of main.scss >> @import \"../x\"; ^";

function siteFiles(withSassDir: boolean): Record<string, string> {
  return {
    'assets/main.scss': '---\n---\n@import "../x";\n',
    'x.scss': '.x { color: red; }\n',
    ...(withSassDir ? { '_sass/_z.scss': '.z{}\n' } : {}),
  };
}

let base: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-parent-'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function onDisk(name: string, files: Record<string, string>): string {
  const root = path.join(base, name);
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), body);
  }
  return root;
}

async function rejectsInSiteFolder(source: Parameters<typeof renderSite>[0]['source'], cwd: string): Promise<void> {
  // Run in the site folder, as Jekyll was: libsass names files from the working directory.
  const spy = jest.spyOn(process, 'cwd').mockReturnValue(cwd);
  try {
    await expect(renderSite({ source, write: false, env: ENV })).rejects.toMatchObject({ message: NOT_FOUND });
  } finally {
    spy.mockRestore();
  }
}

test('with no sass_dir folder, a page\'s ../x finds no file of the site (on disk)', async () => {
  const root = onDisk('no-sass-dir', siteFiles(false));
  await rejectsInSiteFolder(root, root);
});

test('a site in memory has nothing above it: the page\'s ../x is not the site\'s own x', async () => {
  await rejectsInSiteFolder(memorySource(siteFiles(false)), base);
});

test('with a sass_dir folder, ../x is joined to it and finds the site\'s x', async () => {
  for (const source of [onDisk('with-sass-dir', siteFiles(true)), memorySource(siteFiles(true))]) {
    const result = await renderSite({ source, write: false, env: ENV });
    expect(text(result.files, 'assets/main.css')).toBe('.x { color: red; }\n\n/*# sourceMappingURL=main.css.map */');
    expect(JSON.parse(text(result.files, 'assets/main.css.map')).sources).toEqual(['main.scss', 'x.scss']);
  }
});

// scssify compiles its text as "stdin" in the working directory (the site folder): its `../x`
// climbs out of the site too, and reaches the site's x only through a sass_dir folder.
const SCSSIFY_NOT_FOUND =
  'Liquid Exception: Liquid error (line 1): Error: File to import not found or unreadable: ../x. on line 1:1 of stdin >> @import "../x"; ^ in index.html';

function scssifySite(withSassDir: boolean): Record<string, string> {
  return {
    'index.html': '---\n---\n{% capture c %}@import "../x";{% endcapture %}{{ c | scssify }}\n',
    'x.scss': '.x { color: red; }\n',
    ...(withSassDir ? { '_sass/_z.scss': '.z{}\n' } : {}),
  };
}

test('scssify\'s ../x finds no file of the site without a sass_dir folder (on disk and in memory)', async () => {
  const root = onDisk('scssify-no-sass-dir', scssifySite(false));
  for (const source of [root, memorySource(scssifySite(false))]) {
    const spy = jest.spyOn(process, 'cwd').mockReturnValue(root);
    try {
      await expect(renderSite({ source, write: false, env: ENV })).rejects.toMatchObject({ message: SCSSIFY_NOT_FOUND });
    } finally {
      spy.mockRestore();
    }
  }
});

test('scssify\'s ../x is joined to a sass_dir folder', async () => {
  for (const source of [onDisk('scssify-with-sass-dir', scssifySite(true)), memorySource(scssifySite(true))]) {
    const result = await renderSite({ source, write: false, env: ENV });
    expect(text(result.files, 'index.html')).toBe('.x { color: red; }\n\n');
  }
});
