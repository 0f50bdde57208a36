// Link titles as cmark 0.29 scans them (scanners.re, link_title): `"` or `'`, then any characters
// but that quote (a backslash escape may hold it), then the quote; or `(`, then any characters but
// `(` and `)` (escapes may hold them), then `)`; the scanner takes the longest such run. So a quote
// that a backslash comes just before may end the title as well as be escaped: `[a](b "t\")` is a
// link titled `t\` (no quote comes later); `[a](b "x\\" y")` one titled `x\" y` (the quote after
// `\\` goes on to the later one); and `[a](b (x(y)))` is no link. micromark's factoryTitle pairs
// backslashes from the left, so `\"` never ends its title, and lets `(` into a parenthesized one.
// The tokens are factoryTitle's; the title's text is read from them as micromark reads it.
import type { Code, Construct, Effects, Extension, State, Token, TokenizeContext, TokenType } from 'micromark-util-types';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
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

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    cmarkBlankLabel: 'cmarkBlankLabel';
  }
}

const LEFT_BRACKET = 91, RIGHT_BRACKET = 93, MAX_LINK_LABEL_LENGTH = 1000;
const isAsciiPunctuation = (code: Code): boolean => code !== null && ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126));

/**
 * What follows a link's text from `[` on, as cmark 0.29's link_label reads it (inlines.c): no
 * label when a `[`, the text's end or more than 1,000 characters come before a `]` (a backslash
 * takes the punctuation after it along); `blank` when the label is only white space.
 */
function labelAfter(found: (kind: 'none' | 'blank') => void): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let length = 0;
      let blank = true;
      const inside: State = (code) => {
        if (code === RIGHT_BRACKET) {
          if (!blank) return nok(code);
          found('blank');
          return ok(code);
        }
        if (code === null || code === LEFT_BRACKET || length > MAX_LINK_LABEL_LENGTH) {
          found('none');
          return ok(code);
        }
        if (!markdownLineEndingOrSpace(code)) blank = false;
        length++;
        effects.consume(code);
        return code === BACKSLASH ? escaped : inside;
      };
      const escaped: State = (code) => {
        if (!isAsciiPunctuation(code)) return inside(code);
        length++;
        effects.consume(code);
        return inside;
      };
      return (code) => {
        effects.enter('data');
        effects.consume(code);
        return inside;
      };
    },
  };
}

/**
 * handle_close_bracket after a link's text: where no label follows (`[ref][ x`), or a blank one
 * (`[ref][ ]`, taken as `[]`), the text's own label is looked up as a shortcut, unless a bracket
 * opened inside the text (opener->bracket_after). micromark refuses the link once a `[` follows
 * that is no full or collapsed reference. Here: the shortcut (nothing taken) or the blank label as
 * a collapsed reference, when the text's label is defined.
 */
function shortcutBefore(kind: 'none' | 'blank'): Construct {
  return {
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const self = this;
      const start = self._labelStarts?.findLast((t) => !t._balanced);
      let end: Token | undefined;
      let bracketAfter = false;
      for (let i = self.events.length - 1; i >= 0 && self.events[i]![1] !== start; i--) {
        const [kind, token] = self.events[i]!;
        if (kind === 'exit' && token.type === 'labelEnd') end ??= token;
        else if (kind === 'enter' && (token.type === 'labelLink' || token.type === 'labelImage')) bracketAfter = true;
      }
      const defined = !!start && !!end && self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({ start: start.end, end: end.start })));
      const inside: State = (code) => {
        if (code === RIGHT_BRACKET) {
          effects.exit('cmarkBlankLabel');
          effects.enter('referenceMarker');
          effects.consume(code);
          effects.exit('referenceMarker');
          effects.exit('reference');
          return ok;
        }
        effects.consume(code);
        return inside;
      };
      return (code) => {
        if (!defined || bracketAfter) return nok(code);
        if (kind === 'none') return ok(code);
        effects.enter('reference');
        effects.enter('referenceMarker');
        effects.consume(code);
        effects.exit('referenceMarker');
        // (a token mdast-util-from-markdown has no handler for: the blank is no text of the link)
        effects.enter('cmarkBlankLabel');
        return inside;
      };
    },
  };
}

// micromark's label end, whose one attempt at `(` (its resource) is the resource above, and whose
// attempts at `[` fall back on the text's own label where cmark's does (shortcutBefore).
const cmarkLabelEnd: Construct = {
  ...labelEnd,
  name: 'cmarkLabelEnd',
  tokenize(effects, ok, nok) {
    const attempt: Effects['attempt'] = (construct, good, bad) => {
      return (code) => {
        if (code === LEFT_PAREN) return effects.attempt(resource, good, bad)(code);
        if (code !== LEFT_BRACKET) return effects.attempt(construct, good, bad)(code);
        let kind: 'none' | 'blank' = 'none';
        const probe = labelAfter((k) => (kind = k));
        return effects.check(probe, (c: Code) => effects.attempt(shortcutBefore(kind), good, bad)(c), (c: Code) => effects.attempt(construct, good, bad)(c))(code);
      };
    };
    return labelEnd.tokenize.call(this, { ...effects, attempt }, ok, nok);
  },
};

export const cmarkLinkTitle: Extension = { disable: { null: ['labelEnd'] }, text: { 93: cmarkLabelEnd } };

