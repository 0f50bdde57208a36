// Code spans as cmark-gfm 0.29 finds their closers (inlines.c scan_to_closing_backticks): while
// it scans for a closer it notes where the last run of each length starts, and once one scan
// has reached the end of the paragraph (an opener with no closer) it believes those notes: an
// opener whose length was last seen at or before it has no closer. A later span that closes
// moves the note for its length back to its closer, so after `` `` `` with no closer, the second
// of `` `a` `b` `` is text. micromark scans each opener to the end; the tokens are its own.
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codeText } from 'micromark-core-commonmark';

const GRAVE = 96, SPACE = 32;
// inlines.c MAXBACKTICKS: longer runs open nothing.
const MAX_BACKTICKS = 1000;

/** A paragraph's subject->backticks and scanned_for_backticks. */
interface Scanned {
  readonly lastRun: Map<number, number>;
  scanned: boolean;
}

// One per inline text (a paragraph, heading or cell: one tokenizer's events).
const subjects = new WeakMap<object, Scanned>();
function subject(context: TokenizeContext): Scanned {
  let s = subjects.get(context.events);
  if (!s) subjects.set(context.events, (s = { lastRun: new Map(), scanned: false }));
  return s;
}

const lineEnding = (code: Code): boolean => code !== null && code < -2;

const cmarkCodeText: Construct = {
  name: 'cmarkCodeText',
  previous: codeText.previous,
  resolve: codeText.resolve,
  tokenize(effects, ok, nok) {
    const self = this;
    const state = subject(self);
    let sizeOpen = 0;
    let size = 0;
    let runStart = 0;
    let token: ReturnType<typeof effects.enter>;

    const sequenceOpen: State = (code) => {
      if (code === GRAVE) {
        effects.consume(code);
        sizeOpen++;
        return sequenceOpen;
      }
      effects.exit('codeTextSequence');
      const known = state.lastRun.get(sizeOpen);
      if (sizeOpen > MAX_BACKTICKS || (state.scanned && known !== undefined && known <= self.now().offset)) return nok(code);
      return between(code);
    };
    const between: State = (code) => {
      if (code === null) {
        state.scanned = true;
        return nok(code);
      }
      if (code === SPACE) {
        effects.enter('space');
        effects.consume(code);
        effects.exit('space');
        return between;
      }
      if (code === GRAVE) {
        runStart = self.now().offset;
        token = effects.enter('codeTextSequence');
        size = 0;
        return sequenceClose(code);
      }
      if (lineEnding(code)) {
        effects.enter('lineEnding');
        effects.consume(code);
        effects.exit('lineEnding');
        return between;
      }
      effects.enter('codeTextData');
      return data(code);
    };
    const data: State = (code) => {
      if (code === null || code === SPACE || code === GRAVE || lineEnding(code)) {
        effects.exit('codeTextData');
        return between(code);
      }
      effects.consume(code);
      return data;
    };
    const sequenceClose: State = (code) => {
      if (code === GRAVE) {
        effects.consume(code);
        size++;
        return sequenceClose;
      }
      if (size <= MAX_BACKTICKS) state.lastRun.set(size, runStart);
      if (size === sizeOpen) {
        effects.exit('codeTextSequence');
        effects.exit('codeText');
        return ok(code);
      }
      token.type = 'codeTextData';
      return data(code);
    };
    return (code) => {
      effects.enter('codeText');
      effects.enter('codeTextSequence');
      return sequenceOpen(code);
    };
  },
};

/** Code spans with cmark 0.29's closer scan. */
export const cmarkCodeText029: Extension = { disable: { null: ['codeText'] }, text: { [GRAVE]: cmarkCodeText } };
