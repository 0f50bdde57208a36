// What kramdown's HTML converter remembers while it writes one document
// (kramdown/converter/html.rb initialize): footnotes, TOC entries, used ids.
import type { Element, ElementContent } from 'hast';
import type { State } from 'mdast-util-to-hast';
import type { KramdownOptions } from '../options.js';
import type { Highlighter, KdFootnoteReference } from '../types.js';

export interface FootnoteEntry {
  readonly name: string;
  readonly node: KdFootnoteReference;
  readonly number: number;
  repeat: number;
}

export interface ConvertState {
  readonly o: KramdownOptions;
  readonly highlight: Highlighter;
  readonly footnotes: FootnoteEntry[];
  readonly footnotesByName: Map<string, FootnoteEntry>;
  footnoteCounter: number;
  readonly toc: Array<[number, string, ElementContent[]]>;
  readonly usedIds: Map<string, number>;
  tocPlaceholder: Element | null;
  footnotePlaceholder: Element | null;
  abbrevDefs: ReadonlyMap<string, { title: string; attr: Record<string, string> }>;
}

export interface HandlerConfig {
  readonly options: KramdownOptions;
  readonly highlight: Highlighter;
}

// Kept on the bridge's state object itself (ours or remark-rehype's, a fresh one per
// document): a WeakMap entry per document cost more than the rest of a short conversion.
const KD = Symbol('kramdown');
type WithKd = State & { [KD]?: ConvertState };

export function initState(state: State, config: HandlerConfig, o: KramdownOptions): ConvertState {
  const s: ConvertState = {
    o,
    highlight: config.highlight,
    footnotes: [],
    footnotesByName: new Map(),
    footnoteCounter: o.footnote_nr,
    toc: [],
    usedIds: new Map(),
    tocPlaceholder: null,
    footnotePlaceholder: null,
    abbrevDefs: new Map(),
  };
  (state as WithKd)[KD] = s;
  return s;
}

export function kd(state: State, config: HandlerConfig): ConvertState {
  return (state as WithKd)[KD] ?? initState(state, config, config.options);
}
