// Symbolic links inside a theme gem's assets/ (theme_assets_reader.rb#read, checked against Jekyll
// 4.3.1): Find.find walks the folder without entering linked folders, File.directory? (which follows
// a link) skips those silently, and every other link (to a file, or dangling) is left out with the
// warning "Theme reader: Ignored symlinked asset: <path>", in Find's order. assets/ itself may be a
// link: theme.rb#path_for resolves it, and read_theme_asset cuts the theme's root from the real path,
// so the files of a linked folder of the theme are written under that folder's name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';

let work: string;
let gem: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-theme-asset-links-')));
  const home = path.join(work, 'gemhome');
  gem = path.join(home, 'gems', 'jekyll-theme-links-1.0.0');
  write(path.join(home, 'specifications', 'jekyll-theme-links-1.0.0.gemspec'), '');
  write(path.join(gem, '_layouts', 'default.html'), '<main>{{ content }}</main>\n');
  const assets = path.join(gem, 'real-assets');
  write(path.join(assets, 'plain.txt'), 'plain\n');
  write(path.join(assets, 'js', 'app.js'), 'app\n');
  write(path.join(assets, 'deep', 'kept.txt'), 'kept\n');
  write(path.join(work, 'outside.txt'), 'outside\n');
  fs.symlinkSync('plain.txt', path.join(assets, 'link.txt'));
  fs.symlinkSync(path.join(work, 'outside.txt'), path.join(assets, 'b-outside.txt'));
  fs.symlinkSync('missing.txt', path.join(assets, 'dangling.txt'));
  fs.symlinkSync('js', path.join(assets, 'jslink'));
  fs.symlinkSync('../plain.txt', path.join(assets, 'deep', 'a-up.txt'));
  fs.symlinkSync('real-assets', path.join(gem, 'assets'));
  write(path.join(work, 'site', '_config.yml'), 'theme: jekyll-theme-links\n');
  write(path.join(work, 'site', 'index.md'), '---\nlayout: default\n---\nHi\n');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("a theme's linked asset files are left out with Jekyll's warning, its linked folders silently", async () => {
  const result = await renderSite({ source: path.join(work, 'site'), write: false, env: { GEM_HOME: path.join(work, 'gemhome'), GEM_PATH: '', SOURCE_DATE_EPOCH: '1767225600' } });
  expect(result.files.map((f) => f.path).sort()).toEqual(['index.html', 'real-assets/deep/kept.txt', 'real-assets/js/app.js', 'real-assets/plain.txt']);
  const real = path.join(gem, 'real-assets');
  expect(result.diagnostics.filter((d) => d.message.startsWith('Theme reader:')).map((d) => d.message)).toEqual([
    `Theme reader: Ignored symlinked asset: ${real}/b-outside.txt`,
    `Theme reader: Ignored symlinked asset: ${real}/dangling.txt`,
    `Theme reader: Ignored symlinked asset: ${real}/deep/a-up.txt`,
    `Theme reader: Ignored symlinked asset: ${real}/link.txt`,
  ]);
});
