// The parser's working tree, shaped like kramdown's Element (kramdown/element.rb):
// block parsing leaves `raw_text` leaves that span parsing replaces. It becomes
// mdast in to-mdast.ts once parsing is done.

export type Attr = Record<string, string>;

export interface Ial {
  [attr: string]: unknown;
  refs?: string[];
}

export interface KEl {
  type: string;
  value: any;
  attr: Attr;
  options: Record<string, any>;
  children: KEl[];
}

export function el(type: string, value: any = null, attr?: Attr | null, options?: Record<string, any>): KEl {
  return { type, value, attr: attr ?? {}, options: options ?? {}, children: [] };
}

// Element::CATEGORY: the types with a fixed category. Any other (root, footnote_def, tr,
// thead...) has the one its options give, or none (nil): update_elements (parser/gfm.rb)
// keeps a trailing hard break of text directly under the root, as kramdown does.
const SPAN_TYPES = new Set([
  'text', 'a', 'br', 'img', 'codespan', 'footnote', 'em', 'strong', 'entity',
  'typographic_sym', 'smart_quote', 'abbreviation',
]);
const BLOCK_TYPES = new Set([
  'blank', 'p', 'header', 'blockquote', 'codeblock', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'td', 'hr',
]);

/** Element.category: :span, :block or nil (undefined). */
export function category(e: KEl): 'span' | 'block' | undefined {
  if (SPAN_TYPES.has(e.type)) return 'span';
  if (BLOCK_TYPES.has(e.type)) return 'block';
  return e.options.category;
}
