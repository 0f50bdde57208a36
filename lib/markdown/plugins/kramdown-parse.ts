// unified parser plugin: kramdown (GFM flavour by default) → mdast. kramdown's
// warnings become vfile messages with their line.
import type { Processor } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseKramdown, type ParseResult } from '../kramdown/parse.js';
import { toMdast } from '../kramdown/to-mdast.js';
import type { Warning } from '../kramdown/parser.js';
import { resolveOptions, type KramdownOptions } from '../options.js';

export interface KramdownParseOptions {
  /** Resolved kramdown options (see resolveOptions). */
  readonly options?: KramdownOptions;
}

type N = Record<string, any>;

// A footnote reference holds its definition's nodes as children (to-mdast.ts), so a note that
// refers to itself makes a cycle: each children array is walked once (kramdown replaces
// abbreviations in each footnote definition once, parser/kramdown.rb parse).
function fillAbbreviations(node: N, defs: ReadonlyMap<string, string>, attrs: ReadonlyMap<string, Record<string, string>>,
  seen = new WeakSet<object>()): void {
  if (node.type === 'kdAbbreviation') {
    node.title = defs.get(node.value) ?? '';
    const attr = attrs.get(node.value);
    if (attr && Object.keys(attr).length > 0) node.data = { kdAttr: attr };
    return;
  }
  if (!Array.isArray(node.children) || seen.has(node.children)) return;
  seen.add(node.children);
  for (const c of node.children) fillAbbreviations(c, defs, attrs, seen);
}

/** kramdown → mdast, and kramdown's warnings (the parser plugin without a file). */
export function kramdownToMdast(doc: string, options: KramdownOptions): { tree: Root; warnings: readonly Warning[] } {
  const result = parseKramdown(doc, options);
  return { tree: parseResultToMdast(result), warnings: result.warnings };
}

/** The parser's result as mdast: its tree, abbreviation titles, the document's options. */
export function parseResultToMdast(result: ParseResult): Root {
  const tree = toMdast(result.root) as Root;
  if (result.abbrevDefs.size > 0) fillAbbreviations(tree as N, result.abbrevDefs, result.abbrevAttr);
  tree.data = { ...(tree.data ?? {}), kdOptions: result.options } as Root['data'];
  return tree;
}

export default function kramdownParse(this: Processor, settings: KramdownParseOptions = {}) {
  const options = settings.options ?? resolveOptions();
  this.parser = (doc: string, file: VFile): Root => {
    const { tree, warnings } = kramdownToMdast(doc, options);
    for (const w of warnings) {
      const message = file.message(w.message, {
        place: w.line !== undefined ? { line: w.line, column: 1 } : undefined,
        ruleId: 'kramdown',
        source: 'kramdown',
      });
      message.fatal = false;
    }
    return tree;
  };
}
