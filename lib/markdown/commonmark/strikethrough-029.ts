// The `strikethrough` extension's `~` runs as cmark-gfm 0.29 reads them (extensions/strikethrough.c
// match, inlines.c cmark_inline_parser_scan_delimiters): a run of one or two can open when
// left-flanking and close when right-flanking, its neighbours punctuation only when ASCII or
// Unicode P* punctuation (as for `*`); longer runs are text. They are paired in one stack with
// `*` and `_` (delimiters-029.ts); mdast-util-gfm-strikethrough makes the `delete` nodes.
import type { Code, Construct, Extension, State } from 'micromark-util-types';
import type {} from 'micromark-extension-gfm-strikethrough';
import { classify029, codeBefore, PUNCTUATION } from './attention-029.js';
import { resolveDelimiters029, STRIKE_TEMPORARY } from './delimiters-029.js';

const TILDE = 126;

// STRIKETHROUGH_DOUBLE_TILDE (a parse option): strikethrough.c pushes a run of one `~` as a
// delimiter only without it; the run stays text.
function strikethroughConstruct(doubleTilde: boolean): Construct {
  return {
    name: 'strikethrough',
    resolveAll: resolveDelimiters029,
    tokenize(effects, ok, nok) {
      const previous = this.previous;
      const before = classify029(codeBefore(this, false));
      const events = this.events;
      let size = 0;
      const more: State = (code: Code) => {
        if (code === TILDE) {
          effects.consume(code);
          size++;
          return more;
        }
        if (size > 2 || (doubleTilde && size === 1)) return nok(code);
        const token = effects.exit(STRIKE_TEMPORARY);
        const after = classify029(code);
        token._open = !after || (after === PUNCTUATION && Boolean(before));
        token._close = !before || (before === PUNCTUATION && Boolean(after));
        return ok(code);
      };
      return (code) => {
        // inside a run that began before (an escaped `\~` before it is no part of it)
        if (previous === TILDE && events.at(-1)?.[1].type !== 'characterEscape') return nok(code);
        effects.enter(STRIKE_TEMPORARY);
        return more(code);
      };
    },
  };
}

/** `~` and `~~` as delimiters of cmark-gfm's stack (`~~` only with STRIKETHROUGH_DOUBLE_TILDE). */
export function cmarkStrikethrough029(doubleTilde = false): Extension {
  const strikethrough = strikethroughConstruct(doubleTilde);
  return { text: { [TILDE]: strikethrough }, insideSpan: { null: [strikethrough] } };
}
