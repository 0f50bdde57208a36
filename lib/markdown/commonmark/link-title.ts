// Link titles as cmark 0.29 scans them (scanners.re, link_title): `"` or `'`, then any characters
// but that quote (a backslash escape may hold it), then the quote; or `(`, then any characters but
// `(` and `)` (escapes may hold them), then `)`; the scanner takes the longest such run. So a quote
// that a backslash comes just before may end the title as well as be escaped: `[a](b "t\")` is a
// link titled `t\` (no quote comes later); `[a](b "x\\" y")` one titled `x\" y` (the quote after
// `\\` goes on to the later one); and `[a](b (x(y)))` is no link. micromark's factoryTitle pairs
// backslashes from the left, so `\"` never ends its title, and lets `(` into a parenthesized one.
// The tokens are factoryTitle's; the title's text is read from them as micromark reads it.
import type { Code, Construct, Effects, Extension, State, TokenType } from 'micromark-util-types';
import { factorySpace } from 'micromark-factory-space';
import { factoryDestination } from 'micromark-factory-destination';
import { factoryWhitespace } from 'micromark-factory-whitespace';
import { labelEnd } from 'micromark-core-commonmark';
import { markdownLineEnding, markdownLineEndingOrSpace } from 'micromark-util-character';

const QUOTE = 34, APOSTROPHE = 39, LEFT_PAREN = 40, RIGHT_PAREN = 41, BACKSLASH = 92;

// Whether the title can go on past a closing mark that a backslash precedes: another closing mark
// comes later in the text, with no `(` between that no backslash precedes (in parentheses).
function laterClose(close: number): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let escaped = false;
      const scan: State = (code) => {
        if (code === null) return nok(code);
        if (code === close) return ok(code);
        if (close === RIGHT_PAREN && code === LEFT_PAREN && !escaped) return nok(code);
        escaped = code === BACKSLASH;
        effects.consume(code);
        return scan;
      };
      // (from the closing mark in question, after it)
      return (code) => {
        effects.enter('data');
        effects.consume(code);
        return scan;
      };
    },
  };
}
const LATER = new Map<number, Construct>([QUOTE, APOSTROPHE, RIGHT_PAREN].map((c) => [c, laterClose(c)]));

/** micromark's factoryTitle, ending and refusing where cmark 0.29's scanner does (above). */
export function cmarkFactoryTitle(effects: Effects, ok: State, nok: State, type: TokenType, markerType: TokenType, stringType: TokenType): State {
  let close = 0;
  const begin: State = (code) => {
    if (code === close) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok;
    }
    effects.enter(stringType);
    return atBreak(code);
  };
  const atBreak: State = (code) => {
    if (code === close) {
      effects.exit(stringType);
      return begin(code);
    }
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return factorySpace(effects, atBreak, 'linePrefix');
    }
    effects.enter('chunkString', { contentType: 'string' });
    return inside(code);
  };
  const inside: State = (code) => {
    if (code === close || code === null || markdownLineEnding(code)) {
      effects.exit('chunkString');
      return atBreak(code);
    }
    if (close === RIGHT_PAREN && code === LEFT_PAREN) return nok(code);
    effects.consume(code);
    return code === BACKSLASH ? afterBackslash : inside;
  };
  // The closing mark after a backslash goes into the title when a later one can end it.
  const takeClose: State = (code) => {
    effects.consume(code);
    return inside;
  };
  const afterBackslash: State = (code) => {
    if (code === close) return effects.check(LATER.get(close)!, takeClose, inside)(code);
    if (close === RIGHT_PAREN && code === LEFT_PAREN) return takeClose(code);
    return inside(code);
  };
  return (code: Code) => {
    if (code !== QUOTE && code !== APOSTROPHE && code !== LEFT_PAREN) return nok(code);
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    close = code === LEFT_PAREN ? RIGHT_PAREN : code;
    return begin;
  };
}

// micromark's resource (`(dest "title")` after a link's text), with the title above.
function tokenizeResource(effects: Effects, ok: State, nok: State): State {
  const end: State = (code) => {
    if (code !== RIGHT_PAREN) return nok(code);
    effects.enter('resourceMarker');
    effects.consume(code);
    effects.exit('resourceMarker');
    effects.exit('resource');
    return ok;
  };
  const titleAfter: State = (code) => (markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, end)(code) : end(code));
  const between: State = (code) =>
    code === QUOTE || code === APOSTROPHE || code === LEFT_PAREN ? cmarkFactoryTitle(effects, titleAfter, nok, 'resourceTitle', 'resourceTitleMarker', 'resourceTitleString')(code) : end(code);
  const destinationAfter: State = (code) => (markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, between)(code) : end(code));
  const open: State = (code) =>
    code === RIGHT_PAREN
      ? end(code)
      : factoryDestination(effects, destinationAfter, nok, 'resourceDestination', 'resourceDestinationLiteral', 'resourceDestinationLiteralMarker', 'resourceDestinationRaw', 'resourceDestinationString', 32)(code);
  const before: State = (code) => (markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, open)(code) : open(code));
  return (code) => {
    effects.enter('resource');
    effects.enter('resourceMarker');
    effects.consume(code);
    effects.exit('resourceMarker');
    return before;
  };
}

const resource: Construct = { tokenize: tokenizeResource };

// micromark's label end, whose one attempt at `(` (its resource) is the resource above.
const cmarkLabelEnd: Construct = {
  ...labelEnd,
  name: 'cmarkLabelEnd',
  tokenize(effects, ok, nok) {
    const attempt: Effects['attempt'] = (construct, good, bad) => {
      return (code) => effects.attempt(code === LEFT_PAREN ? resource : construct, good, bad)(code);
    };
    return labelEnd.tokenize.call(this, { ...effects, attempt }, ok, nok);
  },
};

export const cmarkLinkTitle: Extension = { disable: { null: ['labelEnd'] }, text: { 93: cmarkLabelEnd } };

