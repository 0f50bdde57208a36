// Kramdown::Parser::Kramdown#parse (and GFM#parse): blocks, then spans, then
// abbreviations and footnotes, then the GFM pass.
import { Parser } from './parser.js';
import { createGrammar } from './constructs.js';
import type { KEl } from './element.js';
import { replaceAbbreviations, updateElements, updateTree } from './update-tree.js';
import type { Grammar, Warning } from './parser.js';
import type { KramdownOptions } from '../options.js';
import { isGfmInput, isMarkdownInput } from '../options.js';
import { normalizeLinkId } from './link-definition.js';
import { checkNativeCells } from './html-to-native.js';

export interface ParseResult {
  readonly root: KEl;
  readonly warnings: readonly Warning[];
  /** The options after any {::options /} in the document. */
  readonly options: KramdownOptions;
  readonly abbrevDefs: ReadonlyMap<string, string>;
  readonly abbrevAttr: ReadonlyMap<string, Record<string, string>>;
}

const grammars = new Map<string, Grammar>();

function grammarFor(o: KramdownOptions): Grammar {
  const gfm = isGfmInput(o);
  const noAutoTypographic = o.gfm_quirks.includes('no_auto_typographic');
  const paragraphEndQuirk = o.gfm_quirks.includes('paragraph_end');
  const markdown = isMarkdownInput(o);
  const key = `${gfm}|${!!o.hard_wrap}|${noAutoTypographic}|${paragraphEndQuirk}|${markdown}`;
  let g = grammars.get(key);
  if (!g) {
    g = createGrammar({ gfm, hardWrap: !!o.hard_wrap, noAutoTypographic, paragraphEndQuirk, markdown });
    grammars.set(key, g);
  }
  return g;
}

/** Kramdown::Parser::Base#adapt_source */
function adaptSource(text: string): string {
  // Line ends normalised, one trailing \n: a text without \r that ends with \n is already
  // that, and is kept as it is (no regexp run, no copy).
  const s = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return s.endsWith('\n') ? s : s + '\n';
}

/** `grammar` replaces the one the options call for (the tests compare grammars). */
export function parseKramdown(text: string, options: KramdownOptions, grammar?: Grammar): ParseResult {
  const o: KramdownOptions = { ...options };
  if (isGfmInput(o)) o.auto_id_stripping = true;
  const p = new Parser(o, grammar ?? grammarFor(o));
  // parser/kramdown.rb #initialize: update_link_definitions(@options[:link_defs]), before {::options}
  for (const [id, [url, title]] of Object.entries(o.link_defs ?? {})) p.linkDefs.set(normalizeLinkId(id), [url, title, null]);
  // parser/gfm.rb #initialize: @hard_line_break, before any {::options} of the document.
  const hardBreak = o.hard_wrap ? '\n' : '\\\n';
  p.tree = p.root;
  p.parseBlocks(p.root, adaptSource(text));
  updateTree(p, p.root);
  const abbrevAttr = new Map<string, Record<string, string>>();
  for (const [k, v] of p.abbrevAttr) abbrevAttr.set(k, v.attr);
  replaceAbbreviations(p, p.root);
  for (const data of p.footnotes.values()) {
    updateTree(p, data.content);
    replaceAbbreviations(p, data.content);
  }
  for (const [name, data] of p.footnotes) {
    const line = data.content.options.location;
    if (!data.marker) p.warning(`Footnote definition for '${name}' on line ${line} is unreferenced - ignoring`, line);
  }
  if (isGfmInput(o)) updateElements(p, p.root, new Map(), hardBreak);
  if (o.remove_line_breaks_for_cjk) {
    removeCjkLineBreaks(p.root);
    for (const data of p.footnotes.values()) removeCjkLineBreaks(data.content);
  }
  // (a native cell outside a table comes only from html_to_native, on here or from {::options})
  if (o.html_to_native) checkNativeCells(p.root);
  return { root: p.root, warnings: p.warnings, options: o, abbrevDefs: p.abbrevDefs, abbrevAttr };
}

// converter/html.rb convert_text with remove_line_breaks_for_cjk (utils/html.rb fix_cjk_line_break):
// a line break inside a text between Han, Hiragana or Katakana letters goes. Done on the tree, as
// the option is the converter's and so also takes what {::options} set anywhere in the text.
// Made on first use: V8 checks a /u literal's property classes as it parses the bundle, at every start.
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
let cjkBreak: RegExp | undefined;

function removeCjkLineBreaks(e: KEl): void {
  if (e.type === 'text' && typeof e.value === 'string' && e.value.includes('\n')) e.value = e.value.replace((cjkBreak ??= new RegExp(String.raw`(?<=${CJK})\n(?=${CJK})`, 'gu')), '');
  for (const child of e.children) removeCjkLineBreaks(child);
}
