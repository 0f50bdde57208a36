// The block and span constructs in the order kramdown tries them
// (kramdown/parser/kramdown.rb initialize; parser/gfm.rb initialize for GFM).
import { blankLine, eobMarker } from './blank-line.js';
import { codeblock, codeblockFenced, codeblockFencedGfm } from './codeblock.js';
import { blockquote } from './blockquote.js';
import { atxHeaderGfm, atxHeaderGfmQuirk, atxHeaderKramdown, setextHeader } from './header.js';
import { horizontalRule } from './horizontal-rule.js';
import { list } from './list.js';
import { definitionList } from './definition-list.js';
import { blockHtml } from './html-block.js';
import { blockMath, inlineMath } from './math.js';
import { table } from './table.js';
import { footnoteDefinition, footnoteMarker } from './footnote.js';
import { abbrevDefinition, linkDefinition } from './link-definition.js';
import { blockExtensions, spanExtensions } from './extensions.js';
import { PARAGRAPH_END_GFM, PARAGRAPH_END_KRAMDOWN, paragraph } from './paragraph.js';
import { emphasis } from './emphasis.js';
import { codespan } from './codespan.js';
import { autolink } from './autolink.js';
import { spanHtml } from './html-span.js';
import { link } from './link.js';
import { smartQuotes } from './smart-quotes.js';
import { escapedChars, escapedCharsGfm, htmlEntity, lineBreak, strikethrough, typographicSyms } from './simple-spans.js';
import { blockDispatch } from './block-dispatch.js';
import { spanDispatchCache } from './span-dispatch.js';
import { LAZY_END, LAZY_END_SRC } from './patterns.js';
import { R } from './regex.js';
import type { BlockConstruct, Grammar, SpanConstruct } from './parser.js';

export interface GrammarOptions {
  readonly gfm: boolean;
  readonly hardWrap: boolean;
  readonly noAutoTypographic: boolean;
  /** GFM's `paragraph_end` quirk (on by default): headers and lists end paragraphs, no block boundary needed. */
  readonly paragraphEndQuirk?: boolean;
  /** Pick block constructs by a line's first character (default); false tries every one, as kramdown does. */
  readonly dispatch?: boolean;
  /** `input: Markdown` (parser/markdown.rb): no extensions, and block ends without IALs. */
  readonly markdown?: boolean;
}

// parser/markdown.rb EXTENDED: the constructs the Markdown parser deletes from kramdown's.
const EXTENDED = new Set([
  'codeblock_fenced', 'table', 'definition_list', 'footnote_definition', 'abbrev_definition', 'block_math',
  'block_extensions', 'footnote_marker', 'smart_quotes', 'inline_math', 'span_extensions', 'typographic_syms',
]);

export function createGrammar(o: GrammarOptions): Grammar {
  // parser/gfm.rb initialize: the quirk picks atx_header_gfm_quirk and PARAGRAPH_END_GFM.
  const quirk = o.gfm && o.paragraphEndQuirk !== false;
  const blocks: BlockConstruct[] = [
    blankLine, codeblock, o.gfm ? codeblockFencedGfm : codeblockFenced, blockquote,
    o.gfm ? (quirk ? atxHeaderGfmQuirk : atxHeaderGfm) : atxHeaderKramdown, horizontalRule, list, definitionList, blockHtml,
    setextHeader, blockMath, table, footnoteDefinition, linkDefinition, abbrevDefinition,
    blockExtensions, eobMarker, paragraph,
  ];
  const spans: SpanConstruct[] = [
    emphasis, codespan, autolink, spanHtml, footnoteMarker, link, smartQuotes, inlineMath,
    spanExtensions, htmlEntity,
  ];
  if (!(o.gfm && o.noAutoTypographic)) spans.push(typographicSyms);
  if (!(o.gfm && o.hardWrap)) spans.push(lineBreak);
  spans.push(o.gfm ? escapedCharsGfm : escapedChars);
  if (o.gfm) spans.push(strikethrough);

  if (o.markdown && !o.gfm) {
    // parser/markdown.rb: its LAZY_END (PARAGRAPH_END too) has no block IAL and no definition
    // list start; every construct is tried in turn (the dispatch's answers are kramdown's).
    // (Made here, not at load: its HTML classes are costly to compile, see regex.ts lazyR.)
    const lazyEnd = R(LAZY_END_SRC);
    const md = { blocks: blocks.filter((b) => !EXTENDED.has(b.name)), spans: spans.filter((s) => !EXTENDED.has(s.name)) };
    return { ...md, paragraphEnd: lazyEnd, lazyEnd, markdown: true, spanRegexps: spanRegexps(md.spans) };
  }
  const paragraphEnd = quirk ? PARAGRAPH_END_GFM : PARAGRAPH_END_KRAMDOWN;
  const fast = o.dispatch !== false;
  return {
    blocks, dispatch: fast ? blockDispatch(blocks) : undefined, spans, paragraphEnd, lazyEnd: LAZY_END, markdown: false,
    spanRegexps: spanRegexps(spans), spanDispatch: fast ? spanDispatchCache() : undefined,
  };
}

/** Grammar#spanRegexps: where the next span of `list` (or `stop`) may start, made once per list and stop. */
export function spanRegexps(spans: readonly SpanConstruct[]): Grammar['spanRegexps'] {
  const cache = new Map<string, Map<RegExp | undefined, RegExp>>();
  return (list, stop) => {
    const key = list === spans ? '' : list.map((s) => s.name).join(',');
    let byStop = cache.get(key);
    if (!byStop) cache.set(key, (byStop = new Map()));
    let re = byStop.get(stop);
    if (!re) {
      const start = list.map((s) => s.spanStart).join('|');
      re = new RegExp(stop ? `(?=${stop.source}|${start})` : `(?=${start})`, 'gmu');
      byStop.set(stop, re);
    }
    return re;
  };
}
