// An autolink as cmark-gfm 0.29 reads it (inlines.c handle_pointy_brace → make_autolink →
// cmark_clean_autolink): the references in `<http://x/a&#32;b>` are decoded (houdini_unescape_html_f),
// in its URL (then percent-encoded: a%20b) and in its text, where CommonMark and mdast keep them as written.
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Link, Text } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { cmarkCodePoint } from './numeric-reference-value.js';

// houdini_unescape_ent: up to 8 digits, or a name that the entity table knows, then `;`.
const REFERENCE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]*));/g;

export function unescapeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return cmarkCodePoint(dec, 10);
    if (hex !== undefined) return cmarkCodePoint(hex, 16);
    const named = decodeNamedCharacterReference(name!);
    return named === false ? whole : named;
  });
}

// mdast-util-from-markdown's exits of an autolink's protocol or email part (onexitdata, then the
// link's url), with references decoded.
function exit(prefix: string) {
  return function (this: CompileContext, token: Token): undefined {
    const raw = unescapeReferences(this.sliceSerialize(token));
    const text = this.stack.pop() as unknown as Text;
    text.value += raw;
    text.position = { start: text.position!.start, end: { line: token.end.line, column: token.end.column, offset: token.end.offset } };
    const link = this.stack[this.stack.length - 1] as unknown as Link;
    link.url = prefix + raw;
    return undefined;
  };
}

export const cmarkAutolinkReferences: Extension = { exit: { autolinkProtocol: exit(''), autolinkEmail: exit('mailto:') } };
