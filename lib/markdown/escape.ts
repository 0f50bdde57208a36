// Kramdown::Utils::Html escape_html and entity_to_str (kramdown/utils/html.rb).
import type { KramdownOptions } from './options.js';
import { packedInvalid } from '../values/invalid-utf8.js';

const MAP: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
const ALL = /[<>&]/g;
const REFERENCE = '&(?:[\\w:][\\-\\w.:]*;|#\\d+;|#x[0-9a-fA-F]+;)';
const TEXT = new RegExp(`${REFERENCE}|[<>&]`, 'g');
const ATTRIBUTE = new RegExp(`${REFERENCE}|[<>&"]`, 'g');
const NEEDS = /[<>&"]/;

/** escape_html(str, :all) */
export function escapeAll(s: string): string {
  return NEEDS.test(s) ? s.replace(ALL, (m) => MAP[m]) : s;
}

/** escape_html(str, :text): character references already in the text are kept. */
export function escapeText(s: string): string {
  return NEEDS.test(s) ? s.replace(TEXT, (m) => MAP[m] ?? m) : s;
}

/** escape_html(str, :attribute) */
export function escapeAttribute(s: string): string {
  return NEEDS.test(s) ? s.replace(ATTRIBUTE, (m) => MAP[m] ?? m) : s;
}

export interface EntityLike {
  readonly codePoint: number;
  readonly name: string | null;
}

/** entity_to_str: how a character reference is written, per `entity_output`. */
export function entityToStr(o: KramdownOptions, e: EntityLike, original?: string | null): string {
  const cp = e.codePoint;
  const valid = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  const c = valid ? String.fromCodePoint(cp) : null;
  // `e.char.encode(@root.options[:encoding]) rescue nil`: a character the document's encoding lacks is not written as itself.
  if (o.entity_output === 'as_char' && c !== null && (c === '"' || !(c in MAP)) && (o.encodable?.(c) ?? true)) return c;
  // Entity#char of a surrogate or a code point beyond Unicode is pack('U*')'s bytes, no UTF-8:
  // encoding them to UTF-8 changes nothing (to another encoding raises), so they are written
  if (o.entity_output === 'as_char' && !valid && o.encodable === undefined) {
    const bytes = packedInvalid(cp);
    if (bytes !== null) return bytes;
  }
  if ((o.entity_output === 'as_input' || o.entity_output === 'as_char') && original) return original;
  if ((o.entity_output === 'symbolic' || (c !== null && c in MAP)) && e.name) return `&${e.name};`;
  return `&#${cp};`;
}
