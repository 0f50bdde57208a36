// A container opened on a paragraph's next line closes that paragraph, so what opens inside it
// interrupts nothing: cmark (blocks.c, open_new_blocks) asks whether a list may interrupt a
// paragraph only of the block it is opened in, so `x\n> 2)` is a list starting at 2 in the quote.
// micromark keeps the document's `interrupt` flag set for the containers after the first and
// refuses there what may not interrupt a paragraph (an empty item, a number other than 1).
// Block quotes and lists as micromark's own, clearing the flag once one is open.
import type { Construct, Extension } from 'micromark-util-types';
import { blockQuote, list } from 'micromark-core-commonmark';

function clearingInterrupt(construct: Construct): Construct {
  return {
    ...construct,
    add: 'before',
    tokenize(effects, ok, nok) {
      return construct.tokenize.call(
        this,
        effects,
        (code) => {
          this.interrupt = undefined;
          return ok(code);
        },
        nok,
      );
    },
  };
}

const LIST_MARKERS = [42, 43, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

export function cmarkContainerInterrupt(): Extension {
  const document: Record<number, Construct> = { 62: clearingInterrupt(blockQuote) };
  const item = clearingInterrupt(list);
  for (const code of LIST_MARKERS) document[code] = item;
  return { document };
}
