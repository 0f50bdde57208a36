// What the engine learns about a rule's regex once, at compile time, to try fewer regexes
// per position (the speed-ups are ours; the semantics stay those of Rouge's StringScanner):
// - firstChars: the ASCII characters a match can start with, and whether it can start with
//   any other character (a rule is skipped elsewhere);
// - atPosition: a regex to run on the whole input at the scan position that gives the same
//   match as the original run on the rest of the input (StringScanner, fixed_anchor: false),
//   so that no slice of the input is made per position.
import { asciiAtom } from './ascii-atom.js';
import { BOUNDARY, NOT_BOUNDARY, W, asciiOnly, jsFlags } from './regex.js';

/** 129 flags, one per ASCII character and [128] for the characters beyond ASCII (a Wide); null
 * means "any character" (the regex can match empty). */
export type FirstChars = Uint8Array | null;

/** Which characters beyond ASCII a match can start with: 0 none; 1 only the two that `iu`
 * folds to ASCII letters, the long s (U+017F) and the Kelvin sign (U+212A); 2 others too. */
export type Wide = 0 | 1 | 2;
export const FOLDED_TO_ASCII = [0x17f, 0x212a];

/** `zero`: it matches no character (an assertion); then `set` and `wide` are what it lets the next
 * character be (ALL and 2: anything). */
interface Info { readonly set: Uint8Array; readonly nullable: boolean; readonly wide: Wide; readonly zero?: boolean }
const NONE = new Uint8Array(128);
const ALL = new Uint8Array(128).fill(1);

/** The characters a match of the (translated) regex can start with. */
export function firstChars(js: string, flags: string): FirstChars {
  const p = { src: js, i: 0, flags: jsFlags(flags) };
  try {
    const r = alternation(p);
    // An assertion alone, as (?=x), matches where the next character is one it lets be.
    if ((r.nullable && !(r.zero && constrains(r))) || p.i !== js.length) return null;
    const first = new Uint8Array(129);
    first.set(r.set);
    first[128] = r.wide;
    return first;
  } catch {
    return null;
  }
}

interface Parse { readonly src: string; i: number; readonly flags: string }

function alternation(p: Parse): Info {
  const alts: Info[] = [];
  for (;;) {
    alts.push(sequence(p));
    if (p.src[p.i] !== '|') break;
    p.i++;
  }
  const set = new Uint8Array(128);
  let nullable = false, wide: Wide = 0;
  const zero = alts.every((a) => a.zero);
  for (const a of alts) {
    if (a.zero && !zero && !constrains(a)) { nullable = true; continue; } // an empty alternative: what follows decides
    union(set, a.set); // an assertion among consuming alternatives: the next character is one it lets be
    if (a.wide > wide) wide = a.wide;
    nullable ||= a.nullable && !a.zero;
  }
  if (zero) return alts.some((a) => !constrains(a)) ? ZERO : { set, nullable: true, wide, zero };
  return { set, nullable, wide };
}

/**
 * A match starts with a character the first consuming term can start with, which the
 * assertions before it (look-aheads: \b is one) also let be there.
 */
function sequence(p: Parse): Info {
  const set = new Uint8Array(128);
  let nullable = true, wide: Wide = 0, allZero = true;
  let lets: Uint8Array = ALL, letsWide: Wide = 2;
  while (p.i < p.src.length && p.src[p.i] !== '|' && p.src[p.i] !== ')') {
    const t = term(p);
    if (!nullable) continue;
    if (t.zero) {
      if (constrains(t)) { lets = intersect(lets, t.set); letsWide = Math.min(letsWide, t.wide) as Wide; }
      continue;
    }
    allZero = false;
    union(set, intersect(lets, t.set));
    const w = Math.min(letsWide, t.wide) as Wide;
    if (w > wide) wide = w;
    nullable = t.nullable;
  }
  if (allZero) return { set: lets, nullable: true, wide: letsWide, zero: true };
  if (nullable && (lets !== ALL || letsWide < 2)) { // it can match empty where the next character is one the assertions let be
    union(set, lets);
    if (letsWide > wide) wide = letsWide;
    nullable = false;
  }
  return { set, nullable, wide };
}

/** Whether an assertion restricts the next character. */
function constrains(a: Info): boolean {
  return a.set !== ALL || a.wide < 2;
}

function intersect(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a === ALL) return b;
  if (b === ALL) return a;
  const out = new Uint8Array(128);
  for (let c = 0; c < 128; c++) out[c] = a[c]! & b[c]!;
  return out;
}

const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y;

function term(p: Parse): Info {
  const a = atom(p);
  QUANTIFIER.lastIndex = p.i;
  const q = QUANTIFIER.exec(p.src);
  if (!q) return a;
  p.i += q[0].length;
  const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
  if (a.zero) return min === 0 ? ZERO : a;
  return min === 0 ? { set: a.set, nullable: true, wide: a.wide } : a;
}

function atom(p: Parse): Info {
  const { src } = p;
  const c = src[p.i]!;
  if (c === '(') {
    let look = false;
    const ahead = src.startsWith('(?=', p.i);
    if (ahead || src.startsWith('(?!', p.i)) { p.i += 3; look = true; }
    else if (src.startsWith('(?<=', p.i) || src.startsWith('(?<!', p.i)) { p.i += 4; look = true; }
    else if (src.startsWith('(?:', p.i)) p.i += 3;
    else if (src.startsWith('(?<', p.i)) p.i = src.indexOf('>', p.i) + 1;
    else p.i++;
    const inner = alternation(p);
    if (src[p.i] !== ')') throw new Error('unbalanced');
    p.i++;
    // A positive look-ahead lets the next character be one its body can start with; other
    // look-arounds are taken to let anything be (a superset, which is safe).
    if (ahead) return inner.nullable ? ZERO : { set: inner.set, nullable: true, wide: inner.wide, zero: true };
    return look ? ZERO : inner;
  }
  if (c === '^' || c === '$') { p.i++; return ZERO; }
  let end = p.i + 1;
  if (c === '[') end = classEnd(src, p.i);
  else if (c === '\\') {
    const n = src[p.i + 1]!;
    if (/[1-9k]/.test(n)) { // a backreference: may match anything, or nothing
      p.i += 2;
      if (n === 'k') p.i = src.indexOf('>', p.i) + 1;
      else while (/[0-9]/.test(src[p.i] ?? '')) p.i++;
      return { set: ALL, nullable: true, wide: 2 };
    }
    if (n === 'b' || n === 'B') { p.i += 2; return ZERO; }
    if (n === 'p' || n === 'P' || (n === 'u' && src[p.i + 2] === '{')) end = src.indexOf('}', p.i) + 1;
    else end = p.i + (n === 'u' ? 6 : n === 'x' ? 4 : n === 'c' ? 3 : 2);
  } else if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00) end++;
  const text = src.slice(p.i, end);
  p.i = end;
  let wide = wideCache.get(p.flags + text);
  if (wide === undefined) wideCache.set(p.flags + text, (wide = matchesWide(text, p.flags)));
  return { set: asciiMatches(text, p.flags), nullable: false, wide };
}
const wideCache = new Map<string, Wide>();
/** An assertion that lets the next character be anything (an anchor, a look-behind...). */
const ZERO: Info = { set: ALL, nullable: true, wide: 2, zero: true };

function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j + 1;
  }
  throw new Error('unterminated class');
}

/** Which ASCII characters one atom (a character, class or escape) matches, by trying each. */
function asciiMatches(atomSource: string, flags: string): Uint8Array {
  const key = flags + atomSource;
  let set = matchesCache.get(key);
  if (!set) matchesCache.set(key, (set = tryAscii(atomSource, flags)));
  return set;
}
const matchesCache = new Map<string, Uint8Array>();

function tryAscii(atomSource: string, flags: string): Uint8Array {
  const set = new Uint8Array(128);
  const lit = atomSource.length === 1 && atomSource !== '.' ? atomSource : atomSource.length === 2 && /\\[^\w]/.test(atomSource) ? atomSource[1]! : '';
  if (lit && lit.charCodeAt(0) < 128 && !/[a-zA-Z]/.test(lit)) { set[lit.charCodeAt(0)] = 1; return set; }
  if (lit && !flags.includes('i') && lit.charCodeAt(0) < 128) { set[lit.charCodeAt(0)] = 1; return set; }
  // Most atoms are read from their text (ascii-atom.ts); the rest, V8 answers.
  const read = asciiAtom(atomSource, flags);
  if (read !== undefined) return read;
  // Only ASCII characters are tried: the atom's \p{...} classes narrowed to their ASCII members
  // answer alike and cost V8 far less to make (the Python lexer's first block: ~12M instructions
  // less). Not under `i`, where a character beyond ASCII may fold to an ASCII one (K, the Kelvin sign).
  const re = new RegExp(flags.includes('i') ? atomSource : asciiOnly(atomSource), flags);
  for (let c = 0; c < 128; c++) {
    re.lastIndex = 0;
    if (re.test(String.fromCharCode(c))) set[c] = 1;
  }
  return set;
}

/**
 * Which characters beyond ASCII one atom can match, read from its text: any when unsure
 * (a negated class, `.`, \p{..}, \W, anything not understood), as a superset is safe.
 * Under `i` (with `u`), k and s also match the Kelvin sign and the long s.
 */
function matchesWide(atomSource: string, flags: string): Wide {
  const fold = flags.includes('i');
  if (atomSource === '.') return 2;
  if (atomSource[0] !== '[') return itemWide(atomSource, fold);
  if (atomSource[1] === '^') return 2;
  const body = atomSource.slice(1, -1);
  let wide: Wide = 0;
  for (let i = 0; i < body.length;) {
    const item = CLASS_ITEM.exec(body.slice(i))?.[0];
    if (!item || item === '[') return 2; // a nested class (flag v) or worse: unsure
    i += item.length;
    const end = body[i] === '-' && i + 1 < body.length ? CLASS_ITEM.exec(body.slice(i + 1))?.[0] : undefined;
    let w: Wide;
    if (end) { // a range
      i += 1 + end.length;
      const lo = itemCode(item), hi = itemCode(end);
      w = lo < 0 || hi < 0 || hi >= 128 ? 2 : fold && FOLDS.some((f) => f >= lo && f <= hi) ? 1 : 0;
    } else w = itemWide(item, fold);
    if (w > wide) wide = w;
  }
  return wide;
}
/** One character or escape of a class (a surrogate pair is one). */
const CLASS_ITEM = /^(?:\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[pP]\{[^}]*\}|.)|[\ud800-\udbff][\udc00-\udfff]|[^])/s;
/** The ASCII letters that `iu` folds to characters beyond ASCII: K k (U+212A), S s (U+017F). */
const FOLDS = [75, 83, 107, 115];
function itemWide(item: string, fold: boolean): Wide {
  const code = itemCode(item);
  if (code === ASCII_CLASS) return fold && item === '\\w' ? 1 : 0; // \w under `iu`: ſ and K
  return code < 0 || code >= 128 ? 2 : fold && FOLDS.includes(code) ? 1 : 0;
}
const ASCII_CLASS = -1;
/** The code of the one character an item is; ASCII_CLASS for \d and \w; -2 when unsure or
 * for a class of other characters (\s \S \W \D \p{..} \b...). */
function itemCode(item: string): number {
  if (item[0] !== '\\' || item.length === 1) return item.length === 1 ? item.charCodeAt(0) : -2;
  const n = item[1]!;
  if (n === 'd' || n === 'w') return ASCII_CLASS;
  if (item.length === 2 && n in ESCAPES) return ESCAPES[n]!;
  if (n === 'x' || n === 'u') { const c = parseInt(item.slice(2).replace(/[{}]/g, ''), 16); return Number.isNaN(c) ? -2 : c; }
  if (n === 'c' && item.length === 3) return item.charCodeAt(2) % 32;
  return item.length === 2 && /[^\w]/.test(n) ? n.charCodeAt(0) : -2;
}
const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

function union(into: Uint8Array, from: Uint8Array): void {
  if (from === NONE) return;
  for (let c = 0; c < 128; c++) into[c] |= from[c]!;
}

const AT_BOL = '(?<![^\\n])';
const AT_START = '(?<![\\s\\S])';
const CAPTURE = /\((?!\?)|\(\?<[a-zA-Z]/;

/** A regex for the whole input; where `prevBad` flags the character before the scan position
 * (by code, [128] for any other), only the slice gives Ruby's answer. */
export interface AtPosition { readonly source: string; readonly prevBad: Uint8Array | null }

/**
 * The regex to run at the scan position of the whole input, or null when only a slice gives
 * Ruby's answer. On the rest of the input, look-behinds at its start see nothing: ^ and \A
 * hold, \b is "a word character follows", (?<!x) holds and (?<=x) fails. Those are rewritten
 * when they lead an alternative. Other look-behinds of one character give the same answer
 * on the whole input unless the character before the scan position is one they look for.
 */
export function atPosition(js: string, flags: string): AtPosition | null {
  const alts = topAlternatives(js);
  if (!alts) return null;
  const out: string[] = [];
  for (let a of alts) {
    for (;;) {
      if (a.startsWith(AT_BOL)) a = a.slice(AT_BOL.length);
      else if (a.startsWith(AT_START)) a = a.slice(AT_START.length);
      else if (a.startsWith(BOUNDARY)) { a = a.slice(BOUNDARY.length); out.push(`(?=${W})`); }
      else if (a.startsWith(NOT_BOUNDARY)) { a = a.slice(NOT_BOUNDARY.length); out.push(`(?!${W})`); }
      else if (a.startsWith('(?<!') || a.startsWith('(?<=')) {
        const end = groupEnd(a, 0);
        if (end < 0 || CAPTURE.test(a.slice(4, end - 1))) return null;
        // It sees nothing: (?<=x|^) holds and (?<!x|^) fails there, by the alternative that needs no character.
        if (a.startsWith('(?<=') !== holdsAtStart(a.slice(4, end - 1))) out.push('(?!)');
        a = a.slice(end);
      } else break;
    }
    out.push(a, '|');
  }
  out.pop();
  const source = out.join('');
  let prevBad: Uint8Array | null = null;
  for (let i = source.indexOf('(?<'); i >= 0; i = source.indexOf('(?<', i + 1)) {
    if (source[i + 3] !== '=' && source[i + 3] !== '!') continue; // a named group
    if (i > 0 && source[i - 1] === '\\') return null;
    const end = groupEnd(source, i);
    const behind = end < 0 ? '' : source.slice(i + 4, end - 1);
    if (!ONE_CHAR.test(behind)) return null;
    prevBad ??= new Uint8Array(129).fill(1, 128);
    union(prevBad, asciiMatches(behind, jsFlags(flags)));
  }
  return { source, prevBad };
}

/** Whether a look-behind's body matches with nothing before it: one of its alternatives is
 * empty once ^ and \A are dropped. */
function holdsAtStart(body: string): boolean {
  return (topAlternatives(body) ?? []).some((alt) => alt.split(AT_BOL).join('').split(AT_START).join('') === '');
}

/** One character: a class, an escape or a literal. */
const ONE_CHAR = /^(?:\[(?:\\.|[^\]\\])*\]|\\[pP]\{[^}]*\}|\\[^pPuxck1-9]|[^\\()[\]|*+?{}^$.])$/;

/** The top-level alternatives of a regex source (null if it cannot be split safely). */
function topAlternatives(js: string): string[] | null {
  const alts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < js.length; i++) {
    const c = js[i];
    if (c === '\\') i++;
    else if (c === '[') { i = classEnd(js, i) - 1; }
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alts.push(js.slice(start, i)); start = i + 1; }
  }
  alts.push(js.slice(start));
  return depth === 0 ? alts : null;
}

/** The index after the group that opens at `i`, or -1. */
function groupEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(s, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}
