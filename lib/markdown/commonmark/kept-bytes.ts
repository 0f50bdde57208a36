// A page whose bytes are not all UTF-8 (read/decode.ts keeps each such byte as a lone
// U+DC80-U+DCFF): Jekyll hands jekyll-commonmark the String as it is, and cmark reads it byte
// by byte, so the page converts (kramdown refuses it) and the bytes are written back as they
// came. Where commonmarker's Ruby renderer runs a regexp over such a string, Ruby raises
// "invalid byte sequence in UTF-8" and the conversion fails: a code block's text or info string
// (jekyll-commonmark's extract_code_lang and Rouge), raw HTML under `tagfilter` with `UNSAFE`
// (Renderer#tagfilter's gsub). A link's destination is percent-encoded byte for byte
// (houdini_escape_href): such a byte is `%XX`, where micromark's normalizeUri would write the
// lone surrogate as U+FFFD's three bytes.
import type { Nodes, Root } from 'mdast';
import type { Code, Construct } from 'micromark-util-types';

const KEPT_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const KEPT_BYTES = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/** Whether `text` holds a byte that is not UTF-8, as read/decode.ts keeps it. */
export function hasKeptBytes(text: string): boolean {
  return KEPT_BYTE.test(text);
}

/** A kept byte is also what cmark's scan_delims and smart quotes read as a line end (utf8proc_iterate fails on it). */
export function isKeptByte(code: number): boolean {
  return code >= 0xdc80 && code <= 0xdcff;
}

/** Whether micromark's `code` is a kept byte, `previous` the code before it (a high surrogate makes it half of a pair). */
export function isKeptByteCode(code: Code, previous: Code): boolean {
  return code !== null && isKeptByte(code) && !(previous !== null && previous >= 0xd800 && previous <= 0xdbff);
}

/**
 * A micromark construct that fails where its text holds a kept byte: cmark's scanners (scanners.re,
 * made by re2c with -8) match only UTF-8 sequences in their classes, so a tag, comment, processing
 * instruction, declaration or CDATA of raw HTML, or a note's label, with such a byte is none.
 */
export function refusingKeptBytes(construct: Construct): Construct {
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      let previous: Code = null;
      let kept = false;
      const consume = (code: Code): void => {
        if (isKeptByteCode(code, previous)) kept = true;
        previous = code;
        effects.consume(code);
      };
      const watched = Object.create(effects, { consume: { value: consume } }) as typeof effects;
      return construct.tokenize.call(this, watched, (code) => (kept ? nok(code) : ok(code)), nok);
    },
  };
}

/** Ruby's ArgumentError, which Jekyll's Renderer#convert reports as the conversion's error. */
export class InvalidByteSequence extends Error {
  constructor() {
    super('invalid byte sequence in UTF-8');
  }
}

const percent = (s: string): string => s.replace(KEPT_BYTES, (b) => `%${(b.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`);

function visit(node: Nodes, rawHtmlFails: boolean): void {
  if (node.type === 'code' && (hasKeptBytes(node.value) || hasKeptBytes(node.lang ?? '') || hasKeptBytes(node.meta ?? ''))) throw new InvalidByteSequence();
  if (node.type === 'html' && rawHtmlFails && hasKeptBytes(node.value)) throw new InvalidByteSequence();
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && hasKeptBytes(node.url)) node.url = percent(node.url);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, rawHtmlFails);
}

/** The tree of a text with kept bytes as commonmarker renders it, or the error it stops with. */
export function cmarkKeptBytes(tree: Root, source: string, options: { readonly unsafe: boolean; readonly tagfilter: boolean }): void {
  if (hasKeptBytes(source)) visit(tree, options.unsafe && options.tagfilter);
}
