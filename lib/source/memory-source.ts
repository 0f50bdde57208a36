import type { Source } from './source.js';

/** A Source over an in-memory map of path → contents. */
export function memorySource(files: Readonly<Record<string, string | Uint8Array>>, root = '(memory)'): Source {
  const map = new Map<string, string | Uint8Array>();
  for (const [p, c] of Object.entries(files)) map.set(p.replace(/\\/g, '/').replace(/^\.?\//, ''), c);
  const names = [...map.keys()].sort();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const get = (p: string): string | Uint8Array => {
    const c = map.get(p);
    if (c === undefined) throw Object.assign(new Error(`ENOENT: no such file in memory source: ${p}`), { code: 'ENOENT' });
    return c;
  };
  return {
    root,
    list: () => names,
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
  };
}
