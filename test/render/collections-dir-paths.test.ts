// Collection#collection_dir is site.in_source_dir(collections_dir, ...), so a collections_dir
// written `./a/b/` names the folder `a/b` of the source: Renderer#render_liquid's error names
// `<source>/a/b/_things/bad.md` (Jekyll 4.3.1), not `<source>/./a/b/...`.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (collectionsDir: string) =>
  renderSite({
    source: memorySource(
      {
        '_config.yml': `collections_dir: ${collectionsDir}\ncollections:\n  things:\n    output: true\n`,
        'a/b/_things/bad.md': '---\n---\n{{ x | nosuch: }\n',
      },
      '/site',
    ),
    write: false,
    env: FIXED_ENV,
  });

test.each(['./a/b/', 'a/b', '/a/b', 'a//b/'])('collections_dir %s: the error names the resolved path', async (dir) => {
  await expect(build(dir)).rejects.toThrow(/ in \/site\/a\/b\/_things\/bad\.md$/);
});
