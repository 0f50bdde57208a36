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

const SPAN_TYPES = new Set([
  'text', 'a', 'br', 'img', 'codespan', 'footnote', 'em', 'strong', 'entity',
  'typographic_sym', 'smart_quote', 'abbreviation', 'raw_text',
]);

/** Element.category: :span or :block. */
export function category(e: KEl): 'span' | 'block' {
  if (e.options.category) return e.options.category;
  return SPAN_TYPES.has(e.type) ? 'span' : 'block';
}
