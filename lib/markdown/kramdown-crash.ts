// Input on which kramdown 2.4 itself raises (a Ruby exception inside the converter): Jekyll's
// Renderer#convert reports it as a "Conversion error" and the build stops, so kyll stops too
// rather than write a page Jekyll never writes.

import { invalidUtf8Made } from '../values/invalid-utf8.js';

export class KramdownCrash extends Error {
  /** `message`: the Ruby exception's message; `hint`: what in the input causes it. */
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

// A byte kept as values/invalid-utf8.ts keeps it (a lone U+DC80-U+DCFF): what `&#xD800;` or
// `&#x110000;` writes (pack('U*')), bytes Ruby holds in a UTF-8 String that are no UTF-8.
export const KEPT_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/**
 * kramdown matches a regexp against some of the HTML it wrote (convert_li's `res =~ /\n\Z/` for
 * a tight list item or definition, convert_root's `sub!` of a `{:toc}` or `{:footnotes}`
 * placeholder), and Ruby's regexps raise on a String with bytes that are no UTF-8.
 */
export function checkMatchable(html: string, where: string): void {
  if (invalidUtf8Made() > 0 && KEPT_BYTE.test(html)) {
    throw new KramdownCrash('invalid byte sequence in UTF-8', `${where} holds a character reference to a surrogate or a code point beyond Unicode (&#xD800;, &#x110000;), which has no UTF-8: write another character.`);
  }
}

/**
 * A paragraph's first child where kramdown's list parsers read `.value` of it (list.rb's terms
 * and item paragraphs, gfm.rb's task lists): a paragraph whose text was only NUL has none, as
 * lstrip drops NUL, and kramdown raises on nil.
 */
export function firstTextOf<T>(para: { children: T[] }): T {
  const text = para.children[0];
  if (text === undefined) throw new KramdownCrash("undefined method `value' for nil:NilClass", 'A list item, a definition or the text before a definition holds nothing but NUL characters: remove them or write some text.');
  return text;
}
