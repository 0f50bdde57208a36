// Fingerprints of what defines an output apart from its body: front matter,
// URL, date. Two reads of a file with equal fingerprints show the same thing
// to every other output, so only readers of the body need to render again.
import type { Document, Page, StaticFile } from '../types.js';
// node:crypto when first used, as content-hash.ts loads it.
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

// A print longer than this is kept as its hash (a hash and its marker take 29 characters).
const KEPT_AS_IS = 40;

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

/**
 * A print as the builder keeps it: prints are only compared for equality, so a long one is kept as
 * its SHA-1 (1,000 posts' prints, ~3 MB of text, were most of the --incremental state to read back,
 * decompress and save again). A string that is not well formed (a lone surrogate from a YAML escape)
 * is hashed as UTF-16, which keeps it apart from any other; a fingerprint never starts with \x01.
 */
export function compact(print: string): string {
  if (print.length <= KEPT_AS_IS) return print;
  return `\x01${crypto().hash('sha1', wellFormed(print) ? print : Buffer.from(print, 'utf16le'), 'base64')}`;
}

// String#isWellFormed (ES2024, in Node 20): no lone surrogate.
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** A value's fingerprint as the builder keeps it (compact). */
export function printOf(value: unknown): string {
  return compact(fingerprint(value));
}

/** What other outputs can see of a document or page without reading its content. */
export function metaOf(doc: Document | Page): string {
  const d = doc as Document;
  return printOf([doc.relativePath, doc.url, doc.outputPath, doc.ext, d.write, d.date, d.dated, d.excerptSource === undefined, d.renderWithLiquid, doc.data]);
}

export function staticMetaOf(file: StaticFile): string {
  return printOf([file.relativePath, file.url, file.outputPath, file.mtime, file.collection, file.fromTheme, file.data]);
}
