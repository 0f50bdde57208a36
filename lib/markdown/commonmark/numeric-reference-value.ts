// The character a numeric reference stands for, as cmark-gfm 0.29 decodes it (houdini_html_u.c,
// utf8proc_encode_char): only 0, a surrogate and what lies past U+10FFFF become U+FFFD; controls
// (`&#1;`, `&#127;`, `&#128;`..`&#159;`) and noncharacters are written as they are. micromark
// (decodeNumericCharacterReference) turns those into U+FFFD too, as HTML5 asks. U+FFFE and U+FFFF come out of
// cmark as a lone invalid byte, which a JavaScript string cannot hold: U+FFFD stands for it.
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes as MdastNodes } from 'mdast';

export function cmarkCodePoint(digits: string, base: number): string {
  const code = Number.parseInt(digits, base);
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff || code === 0xfffe || code === 0xffff) return '\uFFFD';
  return String.fromCodePoint(code);
}

// mdast-util-from-markdown's onexitcharacterreferencevalue, with cmark's numeric decoding.
function onexitCharacterReferenceValue(this: CompileContext, token: Token): undefined {
  const data = this.sliceSerialize(token);
  const state = this.data as { characterReferenceType?: string };
  const type = state.characterReferenceType;
  let value: string;
  if (type) {
    value = cmarkCodePoint(data, type === 'characterReferenceMarkerNumeric' ? 10 : 16);
    state.characterReferenceType = undefined;
  } else value = decodeNamedCharacterReference(data) || '';
  const tail = this.stack[this.stack.length - 1] as { value: string };
  tail.value += KEPT_WHITESPACE.get(value) ?? value;
  return undefined;
}

// A space, tab or line break written as a reference (`&#32;`, `&#9;`, `&#13;`, `&#10;`) is text to
// cmark, which strips the spaces around a line ending from the source before it decodes
// references (`x&#32;\ny` keeps its space, `a &#13;b` its space before the \r). mdast-util-to-hast
// trims around every line ending of the decoded text, so such a character stands in text as one
// of these private-use characters (plane 16, never in a page in practice) until rehype-commonmarker
// puts it back (restoreReferenceWhitespace).
const KEPT_WHITESPACE = new Map([[' ', '\u{10FFF0}'], ['\t', '\u{10FFF1}'], ['\r', '\u{10FFF2}'], ['\n', '\u{10FFF3}']]);
const RESTORED: Record<string, string> = { '\u{10FFF0}': ' ', '\u{10FFF1}': '\t', '\u{10FFF2}': '\r', '\u{10FFF3}': '\n' };
const PLACEHOLDER = /[\u{10FFF0}-\u{10FFF3}]/gu;

/**
 * Puts back the whitespace of references where mdast keeps no text: a link's or image's URL and
 * title, a code fence's language and meta (the decoded character is what is wanted there, to
 * percent-encode or to split the info string at). Run on the mdast tree before remark-rehype.
 */
export function restoreReferenceWhitespaceInFields(node: MdastNodes): void {
  const fields = node as unknown as Record<string, unknown>;
  for (const key of ['url', 'title', 'lang', 'meta']) {
    const v = fields[key];
    if (typeof v === 'string' && v !== '') fields[key] = restoreReferenceWhitespace(v);
  }
  if ('children' in node) for (const child of node.children) restoreReferenceWhitespaceInFields(child);
}

/** The text with the whitespace its references stood for. */
export function restoreReferenceWhitespace(text: string): string {
  return text.replace(PLACEHOLDER, (c) => RESTORED[c]!);
}

export const cmarkNumericReferenceValue: Extension = { exit: { characterReferenceValue: onexitCharacterReferenceValue } };
