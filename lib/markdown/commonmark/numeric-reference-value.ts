// The character a numeric reference stands for, as cmark-gfm 0.29 decodes it (houdini_html_u.c,
// utf8proc_encode_char): only 0, a surrogate and what lies past U+10FFFF become U+FFFD; controls
// (`&#1;`, `&#127;`, `&#128;`..`&#159;`) and noncharacters are written as they are. micromark
// (decodeNumericCharacterReference) turns those into U+FFFD too, as HTML5 asks. U+FFFE and U+FFFF come out of
// cmark as a lone invalid byte, which a JavaScript string cannot hold: U+FFFD stands for it.
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

function cmarkCodePoint(digits: string, base: number): string {
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
  tail.value += value;
  return undefined;
}

export const cmarkNumericReferenceValue: Extension = { exit: { characterReferenceValue: onexitCharacterReferenceValue } };
