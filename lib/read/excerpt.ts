// The excerpt's source text: Excerpt#extract_excerpt (jekyll/excerpt.rb).
import { rubyObjectToS } from '../liquid/ruby/to-s.js';
import type { Diagnostic } from '../types.js';

const LIQUID_TAG = /{%-?\s*(\w+)\s*[\s\S]*?-?%}/g;
// Liquid 5's block tags plus Jekyll's highlight (Liquid::Template.tags that are Liquid::Block).
const LIQUID_BLOCKS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'ifchanged', 'highlight']);
// MKDWN_LINK_REF_REGEX, %r!^ {0,3}(?:(\[[^\]]+\])(:.+))$!: Ruby's ^ and $ are line anchors at \n only
// and its `.` stops only at \n, so a CRLF file's definition keeps its \r (and a U+2028 stays inside).
const LINK_REFERENCE = /(?<![^\n]) {0,3}(?:(\[[^\]]+\])(:[^\n]+))(?![^\n])/g;

/**
 * Whether a document's excerpt is the one its front matter gives: Document#generate_excerpt
 * sets `data["excerpt"] ||= Excerpt.new(self)`, so a nil or a false there gets Jekyll's excerpt.
 */
export function hasGivenExcerpt(data: { readonly excerpt?: unknown }): boolean {
  return data.excerpt != null && data.excerpt !== false;
}

/**
 * The text before the first `separator`. A Liquid block opened but not closed
 * before it gets its end tag appended; Markdown link reference definitions
 * found after it, for labels used before it, are appended after a blank line.
 * With no separator in the content, the whole content.
 */
export function extractExcerpt(content: string, separator: string, onModified?: () => void): string {
  const at = separator === '' ? 0 : content.indexOf(separator);
  if (at === -1) return content;
  let head = content.slice(0, at);
  const tail = content.slice(at + separator.length);
  if (tail === '') return head;
  if (head.includes('{%')) {
    const closed = closeLiquidBlocks(head);
    if (closed !== head) onModified?.();
    head = closed;
  }
  const definitions: string[] = [];
  // A definition has `]:`; a tail without one has none.
  if (tail.includes(']:')) for (const m of tail.matchAll(LINK_REFERENCE)) {
    if (head.includes(m[1]!)) definitions.push(m[1]! + m[2]!);
  }
  return definitions.length === 0 ? head : `${head}\n\n${definitions.join('\n')}`;
}

// Excerpt#sanctify_liquid_tags
function closeLiquidBlocks(head: string): string {
  const names = [...head.matchAll(LIQUID_TAG)].map((m) => m[1]!);
  let out = head;
  for (const name of names.reverse()) {
    if (!LIQUID_BLOCKS.has(name)) continue;
    if (new RegExp(`{%-?\\s*end${name}[\\s\\S]*?\\s*-?%}`).test(out)) continue;
    out += `\n{% end${name} %}`;
  }
  return out;
}

/**
 * Excerpt#print_build_warning, said when the excerpt got closing tags (Jekyll logs it as it
 * reads the document).
 */
export function excerptModifiedWarning(relativePath: string, separator: string): Diagnostic {
  // String#inspect of the separator: JSON's escapes, and Ruby's `\#{` for an interpolation
  const shown = JSON.stringify(separator).replace(/#(?=[{$@])/g, '\\#');
  return {
    level: 'warning',
    code: 'LIQUID_SYNTAX',
    file: relativePath,
    // its first line, then the four Jekyll logs with an empty topic
    message: `Excerpt modified in ${relativePath}!`,
    more: [
      `Found a Liquid block containing the excerpt separator ${shown}.`,
      'The block has been modified with the appropriate closing tag.',
      'Feel free to define a custom excerpt or excerpt_separator in the',
      "document's Front Matter if the generated excerpt is unsatisfactory.",
    ],
  };
}

/**
 * Document#excerpt_separator: `(data["excerpt_separator"] || site.config["excerpt_separator"]).to_s`,
 * so a false or nil one of the document's gives the site's, and a list is its inspect (`["a"]`).
 */
export function excerptSeparator(own: unknown, site: unknown): string {
  const given = own === null || own === undefined || own === false ? (site === undefined ? '\n\n' : site) : own;
  return rubyObjectToS(given);
}
