// Emphasis delimiters (`*`, `_`) as cmark-gfm 0.29 (commonmarker 0.23.6, inlines.c#scan_delims)
// decides whether a run can open or close: its neighbours are punctuation when ASCII punctuation
// or a Unicode punctuation (P*) character, so a currency or other symbol (£ € ¢, S*) is not, as
// CommonMark 0.31 and micromark make it (`*£*a` is emphasis for cmark). The run's tokens and the
// pairing (attention's resolveAll) stay micromark's; only the flanking test differs.
import type { Code, Construct, Extension, State } from 'micromark-util-types';
import { attention } from 'micromark-core-commonmark';

const STAR = 42, UNDERSCORE = 95;
const WHITESPACE = 1, PUNCTUATION = 2;

// Built when first used: V8 checks a \p{...} literal as it parses the bundle.
let spaceRe: RegExp | undefined, punctuationRe: RegExp | undefined;
const SPACE = (): RegExp => (spaceRe ??= new RegExp(String.raw`[\t\n\f\r\p{Zs}]`, 'u'));
const PUNCT = (): RegExp => (punctuationRe ??= new RegExp(String.raw`\p{P}`, 'u'));

// micromark's codes: -5..-3 line endings, -2 a tab, -1 a tab's virtual spaces.
function classify(code: Code): number | undefined {
  if (code === null || code < 0 || code === 32) return WHITESPACE;
  const ch = String.fromCodePoint(code);
  if (SPACE().test(ch)) return WHITESPACE;
  if (code < 128) return /[!-/:-@[-`{-~]/.test(ch) ? PUNCTUATION : undefined;
  return PUNCT().test(ch) ? PUNCTUATION : undefined;
}

const cmarkAttention: Construct = {
  name: 'cmarkAttention',
  resolveAll: attention.resolveAll,
  tokenize(effects, ok) {
    const markers = this.parser.constructs.attentionMarkers.null ?? [];
    const previous = this.previous;
    const before = classify(previous);
    let marker: Code = null;
    const inside: State = (code) => {
      if (code === marker) {
        effects.consume(code);
        return inside;
      }
      const token = effects.exit('attentionSequence');
      const after = classify(code);
      // micromark's loosening for other constructs' markers (GFM's `~`), kept.
      const open = !after || (after === PUNCTUATION && before) || (markers.includes(code) && code !== STAR && code !== UNDERSCORE);
      const close = !before || (before === PUNCTUATION && after) || (markers.includes(previous) && previous !== STAR && previous !== UNDERSCORE);
      token._open = Boolean(marker === STAR ? open : open && (before || !close));
      token._close = Boolean(marker === STAR ? close : close && (after || !open));
      return ok(code);
    };
    return (code) => {
      marker = code;
      effects.enter('attentionSequence');
      return inside(code);
    };
  },
};

export const cmarkAttention029: Extension = { disable: { null: ['attention'] }, text: { [STAR]: cmarkAttention, [UNDERSCORE]: cmarkAttention } };
