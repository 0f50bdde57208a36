// GFM tables as cmark-gfm reads their body rows (table.c, row_from_string): a line that is a
// lone `|` (spaces around it) has no cell, so it is no row and ends the table; the line starts
// a paragraph instead. micromark makes it a row of empty cells. The table's tokens and resolver
// stay micromark-extension-gfm-table's; only such a body row is refused.
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { gfmTable } from 'micromark-extension-gfm-table';

const BAR = 124;
const isSpace = (code: Code): boolean => code === 32 || code === -2 || code === -1 || code === 9;
const isLineEnd = (code: Code): boolean => code === null || code === -5 || code === -4 || code === -3 || code === 10 || code === 13;

// `|`, then only spaces to the end of the line (a check: nothing is kept).
const loneBar: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const after: State = (code) => {
      if (isSpace(code)) {
        effects.consume(code);
        return after;
      }
      effects.exit('data');
      return isLineEnd(code) ? ok(code) : nok(code);
    };
    return (code) => {
      if (code !== BAR) return nok(code);
      effects.enter('data');
      effects.consume(code);
      return after;
    };
  },
};

// As the table tokenizer decides it: the last token before the line's prefix is the table's head or a row.
function inTable(self: TokenizeContext): boolean {
  for (let i = self.events.length - 1; i >= 0; i--) {
    const type = self.events[i][1].type;
    if (type === 'lineEnding' || type === 'linePrefix') continue;
    return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

export function cmarkGfmTable(): Extension {
  const table = (gfmTable().flow as Record<string, Construct>)['null'];
  return {
    flow: {
      null: {
        ...table,
        tokenize(this: TokenizeContext, effects, ok, nok) {
          const row = table.tokenize.call(this, effects, ok, nok);
          return (code) => (inTable(this) ? effects.check(loneBar, nok, row)(code) : row(code));
        },
      },
    },
  };
}
