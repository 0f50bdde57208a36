// kramdown/parser/kramdown/smart_quotes.rb: the first rule that matches decides.
import { R, groupCount, rSource } from './regex.js';
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

// Made on the first quote (see lazyR): two hold \b, whose \p classes are costly to parse.
// One pattern instead of trying the rules one by one (ten anchored matches at the end of a word).
let compiled: Compiled | undefined;
export function compile(): Compiled {
  const sources: string[] = [];
  const rules: Array<{ at: number; ops: Op[] }> = [];
  let groups = 0;
  for (const [source, flags, substs] of RULES) {
    // (R rewrites `.` as the flags want: the `s` flag changes nothing else)
    const js = rSource(source, flags);
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
  return { re: new RegExp(sources.join('|'), 'mu'), rules };
}

let sticky: RegExp | undefined;

/**
 * The rule that matches at `pos` of `text` and what it writes, as `parse` finds it there, or
 * null. Run on the whole text, not the rest from `pos`: no rule looks behind where it starts
 * (the \b and \B of R look at characters the rule has matched), and the caller has no
 * surrogates, which the rest's start could split.
 */
export function quoteAt(text: string, pos: number): [RegExpExecArray, readonly Op[]] | null {
  const { re, rules } = (compiled ??= compile());
  sticky ??= new RegExp(re.source, re.flags + 'y');
  sticky.lastIndex = pos;
  const m = sticky.exec(text);
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
