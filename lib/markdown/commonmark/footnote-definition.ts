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

const LEFT_BRACKET = 91, RIGHT_BRACKET = 93, CARET = 94, COLON = 58;
// micromark's codes below 0 are line endings and tabs; null is the end.
const endsLabel = (code: Code): boolean => code === null || code < 0 || code === 9 || code === 10 || code === 13 || code === 32 || code === 0;

function tokenizeStart(this: TokenizeContext, effects: Parameters<Construct['tokenize']>[0], ok: State, nok: State): State {
  const self = this as TokenizeContext & { parser: { gfmFootnotes?: string[] } };
  const defined = (self.parser.gfmFootnotes ??= []);
  let size = 0;
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
    if (code === RIGHT_BRACKET || endsLabel(code)) return nok(code);
    size++;
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

/** micromark-extension-gfm-footnote with cmark's scan of a definition's label and order of a reference's readings. */
export function cmarkGfmFootnote(): Extension {
  const extension = gfmFootnote();
  const definition = (extension.document as Record<number, Construct>)[LEFT_BRACKET]!;
  const text = extension.text as Record<number, Construct>;
  return {
    ...extension,
    document: { [LEFT_BRACKET]: { ...definition, name: 'cmarkFootnoteDefinition', tokenize: tokenizeStart } },
    text: { ...text, [LEFT_BRACKET]: callNotBeforeLink(text[LEFT_BRACKET]!) },
  };
}
