// kramdown/parser/kramdown/smart_quotes.rb: the first rule that matches decides.
import { R, WORD_END, WORD_NEXT, groupCount, rSource } from './regex.js';
import { el } from './element.js';
import type { SpanConstruct } from './parser.js';

const PUNCT = '[!"#\\$%\'()*+,\\-.\\/:;<=>?@\\[\\\\\\]\\^_`{|}~]';
const CLOSE = '[^ \\\\\\t\\r\\n\\[{(\\-]';
type Subst = number | string;
/** The rules in order: pattern (kramdown's), flags, what it writes. */
export const RULES: ReadonlyArray<[string, string, Subst[]]> = [
  ['("|\')(?=[_*]{1,2}\\S)', '', ['lquote1']],
  [`("|')(?=${PUNCT}(?!\\.\\.)\\B)`, '', ['rquote1']],
  ['(\\s?)"\'(?=\\w)', '', [1, 'ldquo', 'lsquo']],
  ['(\\s?)\'"(?=\\w)', '', [1, 'lsquo', 'ldquo']],
  ['(\\s?)\'(?=\\d\\ds)', '', [1, 'rsquo']],
  ['(\\s)(\'|")(?=\\w)', '', [1, 'lquote2']],
  [`(${CLOSE})('|")`, '', [1, 'rquote2']],
  ['("|\')(?=\\s|s\\b|$)', '', ['rquote1']],
  ['(.?)\'', 's', [1, 'lsquo']],
  ['(.?)"', 's', [1, 'ldquo']],
];
const SUBSTS: Record<string, string> = {
  'rquote1"': 'rdquo', "rquote1'": 'rsquo', 'rquote2"': 'rdquo', "rquote2'": 'rsquo',
  'lquote1"': 'ldquo', "lquote1'": 'lsquo', 'lquote2"': 'ldquo', "lquote2'": 'lsquo',
};

/** What a rule writes: a group's text, or a quote (by name, or by the quote a group holds). */
export type Op = { group: number; text: true } | { group: number; name: string; dq: string; sq: string } | { name: string };
interface Compiled {
  /** The rules as one pattern, each in a group of its own: the first alternative that matches is the first rule that does. */
  readonly re: RegExp;
  /** Per rule: the number of its group in `re`, and what it writes (group numbers made absolute). */
  readonly rules: ReadonlyArray<{ at: number; ops: Op[] }>;
}

/**
 * A rule's `\b` and `\B` where the character before them is known: `s\b` is `s` with no word
 * character next; `\B` after PUNCT (of which only `_` is a word character) is a word
 * character next after `_`, none after the others. One \p{...} class each instead of R's four
 * (which V8 builds anew at each parse and compile of the pattern).
 */
function knownBoundaries(source: string): string {
  const punctB = `${PUNCT}(?!\\.\\.)\\B`;
  const other = PUNCT.replace('_', '');
  return source
    .replace(punctB, `(?:_(?!\\.\\.)${WORD_NEXT}|${other}(?!\\.\\.)${WORD_END})`)
    .replace('s\\b', `s${WORD_END}`);
}

// Made on the first quote (see lazyR): two hold \b, whose \p classes are costly to parse.
// One pattern instead of trying the rules one by one (ten anchored matches at the end of a word);
// sticky, as the scanner (anchoredOf) and quoteAt run it.
let compiled: Compiled | undefined;
export function compile(): Compiled {
  const sources: string[] = [];
  const rules: Array<{ at: number; ops: Op[] }> = [];
  let groups = 0;
  for (const [source, flags, substs] of RULES) {
    // (R rewrites `.` as the flags want: the `s` flag changes nothing else)
    const js = rSource(knownBoundaries(source), flags);
    const at = groups + 1;
    sources.push(`(${js})`);
    groups += 1 + groupCount(js);
    rules.push({
      at,
      ops: substs.map((x): Op => {
        if (typeof x === 'number') return { group: at + x, text: true };
        const group = Number(x[x.length - 1]);
        if (Number.isNaN(group)) return { name: SUBSTS[x] ?? x };
        return { group: at + group, name: x, dq: SUBSTS[x + '"'] ?? x, sq: SUBSTS[x + "'"] ?? x };
      }),
    });
  }
  // (sources already in JavaScript's terms: not rewritten by R again)
  return { re: new RegExp(sources.join('|'), 'muy'), rules };
}

/**
 * The rule that matches at `pos` of `text` and what it writes, as `parse` finds it there, or
 * null. Run on the whole text, not the rest from `pos`: no rule looks behind where it starts
 * (the \b and \B of R look at characters the rule has matched), and the caller has no
 * surrogates, which the rest's start could split.
 */
export function quoteAt(text: string, pos: number): [RegExpExecArray, readonly Op[]] | null {
  const { re, rules } = (compiled ??= compile());
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  let r = 0;
  while (m[rules[r].at] === undefined) r++;
  return [m, rules[r].ops];
}

/** The entity name a quote op writes, for the match `m`. */
export function quoteName(op: Exclude<Op, { text: true }>, m: RegExpExecArray): string {
  if (!('group' in op)) return op.name;
  const q = m[op.group];
  return q === '"' ? op.dq : q === "'" ? op.sq : SUBSTS[op.name + (q ?? '')] ?? op.name;
}

export const smartQuotes: SpanConstruct = {
  name: 'smart_quotes',
  start: R('[^\\\\]?["\']'),
  spanStart: '[^\\\\]?["\']',
  // A quote here, or after this character (not a backslash; a surrogate is left to the pattern).
  quick: (s, pos) => {
    const c = s.charCodeAt(pos);
    if (c === 34 || c === 39) return true;
    if (c === 92) return false;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    const n = s.charCodeAt(pos + 1);
    return n === 34 || n === 39;
  },
  parse(p) {
    const src = p.src;
    const { re, rules } = (compiled ??= compile());
    const m = src.check(re);
    if (!m) {
      p.addText(src.getch());
      return;
    }
    src.pos += m[0].length;
    let r = 0;
    while (m[rules[r].at] === undefined) r++;
    for (const op of rules[r].ops) {
      if ('text' in op) p.addText(m[op.group] ?? '');
      else p.tree.children.push(el('smart_quote', quoteName(op, m)));
    }
  },
};
