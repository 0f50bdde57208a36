// The language of a fenced code block is its info string up to the first ASCII white space
// (html_renderer.rb#extract_code_lang splits at Ruby's /\s+/, which is ASCII only), where
// mdast-util-to-hast splits at any Unicode space (`txt:Git\u2001Bash` is one word for Jekyll).
import type { Code, Nodes, Root } from 'mdast';

const UNICODE_SPACE = /\s/;

function keep(node: Nodes): void {
  if (node.type === 'code') {
    const lang = node.lang;
    if (lang && UNICODE_SPACE.test(lang)) {
      const data = (node.data ??= {}) as NonNullable<Code['data']> & { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, className: [`language-${lang.split(/[ \t\n\v\f\r]/)[0]}`] };
    }
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) keep(child);
}

/** Keeps a code block's language whole up to its first ASCII white space; `source` is the document's text. */
export function cmarkCodeLangSpace(tree: Root, source: string): void {
  // Only a text with a space that is not ASCII, or a character reference that may decode to one
  // (`~~~a&nbsp;b`), needs the walk.
  if (/[^\S \t\n\v\f\r]|&/.test(source)) keep(tree);
}
