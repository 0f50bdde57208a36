// A setext underline of `-` right after a paragraph of link reference definitions only
// (`[a]: /u\n---`): cmark 0.29 (blocks.c, open_new_blocks) takes the definitions out when it meets
// the underline and, the paragraph left empty, makes no heading; the line then goes on as the
// paragraph's text (the thematic break is the next branch of the same test, not tried), so it is
// `<p>---</p>`. micromark refuses the underline after definitions and makes the line a thematic
// break; tried before that, such a line starts micromark's content here (a paragraph, read on as
// its lines go). The break itself stays enabled: the list construct checks it by name.
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { content } from 'micromark-core-commonmark';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';

const DASH = 45;

// As micromark's setextUnderline looks back: the block before, past line endings and prefixes.
function afterDefinition(self: TokenizeContext): boolean {
  for (let i = self.events.length - 1; i >= 0; i--) {
    const type = self.events[i]![1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix' && type !== 'content') return type === 'definition';
  }
  return false;
}

// `-`s, then only spaces or tabs to the line's end (a check: nothing is kept).
const dashLine: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const after: State = (code) => {
      if (markdownSpace(code)) {
        effects.consume(code);
        return after;
      }
      effects.exit('data');
      return code === null || markdownLineEnding(code) ? ok(code) : nok(code);
    };
    const dashes: State = (code) => {
      if (code !== DASH) return after(code);
      effects.consume(code);
      return dashes;
    };
    return (code: Code) => {
      effects.enter('data');
      return dashes(code);
    };
  },
};

const underlineText: Construct = {
  ...content,
  name: 'cmarkDefinitionUnderlineText',
  add: 'before',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const self = this;
    const text = content.tokenize.call(this, effects, ok, nok);
    return (code) => (code === DASH && !self.interrupt && !self.parser.lazy[self.now().line] && afterDefinition(self) ? effects.check(dashLine, text, nok)(code) : nok(code));
  },
};

export const cmarkDefinitionUnderline: Extension = { flow: { [DASH]: underlineText } };
