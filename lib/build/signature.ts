// Fingerprints of what defines an output apart from its body: front matter,
// URL, date. Two reads of a file with equal fingerprints show the same thing
// to every other output, so only readers of the body need to render again.
import type { Document, Page, StaticFile } from '../types.js';

/** A string that is equal for equal values: key order kept (it shows in jsonify), dates by time and text. */
export function fingerprint(value: unknown): string {
  const seen = new Set<object>();
  const walk = (v: unknown): string => {
    if (v === null || v === undefined || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : `${typeof v}:${String(v)}`;
    if (seen.has(v)) return '<cycle>';
    seen.add(v);
    try {
      if (Array.isArray(v)) return `[${v.map(walk).join(',')}]`;
      const getTime = (v as { getTime?: unknown }).getTime;
      if (typeof getTime === 'function') return `T${String(getTime.call(v))}:${String(v)}`;
      if (v instanceof Uint8Array) return `B${Buffer.from(v).toString('base64')}`;
      if (v instanceof Map) return `M{${[...v].map(([k, x]) => `${walk(k)}=>${walk(x)}`).join(',')}}`;
      const name = (v.constructor as { name?: string } | undefined)?.name ?? '';
      return `${name}{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${walk((v as Record<string, unknown>)[k])}`).join(',')}}`;
    } finally {
      seen.delete(v);
    }
  };
  return walk(value);
}

/** What other outputs can see of a document or page without reading its content. */
export function metaOf(doc: Document | Page): string {
  const d = doc as Document;
  return fingerprint([doc.relativePath, doc.url, doc.outputPath, doc.ext, d.write, d.date, d.dated, d.excerptSource === undefined, d.renderWithLiquid, doc.data]);
}

export function staticMetaOf(file: StaticFile): string {
  return fingerprint([file.relativePath, file.url, file.outputPath, file.mtime, file.collection, file.fromTheme, file.data]);
}
