// How long a fence can be, found in linear time before the fenced code block's
// pattern runs (codeblock.rb FENCED_CODEBLOCK_MATCH, gfm.rb's variant). The
// pattern `(([~`]){3,})...(.*?)^ {0,3}\1\2*\s*?\n` backtracks over every shorter
// fence and searches the rest of the text for each: a long unclosed run of
// backticks was quadratic. The limit K is the longest fence some later line
// could close; the pattern then runs with `{3,K}` and, as the longer fences
// could not have matched, picks exactly what it picked before.
import { R } from './regex.js';
import type { Scanner } from './scanner.js';

/** A line that may close a fence: its run of fence characters, where it starts. */
interface Closer {
  readonly at: number;
  readonly run: string;
}

const WS = ' \t\n\x0b\f\r';
const stickies = new WeakMap<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) stickies.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return y;
}
const closersCache = new WeakMap<Scanner, Map<RegExp, Closer[]>>();

export function closers(src: Scanner, line: RegExp): readonly Closer[] {
  let byRe = closersCache.get(src);
  if (!byRe) closersCache.set(src, (byRe = new Map()));
  let list = byRe.get(line);
  if (!list) {
    list = [];
    // The pattern (`^ {0,3}([~`]{3,})...`) can only match at a line start with
    // a fence character after at most three spaces: it runs there only, sticky.
    const s = src.str;
    const sticky = stickyOf(line);
    for (let at = 0; at < s.length; ) {
      let i = at;
      while (i - at < 3 && s.charCodeAt(i) === 32) i++;
      const c = s.charCodeAt(i);
      if (c === 126 || c === 96) {
        sticky.lastIndex = at;
        const m = sticky.exec(s);
        if (m) list.push({ at, run: m[1] });
      }
      const nl = s.indexOf('\n', at);
      if (nl === -1) break;
      at = nl + 1;
    }
    byRe.set(line, list);
  }
  return list;
}

/**
 * Where the rest of the opening line fits `\s*?((\S+?)(?:\?\S*)?)?\s*?\n`: [fits at all, fits
 * behind the fence characters a shorter fence leaves as its word]. Only blanks left (`~~~~~  `)
 * fit both ways: the leftover `~~` is the word, the blanks the trailing `\s*?`.
 */
function openingFits(s: string, from: number): [boolean, boolean] {
  let i = from;
  while (i < s.length && WS.includes(s[i])) {
    if (s[i] === '\n') return [true, true];
    i++;
  }
  const leadingSpace = i > from;
  while (i < s.length && !WS.includes(s[i])) i++;
  while (i < s.length && s[i] !== '\n' && WS.includes(s[i])) i++;
  const fits = s[i] === '\n';
  return [fits, fits && !leadingSpace];
}

/** Start of the last run of one repeated character in `run`. */
function uniformTail(run: string): number {
  let t = run.length - 1;
  while (t > 0 && run[t - 1] === run[run.length - 1]) t--;
  return t;
}

/**
 * The longest fence (3 or more) that the pattern could match at `start` (the
 * first fence character, `runEnd` past the run), or 0 when none can. `line`
 * finds the closing lines (group 1: their fence characters).
 */
export function fenceLimit(src: Scanner, start: number, runEnd: number, line: RegExp, spend: (n: number) => boolean): number {
  const s = src.str;
  const run = s.slice(start, runEnd);
  const L = run.length;
  const [fitsWhole, fitsShorter] = openingFits(s, runEnd);
  if (!fitsWhole) return 0;
  // A shorter fence leaves fence characters as the start of the info string.
  const body = s.indexOf('\n', runEnd) + 1;
  const list = closers(src, line);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < body) lo = mid + 1;
    else hi = mid;
  }
  let best = 0;
  for (let j = lo; j < list.length && best < L; j++) {
    const r = list[j].run;
    if (!spend(1 + Math.min(r.length, L))) break;
    let lcp = 0;
    const max = Math.min(r.length, L);
    while (lcp < max && r[lcp] === run[lcp]) lcp++;
    const from = Math.max(3, uniformTail(r) + 1);
    const to = fitsShorter ? lcp : lcp === L ? L : 0;
    if (to >= from && to > best) best = to;
  }
  return best;
}

export const GFM_CLOSER = R('^ {0,3}([~`]{3,})[ \\t\\x0b\\f\\r]*\\n', 'g');
export const KD_CLOSER = R('^(~{3,})[ \\t\\x0b\\f\\r]*\\n', 'g');
