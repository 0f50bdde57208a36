// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are line breaks to libyaml (IS_BREAK), as NEL
// is, but a scalar keeps them as they are (READ_LINE: "LS|PS -> LS|PS"), and one that begins a fold
// is not folded to a space: `"a <LS> b"` is "a<LS>b", two are "a<LS><LS>b", a plain scalar broken by
// one ends its line (`t: a<LS>b` fails, `t: a<LS>  b` is "a<LS>b"). js-yaml (YAML 1.2) knows only
// CR and LF: each separator becomes a line feed after a mark, which the read values turn back.
import { isRubyHash } from '../values/ruby-hash.js';
import { scanYamlLine } from './yaml-line-scan.js';

/**
 * Noncharacters standing for a separator at the end of a line, used only when the text has none:
 * one pair where js-yaml folds the line feed after it away (quoted and plain scalars, `>` blocks),
 * one where it keeps it (`|` blocks).
 */
const MARKS: Record<string, string> = { '\u2028': '\ufdd0', '\u2029': '\ufdd1' };
const LITERAL_MARKS: Record<string, string> = { '\u2028': '\ufdd2', '\u2029': '\ufdd3' };
/** And one for separators that begin a line inside a quoted scalar, where they stand for themselves. */
const LINE_START_MARKS: Record<string, string> = { '\u2028': '\ufdd4', '\u2029': '\ufdd5' };
const SEPARATORS: Record<string, string> = {
  '\ufdd0': '\u2028', '\ufdd1': '\u2029', '\ufdd2': '\u2028', '\ufdd3': '\u2029', '\ufdd4': '\u2028', '\ufdd5': '\u2029',
};
const ANY_MARK = /[\ufdd0-\ufdd5]/;
const MARKED = /[\ufdd0\ufdd1]+ ?|[\ufdd2\ufdd3]+\n?| ?[\ufdd4\ufdd5]+/g;
/** A line ending in a literal block scalar's header (`key: |`, `- |-`): its more indented lines are the block's. */
const LITERAL_HEADER = /(?:^|[ \t])\|[-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * The text with each U+2028/U+2029 as a line feed (the blanks before it dropped, as libyaml drops
 * trailing blanks in a fold); a run of them ending text on its line is one line feed after a mark
 * for each. Nothing is marked after an indicator or a quote (`[a,<LS>b]` is ["a", "b"]), nor at a
 * line's start (there js-yaml's fold of the blank line gives "\n" where libyaml keeps the
 * separator: a known gap). Undefined when the text has a mark already.
 */
export function separatorsAsLineFeeds(text: string): string | undefined {
  if (ANY_MARK.test(text)) return undefined;
  let literalIndent = -1;
  let quote = '';
  return text.split('\n').map((whole) => {
    let line = whole;
    const indent = /^ */.exec(line)![0].length;
    if (literalIndent >= 0 && line.trim() !== '' && indent <= literalIndent) literalIndent = -1;
    const marks = literalIndent >= 0 ? LITERAL_MARKS : MARKS;
    if (literalIndent < 0) {
      // Inside a quoted scalar a separator beginning the line is a break libyaml keeps (`"a` LF LS `b"` is "a<LS>b")
      const start = quote === '' ? null : /^[ \t]*[\u2028\u2029](?:[ \t]*[\u2028\u2029])*/.exec(line);
      if (start) {
        const rest = line.slice(start[0].length);
        // the blanks after a break are the next line's indentation, dropped
        line = `${[...start[0].replace(/[ \t]/g, '')].map((c) => LINE_START_MARKS[c]).join('')}${rest.trim() === '' ? '\n' : ''}${rest.replace(/^[ \t]+/, '')}`;
      }
      quote = quoteAfter(whole, quote);
      if (quote === '' && LITERAL_HEADER.test(whole)) literalIndent = indent;
    }
    return line.replace(/([^\r\u2028\u2029]?)[ \t]*([\u2028\u2029](?:[ \t]*[\u2028\u2029])*)/g, (_m, before: string, run: string, at: number) => {
      const seps = run.replace(/[ \t]/g, '');
      // `-`, `?` and a block header (`|`, `>-`) are indicators only as a token of their own at a
      // node's place (`well-<LS>known` and `a ?<LS>  b` are text)
      const indicator = /[\s,[\]{}:"']/.test(before) || /(?:^|:[ \t]|[-?][ \t])[ \t]*(?:[-?]|[|>][-+0-9]*)$/.test(line.slice(0, at + 1));
      return before === '' || indicator ? `${before}${'\n'.repeat(seps.length)}` : `${before}${[...seps].map((c) => marks[c]).join('')}\n`;
    });
  }).join('\n');
}

/** The quoted scalar open at the end of `line` (`"`, `'` or none) given the one open at its start. */
function quoteAfter(line: string, open: string): string {
  // a quote opens a scalar only at a node's place (`t: it's`, `t: a 'b` are plain)
  return scanYamlLine(line, open, (j) => /(?:^|[:?-][ \t]|[[{,])[ \t]*(?:[&!]\S*[ \t]+)*$/.test(line.slice(0, j))).quote;
}

/**
 * `value` with the marks turned back into their separators: in a folding scalar, marks and the space
 * js-yaml folded the line feed to are their separators (the breaks of blank lines after them kept);
 * in a `|` block, marks and the line feed js-yaml kept; marks ending a scalar (a plain scalar
 * ending its line) are dropped, as libyaml ends the scalar there.
 */
export function withSeparators(value: unknown): unknown {
  const restore = (s: string): string =>
    ANY_MARK.test(s) ? s.replace(MARKED, (m: string, at: number) => (at + m.length === s.length && /[\ufdd0-\ufdd3]$/.test(m) ? '' : [...m.replace(/^ |[ \n]$/g, '')].map((c) => SEPARATORS[c]).join(''))) : s;
  const seen = new Set<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return restore(v);
    if (v === null || typeof v !== 'object' || seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
    else if (isRubyHash(v)) {
      // Keys too (`? a<LS>  b`): each entry taken out and put back, to keep their order
      for (const [k, x] of v.entries()) {
        v.delete(k);
        v.set(walk(k), walk(x));
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      const o = v as Record<string, unknown>;
      const rekey = Object.keys(o).some((k) => k !== restore(k));
      for (const k of Object.keys(o)) {
        const x = walk(o[k]);
        if (rekey) delete o[k];
        o[rekey ? restore(k) : k] = x;
      }
    }
    return v;
  };
  return walk(value);
}
