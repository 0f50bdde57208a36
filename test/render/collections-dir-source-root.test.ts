// A collections_dir naming the source itself (`.`, `./`, `/`, `x/..`) is site.in_source_dir's
// "<source>/" (PathManager.sanitize_and_join joins the expanded "/" to the source), so
// Document#relative_path's `path.sub("<source>//", "")` leaves each document its absolute path:
// page.path, categories from the folders above _talks, and :path in the URL all carry it, and
// the defaults' path scopes no longer match them (a static file of the collection keeps its relative path). Checked with Jekyll 4.3.1 (source /work/.../probe:
// `/work/.../probe/_talks/a.md [work,...,probe] /talks/work/.../probe/a.html`); the source
// folder itself, written as an absolute path, is the source without a slash (relative paths).
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = async (collectionsDir: string) => {
  const result = await renderSite({
    source: memorySource(
      {
        '_config.yml': `collections_dir: ${collectionsDir}\ncollections:\n  talks:\n    output: true\ndefaults:\n  - scope: {path: _talks}\n    values: {scoped: inscope}\n`,
        '_talks/a.md': '---\n---\nA\n',
        '_talks/sub/b.md': '---\n---\nB\n',
        '_talks/sub/inc.txt': 'static',
        'files.html': '---\n---\n{% for f in site.static_files %}{{ f.path }} {{ f.scoped }}{% endfor %}',
        'index.html': '---\n---\n{% for t in site.talks %}{{ t.relative_path }} {{ t.path }} [{{ t.categories | join: "," }}] {{ t.url }} {{ t.scoped }}\n{% endfor %}',
      },
      '/site',
    ),
    write: false,
    env: FIXED_ENV,
  });
  const text = (p: string): string => String(result.files.find((f) => f.path === p)!.contents);
  return { index: text('index.html'), files: text('files.html'), paths: result.files.map((f) => f.path).sort() };
};

test.each(['.', './', '/', 'x/..'])('collections_dir %s: documents keep their absolute path', async (dir) => {
  const { index, files, paths } = await build(dir);
  expect(index).toBe(
    '/site/_talks/a.md /site/_talks/a.md [site] /talks/site/a.html \n' + '/site/_talks/sub/b.md /site/_talks/sub/b.md [site] /talks/site/sub/b.html \n',
  );
  expect(paths).toEqual(['files.html', 'index.html', 'talks/site/a.html', 'talks/site/sub/b.html', 'talks/sub/inc.txt']);
  // a collection's static file: StaticFile#relative_path, below the source, still matches the path scope
  expect(files).toBe('_talks/sub/inc.txt inscope');
});

test('collections_dir written as the source folder itself: paths relative to it', async () => {
  const { index } = await build('/site');
  expect(index).toBe('_talks/a.md _talks/a.md [] /talks/a.html inscope\n' + '_talks/sub/b.md _talks/sub/b.md [] /talks/sub/b.html inscope\n');
});

test('collections_dir .: a Liquid error names the document once, by its absolute path', async () => {
  const source = memorySource({ '_config.yml': 'collections_dir: .\ncollections:\n  talks:\n    output: true\n', '_talks/bad.md': '---\n---\n{{ x | nosuch: }\n' }, '/site');
  await expect(renderSite({ source, write: false, env: FIXED_ENV })).rejects.toThrow(/ in \/site\/_talks\/bad\.md$/);
});
