// Jekyll's `include_relative` (jekyll/tags/include.rb, IncludeRelativeTag): the file is
// looked up next to the page being rendered (its `path`), even from a layout.
import type { Context } from 'liquidjs';
import type { JekyllEnv, TagClass } from '../env.js';
import { joinPath } from '../env.js';
import { makeIncludeTag } from './include.js';
import { sourceRelativeDir } from '../../config/site-dir.js';

export function makeIncludeRelativeTag(env: JekyllEnv): TagClass {
  return makeIncludeTag(env, 'include_relative', (ctx: Context) => {
    const source = env.opts.source;
    const page = ctx.getSync(['page']) as Record<string, unknown> | undefined;
    if (!page || typeof page !== 'object' || typeof page['path'] !== 'string') {
      return [{ source, dir: '', label: source.root }];
    }
    let path = page['path'] as string;
    const collectionsDir = env.opts.config['collections_dir'];
    if (page['collection'] && typeof collectionsDir === 'string' && collectionsDir) path = joinPath(collectionsDir, path);
    path = path.replace(/\/#excerpt$/, '');
    // site.in_source_dir(File.dirname(path)) resolves `./`, `..` and doubled slashes (collections_dir: ./a/);
    // a page at the root gives `File.join(source, "")`, with its slash
    const dir = sourceRelativeDir(source.root, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    return [{ source, dir, label: dir === '' ? `${source.root.replace(/\/+$/, '')}/` : joinPath(source.root, dir) }];
  });
}
