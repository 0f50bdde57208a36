// A table's head row indented 4+ columns on a paragraph's continuation line (`x\n    | a | b |\n|-|-|`):
// cmark-gfm adds such a line to the paragraph (blocks.c, open_new_blocks: an indented line starts no
// block there), and its table extension (table.c, try_opening_table_header) takes the paragraph's
// last line as the head row when a delimiter row follows, whatever that line's indent. micromark's
// content reads a 4+-indented continuation line as text without trying any flow construct, so the
// table never sees it. Here, only at such a line, the table is tried as it would interrupt the
// paragraph; when it takes the line, the paragraph ends before it and the line, read anew, is given
// to the table (not to indented code, micromark's first try for an indented line).
import type { Construct, Extension, ParseContext, Resolver, State, TokenizeContext } from 'micromark-util-types';
import { content } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';

// Per parse: the indented lines that a table's head row interrupting a paragraph took.
const heads = new WeakMap<ParseContext, Set<number>>();

// micromark's test (content.js, tokenizeContinuation): the line's prefix is 4+ columns.
function indented(self: TokenizeContext): boolean {
  const tail = self.events[self.events.length - 1];
  return tail !== undefined && tail[1].type === 'linePrefix' && tail[2].sliceSerialize(tail[1], true).length >= 4;
}

/** The table construct (`table`: as kyll reads it, table-row.ts) also at indented paragraph lines. */
export function cmarkTableIndentedHead(table: Construct): { flowInitial: Extension['flowInitial']; paragraph: Construct } {
  // The table tried at such a line; the line is noted when it is a head row.
  const head: Construct = {
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const line = this.now().line;
      const taken: State = (code) => {
        let set = heads.get(this.parser);
        if (!set) heads.set(this.parser, (set = new Set()));
        set.add(line);
        return ok(code);
      };
      return table.tokenize.call(this, effects, taken, nok);
    },
  };
  // micromark's continuation of content, then, where it went on at an indented line, the table.
  let continuation: Construct | undefined;
  const continuationFrom = (original: Construct): Construct => ({
    partial: true,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      // (a lazy line too: cmark adds it to the paragraph as it is, and its table may take it; table-row.ts)
      const goOn: State = (code) => (indented(this) ? effects.interrupt(head, nok, ok)(code) : ok(code));
      return original.tokenize.call(this, effects, goOn, nok);
    },
  });
  // micromark's content (tried last of the flow constructs, before its own), its line ends checked as above.
  const paragraph: Construct = {
    ...content,
    name: 'cmarkTableIndentedHeadContent',
    tokenize(this: TokenizeContext, effects, ok, nok) {
      if (this.interrupt) return nok;
      const checked = Object.create(effects, {
        check: { value: (construct: Construct, a: State, b: State) => effects.check((continuation ??= continuationFrom(construct)), a, b) },
      }) as typeof effects;
      return content.tokenize.call(this, checked, ok, nok);
    },
  };
  // The noted line, at its start: its prefix, then the table.
  const headLine: Construct = {
    name: 'cmarkTableIndentedHead',
    add: 'before',
    tokenize(this: TokenizeContext, effects, ok, nok) {
      if (!heads.get(this.parser)?.has(this.now().line)) return nok;
      return factorySpace(effects, (code) => table.tokenize.call(this, effects, ok, nok)(code), 'linePrefix');
    },
  };
  // The table's resolver (which makes the table of its rows), once per flow, whichever of the two ran.
  const resolveTable = table.resolveAll!;
  const resolved = new WeakSet<TokenizeContext>();
  const resolveAll: Resolver = (events, context) => {
    if (resolved.has(context)) return events;
    resolved.add(context);
    return resolveTable(events, context);
  };
  table.resolveAll = resolveAll;
  headLine.resolveAll = resolveAll;
  return { flowInitial: { [-2]: headLine, [-1]: headLine, [32]: headLine }, paragraph };
}
