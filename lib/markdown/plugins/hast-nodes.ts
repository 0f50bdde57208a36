// Building hast for kramdown's HTML writer. Elements carry how kramdown lays
// them out in `data.kd` (read by rehype-kramdown-layout) and keep attribute
// names as written (read by rehype-kramdown-stringify).
import type { Element, ElementContent, Properties, Text } from 'hast';

/**
 * block: `<p>…</p>\n` at the indent; indented: open and close tags on their own
 * lines, content one level deeper; li: list items and definitions; html: a
 * block HTML element (kramdown's convert_html_element); code: the highlighter
 * wrapper; void: `<hr />\n`.
 */
export type Layout = 'block' | 'indented' | 'li' | 'html' | 'code' | 'void';

export interface KdElementData {
  kd?: Layout;
  /** Written as `<tag … />`. */
  kdVoid?: boolean;
  /** li/dd whose first child is a transparent paragraph. */
  kdTight?: boolean;
  /** html layout: the element's content model and whether its tag was self-closed. */
  kdModel?: 'block' | 'span' | 'raw' | null;
  kdClosed?: boolean;
  /** Raw HTML in the source (kramdown's :html_element), not a Markdown construct. */
  kdHtml?: boolean;
  /** Laid out at this indent whatever its depth (the generated TOC). */
  kdIndent?: number;
  /** A child of a transparent paragraph: one level deeper than its siblings (convert_p's inner). */
  kdDeeper?: boolean;
  /**
   * Put where kramdown left a placeholder (the `{:toc}` list, `{:footnotes}`): kramdown
   * substitutes the converted text after its parent was written, so the parent's chomp and
   * "ends with a newline" checks saw the placeholder, not this element's last newline.
   */
  kdPlaceholder?: boolean;
}

export interface Raw {
  type: 'raw';
  value: string;
  /**
   * kdEmptyPlaceholder: an empty table of contents or footnote list. kramdown writes a random
   * placeholder there and puts '' in its place only after the whole document is written
   * (converter/html.rb convert_ul, convert_root), so the element around it is not empty.
   */
  data?: { kd?: 'line'; kdRawSensitive?: boolean; kdEmptyPlaceholder?: boolean };
}

export type Child = ElementContent | Raw;

export function elem(tagName: string, attrs: Record<string, string | undefined> | undefined, children: Child[], data?: KdElementData): Element {
  const properties: Properties = {};
  if (attrs) {
    for (const k in attrs) {
      const v = attrs[k];
      if (v !== undefined) properties[k] = v;
    }
  }
  const e: Element = { type: 'element', tagName, properties, children: children as ElementContent[] };
  if (data) e.data = data as Element['data'];
  return e;
}

export function text(value: string): Text {
  return { type: 'text', value };
}

export function raw(value: string, data?: Raw['data']): Raw {
  return data ? { type: 'raw', value, data } : { type: 'raw', value };
}

export function kdData(e: Element): KdElementData {
  return (e.data ?? {}) as KdElementData;
}
