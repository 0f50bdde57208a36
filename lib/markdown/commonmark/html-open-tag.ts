// An inline open tag as CommonMark 0.30 (§6.6) and cmark read it: an unquoted attribute value is
// any run without whitespace, " ' = < > or a backtick, so `<a href=http://x.com/a>` is raw HTML.
// micromark's htmlText ends an unquoted value at `/` and then refuses the tag. Tried before it
// (comments, closing tags... are left to micromark's htmlText), it gives the same htmlText /
// htmlTextData / lineEnding tokens, so the tree has the same `html` node. (A block that starts
// with such a tag, an HTML block of kind 7: html-flow-open-tag.ts.) micromark's htmlText itself
// runs behind a check for what cmark-gfm 0.29 does not read as HTML (cmark-029-html.ts).
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { htmlText } from 'micromark-core-commonmark';
import { notHtmlForCmark } from './cmark-029-html.js';
import { refusingKeptBytes } from './kept-bytes.js';

const LT = 60, GT = 62, SLASH = 47, EQ = 61, DASH = 45, DOT = 46, COLON = 58, UNDERSCORE = 95, QUOTE = 34, APOS = 39, BACKTICK = 96;

// micromark's codes: -5..-3 line endings, -2 a tab, -1 a tab's virtual spaces.
const asciiAlpha = (c: Code): boolean => c !== null && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
const asciiAlphanumeric = (c: Code): boolean => asciiAlpha(c) || (c !== null && c >= 48 && c <= 57);
const lineEnding = (c: Code): boolean => c !== null && c < -2;
const space = (c: Code): boolean => c === -2 || c === -1 || c === 32;
const whitespace = (c: Code): boolean => lineEnding(c) || space(c);

function tokenizeOpenTag(effects: Effects, ok: State, nok: State): State {
  let marker: Code = null;
  const take = (next: State): State => (code) => {
    if (lineEnding(code)) {
      // A line ending inside the tag: its own token, then the next line's indent (a linePrefix).
      effects.exit('htmlTextData');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return indent(next, false);
    }
    effects.consume(code);
    return next;
  };
  const indent = (next: State, open: boolean): State => (code) => {
    if (space(code)) {
      if (!open) effects.enter('linePrefix');
      effects.consume(code);
      return indent(next, true);
    }
    if (open) effects.exit('linePrefix');
    effects.enter('htmlTextData');
    return next(code);
  };
  const end: State = (code) => {
    effects.consume(code);
    effects.exit('htmlTextData');
    effects.exit('htmlText');
    return ok;
  };
  const selfClose: State = (code) => (code === GT ? end(code) : nok(code));
  // After the tag name or a value: whitespace before another attribute, or the end.
  const after: State = (code) => {
    if (code === SLASH) return take(selfClose)(code);
    if (code === GT) return end(code);
    return whitespace(code) ? take(spaced)(code) : nok(code);
  };
  const spaced: State = (code) => {
    if (whitespace(code)) return take(spaced)(code);
    if (code === COLON || code === UNDERSCORE || asciiAlpha(code)) return take(name)(code);
    if (code === SLASH) return take(selfClose)(code);
    return code === GT ? end(code) : nok(code);
  };
  const name: State = (code) =>
    code === DASH || code === DOT || code === COLON || code === UNDERSCORE || asciiAlphanumeric(code) ? take(name)(code) : nameAfter(code);
  const nameAfter: State = (code) => {
    if (code === EQ) return take(valueBefore)(code);
    if (whitespace(code)) return take(nameSpaced)(code);
    return after(code);
  };
  const nameSpaced: State = (code) => {
    if (whitespace(code)) return take(nameSpaced)(code);
    if (code === EQ) return take(valueBefore)(code);
    return spaced(code);
  };
  const valueBefore: State = (code) => {
    if (whitespace(code)) return take(valueBefore)(code);
    if (code === QUOTE || code === APOS) {
      marker = code;
      return take(quoted)(code);
    }
    if (code === null || code === LT || code === EQ || code === GT || code === BACKTICK || whitespace(code)) return nok(code);
    return take(unquoted)(code);
  };
  const quoted: State = (code) => {
    if (code === null) return nok(code);
    if (code === marker) return take(after)(code);
    return take(quoted)(code);
  };
  const unquoted: State = (code) => {
    if (code === null || code === QUOTE || code === APOS || code === LT || code === EQ || code === BACKTICK) return nok(code);
    if (code === GT || whitespace(code)) return after(code);
    return take(unquoted)(code);
  };
  const tagName: State = (code) => (code === DASH || asciiAlphanumeric(code) ? take(tagName)(code) : after(code));
  return (code) => {
    effects.enter('htmlText');
    effects.enter('htmlTextData');
    effects.consume(code);
    return (next: Code) => (asciiAlpha(next) ? take(tagName)(next) : nok(next));
  };
}

const openTag: Construct = { name: 'cmarkHtmlOpenTag', tokenize: tokenizeOpenTag };

// cmark adds each line of a paragraph from its first non-space (blocks.c, S_process_line:
// S_advance_offset to first_nonspace before add_line), so a comment, closing tag, processing
// instruction, declaration or CDATA across lines loses all of the next line's indent; micromark's
// htmlText takes at most three columns of it as a line prefix unless indented code is off, so it
// reads through a parser whose constructs say so (one per parser). A lazy line's white space comes
// back later (code-text-lazy.ts), as cmark adds such a line whole.
type ParseContext = TokenizeContext['parser'];
const unlimitedPrefix = new WeakMap<ParseContext, ParseContext>();
function withoutIndentedCode(parser: ParseContext): ParseContext {
  let view = unlimitedPrefix.get(parser);
  if (!view) {
    const disable = { ...parser.constructs.disable, null: [...(parser.constructs.disable.null ?? []), 'codeIndented'] };
    view = Object.create(parser, { constructs: { value: { ...parser.constructs, disable } } }) as ParseContext;
    unlimitedPrefix.set(parser, view);
  }
  return view;
}

// micromark's htmlText, refusing what cmark-gfm 0.29 leaves as text.
const cmarkHtmlText: Construct = {
  name: 'cmarkHtmlText',
  tokenize(effects, ok, nok) {
    const self = Object.create(this, { parser: { value: withoutIndentedCode(this.parser) } }) as TokenizeContext;
    return effects.check(notHtmlForCmark, nok, htmlText.tokenize.call(self, effects, ok, nok));
  },
};

// A kept byte anywhere in it makes it text (kept-bytes.ts): the constructs only see one in a text that has them.
export const cmarkHtmlOpenTag: Extension = { disable: { null: ['htmlText'] }, text: { [LT]: [refusingKeptBytes(openTag), refusingKeptBytes(cmarkHtmlText)] } };
