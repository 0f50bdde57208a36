// A string scanner over one piece of source, like Ruby's StringScanner as
// kramdown uses it (kramdown/utils/string_scanner.rb): check/scan anchor a
// regular expression at the current position (sticky copies), scanUntil
// searches forward (global copies). As in Ruby's StringScanner, the current
// position is the start of the string for `^` and lookbehinds: patterns run on
// the rest of the string (V8 slices in O(1)). Line numbers are computed on demand.

/** What check and test use of a pattern, found with one lookup: its sticky copy and its need. */
interface Anchored {
  readonly sticky: RegExp;
  need: Need | undefined;
}
const anchored = new WeakMap<RegExp, Anchored>();
const global = new WeakMap<RegExp, RegExp>();

function anchoredOf(re: RegExp): Anchored {
  let a = anchored.get(re);
  if (!a) {
    // (a sticky pattern is its own copy: it is always run from lastIndex 0 of the rest)
    a = { sticky: re.sticky && !re.global ? re : new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y'), need: needles.get(re) };
    anchored.set(re, a);
  }
  return a;
}

function globalOf(re: RegExp): RegExp {
  let g = global.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    global.set(re, g);
  }
  return g;
}

/** Something a pattern needs ahead: a string, or a check of the scanner. */
export type Need = string | ((src: Scanner) => boolean);
const needles = new WeakMap<RegExp, Need>();

/**
 * A pattern made only when `when` says it may match here: V8 makes and compiles a pattern with
 * \p{...} classes at a cost of milliseconds, which most documents never need.
 */
export interface LazyPattern {
  readonly when: (src: Scanner) => boolean;
  readonly pattern: () => RegExp;
}

/** Several patterns tested as one (`test` only): each keeps its own need. */
export interface AnyOf {
  readonly anyOf: readonly (RegExp | LazyPattern)[];
}

/** `source` (kramdown's R) made on first use, and tested only where `when` holds. */
export function lazyPattern(make: () => RegExp, when: (src: Scanner) => boolean): LazyPattern {
  let re: RegExp | undefined;
  return { when, pattern: () => (re ??= make()) };
}

/**
 * Marks `re` as unable to match unless `needle` occurs ahead (a closing `}`,
 * `-->`...): the scanner then answers at once when it does not, instead of
 * letting the pattern run to the end of the text at every opening (which made
 * a long run of unclosed openings quadratic). Returns `re`.
 */
export function needs(re: RegExp, needle: Need): RegExp {
  needles.set(re, needle);
  const a = anchored.get(re);
  if (a) a.need = needle;
  return re;
}

export class Scanner {
  readonly str: string;
  pos = 0;
  /** Groups of the last successful match (index 0 is the whole match). */
  m: RegExpExecArray | null = null;
  /** Where the last match started: pre_match is str[0, matchStart). */
  matchStart = 0;
  private readonly startLine: number;

  constructor(str: string, startLine = 1) {
    this.str = str;
    this.startLine = startLine;
  }

  get eos(): boolean {
    return this.pos >= this.str.length;
  }

  private restPos = -1;
  private restStr = '';

  get rest(): string {
    if (this.restPos !== this.pos) {
      this.restStr = this.str.slice(this.pos);
      this.restPos = this.pos;
    }
    return this.restStr;
  }

  get matched(): string {
    return this.m ? this.m[0] : '';
  }

  /** The i-th group of the last match ('' groups stay ''; missing ones are undefined). */
  g(i: number): string | undefined {
    return this.m ? this.m[i] : undefined;
  }

  get preMatch(): string {
    return this.str.slice(0, this.matchStart);
  }

  private readonly ahead = new Map<string | RegExp, { from: number; at: number }>();

  /**
   * Index of the next `needle` (a string, or an unanchored pattern) at or after
   * pos, or -1; cached, so a run of openings that all look for the same closer
   * costs one search, not one each.
   */
  indexAhead(needle: string | RegExp): number {
    const c = this.ahead.get(needle);
    if (c && c.from <= this.pos && (c.at === -1 || c.at >= this.pos)) return c.at;
    let at: number;
    if (typeof needle === 'string') at = this.str.indexOf(needle, this.pos);
    else {
      const g = globalOf(needle);
      g.lastIndex = this.pos;
      at = g.exec(this.str)?.index ?? -1;
    }
    this.ahead.set(needle, { from: this.pos, at });
    return at;
  }

  private hopeless(re: RegExp): boolean {
    return this.lacks(needles.get(re));
  }

  /** Is `need` missing ahead (so the pattern cannot match)? */
  private lacks(need: Need | undefined): boolean {
    if (need === undefined) return false;
    return typeof need === 'string' ? this.indexAhead(need) === -1 : !need(this);
  }

  /** Anchored match at pos without advancing. Returns the match or null. */
  check(re: RegExp): RegExpExecArray | null {
    const a = anchoredOf(re);
    if (this.lacks(a.need)) return null;
    const s = a.sticky;
    s.lastIndex = 0;
    const m = s.exec(this.rest);
    if (m) {
      this.m = m;
      this.matchStart = this.pos;
    }
    return m;
  }

  /** Anchored match without touching the last-match state (Ruby's match? used as a probe). */
  test(re: RegExp | AnyOf): boolean {
    if (!(re instanceof RegExp)) {
      for (const r of re.anyOf) if (r instanceof RegExp ? this.test(r) : r.when(this) && this.test(r.pattern())) return true;
      return false;
    }
    const a = anchoredOf(re);
    if (this.lacks(a.need)) return false;
    const s = a.sticky;
    s.lastIndex = 0;
    return s.test(this.rest);
  }

  /** Anchored match, advancing past it. Returns the matched text or null. */
  scan(re: RegExp): string | null {
    const m = this.check(re);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /** Searches forward; returns the text from pos to the end of the match and advances. */
  scanUntil(re: RegExp): string | null {
    if (this.hopeless(re)) return null;
    const g = globalOf(re);
    g.lastIndex = 0;
    const m = g.exec(this.rest);
    if (!m) return null;
    const start = this.pos;
    this.m = m;
    this.matchStart = start + m.index;
    const end = start + m.index + m[0].length;
    this.pos = end;
    return this.str.slice(start, end);
  }

  /**
   * scan(/^.*?\n/) (paragraph.rb's PARAGRAPH_MATCH) by a search for the line break: where the
   * next line ends (past its \n), or -1 when no line break follows; advances there. The
   * last-match state is left as it is (no caller reads it after such a line).
   */
  skipLine(): number {
    const nl = this.str.indexOf('\n', this.pos);
    if (nl === -1) return -1;
    return (this.pos = nl + 1);
  }

  /**
   * scan(BLANK_LINE), `(?:^\s*\n)+` with Ruby's ASCII \s, without the pattern: the run of
   * whitespace at pos up to its last line break, or null (no line break in it). The last-match
   * state is left as it is.
   */
  scanBlank(): string | null {
    const s = this.str;
    let last = -1;
    for (let i = this.pos; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) last = i;
      else if (c !== 32 && (c < 9 || c > 13)) break;
    }
    if (last === -1) return null;
    const start = this.pos;
    this.pos = last + 1;
    return s.slice(start, last + 1);
  }

  getch(): string {
    if (this.eos) return '';
    const code = this.str.charCodeAt(this.pos);
    const len = code >= 0xd800 && code <= 0xdbff && this.pos + 1 < this.str.length ? 2 : 1;
    const ch = this.str.slice(this.pos, this.pos + len);
    this.pos += len;
    return ch;
  }

  terminate(): void {
    this.pos = this.str.length;
  }

  // Lines counted so far: newlines before linePos (positions mostly grow, so
  // counting on from the last answer keeps this linear overall).
  private linePos = 0;
  private lineCount = 0;
  /** The first line break at or after linePos (-1: none; -2: not looked for yet), so that asking again on one line costs no search. */
  private nextBreak = -2;

  lineAt(pos: number): number {
    if (pos < this.linePos) {
      this.linePos = 0;
      this.lineCount = 0;
      this.nextBreak = -2;
    }
    let count = this.lineCount;
    let i = this.nextBreak === -2 ? this.str.indexOf('\n', this.linePos) : this.nextBreak;
    for (; i !== -1 && i < pos; i = this.str.indexOf('\n', i + 1)) count++;
    this.linePos = pos;
    this.lineCount = count;
    this.nextBreak = i;
    // current_line_number counts a line break at the position itself too
    return this.startLine + count + (this.str.charCodeAt(pos) === 10 ? 1 : 0);
  }

  get line(): number {
    return this.lineAt(this.pos);
  }
}
