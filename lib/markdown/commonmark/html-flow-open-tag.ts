// An HTML block of kind 7 (CommonMark 0.30 §4.6: a complete open tag alone on its line, then every
// line up to a blank one) whose tag has an unquoted attribute value holding `/`, as in
// `<a href=/x/y>`: cmark reads it as an open tag (unquoted values may hold `/`, as html-open-tag.ts
// reads inline tags), micromark's htmlFlow ends the value at `/` and refuses the block, making the
// lines a paragraph. Tried before htmlFlow, only for such lines; it gives htmlFlow's tokens
// (htmlFlow, htmlFlowData per line, lineEnding) and, like kind 7, cannot interrupt a paragraph.
// Also where cmark-gfm 0.29 starts blocks differently from micromark (`<textarea`, `<search`):
// it wraps micromark's htmlFlow, which it replaces.
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
// cmark's kind 1 names: their blocks end at a closing tag, not a blank line (left to micromark).
const RAW_NAMES = new Set(['script', 'pre', 'style']);
// Names cmark-gfm 0.29 (commonmarker 0.23.6) starts no block of kind 1 or 6 with, where micromark
// follows CommonMark 0.30/0.31 (textarea of kind 1, search of kind 6): for cmark a line of such a
// tag alone opens a block of kind 7, taken here whatever micromark would make of it.
const CMARK_KIND7_NAMES = new Set(['textarea', 'search']);
const CLOSING_LINE = /^<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>[ \t]*$/;

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
      const tag = CMARK_LINE.exec(first) ?? CLOSING_LINE.exec(first);
      const name = tag?.[1]!.toLowerCase() ?? '';
      if (!tag) return nok(code);
      // Asked whether it interrupts (a paragraph, on a lazy line: above): a block of kind 7 starts,
      // known at this line's end, as micromark's htmlFlow answers for kinds 1 to 6. Its own kind 7
      // waits for the next line, which leaves the paragraph open at the end of this one, so
      // micromark takes the line for a lazy one and keeps the containers cmark closes there
      // (`- a\n <img>\n\n    b`: `b` is code after the list, not a paragraph in its item).
      if (this.interrupt) return ok(code);
      if (!CMARK_KIND7_NAMES.has(name) && (first[1] === '/' || MICROMARK_LINE.test(first) || RAW_NAMES.has(name))) return nok(code);
      return line(code);
    }
    first += codeText(code);
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

/** A character code's text as the line holds it: micromark's -2 is a tab, -1 the virtual spaces after it. */
function codeText(code: number): string {
  return code === -1 ? '' : code === -2 ? '\t' : String.fromCodePoint(code);
}

const openTagBlock: Construct = {
  name: 'cmarkHtmlFlowOpenTag',
  tokenize: tokenizeOpenTagBlock,
  resolveTo: htmlFlow.resolveTo,
  concrete: true,
  add: 'before',
};

// A line micromark starts a block of kind 1 or 6 with and cmark-gfm 0.29 does not (blocks.c,
// scanners.re#html_block_start): `<textarea` (then a space, a tab, `>` or the line's end), `<search`
// or `</search` (or `/>` after it). cmark reads it as paragraph text unless it is a tag alone.
const MICROMARK_ONLY_START = /^<(?:textarea(?:[ \t>]|$)|\/?search(?:[ \t>]|\/>|$))/i;
// And a block of kind 4 for cmark starts `<!` and an upper-case letter (`<!doctype html>` is text).
const LOWER_DECLARATION = /^<![a-z]/;

const micromarkOnlyStart: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let text = '';
    const line: State = (code) => {
      if (code === null || lineEnding(code) || text.length > 10) {
        effects.exit('htmlFlowData');
        return MICROMARK_ONLY_START.test(text) || LOWER_DECLARATION.test(text) ? ok(code) : nok(code);
      }
      text += code < 0 ? ' ' : String.fromCharCode(code);
      effects.consume(code);
      return line;
    };
    return (code) => {
      effects.enter('htmlFlowData');
      return line(code);
    };
  },
};

// A block of kind 1 (`<script`, `<pre`, `<style`) ends for cmark-gfm 0.29 at the first line holding
// `</script>`, `</pre>` or `</style>` (blocks.c, scanners.re#html_block_end_1); micromark also ends
// it at `</textarea>` (CommonMark 0.30). Taken here only when a line holds `</textarea>` before
// cmark's end, so that the block goes on as cmark's does; other blocks are left to micromark.
const RAW_START = /^<(?:script|pre|style)(?:[ \t>]|$)/i;
const RAW_END = /<\/(?:script|pre|style)>/i;
const TEXTAREA_END = /<\/textarea>/i;

function tokenizeRawBlock(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let text = '';
  let first = true;
  let differs = false;
  const done: State = (code) => {
    effects.exit('htmlFlow');
    return differs ? ok(code) : nok(code);
  };
  const nextLine: State = (code) => effects.check(ownLineNext, tokenizeLineEnding(effects, lineStart), done)(code);
  const lineStart: State = (code) => {
    if (code === null) return done(code);
    if (lineEnding(code)) return nextLine(code);
    text = '';
    effects.enter('htmlFlowData');
    return line(code);
  };
  const line: State = (code) => {
    if (code === null || lineEnding(code)) {
      effects.exit('htmlFlowData');
      if (first && !RAW_START.test(text)) return nok(code);
      // (interrupting: it starts, answered at once as for kind 7 in tokenizeOpenTagBlock)
      if (first && this.interrupt) return ok(code);
      first = false;
      if (RAW_END.test(text)) return done(code);
      if (TEXTAREA_END.test(text)) differs = true;
      return code === null ? done(code) : nextLine(code);
    }
    text += codeText(code);
    effects.consume(code);
    return line;
  };
  // (A start line micromark flags lazy is one that closed the containers it was not in: the
  // block starts there all the same; only its later lines must not be lazy.)
  return (code) => {
    if (code !== LT) return nok(code);
    effects.enter('htmlFlow');
    effects.enter('htmlFlowData');
    return line(code);
  };
}

const rawBlock: Construct = {
  name: 'cmarkHtmlRawBlock',
  tokenize: tokenizeRawBlock,
  resolveTo: htmlFlow.resolveTo,
  concrete: true,
};

// micromark's htmlFlow, refusing the lines above.
const cmarkHtmlFlow: Construct = {
  name: 'cmarkHtmlFlow',
  tokenize(effects, ok, nok) {
    return effects.check(micromarkOnlyStart, nok, htmlFlow.tokenize.call(this, effects, ok, nok));
  },
  resolveTo: htmlFlow.resolveTo,
  concrete: true,
};

export const cmarkHtmlFlowOpenTag: Extension = { disable: { null: ['htmlFlow'] }, flow: { [LT]: [rawBlock, openTagBlock, cmarkHtmlFlow] } };
