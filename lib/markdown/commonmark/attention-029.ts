// Emphasis delimiters (`*`, `_`) as cmark-gfm 0.29 (commonmarker 0.23.6, inlines.c#scan_delims)
// decides whether a run can open or close: its neighbours are punctuation when ASCII punctuation
// or a Unicode punctuation (P*) character, so a currency or other symbol (£ € ¢, S*) is not, as
// CommonMark 0.31 and micromark make it (`*£*a` is emphasis for cmark). The run's tokens stay
// micromark's; they are paired as cmark pairs them (delimiters-029.ts). With the
// `strikethrough` extension cmark-gfm also walks over `~` to find the characters around a run
// (scan_delims skips the extension's characters), so `_a_~b` is no emphasis: `b` follows it.
import type { Code, Construct, Extension, State, Token, TokenizeContext } from 'micromark-util-types';
import { resolveDelimiters029 } from './delimiters-029.js';
import { isKeptByte } from './kept-bytes.js';

const STAR = 42, UNDERSCORE = 95, TILDE = 126;
const WHITESPACE = 1;
export const PUNCTUATION = 2;

// Built when first used: V8 checks a \p{...} literal as it parses the bundle.
let spaceRe: RegExp | undefined, punctuationRe: RegExp | undefined;
const SPACE = (): RegExp => (spaceRe ??= new RegExp(String.raw`[\t\n\f\r\p{Zs}]`, 'u'));
const PUNCT = (): RegExp => (punctuationRe ??= new RegExp(String.raw`\p{P}`, 'u'));

// micromark's codes: -5..-3 line endings, -2 a tab, -1 a tab's virtual spaces.
export function classify029(code: Code): number | undefined {
  // (a byte that is not UTF-8, kept-bytes.ts: utf8proc_iterate fails and scan_delims takes a line end)
  if (code === null || code < 0 || code === 32 || isKeptByte(code)) return WHITESPACE;
  const ch = String.fromCodePoint(code);
  if (SPACE().test(ch)) return WHITESPACE;
  if (code < 128) return /[!-/:-@[-`{-~]/.test(ch) ? PUNCTUATION : undefined;
  return PUNCT().test(ch) ? PUNCTUATION : undefined;
}

// The code after the `~` run the tokenizer is at (a check: nothing is kept).
function afterTildes(found: (code: Code) => void): Construct {
  return {
    partial: true,
    tokenize(effects, ok) {
      const skip: State = (code) => {
        if (code === TILDE) {
          effects.consume(code);
          return skip;
        }
        found(code);
        effects.exit('data');
        return ok(code);
      };
      return (code) => {
        effects.enter('data');
        return skip(code);
      };
    },
  };
}

// The code point before where the tokenizer is, in the text it tokenizes (cmark's subject: the
// paragraph's inlines), past a run of `~` when `skipTildes`; null at its start. micromark's
// `previous` is a UTF-16 unit: an astral character's low surrogate (U+DC80-U+DCFF for one in
// eight, 💯 or 𝒳) would pass for a kept byte (a line end to scan_delims).
export function codeBefore(context: TokenizeContext, skipTildes: boolean): Code {
  const previous = context.previous;
  if (!(skipTildes && previous === TILDE) && (previous === null || previous < 0xdc00 || previous > 0xdfff)) return previous;
  const now = context.now();
  // (a start inside the current chunk is sliced from its offset, one before it from its beginning)
  const chunks = context.sliceStream({ start: { ...now, _index: 0, _bufferIndex: now._index === 0 ? 0 : -1 }, end: now });
  for (let i = chunks.length - 1; i >= 0; i--) {
    const chunk = chunks[i]!;
    if (typeof chunk !== 'string') return chunk;
    for (let k = chunk.length - 1; k >= 0; k--) {
      if (skipTildes && chunk[k] === '~') continue;
      return k > 0 && /[\udc00-\udfff]/.test(chunk[k]!) && /[\ud800-\udbff]/.test(chunk[k - 1]!) ? chunk.codePointAt(k - 1)! : chunk.charCodeAt(k);
    }
  }
  return null;
}

function cmarkAttention(skipTildes: boolean): Construct {
  return {
    name: 'cmarkAttention',
    resolveAll: resolveDelimiters029,
    tokenize(effects, ok) {
      const previous = codeBefore(this, skipTildes);
      const before = classify029(previous);
      let marker: Code = null;
      let token: Token;
      const flank = (next: Code, code: Code): State | undefined => {
        const after = classify029(next);
        const open = !after || (after === PUNCTUATION && before);
        const close = !before || (before === PUNCTUATION && after);
        token._open = Boolean(marker === STAR ? open : open && (before || !close));
        token._close = Boolean(marker === STAR ? close : close && (after || !open));
        return ok(code);
      };
      const inside: State = (code) => {
        if (code === marker) {
          effects.consume(code);
          return inside;
        }
        token = effects.exit('attentionSequence');
        if (skipTildes && code === TILDE) {
          let next: Code = null;
          return effects.check(afterTildes((c) => (next = c)), () => flank(next, code), () => flank(code, code))(code);
        }
        return flank(code, code);
      };
      return (code) => {
        marker = code;
        effects.enter('attentionSequence');
        return inside(code);
      };
    },
  };
}

/** `strikethrough`: `~` is skipped when looking at a run's neighbours, as cmark-gfm does with the extension. */
export function cmarkAttention029(strikethrough: boolean): Extension {
  const construct = cmarkAttention(strikethrough);
  return { disable: { null: ['attention'] }, text: { [STAR]: construct, [UNDERSCORE]: construct }, insideSpan: { null: [construct] } };
}
