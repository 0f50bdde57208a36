// jekyll-multiple-languages-plugin in the writing loop: serve's and --watch's builder builds the
// whole site again (build/whole-site-builder.ts), every language, as `kyll build` does. After each
// edit (a translated post, a translations file, a layout, the languages) the destination holds
// what a clean renderSite writes.
import fs from 'node:fs';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { siteCopy } from '../helpers/site-copy.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';
import { contentsByPath } from './edit-site.js';

process.env.TZ = FIXED_ENV.TZ;
const FIXTURE = path.resolve('fixtures', 'sites', 'plug25-multiple-languages');

const EDITS: ReadonlyArray<[string, string, (t: string) => string]> = [
  ['a post of one language', '_i18n/fr/_posts/2024-01-05-premier.md', (t) => t.replace('Article en', 'Nouvel article en')],
  ["one language's translations", '_i18n/fr.yml', (t) => t.replace('Bonjour', 'Salut')],
  ['a layout', '_layouts/default.html', (t) => t.replace('<html', '<html data-x="1"')],
  ['a language dropped', '_config.yml', (t) => t.replace('languages: ["en", "fr", "de"]', 'languages: ["en", "fr"]')],
];

test("after each edit, serve's destination equals a clean build of every language", async () => {
  const { dir, root, live, clean } = siteCopy(FIXTURE, 'kyll-i18n-builder-');
  try {
    const builder = await createBuilder({ source: root, destination: live, env: FIXED_ENV });
    const first = await builder.build();
    expect(first.files.map((f) => f.path)).toContain('fr/a-propos/index.html');
    for (const [what, file, edit] of EDITS) {
      const p = path.join(root, file);
      fs.writeFileSync(p, edit(fs.readFileSync(p, 'utf8')));
      const update = await builder.update([p]);
      fs.rmSync(clean, { recursive: true, force: true });
      const want = await renderSite({ source: root, destination: clean, env: FIXED_ENV });
      expect({ what, files: [...contentsByPath(update.result.files)] }).toEqual({ what, files: [...contentsByPath(want.files)] });
      expect({ what, tree: folderTree(live) }).toEqual({ what, tree: folderTree(clean) });
    }
    const last = await builder.update([path.join(root, '_config.yml')]);
    expect(last.result.files.some((f) => f.path.startsWith('de/'))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
