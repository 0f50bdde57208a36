import type { Source } from './source.js';

/** A Source over an in-memory map of path → contents. */
export function memorySource(files: Readonly<Record<string, string | Uint8Array>>, root = '(memory)'): Source {
  const map = new Map<string, string | Uint8Array>();
  // a key ending in `/` is a folder with nothing in it (git keeps none: a test makes them here)
  const empty: string[] = [];
  for (const [p, c] of Object.entries(files)) {
    const path = p.replace(/\\/g, '/').replace(/^\.?\//, '');
    if (path.endsWith('/')) empty.push(path.replace(/\/+$/, ''));
    else map.set(path, c);
  }
  empty.sort();
  const names = [...map.keys()].sort();
  // The order the files were given stands for a folder's listing order: each file and each
  // folder above it takes the position of its first file.
  const order = new Map<string, number>();
  for (const p of map.keys()) {
    for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) if (!order.has(p.slice(0, i))) order.set(p.slice(0, i), order.size);
    order.set(p, order.size);
  }
  const encoder = new TextEncoder();
  // ignoreBOM keeps a leading BOM, as the fs source's readFileSync(p, 'utf8') does: each reader decides (front matter drops it, _config.yml and _data keep it).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const get = (p: string): string | Uint8Array => {
    const c = map.get(p);
    if (c === undefined) throw Object.assign(new Error(`ENOENT: no such file in memory source: ${p}`), { code: 'ENOENT' });
    return c;
  };
  return {
    root,
    list: () => names,
    emptyFolders: () => empty,
    exists: (p) => map.has(p),
    readText: (p) => {
      const c = get(p);
      return typeof c === 'string' ? c : decoder.decode(c);
    },
    readBytes: (p) => {
      const c = get(p);
      return typeof c === 'string' ? encoder.encode(c) : c;
    },
    mtime: () => undefined,
    readOrder: (p) => order.get(p),
  };
}
