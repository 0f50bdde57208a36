// The start of a footnote definition as cmark-gfm 0.29 scans it (scanners.re
// `footnote_definition`: `[^`, one or more characters other than `]`, a space, a tab or a line
// ending, then `]:` and spaces or tabs). A `[` is one of those characters (`[^[]: x` is a note
// no reference can reach) and a backslash escapes nothing (`[^\]]: x` is no note, so a link
// reference definition); micromark-extension-gfm-footnote refuses the first and reads the second
// as an escaped `]`. Its tokens, continuation and end stay the extension's.
//
// A reference `[^label]` right before `(` or `[` is left to micromark's label end: cmark
// (inlines.c handle_close_bracket) tries an inline link and a reference link before a note, so
// `[^1](/u)` and `[^1][ref]` with `ref` defined are links whose text is `^1`; when neither
// closes, footnote-literal.ts reads the note's reference after all.
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { isKeptByteCode } from './kept-bytes.js';

const LEFT_BRACKET = 91, RIGHT_BRACKET = 93, CARET = 94, COLON = 58;
// micromark's codes below 0 are line endings and tabs; null is the end.
const endsLabel = (code: Code): boolean => code === null || code < 0 || code === 9 || code === 10 || code === 13 || code === 32 || code === 0;

function tokenizeStart(this: TokenizeContext, effects: Parameters<Construct['tokenize']>[0], opened: State, nok: State): State {
  const self = this as TokenizeContext & { parser: { gfmFootnotes?: string[] } };
  // The note closes the paragraph it follows, so what opens in it interrupts nothing (`x\n[^n]: 2) y`
  // is a list starting at 2): micromark would keep its document's `interrupt` flag set (as
  // container-interrupt.ts clears it for block quotes and lists).
  const ok: State = (code) => {
    self.interrupt = undefined;
    return opened(code);
  };
  const defined = (self.parser.gfmFootnotes ??= []);
  let size = 0;
  let previous: Code = null;
  let identifier = '';

  // micromark's factorySpace: the spaces and tabs after `:`, as one token.
  const whitespace: State = (code) => {
    if (code === -2 || code === -1 || code === 32) {
      effects.consume(code);
      return whitespace;
    }
    effects.exit('gfmFootnoteDefinitionWhitespace');
    return ok(code);
  };
  const whitespaceAfter: State = (code) => {
    if (code !== -2 && code !== -1 && code !== 32) return ok(code);
    effects.enter('gfmFootnoteDefinitionWhitespace');
    return whitespace(code);
  };
  const labelAfter: State = (code) => {
    if (code !== COLON) return nok(code);
    effects.enter('definitionMarker');
    effects.consume(code);
    effects.exit('definitionMarker');
    if (!defined.includes(identifier)) defined.push(identifier);
    return whitespaceAfter;
  };
  const labelInside: State = (code) => {
    if (code === RIGHT_BRACKET && size > 0) {
      effects.exit('chunkString');
      const token = effects.exit('gfmFootnoteDefinitionLabelString');
      // micromark's normalizeIdentifier: the label holds no white space to collapse
      identifier = self.sliceSerialize(token).toLowerCase().toUpperCase();
      effects.enter('gfmFootnoteDefinitionLabelMarker');
      effects.consume(code);
      effects.exit('gfmFootnoteDefinitionLabelMarker');
      effects.exit('gfmFootnoteDefinitionLabel');
      return labelAfter;
    }
    // ...scanned as UTF-8 (re2c -8): a byte that is not UTF-8 (kept-bytes.ts) ends it too
    if (code === RIGHT_BRACKET || endsLabel(code) || isKeptByteCode(code, previous)) return nok(code);
    size++;
    previous = code;
    effects.consume(code);
    return labelInside;
  };
  const atCaret: State = (code) => {
    if (code !== CARET) return nok(code);
    effects.enter('gfmFootnoteDefinitionMarker');
    effects.consume(code);
    effects.exit('gfmFootnoteDefinitionMarker');
    effects.enter('gfmFootnoteDefinitionLabelString');
    effects.enter('chunkString').contentType = 'string';
    return labelInside;
  };
  return (code) => {
    if (code !== LEFT_BRACKET) return nok(code);
    effects.enter('gfmFootnoteDefinition')._container = true;
    effects.enter('gfmFootnoteDefinitionLabel');
    effects.enter('gfmFootnoteDefinitionLabelMarker');
    effects.consume(code);
    effects.exit('gfmFootnoteDefinitionLabelMarker');
    return atCaret;
  };
}

const LEFT_PAREN = 40;

// The call, only when no `(` or `[` follows it.
function callNotBeforeLink(call: Construct): Construct {
  const followed: Construct = {
    partial: true,
    tokenize(effects, ok, nok) {
      return call.tokenize.call(this, effects, (code) => (code === LEFT_PAREN || code === LEFT_BRACKET ? ok(code) : nok(code)), nok);
    },
  };
  return {
    ...call,
    tokenize(effects, ok, nok) {
      return effects.check(followed, nok, call.tokenize.call(this, effects, ok, nok));
    },
  };
}

// A line of white space only, at least four columns of it (a note goes on over such a line).
const indentedBlank: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    // (micromark splits a tab into -2 and the virtual spaces -1 up to its stop: one column each)
    let columns = 0;
    const inside: State = (code) => {
      if (code === 32 || code === -1 || code === -2 || code === 9) {
        columns++;
        effects.consume(code);
        return inside;
      }
      if (code !== null && code >= -2 && code !== 10 && code !== 13) return nok(code);
      effects.exit('linePrefix');
      return columns >= 4 ? ok(code) : nok(code);
    };
    return (code) => {
      effects.enter('linePrefix');
      return inside(code);
    };
  },
};

/**
 * The note's continuation as cmark-gfm 0.29 decides it (blocks.c, parse_footnote_definition_block_prefix):
 * four columns of indent, or a line whose very first character is its line ending. It looks at the
 * line's first character, not at where the containers around the note left it: a blank line in a
 * block quote (`>`) or of spaces only, less than four, ends the note.
 */
function cmarkContinuation(continuation: Construct): Construct {
  return {
    ...continuation,
    tokenize(effects, ok, nok) {
      const self = this;
      const original = continuation.tokenize.call(this, effects, ok, nok);
      return (code) => {
        if (code === null || code === -5 || code === -4 || code === -3 || code === 10 || code === 13) return self.now().column === 1 ? ok(code) : nok(code);
        if (code === 32 || code === -1 || code === -2 || code === 9) return effects.check(indentedBlank, ok, (c: Code) => effects.check(blankRest, nok, original)(c))(code);
        return original(code);
      };
    },
  };
}

// The rest of the line is white space.
const blankRest: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const inside: State = (code) => {
      if (code === 32 || code === -1 || code === -2 || code === 9) {
        effects.consume(code);
        return inside;
      }
      if (code !== null && code >= -2 && code !== 10 && code !== 13) return nok(code);
      effects.exit('linePrefix');
      return ok(code);
    };
    return (code) => {
      effects.enter('linePrefix');
      return inside(code);
    };
  },
};

/** micromark-extension-gfm-footnote with cmark's scan of a definition's label and order of a reference's readings. */
export function cmarkGfmFootnote(): Extension {
  const extension = gfmFootnote();
  const definition = (extension.document as Record<number, Construct>)[LEFT_BRACKET]!;
  const text = extension.text as Record<number, Construct>;
  return {
    ...extension,
    document: { [LEFT_BRACKET]: { ...definition, name: 'cmarkFootnoteDefinition', tokenize: tokenizeStart, continuation: cmarkContinuation(definition.continuation as Construct) } },
    text: { ...text, [LEFT_BRACKET]: callNotBeforeLink(text[LEFT_BRACKET]!) },
  };
}
