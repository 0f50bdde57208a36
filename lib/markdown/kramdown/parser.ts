// The kramdown parser state and its two loops, block and span, after
// kramdown/parser/kramdown.rb (parse_blocks, parse_spans, update_tree) with the
// GFM parser's changes (kramdown/parser/gfm.rb). Each construct lives in its
// own file and is listed, in kramdown's order, in constructs.ts.
import { Scanner, type AnyOf } from './scanner.js';
import { el, type Attr, type Ial, type KEl } from './element.js';
import type { KramdownOptions } from '../options.js';
import { KyllError } from '../../errors/kyll-error.js';
import type { BlockDispatch } from './block-dispatch.js';
import type { SpanDispatch } from './span-dispatch.js';

export interface BlockConstruct {
  readonly name: string;
  readonly start: RegExp;
  /**
   * Whether `start` can match a line whose character after `n` leading spaces
   * (4: four or more) is `c` ('\u4e00' stands for every non-ASCII character).
   * Builds the dispatch table (block-dispatch.ts): it must never say no where
   * `start` could match.
   */
  first(c: string, n: number): boolean;
  /** A cheap test of the line at `pos`, run before `start`: false only where `start` cannot match. */
  readonly quick?: (s: string, pos: number) => boolean;
  parse(p: Parser): boolean;
}

export interface SpanConstruct {
  readonly name: string;
  readonly start: RegExp | AnyOf;
  /** Source of the regexp that finds where this construct may start. */
  readonly spanStart: string;
  /**
   * The ASCII characters `start` can begin with (absent: any character). Builds the span
   * dispatch table (span-dispatch.ts): it must never leave out one where `start` could match.
   */
  readonly first?: string;
  /** A cheap test at `pos`, run before `start`: false only where `start` cannot match. */
  readonly quick?: (s: string, pos: number) => boolean;
  parse(p: Parser): void;
}

export interface Warning {
  readonly message: string;
  readonly line?: number;
}

export interface FootnoteData {
  content: KEl;
  eob?: KEl;
  attr?: Attr;
  options?: Record<string, any>;
  marker?: KEl[];
}

/**
 * Block nesting deeper than this is an error (each level copies the text of
 * the next, so a deep staircase of lists takes quadratic time and memory:
 * kramdown itself needs seconds for 150 levels and minutes for 1000; the copy
 * budget below stops those first); span nesting deeper than this is an error
 * too where the span waits for its end (its text would be lost; kramdown's own
 * recursion overflows Ruby's stack a little deeper: ~1,900 `<span>`s), and
 * is left as text elsewhere. Neither can overflow the stack. Real pages nest HTML blocks far deeper
 * than lists (with parse_block_html, ~280 `<div>`s in a public blog's page,
 * ~100 unclosed `<details>` in an EIP report), which kramdown converts: 500
 * levels of divs take ~0.6 s here, 1,000 still convert (~5 s).
 */
const MAX_BLOCK_DEPTH = 500;
export const MAX_SPAN_DEPTH = 1000;
/**
 * Text that nested blocks may copy in all (list items, quotes, footnotes each
 * parse a copy of their content) beyond this many times the document: a
 * staircase of long lists otherwise grows to gigabytes before it is 100 deep.
 */
const COPY_FACTOR = 4;
const COPY_BUDGET = 16 << 20;
const ANY_LINE = /[^\n]*\n|[^\n]+/uy;
/**
 * Characters that failed span attempts (links, emphasis) may rescan before they
 * give up, beyond BACKTRACK_FACTOR times the document: unclosed `[` or `*` by the
 * thousand would otherwise rescan the rest of the text each. kramdown has no such
 * limit, so past it an emphasis kramdown finds stays text: the factor is set above
 * what real pages need (a blog post holding a 1.5 MB pasted HTML report with its
 * minified scripts rescans 3.5 times its length).
 */
const BACKTRACK_BUDGET = 1_000_000;
const BACKTRACK_FACTOR = 4;

export interface Grammar {
  readonly blocks: readonly BlockConstruct[];
  /** The constructs to try at a line (all of them, in order, when absent). */
  readonly dispatch?: BlockDispatch;
  readonly spans: readonly SpanConstruct[];
  /** Where a paragraph stops: kramdown's PARAGRAPH_END, or GFM's with the paragraph_end quirk. */
  readonly paragraphEnd: RegExp | AnyOf;
  /** LAZY_END, where a blockquote's lazy lines stop (parser/markdown.rb's has no block IAL). */
  readonly lazyEnd: RegExp | AnyOf;
  /** `input: Markdown`: indented code has no lazy lines, list items no IAL (parser/markdown.rb). */
  readonly markdown: boolean;
  spanRegexps(spans: readonly SpanConstruct[], stop?: RegExp): RegExp;
  /** The span constructs worth trying at a position, by its character (all of them, in order, when absent). */
  readonly spanDispatch?: (spans: readonly SpanConstruct[]) => SpanDispatch;
}

export class Parser {
  src!: Scanner;
  tree!: KEl;
  blockIal: Ial | null = null;
  textType = 'raw_text';
  /** Ancestors of `tree` while parsing spans (kramdown's @stack). */
  stack: KEl[] = [];
  readonly root: KEl;
  readonly alds: Record<string, Ial> = {};
  readonly footnotes = new Map<string, FootnoteData>();
  readonly linkDefs = new Map<string, [string, string | undefined, KEl | null]>();
  readonly abbrevDefs = new Map<string, string>();
  readonly abbrevAttr = new Map<string, KEl>();
  readonly warnings: Warning[] = [];
  readonly options: KramdownOptions;
  readonly grammar: Grammar;
  depth = 0;
  blockDepth = 0;
  budget = BACKTRACK_BUDGET;
  copyBudget = COPY_BUDGET;
  /** Set by block HTML on its end tag: kramdown's `throw :stop_block_parsing, :found`. */
  stopFound = false;

  constructor(options: KramdownOptions, grammar: Grammar) {
    this.options = options;
    this.grammar = grammar;
    this.root = el('root', null, null, { encoding: 'UTF-8', location: 1 });
  }

  warning(message: string, line?: number): void {
    this.warnings.push({ message, line });
  }

  /** parse_blocks: runs the block constructs over `text` (or the current source) into `target`. */
  parseBlocks(target: KEl, text?: string, line = 1): boolean {
    const saved: [KEl, Scanner, Ial | null] = [this.tree, this.src, this.blockIal];
    this.tree = target;
    this.blockIal = null;
    if (text !== undefined) this.src = new Scanner(text, line);
    if (target === this.root) {
      this.budget = BACKTRACK_BUDGET + BACKTRACK_FACTOR * this.src.str.length;
      this.copyBudget = COPY_BUDGET + COPY_FACTOR * this.src.str.length;
    } else if (text !== undefined) this.copyBudget -= text.length;
    let found = false;
    if (++this.blockDepth > MAX_BLOCK_DEPTH || this.copyBudget < 0) {
      const at = this.src.line;
      throw new KyllError('MARKDOWN_ERROR',
        `Markdown nested too deeply (over ${MAX_BLOCK_DEPTH} levels, or ${COPY_FACTOR} copies of the text, of lists, block quotes or HTML blocks) on line ${at}`,
        { line: at },
        { hint: 'kramdown copies the text of every level, so such nesting takes minutes and gigabytes; flatten it (or indent it as a code block)' });
    }
    const { blocks, dispatch } = this.grammar;
    while (!this.src.eos) {
      let handled = false;
      if (dispatch) {
        const src = this.src;
        for (const b of dispatch(src.str, src.pos)) {
          if ((b.quick === undefined || b.quick(src.str, src.pos)) && src.test(b.start) && b.parse(this)) {
            handled = true;
            break;
          }
        }
      } else {
        for (const b of blocks) {
          if (this.src.test(b.start) && b.parse(this)) {
            handled = true;
            break;
          }
        }
      }
      if (this.stopFound) {
        this.stopFound = false;
        found = true;
        break;
      }
      if (!handled) {
        // (kramdown.rb parse_blocks: a line of spaces then a tab, which no construct starts on)
        this.warning('Warning: this should not occur - no block parser handled the line', this.src.line);
        const line = this.src.scan(ANY_LINE) ?? this.src.getch();
        this.addText(line);
      }
    }
    this.blockDepth--;
    [this.tree, this.src, this.blockIal] = saved;
    return found;
  }

  /**
   * parse_spans: runs the span constructs over the current source into `target`,
   * stopping before `stop` when `accept` (default: always) agrees. Returns
   * whether the stop was found.
   */
  parseSpans(target: KEl, stop?: RegExp, only?: readonly SpanConstruct[], textType = this.textType, accept?: () => boolean): boolean {
    const savedTree = this.tree;
    const savedType = this.textType;
    if (this.tree) this.stack.push(this.tree);
    this.tree = target;
    this.textType = textType;
    const spans = only ?? this.grammar.spans;
    const used = this.grammar.spanRegexps(spans, stop);
    const dispatch = this.grammar.spanDispatch?.(spans);
    let stopFound = false;
    const src = this.src;
    if (++this.depth > MAX_SPAN_DEPTH) {
      // inside a span that waits for its end (an element, a link, an emphasis) the rest cannot
      // be kept as text: it would be lost. kramdown recurses the same way (Parser::Kramdown#parse_spans)
      // and stops with Ruby's "stack level too deep" somewhat deeper; a clear error, as for blocks
      if (stop) {
        const at = src.line;
        throw new KyllError('MARKDOWN_ERROR',
          `Markdown nested too deeply (over ${MAX_SPAN_DEPTH} levels of HTML elements, links or emphasis) on line ${at}`,
          { line: at },
          { hint: 'kramdown parses each level inside the one around it, so such nesting overflows its stack ("stack level too deep"): flatten it' });
      }
      this.addText(src.rest);
      src.terminate();
    }
    while (!src.eos && !stopFound) {
      const result = src.scanUntil(used);
      if (result === null) {
        if (!stop) {
          this.addText(src.rest);
          src.terminate();
        }
        break;
      }
      this.addText(result);
      if (stop && src.check(stop)) stopFound = accept ? accept() : true;
      let processed = false;
      if (!stopFound) {
        // (the slow path, which the tests compare with, tries every construct)
        for (const s of dispatch === undefined ? spans : dispatch(src.str, src.pos)) {
          if ((dispatch === undefined || s.quick === undefined || s.quick(src.str, src.pos)) && src.test(s.start)) {
            s.parse(this);
            processed = true;
            break;
          }
        }
        if (!processed) this.addText(src.getch());
      }
    }
    this.depth--;
    this.tree = savedTree;
    this.textType = savedType;
    if (savedTree) this.stack.pop();
    return stopFound;
  }

  /** add_text (kramdown/parser/base.rb): appends to the last text child or adds one. */
  addText(text: string, tree: KEl = this.tree, type: string = this.textType): void {
    const last = tree.children[tree.children.length - 1];
    if (last && last.type === type) last.value += text;
    else if (text.length > 0) {
      const location = (last && last.options.location) || tree.options.location;
      tree.children.push(el(type, text, null, location ? { location } : undefined));
    }
  }

  /** new_block_el: a block element that takes the pending block IAL. */
  newBlock(type: string, value: any = null, attr?: Attr | null, options?: Record<string, any>): KEl {
    const e = el(type, value, attr, options);
    e.options.location ??= this.src.line;
    if (this.blockIal) {
      e.options.ial = this.blockIal;
      this.blockIal = null;
    }
    return e;
  }

  /** Runs `fn` with a fresh source (its first line `line`) and text type, restoring the environment after. */
  withSource<T>(text: string, textType: string, fn: () => T, line = 1): T {
    const saved = [this.src, this.tree, this.blockIal, this.stack, this.textType] as const;
    this.src = new Scanner(text, line);
    this.stack = [];
    this.textType = textType;
    try {
      return fn();
    } finally {
      [this.src, this.tree, this.blockIal, this.stack, this.textType] = saved as unknown as [Scanner, KEl, Ial | null, KEl[], string];
    }
  }

  /** Spends backtracking budget; false once it is gone (then constructs give up early). */
  spend(chars: number): boolean {
    this.budget -= chars;
    return this.budget > 0;
  }
}
