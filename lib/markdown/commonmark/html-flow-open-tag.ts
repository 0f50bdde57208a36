// An HTML block of kind 7 (CommonMark 0.30 §4.6: a complete open tag alone on its line, then every
// line up to a blank one) whose tag has an unquoted attribute value holding `/`, as in
// `<a href=/x/y>`: cmark reads it as an open tag (unquoted values may hold `/`, as html-open-tag.ts
// reads inline tags), micromark's htmlFlow ends the value at `/` and refuses the block, making the
// lines a paragraph. Tried before htmlFlow, only for such lines; it gives htmlFlow's tokens
// (htmlFlow, htmlFlowData per line, lineEnding) and, like kind 7, cannot interrupt a paragraph.
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { blankLine, htmlFlow } from 'micromark-core-commonmark';

const LT = 60;
const lineEnding = (c: Code): boolean => c !== null && c < -2;

// cmark's open tag on a line of its own (scanners.re: opentag, then only spaces or tabs).
const attribute = (unquoted: string): string => `[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:${unquoted}|'[^']*'|"[^"]*"))?`;
const openTagLine = (unquoted: string): RegExp => new RegExp(`^<([A-Za-z][A-Za-z0-9-]*)(?:${attribute(unquoted)})*[ \\t]*/?>[ \\t]*$`);
const CMARK_LINE = openTagLine('[^ \\t"\'=<>`]+');
// What micromark accepts: an unquoted value also ends at `/`.
const MICROMARK_LINE = openTagLine('[^ \\t"\'=<>`/]+');
// Kind 1 names: their blocks end at a closing tag, not a blank line (left to micromark).
const RAW_NAMES = new Set(['script', 'pre', 'style', 'textarea']);

function tokenizeLineEnding(effects: Effects, ok: State): State {
  return (code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return ok;
  };
}

// The next line is blank (the block ends before it).
const blankLineNext: Construct = {
  partial: true,
  tokenize: (effects, ok, nok) => tokenizeLineEnding(effects, effects.attempt(blankLine, ok, nok)),
};

// The next line is the block's own, not a lazy one of a paragraph in a container.
const ownLineNext: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    return tokenizeLineEnding(effects, (code) => (this.parser.lazy[this.now().line] ? nok(code) : ok(code)));
  },
};

function tokenizeOpenTagBlock(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let first = '';
  const done: State = (code) => {
    effects.exit('htmlFlow');
    return ok(code);
  };
  const nextLine: State = (code) => effects.check(ownLineNext, tokenizeLineEnding(effects, lineStart), done)(code);
  const lineStart: State = (code) => {
    if (code === null || lineEnding(code)) return nextLine(code);
    effects.enter('htmlFlowData');
    return line(code);
  };
  const line: State = (code) => {
    if (code === null) {
      effects.exit('htmlFlowData');
      return done(code);
    }
    if (lineEnding(code)) {
      effects.exit('htmlFlowData');
      return effects.check(blankLineNext, done, nextLine)(code);
    }
    effects.consume(code);
    return line;
  };
  const firstLine: State = (code) => {
    if (code === null || lineEnding(code)) {
      const tag = CMARK_LINE.exec(first);
      if (!tag || MICROMARK_LINE.test(first) || RAW_NAMES.has(tag[1]!.toLowerCase())) return nok(code);
      return line(code);
    }
    // micromark's codes: -2 a tab, -1 the virtual spaces after it.
    if (code !== -1) first += code === -2 ? '\t' : String.fromCharCode(code);
    effects.consume(code);
    return firstLine;
  };
  return (code) => {
    if (code !== LT || (this.interrupt && !this.parser.lazy[this.now().line])) return nok(code);
    effects.enter('htmlFlow');
    effects.enter('htmlFlowData');
    return firstLine(code);
  };
}

const openTagBlock: Construct = {
  name: 'htmlFlow',
  tokenize: tokenizeOpenTagBlock,
  resolveTo: htmlFlow.resolveTo,
  concrete: true,
  add: 'before',
};

export const cmarkHtmlFlowOpenTag: Extension = { flow: { [LT]: openTagBlock } };
