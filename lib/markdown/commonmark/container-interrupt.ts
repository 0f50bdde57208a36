// A container opened on a paragraph's next line closes that paragraph, so what opens inside it
// interrupts nothing: cmark (blocks.c, open_new_blocks) asks whether a list may interrupt a
// paragraph only of the block it is opened in, so `x\n> 2)` is a list starting at 2 in the quote.
// micromark keeps the document's `interrupt` flag set for the containers after the first and
// refuses there what may not interrupt a paragraph (an empty item, a number other than 1).
// It also sets the flag after indented code, which cmark's rule (a paragraph only) leaves alone:
// `    code\n2. a` is a list. Block quotes and lists as micromark's own, the flag cleared there.
import type { Construct, Event, Extension, TokenizeContext } from 'micromark-util-types';
import { blockQuote, list } from 'micromark-core-commonmark';

function clearingInterrupt(construct: Construct): Construct {
  return {
    ...construct,
    add: 'before',
    tokenize(effects, ok, nok) {
      // Only a paragraph is interrupted: after indented code micromark sets the flag as well.
      if (this.interrupt && lastFlow(this.events)?.currentConstruct?.name === 'codeIndented') this.interrupt = undefined;
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

// The flow tokenizer of the document's last line (document.js hands it to each chunk it writes).
function lastFlow(events: Event[]): TokenizeContext | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const token = events[i]![1] as Event[1] & { _tokenizer?: TokenizeContext };
    if (token.type === 'chunkFlow') return token._tokenizer;
  }
  return undefined;
}

const LIST_MARKERS = [42, 43, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

/** `listConstruct`: micromark's list, or one reading task list boxes (task-box-alone.ts). */
export function cmarkContainerInterrupt(listConstruct: Construct = list): Extension {
  const document: Record<number, Construct> = { 62: clearingInterrupt(blockQuote) };
  const item = clearingInterrupt(listConstruct);
  for (const code of LIST_MARKERS) document[code] = item;
  return { document };
}
