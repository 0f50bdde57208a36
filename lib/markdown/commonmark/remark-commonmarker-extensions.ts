// commonmarker's GFM extensions one by one, as `commonmark: extensions` lists them (cmark-gfm
// attaches each alone: a table needs `table`, a checkbox `tasklist`), and footnotes only with
// the FOOTNOTES option: remark-gfm's parts (installed with it, the package.json dependency),
// added to remark-parse as remark-gfm adds them all.
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Nodes, Root } from 'mdast';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { cmarkGfmFootnote } from './footnote-definition.js';
import { cmarkFootnoteLiteral, cmarkFootnoteLiteralFromMarkdown } from './footnote-literal.js';
import type { CommonmarkOptions } from './options.js';
import { cmarkImageAlt } from './image-alt.js';
import { cmarkImageStart } from './image-start.js';
import { cmarkLinkTitle } from './link-title.js';
import { cmarkDefinitionUnderline } from './definition-underline.js';
import { cmarkHtmlOpenTag } from './html-open-tag.js';
import { cmarkHtmlFlowOpenTag } from './html-flow-open-tag.js';
import { cmarkLiberalHtmlTag } from './liberal-html-tag.js';
import { cmarkEmptyNestedItem } from './empty-nested-item.js';
import { keepLonePercents } from './href-percent.js';
import { cmarkCodeIndentedEnd } from './code-indented-end.js';
import { cmarkCodeTextLines } from './code-text-lines.js';
import { cmarkContainerInterrupt } from './container-interrupt.js';
import { cmarkFenceBlankEnd } from './fence-blank-end.js';
import { cmarkAttention029 } from './attention-029.js';
import { cmarkStrikethrough029 } from './strikethrough-029.js';
import { cmarkCodeText029 } from './code-text-029.js';
import { cmarkCharacterReference029 } from './character-reference-029.js';
import { cmarkAutolinkLiteralFromMarkdown, cmarkRawUrlLiterals } from './autolink-literal.js';
import { cmarkAutolinkLiteral } from './autolink-literal-syntax.js';
import { cmarkNumericReferenceValue, restoreReferenceWhitespaceInFields } from './numeric-reference-value.js';
import { cmarkAutolinkReferences } from './autolink-references.js';
import { cmarkTaskListItems } from './task-list-item.js';
import { cmarkTaskBoxAlone, cmarkTaskBoxAloneFromMarkdown, cmarkTaskList, cmarkTaskListCheck } from './task-box-alone.js';
import { cmarkGfmTable, cmarkLazyCellFromMarkdown, cmarkTableHeadParagraphs } from './table-row.js';
import { cmarkListSpread } from './list-spread.js';
import { cmarkItemHtmlEnd } from './item-html-end.js';
import { cmarkCodeIndentedLazy } from './code-indented-lazy.js';
import { cmarkCodeTextLazy } from './code-text-lazy.js';
import { cmarkCodeLangSpace } from './code-lang-space.js';
import { cmarkFenceTabOffset } from './fence-tab-offset.js';
import { cmarkListEndBlank } from './list-end-blank.js';
import { cmarkLazyAfterDefinition } from './lazy-after-definition.js';
import { cmarkDefinitionTitle, cmarkDefinitionTitleFromMarkdown } from './definition-title.js';
import { cmarkKeptBytes } from './kept-bytes.js';
import { cmarkTightParagraphs } from './tight-paragraphs.js';
import { cmarkBlankIndentedItem, cmarkBlankIndentedSpread } from './blank-item-indent.js';
import { cmarkSourcepos } from './sourcepos.js';

function itemHtmlBlocks(node: Nodes, into: Set<number>): Set<number> {
  if (!('children' in node)) return into;
  for (const child of node.children) {
    if (node.type === 'listItem' && child.type === 'html' && child.position?.start.offset !== undefined) into.add(child.position.start.offset);
    itemHtmlBlocks(child as Nodes, into);
  }
  return into;
}

export default function remarkCommonmarkerExtensions(this: Processor, options: CommonmarkOptions): (tree: Root, file: VFile) => void {
  const data = this.data() as { micromarkExtensions?: MicromarkExtension[]; fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]> };
  const syntax = (data.micromarkExtensions ??= []);
  const tree = (data.fromMarkdownExtensions ??= []);
  const use = (on: boolean, s: MicromarkExtension, t: FromMarkdownExtension | FromMarkdownExtension[]): void => {
    if (!on) return;
    syntax.push(s);
    tree.push(t);
  };
  use(options.footnotes, cmarkGfmFootnote(), gfmFootnoteFromMarkdown());
  // cmark's `[^...]` that is no link: a reference even to no note (footnote-literal.ts).
  use(options.footnotes, cmarkFootnoteLiteral, cmarkFootnoteLiteralFromMarkdown);
  use(options.strikethrough, cmarkStrikethrough029(options.strikethroughDoubleTilde), gfmStrikethroughFromMarkdown());
  use(options.table, cmarkGfmTable(), [gfmTableFromMarkdown(), cmarkLazyCellFromMarkdown]);
  use(options.autolink, cmarkAutolinkLiteral(), cmarkAutolinkLiteralFromMarkdown(options.smart));
  use(options.tasklist, cmarkTaskListCheck(), gfmTaskListItemFromMarkdown());
  // A box alone on its item's line (task-box-alone.ts; its list construct goes in cmarkContainerInterrupt).
  use(options.tasklist, cmarkTaskBoxAlone, cmarkTaskBoxAloneFromMarkdown);
  // Where cmark reads CommonMark differently from micromark and mdast.
  use(true, cmarkDefinitionTitle, cmarkDefinitionTitleFromMarkdown);
  syntax.push(cmarkContainerInterrupt(cmarkBlankIndentedItem(options.tasklist ? cmarkTaskList : undefined)), cmarkImageStart, cmarkLinkTitle, cmarkDefinitionUnderline, cmarkHtmlOpenTag, cmarkHtmlFlowOpenTag, cmarkAttention029(options.strikethrough), cmarkCharacterReference029, cmarkCodeText029);
  if (options.liberalHtmlTag === true) syntax.push(cmarkLiberalHtmlTag);
  tree.push(cmarkImageAlt, cmarkCodeIndentedEnd, cmarkCodeTextLines, cmarkEmptyNestedItem, cmarkNumericReferenceValue, cmarkAutolinkReferences);
  return (root, file) => {
    cmarkListEndBlank(root);
    restoreReferenceWhitespaceInFields(root);
    keepLonePercents(root);
    const source = String(file.value);
    cmarkKeptBytes(root, source, options);
    cmarkCodeLangSpace(root, source);
    cmarkFenceTabOffset(root, source);
    const lines = source.split('\n');
    cmarkFenceBlankEnd(root, source, lines);
    cmarkCodeIndentedLazy(root, source, lines);
    (file.data as { cmarkLazyBreaks?: ReadonlyMap<number, string> }).cmarkLazyBreaks = cmarkCodeTextLazy(root, lines);
    cmarkBlankIndentedSpread(root);
    cmarkListSpread(root, source);
    cmarkItemHtmlEnd(root, source);
    cmarkLazyAfterDefinition(root, source);
    if (options.footnotes) cmarkTightParagraphs(root);
    // The rehype stage tells a tight item's HTML block from inline HTML by where it starts.
    (file.data as { cmarkHtmlBlocks?: ReadonlySet<number> }).cmarkHtmlBlocks = itemHtmlBlocks(root, new Set());
    if (options.table) cmarkTableHeadParagraphs(root, source);
    if (options.tasklist) cmarkTaskListItems(root, String(file.value));
    if (options.autolink) cmarkRawUrlLiterals(root, String(file.value));
    if (options.sourcepos === true) cmarkSourcepos(root, source);
  };
}
