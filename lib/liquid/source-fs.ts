// A liquidjs file system over the include folders of a Source, for Liquid's own
// `render` tag (Jekyll itself gives `render` no file system; we let it read _includes).
import type { FS } from 'liquidjs';
import type { IncludeDir } from './env.js';
import { joinPath } from './env.js';

export function sourceFs(dirs: readonly IncludeDir[]): FS {
  const find = (file: string): { dir: IncludeDir; path: string } | undefined => {
    for (const dir of dirs) {
      for (const name of [file, `${file}.liquid`]) {
        const path = joinPath(dir.dir, name);
        if (dir.source.exists(path)) return { dir, path };
      }
    }
    return undefined;
  };
  const read = (file: string): string => {
    const hit = find(file);
    if (!hit) throw Object.assign(new Error(`ENOENT: Could not locate the included file '${file}'`), { code: 'ENOENT' });
    return hit.dir.source.readText(hit.path);
  };
  return {
    exists: async (file) => find(file) !== undefined,
    existsSync: (file) => find(file) !== undefined,
    readFile: async (file) => read(file),
    readFileSync: read,
    resolve: (_dir, file) => file,
    containsSync: () => true,
    contains: async () => true,
    sep: '/',
    dirname: (file) => file.replace(/\/[^/]*$/, ''),
  };
}
