// The public types of the Markdown stage, and the mdast node types that mdast
// lacks, in the shape kramdown gives them (kramdown/element.rb documents them).
import type { Data, Literal, Parent } from 'mdast';

/** kramdown's attributes (from IALs, `{#id}`, HTML tags), in their order. */
export type KdAttr = Record<string, string>;

export interface KdData extends Data {
  kdAttr?: KdAttr;
  /** IAL references ({:toc}, {:footnotes}, ALD names). */
  kdRefs?: string[];
  /** A paragraph kramdown writes without <p> (tight list items, definitions). */
  kdTransparent?: boolean;
  /** A header's text as kramdown uses it for ids. */
  kdRawText?: string;
  /** A fenced code block's full info string. */
  kdLang?: string;
  /** An image from an HTML `<img>` without src (html_to_native): its attributes are written as found. */
  kdNoSrc?: boolean;
}

/** Blank lines between blocks: kramdown writes one newline for each run. */
export interface KdBlank extends Literal { type: 'kdBlank'; data?: KdData }
/** An HTML element kramdown parsed and re-emits (block or span). */
export interface KdHtmlElement extends Parent {
  type: 'kdHtmlElement';
  tagName: string;
  category: 'block' | 'span';
  contentModel: 'block' | 'span' | 'raw' | null;
  isClosed: boolean;
  children: any[];
  data?: KdData;
}
/** `<!-- -->` and `<? ?>` kept as written. */
export interface KdXmlComment extends Literal { type: 'kdXmlComment'; category: 'block' | 'span'; data?: KdData }
/** `{::comment}`: written as an HTML comment. */
export interface KdComment extends Literal { type: 'kdComment'; category: 'block' | 'span'; data?: KdData }
/** `{::nomarkdown}`: output as is when its type includes html. */
export interface KdRaw extends Literal { type: 'kdRaw'; category: 'block' | 'span'; formats: string[]; data?: KdData }
export interface KdDefinitionList extends Parent { type: 'kdDefinitionList'; children: any[]; data?: KdData }
export interface KdDefinitionTerm extends Parent { type: 'kdDefinitionTerm'; children: any[]; data?: KdData }
export interface KdDefinitionDescription extends Parent { type: 'kdDefinitionDescription'; children: any[]; data?: KdData }
export interface KdTable extends Parent { type: 'kdTable'; align: Array<'default' | 'left' | 'right' | 'center'>; children: any[]; data?: KdData }
export interface KdTableSection extends Parent { type: 'kdTableSection'; section: 'thead' | 'tbody' | 'tfoot'; children: any[]; data?: KdData }
/** `$$…$$`: block or inline math. */
export interface KdMath extends Literal { type: 'kdMath'; category: 'block' | 'span'; data?: KdData }
/** A footnote marker; `children` is the definition's content (shared by repeated markers). */
export interface KdFootnoteReference extends Parent { type: 'kdFootnoteReference'; name: string; children: any[]; data?: KdData }
export interface KdAbbreviation extends Literal { type: 'kdAbbreviation'; title: string; data?: KdData }
/** A character reference written in the text (`&copy;`, `&#169;`). */
export interface KdEntity extends Literal { type: 'kdEntity'; codePoint: number; name: string | null; original: string | null; data?: KdData }
/** `--`, `---`, `...`, `<<`, `>>` */
export interface KdTypographic extends Literal { type: 'kdTypographic'; data?: KdData }
/** A straight quote turned typographic: value is lsquo, rsquo, ldquo or rdquo. */
export interface KdSmartQuote extends Literal { type: 'kdSmartQuote'; data?: KdData }

export type KdNode =
  | KdBlank | KdHtmlElement | KdXmlComment | KdComment | KdRaw | KdDefinitionList | KdDefinitionTerm
  | KdDefinitionDescription | KdTable | KdTableSection | KdMath | KdFootnoteReference | KdAbbreviation
  | KdEntity | KdTypographic | KdSmartQuote;

declare module 'mdast' {
  interface RootContentMap {
    kdBlank: KdBlank; kdHtmlElement: KdHtmlElement; kdXmlComment: KdXmlComment; kdComment: KdComment;
    kdRaw: KdRaw; kdDefinitionList: KdDefinitionList; kdDefinitionTerm: KdDefinitionTerm;
    kdDefinitionDescription: KdDefinitionDescription; kdTable: KdTable; kdTableSection: KdTableSection;
    kdMath: KdMath; kdFootnoteReference: KdFootnoteReference; kdAbbreviation: KdAbbreviation;
    kdEntity: KdEntity; kdTypographic: KdTypographic; kdSmartQuote: KdSmartQuote;
  }
}

/** A code highlighter: returns HTML (escaped) for `code` in `lang` (undefined: none given). */
export type Highlighter = (code: string, lang: string | undefined) => string;

export interface MarkdownWarning {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly ruleId: string;
}

export interface MarkdownConverter {
  /** Markdown → HTML for one document; `file` only labels warnings. */
  convert(text: string, file?: string): string;
  /** Warnings of the last `convert` call (kramdown's warnings, as vfile messages). */
  readonly warnings: readonly MarkdownWarning[];
}

export interface MarkdownConfig {
  markdown?: string;
  kramdown?: Record<string, unknown>;
  commonmark?: unknown;
  /** The site's `encoding:` (read/text-codec.ts), kramdown's document encoding: a character it has no bytes for is written as a reference. */
  encoding?: string;
  /** Replaces the default highlighter (escape only) for code blocks and spans. */
  highlight?: Highlighter;
  /** The texts are US-ASCII strings in Ruby (markdownify of a number's or an array's to_s): see KramdownOptions.encodable. */
  usAscii?: boolean;
}
