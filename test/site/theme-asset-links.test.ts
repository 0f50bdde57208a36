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
  write(path.join(gem, '_more', 'inner.html'), '<x>{{ content }}</x>\n');
  fs.symlinkSync('../_more', path.join(gem, '_layouts', 'ldir'));
  fs.symlinkSync('default.html', path.join(gem, '_layouts', 'linked.html'));
  write(path.join(work, 'site', 'l1.md'), '---\nlayout: linked\n---\nL1\n');
  write(path.join(work, 'site', 'l2.md'), '---\nlayout: ldir/inner\n---\nL2\n');
  write(path.join(work, 'site', '_config.yml'), 'theme: jekyll-theme-links\n');
  write(path.join(work, 'site', 'index.md'), '---\nlayout: default\n---\nHi\n');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function build(safe: boolean): ReturnType<typeof renderSite> {
  return renderSite({ source: path.join(work, 'site'), write: false, config: safe ? { safe: true } : {}, env: { GEM_HOME: path.join(work, 'gemhome'), GEM_PATH: '', SOURCE_DATE_EPOCH: '1767225600' } });
}

test("a theme's linked asset files are left out with Jekyll's warning, its linked folders silently", async () => {
  const result = await build(false);
  expect(result.files.map((f) => f.path).sort()).toEqual(['index.html', 'l1.html', 'l2.html', 'real-assets/deep/kept.txt', 'real-assets/js/app.js', 'real-assets/plain.txt']);
  const real = path.join(gem, 'real-assets');
  expect(result.diagnostics.filter((d) => d.message.startsWith('Theme reader:')).map((d) => d.message)).toEqual([
    `Theme reader: Ignored symlinked asset: ${real}/b-outside.txt`,
    `Theme reader: Ignored symlinked asset: ${real}/dangling.txt`,
    `Theme reader: Ignored symlinked asset: ${real}/deep/a-up.txt`,
    `Theme reader: Ignored symlinked asset: ${real}/link.txt`,
  ]);
});

// layout_reader.rb#entries_in: Dir["**\/*.*"] in the theme's _layouts does not enter a linked folder;
// in safe mode EntryFilter#symlink? also drops a linked layout whose real path is outside the site.
test("a theme's layouts in a linked folder are not read; a linked layout file only outside safe mode", async () => {
  const page = (r: Awaited<ReturnType<typeof renderSite>>, p: string): string => String(r.files.find((f) => f.path === p)?.contents);
  const plain = await build(false);
  expect(page(plain, 'l2.html')).toBe('<p>L2</p>\n');
  expect(page(plain, 'l1.html')).toBe('<main><p>L1</p>\n</main>\n');
  const safe = await build(true);
  expect(page(safe, 'l2.html')).toBe('<p>L2</p>\n');
  expect(page(safe, 'l1.html')).toBe('<p>L1</p>\n');
});
