// `![` opens an image only when no `^` follows it: cmark-gfm's inline parser (inlines.c, case
// '!') pushes no image bracket before `[^`, footnotes or not, so `![^1](/u)` is a `!` and a link
// whose text is `^1`. micromark's image start, refused there.
import type { Construct, Extension } from 'micromark-util-types';
import { labelStartImage } from 'micromark-core-commonmark';

const BANG = 33, LEFT_BRACKET = 91, CARET = 94;

// `![^` (a check: nothing is kept).
const bangCaret: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const caret = (code: number | null) => {
      if (code !== CARET) return nok(code);
      effects.consume(code);
      effects.exit('data');
      return ok;
    };
    const bracket = (code: number | null) => {
      if (code !== LEFT_BRACKET) return nok(code);
      effects.consume(code);
      return caret;
    };
    return (code) => {
      effects.enter('data');
      effects.consume(code);
      return bracket;
    };
  },
};

const imageStart: Construct = {
  ...labelStartImage,
  name: 'cmarkLabelStartImage',
  tokenize(effects, ok, nok) {
    return effects.check(bangCaret, nok, labelStartImage.tokenize.call(this, effects, ok, nok));
  },
};

export const cmarkImageStart: Extension = { disable: { null: ['labelStartImage'] }, text: { [BANG]: imageStart } };
