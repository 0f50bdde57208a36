// A task list item whose box is alone on its line (`- [x] `, only spaces or tabs after it), as
// cmark-gfm 0.29's tasklist extension reads it: the box is taken right after the list marker,
// before the line's blocks are opened (tasklist.c open_tasklist_item advances past it), so the
// item's first line holds no block, as if it were blank: the item continues only with lines
// indented to its content, no lazy paragraph line joins it, and a blank line right after it ends
// it (blocks.c, an item that starts with a blank line). micromark made the box a paragraph `[x]`
// that lazy lines continued.
//
// So micromark's list construct marks such an item as one that began with a blank line and notes
// its line, where the flow then reads the box as a block of its own (not a paragraph, so nothing
// continues it; and no blank line, so the list stays tight). Only where cmark's scanner (ext_scanners.re
// `tasklist`) matches the whole line from its start: nothing but spaces before the marker (not
// `> - [x] `, not `- - [x] `). Items with text after the box stay micromark-extension-gfm-task-list-item's.
import type { Code, Construct, Effects, Extension, ParseContext, State, TokenizeContext, Tokenizer } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension, CompileContext, Token } from 'mdast-util-from-markdown';
import type { ListItem } from 'mdast';
import { list } from 'micromark-core-commonmark';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

const BOX = 'cmarkTaskBox';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    cmarkTaskBox: 'cmarkTaskBox';
  }
}
const isSpace = (code: Code): boolean => code === 32 || code === -2 || code === -1 || code === 9;
const isLineEnd = (code: Code): boolean => code === null || code === -5 || code === -4 || code === -3 || code === 10 || code === 13;

// `[ ]`, `[x]` or `[X]`, at least one space or tab, then nothing else to the line's end.
const boxCheck: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const rest: State = (code) => {
      if (isSpace(code)) {
        effects.consume(code);
        return rest;
      }
      return isLineEnd(code) ? ok(code) : nok(code);
    };
    const expect =
      (codes: number[], next: State): State =>
      (code) => {
        if (code === null || !codes.includes(code)) return nok(code);
        effects.consume(code);
        return next;
      };
    return expect([91], expect([32, 120, 88], expect([93], (code) => (isSpace(code) ? rest(code) : nok(code)))));
  },
};

// `[ ]`, `[x]` or `[X]` with nothing after it on its line: the line's flow, as a block of its own.
const boxAlone: Construct = {
  name: 'cmarkTaskBox',
  tokenize(effects, ok, nok) {
    const self = this;
    const rest: State = (code) => {
      if (isSpace(code)) {
        effects.consume(code);
        return rest;
      }
      if (!isLineEnd(code)) return nok(code);
      effects.exit(BOX);
      return ok(code);
    };
    const close: State = (code) => {
      if (code !== 93) return nok(code);
      effects.consume(code);
      return (next: Code) => (isSpace(next) ? rest(next) : nok(next));
    };
    const mark: State = (code) => {
      if (code !== 32 && code !== 120 && code !== 88) return nok(code);
      effects.consume(code);
      return close;
    };
    return (code) => {
      if (code !== 91 || !boxLines.get(self.parser)?.has(self.now().line)) return nok(code);
      effects.enter(BOX);
      effects.consume(code);
      return mark;
    };
  },
};

// Per parse: the lines whose list item starts with a box alone (the list marks them, the flow takes the box).
const boxLines = new WeakMap<ParseContext, Set<number>>();

// Only right after an item's marker whose line has nothing but spaces before it.
function afterNewItem(self: TokenizeContext): boolean {
  const line = self.now().line;
  const last = self.events.at(-1);
  if (!last || last[0] !== 'exit' || last[1].type !== 'listItemPrefix' || last[1].end.line !== line) return false;
  for (let i = self.events.length - 2; i >= 0; i--) {
    const token = self.events[i][1];
    if (token.start.line < line) break;
    if (token.type === 'blockQuotePrefix' || token.type === 'blockQuoteMarker' || (token.type === 'listItemPrefix' && token !== last[1])) return false;
  }
  return true;
}

// Per parse: the lines where an item starts after a quote's or another item's marker (`> - [x] a`,
// `- - [x] a`), whose box cmark's scanner never matches: there `[x]` is text, or a link.
const noTaskLines = new WeakMap<ParseContext, Set<number>>();

// An item's marker on this line after a quote's or another item's.
function nestedOnLine(self: TokenizeContext): boolean {
  const line = self.now().line;
  const last = self.events.at(-1);
  return !!last && last[0] === 'exit' && last[1].type === 'listItemPrefix' && last[1].end.line === line && !afterNewItem(self);
}

function mark(map: WeakMap<ParseContext, Set<number>>, self: TokenizeContext): void {
  let lines = map.get(self.parser);
  if (!lines) map.set(self.parser, (lines = new Set()));
  lines.add(self.now().line);
}

function withBox(tokenize: Tokenizer): Tokenizer {
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State) {
    const self = this;
    const taken: State = (code) => {
      self.containerState!.initialBlankLine = true;
      mark(boxLines, self);
      return ok(code);
    };
    const after: State = (code) => {
      if (code !== 91) return ok(code);
      if (afterNewItem(self)) return effects.check(boxCheck, taken, ok)(code);
      if (nestedOnLine(self)) mark(noTaskLines, self);
      return ok(code);
    };
    return tokenize.call(this, effects, after, nok);
  };
}

/** micromark's list construct, marking such a box (container-interrupt.ts tries it in place of micromark's). */
export const cmarkTaskList: Construct = {
  ...list,
  tokenize: withBox(list.tokenize),
  continuation: { ...list.continuation, tokenize: withBox(list.continuation!.tokenize) },
};

/**
 * micromark-extension-gfm-task-list-item's box, refused on a line where the item starts after a
 * quote's or another item's marker: its `[x]` is then read as the rest of the text is (a shortcut
 * reference link when `x` is defined), as cmark reads it.
 */
export function cmarkTaskListCheck(): Extension {
  const check = (gfmTaskListItem().text as Record<number, Construct>)[91]!;
  return {
    text: {
      91: {
        ...check,
        tokenize(this: TokenizeContext, effects, ok, nok) {
          const start = check.tokenize.call(this, effects, ok, nok);
          return (code) => (noTaskLines.get(this.parser)?.has(this.now().line) ? nok(code) : start(code));
        },
      },
    },
  };
}

/** The box as the flow reads it on a line the list marked. */
export const cmarkTaskBoxAlone: Extension = { flow: { 91: boxAlone } };

// Kept in the item's data until the tree is built (task-list-item.ts makes it `checked`): a
// checked item's first paragraph would lose its first character to mdast-util-gfm-task-list-item.
export const cmarkTaskBoxAloneFromMarkdown: FromMarkdownExtension = {
  exit: {
    [BOX](this: CompileContext, token: Token) {
      const item = this.stack.at(-1) as ListItem;
      item.data = { ...item.data, cmarkTaskBox: /x/i.test(this.sliceSerialize(token)) };
    },
  },
};

declare module 'mdast' {
  interface ListItemData {
    cmarkTaskBox?: boolean;
  }
}
