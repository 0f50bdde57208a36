// Ruby (Onigmo) regular expressions as Rouge writes them, rewritten for JavaScript.
// Ruby matches on the rest of the input (StringScanner with fixed_anchor: false), so \A, ^ and
// look-behinds see nothing before the scan position: these sources mean that when run on a
// slice that starts there; prefilter.ts derives the equivalent regex for the whole input.
import { BMP_PROPERTY_RANGES } from './bmp-properties.js';

/** Ruby flags: i (ignore case), m (dot matches newline), x (extended: spaces and comments ignored). */
export function rubyRegex(source: string, flags = ''): RegExp {
  return jsRegex(jsSource(source, flags), flags);
}

/** The JavaScript source of a Ruby regex (to be compiled with the flags of jsFlags). */
export function jsSource(source: string, flags = ''): string {
  try {
    return translate(source, flags.includes('m'), flags.includes('x'), flags.includes('i'));
  } catch (e) {
    throw new Error(`highlight: cannot compile /${source}/${flags}: ${(e as Error).message}`);
  }
}

/** The JavaScript flags for Ruby flags: always sticky and Unicode, `i` kept. */
export const jsFlags = (flags: string): string => 'yu' + (flags.includes('i') ? 'i' : '');

/** Compiles a translated source (from jsSource). */
export function jsRegex(js: string, flags: string): RegExp {
  try {
    return new RegExp(js, jsFlags(flags));
  } catch (e) {
    throw new Error(`highlight: cannot compile /${js}/: ${(e as Error).message}`);
  }
}

const RUBY_SPACE = '\\t\\n\\v\\f\\r ';
const NOT_SPACE = '\\0-\\x08\\x0e-\\x1f\\x21-\\u{10ffff}';
// Onigmo's \b is Unicode-aware while its \w is ASCII: a word character is one of \p{Word}
// (alphabetic, marks, decimal digits, connector punctuation: not ZWJ/ZWNJ, not ① or ⅓), plus
// the Latin-1 ² ³ ¹ ¼ ½ ¾ (ruby 3.1: `"x²" =~ /x\b/` is nil, `"x\u200d" =~ /x\b/` is 1).
export const W = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\xb2\\xb3\\xb9\\xbc-\\xbe]';
export const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
export const NOT_BOUNDARY = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
// Onigmo's \p{Space} / [[:space:]]: White_Space (NEL U+0085 in, the BOM U+FEFF out, unlike JavaScript's \s).
const ONIG_SPACE = '\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const PROPS: Record<string, string> = {
  // Onigmo's Word: no Join_Control (ZWJ, ZWNJ), which UTS #18's \w adds.
  Word: '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}',
  Alpha: '\\p{Alphabetic}', Alnum: '\\p{Alphabetic}\\p{Nd}', Upper: '\\p{Uppercase}',
  Lower: '\\p{Lowercase}', Digit: '\\p{Nd}', Space: ONIG_SPACE, Punct: '\\p{P}',
  XDigit: '0-9A-Fa-f',
};
const POSIX: Record<string, string> = {
  alpha: PROPS.Alpha!, alnum: PROPS.Alnum!, upper: PROPS.Upper!, lower: PROPS.Lower!,
  digit: PROPS.Digit!, space: ONIG_SPACE, word: PROPS.Word!, punct: PROPS.Punct!, xdigit: '0-9A-Fa-f',
};

function translate(src: string, dotAll: boolean, extended: boolean, ignoreCase: boolean): string {
  let out = '';
  let inClass = 0;
  let classStart = 0;
  // Where the open groups start in `out`, and the span of the group closed last.
  const groups: number[] = [];
  let closedFrom = -1, closedTo = -1;
  const markable = !src.includes(MARK_B) && !src.includes(MARK_NB);
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[++i];
      if (n === undefined) throw new Error('trailing backslash');
      const before = (n === 'b' || n === 'B') && !inClass ? endsWith(out, closedTo === out.length ? closedFrom : -1, ignoreCase) : undefined;
      if (before !== undefined) {
        // After a word character \b is "no word character follows" and \B "one follows"
        // (after another character the reverse): the same test with one class instead of
        // four (V8 compiles each \p class for milliseconds, a look-behind of one most of all).
        out += (n === 'b') === before ? AFTER_WORD : AFTER_OTHER;
        continue;
      }
      if ((n === 'b' || n === 'B') && !inClass && markable) {
        // Decided once what follows is translated (beforeWords).
        out += n === 'b' ? MARK_B : MARK_NB;
        continue;
      }
      out += escape(n, inClass > 0, () => {
        // \p{Name} / \P{Name}
        const end = src.indexOf('}', i);
        const name = src.slice(i + 2, end);
        i = end;
        return name;
      }, src, i);
      if (n === 'x' || n === 'u' || n === 'k' || /[0-9]/.test(n)) {
        // copy the rest of the escape verbatim
        const m = /^(?:x[0-9a-fA-F]{1,2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|k<\w+>|[0-9]+)/.exec(src.slice(i));
        if (m) { out += m[0]; i += m[0].length - 1; }
      }
      continue;
    }
    if (inClass) {
      if (c === '[' && src[i + 1] === ':') {
        const end = src.indexOf(':]', i);
        const name = src.slice(i + 2, end);
        const neg = name.startsWith('^');
        const cls = POSIX[neg ? name.slice(1) : name];
        if (!cls || neg) throw new Error(`unsupported POSIX class [:${name}:]`);
        out += cls;
        i = end + 1;
        continue;
      }
      if (c === '[') throw new Error('nested character class');
      if (c === '&' && src[i + 1] === '&') throw new Error('class intersection');
      if (c === ']' && out.length !== classStart) inClass = 0;
      else if (c === ']') { out += '\\]'; continue; } // a ] first in the class is literal
      out += c === '/' ? '\\/' : c;
      continue;
    }
    if (extended && /\s/.test(c)) continue;
    if (extended && c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    switch (c) {
      case '[': inClass = 1; out += c; if (src[i + 1] === '^') { out += '^'; i++; } classStart = out.length; break;
      case '.': out += dotAll ? '[\\s\\S]' : '[^\\n]'; break;
      case '^': out += '(?<![^\\n])'; break;
      case '$': out += '(?![^\\n])'; break;
      case '/': out += '\\/'; break;
      case '(':
        if (src[i + 1] === '?') {
          const rest = src.slice(i + 2);
          if (rest.startsWith('>')) throw new Error('atomic group');
          const f = /^([imx]*)(?:-([imx]*))?([:)])/.exec(rest);
          if (f && rest[0] !== ':' ) throw new Error(`inline flags (?${f[0]}`);
        }
        groups.push(out.length);
        out += c;
        break;
      case ')':
        closedFrom = groups.pop() ?? -1;
        if (closedFrom >= 0) out = out.slice(0, closedFrom) + hoisted(out.slice(closedFrom));
        out += c;
        closedTo = out.length;
        break;
      case '{': {
        const m = /^\{(\d*),?(\d*)\}/.exec(src.slice(i));
        if (m && m[1] === '' && m[0].includes(',')) { out += `{0,${m[2]}}`; i += m[0].length - 1; }
        else if (m) { out += m[0]; i += m[0].length - 1; }
        else out += '\\{';
        break;
      }
      case '}': out += '\\}'; break;
      case ']': out += '\\]'; break; // a literal in Ruby, a syntax error in a Unicode-mode JS regex
      case '*': case '+': case '?':
        out += c;
        if (src[i + 1] === '+') throw new Error('possessive quantifier');
        break;
      default: out += c;
    }
  }
  return hoisted(markable ? beforeWords(out) : out);
}

// Placeholders for a \b or \B whose form depends on what follows (groups: endsWith says "not known").
const MARK_B = '(?:\uE001)';
const MARK_NB = '(?:\uE002)';
/**
 * Each placeholder as \b or \B before a word character: "no word character precedes" (or
 * "one precedes"), one look-behind instead of Onigmo's whole boundary (`\b(?:if|else)\b`:
 * two W classes instead of five); else the whole boundary.
 */
function beforeWords(js: string): string {
  if (!js.includes(MARK_B) && !js.includes(MARK_NB)) return js;
  let out = '';
  let from = 0;
  for (let i = js.indexOf('(?:'); i >= 0; i = js.indexOf('(?:', i + 1)) {
    const mark = js.slice(i, i + MARK_B.length);
    if (mark !== MARK_B && mark !== MARK_NB) continue;
    const word = startsWithWord(js.slice(i + mark.length));
    out += js.slice(from, i) + (mark === MARK_B ? (word ? `(?<!${W})` : BOUNDARY) : (word ? `(?<=${W})` : NOT_BOUNDARY));
    from = i + mark.length;
  }
  return out + js.slice(from);
}

/**
 * Whether every match of `js` (a translated source, maybe followed by more) starts with a
 * word character: a literal ASCII letter, digit or _ (or \d, \w) not made optional, or a
 * group not made optional whose every alternative does.
 */
function startsWithWord(js: string): boolean {
  let end: number;
  if (/^(?:[A-Za-z0-9_]|\\[dw])/.test(js)) end = js[0] === '\\' ? 2 : 1;
  else if (js[0] === '(' && !js.startsWith(MARK_B) && !js.startsWith(MARK_NB)) {
    const head = /^\((?:\?:|\?<[a-zA-Z]\w*>)?/.exec(js)![0];
    if (/^\(\?(?:[=!]|<[=!])/.test(js)) return false;
    end = groupEnd(js);
    if (end < 0) return false;
    const alts = splitAlternatives(js.slice(head.length, end - 1));
    if (alts === null || !alts.every((a) => startsWithWord(a))) return false;
  } else return false;
  // Not `?`, `*`, `{0,..}` (nor a lazy form of them): `+` and `{1,}` keep the first character.
  return !/^(?:[?*]|\{0*,|\{0+\})/.test(js.slice(end));
}

/** The index after the group opening at 0 of a translated source, or -1. */
function groupEnd(js: string): number {
  let depth = 0, inClass = false;
  for (let i = 0; i < js.length; i++) {
    const c = js[i];
    if (c === '\\') i++;
    else if (inClass) { if (c === ']') inClass = false; }
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** \b after a word character, \B after another character (and the reverse). */
const AFTER_WORD = `(?!${W})`;
const AFTER_OTHER = `(?=${W})`;

/**
 * `a(?!W)|b(?!W)|c` as `(?:a|b)(?!W)|c`: consecutive alternatives ending with the same
 * word-boundary test share one (the same matches, tried in the same order: concatenation
 * distributes over ordered alternation). A keyword list with \b after each word (gherkin's
 * steps in 70 languages) then has a few W classes instead of one per word; V8 compiles each
 * for a millisecond or more once the \p classes are spelled out (bmpOnly). `js` is the text
 * from an open group's `(` (without its `)`) or a whole source.
 */
function hoisted(js: string): string {
  if (!js.includes(AFTER_WORD) && !js.includes(AFTER_OTHER)) return js;
  const head = js[0] === '(' ? /^\((?:\?:|\?<[a-zA-Z]\w*>|\?[=!]|\?<[=!])?/.exec(js)![0] : '';
  // Inside a look-behind (matched backwards) left as written.
  if (head.startsWith('(?<=') || head.startsWith('(?<!')) return js;
  const alts = splitAlternatives(js.slice(head.length));
  if (alts === null || alts.length < 2) return js;
  const out: string[] = [];
  for (let k = 0; k < alts.length;) {
    const suffix = [AFTER_WORD, AFTER_OTHER].find((t) => endsWithTest(alts[k]!, t));
    let e = k + 1;
    while (suffix !== undefined && e < alts.length && endsWithTest(alts[e]!, suffix)) e++;
    if (e - k < 2) { out.push(alts[k]!); k++; continue; }
    out.push(`(?:${alts.slice(k, e).map((a) => a.slice(0, -suffix!.length)).join('|')})${suffix}`);
    k = e;
  }
  return head + out.join('|');
}

/** Whether alternative `alt` ends with the lookahead `test` itself (not a quantified or escaped copy). */
function endsWithTest(alt: string, test: string): boolean {
  if (!alt.endsWith(test)) return false;
  const rest = alt.slice(0, -test.length);
  // An odd run of backslashes before it would make its `(` a literal.
  return !/(?:^|[^\\])(?:\\\\)*\\$/.test(rest);
}

const ATOM_ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|k<[^>]*>|[pP]\{[^}]*\}|[1-9][0-9]*|[^])/y;
/** The last atom of a translated source (a character, an escape or a class; `)` of a group). */
function lastAtom(js: string): string {
  let at = 0, end = 0;
  for (let i = 0; i < js.length; i = end) {
    at = i;
    if (js[i] === '\\') {
      ATOM_ESCAPE.lastIndex = i;
      end = ATOM_ESCAPE.exec(js) ? ATOM_ESCAPE.lastIndex : i + 1;
    } else if (js[i] === '[') {
      end = i + 1;
      while (end < js.length && js[end] !== ']') end += js[end] === '\\' ? 2 : 1;
      end++;
    } else end = i + 1;
  }
  return js.slice(at);
}

// Made on first use: V8 builds a pattern's \p{..} classes when it compiles it, at every engine load
// otherwise (only a lexer's pattern with a literal beyond ASCII asks).
let wordChar: RegExp | undefined;
/**
 * Whether a match of the translated `out` always ends with a word character (true) or always
 * with another character (false): a literal ASCII letter, digit or _ (or \d, \w); a literal
 * character beyond ASCII (without `i`, whose case folding this does not follow) or an escaped
 * ASCII punctuation character, or a space; or a group (`groupAt` is where the group just
 * closed starts) whose every alternative says the same. Undefined when not known:
 * lookarounds, anything quantified or optional, syntax characters.
 */
function endsWith(out: string, groupAt: number, ignoreCase: boolean): boolean | undefined {
  if (groupAt >= 0) {
    if (/^\(\?(?:[=!]|<[=!])/.test(out.slice(groupAt, groupAt + 4))) return undefined;
    const head = /^\((?:\?:|\?<[a-zA-Z]\w*>)?/.exec(out.slice(groupAt))![0];
    const alts = splitAlternatives(out.slice(groupAt + head.length, -1));
    if (alts === null) return undefined;
    const kinds = alts.map((a) => endsWith(a, -1, ignoreCase));
    return kinds.every((k) => k === kinds[0]) ? kinds[0] : undefined;
  }
  const atom = lastAtom(out);
  if (/^(?:[A-Za-z0-9_]|\\[dw])$/.test(atom)) return true;
  // Escaped punctuation (\. \- \/ ...), a space and raw punctuation other than syntax are one
  // literal character each; `:` `=` `!` `>` may be the tail of `(?:`, `(?<=`, `(?<name>`.
  if (/^(?:\\[!-/:-@[-`{-~]|[ "#%&',;<@`~-])$/.test(atom)) return false;
  const code = atom.length === 1 ? atom.charCodeAt(0) : 0;
  if (code >= 0x80 && (code < 0xd800 || code > 0xdfff) && !ignoreCase) return (wordChar ??= new RegExp(W, 'u')).test(atom);
  return undefined;
}

/** The top-level alternatives of a translated source, or null where a class or group is unbalanced. */
function splitAlternatives(js: string): string[] | null {
  const alts: string[] = [];
  let depth = 0, start = 0, inClass = false;
  for (let i = 0; i < js.length; i++) {
    const c = js[i];
    if (c === '\\') i++;
    else if (inClass) { if (c === ']') inClass = false; }
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') { if (--depth < 0) return null; }
    else if (c === '|' && depth === 0) { alts.push(js.slice(start, i)); start = i + 1; }
  }
  if (depth !== 0 || inClass) return null;
  alts.push(js.slice(start));
  return alts;
}

function escape(n: string, inClass: boolean, prop: () => string, _src: string, _i: number): string {
  switch (n) {
    case 's': return inClass ? RUBY_SPACE : `[${RUBY_SPACE}]`;
    case 'S': return inClass ? NOT_SPACE : `[^${RUBY_SPACE}]`;
    case 'h': return inClass ? '0-9a-fA-F' : '[0-9a-fA-F]';
    case 'H': if (inClass) throw new Error('\\H in class'); return '[^0-9a-fA-F]';
    case 'A': return '(?<![\\s\\S])';
    case 'z': return '(?![\\s\\S])';
    case 'Z': return '(?=\\n?(?![\\s\\S]))';
    case 'b': return inClass ? '\\b' : BOUNDARY;
    case 'B': return NOT_BOUNDARY;
    case 'e': return '\\x1b';
    case 'a': return '\\x07';
    case 'p': case 'P': {
      const name = prop();
      const body = PROPS[name] ?? `\\p{${name}}`;
      if (n === 'P') { if (inClass) throw new Error('\\P in class'); return `[^${body}]`; }
      return inClass ? body : `[${body}]`;
    }
    case 'G': case 'K': case 'R': case 'X': throw new Error(`unsupported escape \\${n}`);
    case 'x': case 'u': case 'k': return '\\';
  }
  if (/[0-9]/.test(n)) return '\\';
  if (/[a-zA-Z]/.test(n)) return '\\' + n; // \d \w \b \n \t ...
  if (SYNTAX.has(n) || (inClass && n === '-')) return '\\' + n;
  return n;
}

/** Ruby's Regexp.escape. */
export function rubyEscape(s: string): string {
  return s.replace(/[[\]{}()|\-*.\\?+^$# \t\n\r\f\v]/g, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\f' ? '\\f' : c === '\v' ? '\\v' : '\\' + c);
}

/** `(?:a|b|c)` from a word list (entries are regex sources, as in Rouge's %w lists). */
export const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/**
 * The same regex for inputs that are all ASCII: every \p{..} and \P{..} becomes the ASCII
 * characters it matches (which is all it can meet there). Unicode property classes make V8
 * slow to compile a regex (milliseconds each, with look-behinds), ASCII classes do not.
 */
export function asciiOnly(js: string): string {
  return narrowed(js, asciiClass);
}

/**
 * The same regex for inputs without surrogates (every character in the Basic Multilingual
 * Plane, as most non-English text is) whose characters beyond ASCII lie in `zones` (a mask of
 * ZONES, see zonesOf): each \p{..} and \P{..} becomes the ranges of those characters it
 * matches (a regex meets no others in that input). V8 compiles those several times faster
 * than the property, whose astral ranges it must match as surrogate pairs; and a class cut
 * to the zones a Chinese text uses is a few ranges where the whole BMP's word class (the W
 * of every \b) is 700. A regex with `i` must get ALL_ZONES: case folding crosses zones
 * (k and the Kelvin sign).
 */
export function bmpOnly(js: string, zones = ALL_ZONES): string {
  return narrowed(js, (escape) => bmpClass(escape, zones));
}

function narrowed(js: string, classOf: (escape: string) => string): string {
  if (!/\\[pP]\{/.test(js)) return js;
  let out = '';
  let inClass = false;
  for (let i = 0; i < js.length; i++) {
    const c = js[i]!;
    if (c === '\\') {
      const n = js[i + 1]!;
      if ((n === 'p' || n === 'P') && js[i + 2] === '{') {
        const end = js.indexOf('}', i);
        const set = classOf(js.slice(i, end + 1));
        out += inClass ? set : `[${set}]`;
        i = end;
      } else { out += c + n; i++; }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** The ASCII characters a \p{..} escape matches, as class contents; made once per escape
 * (a lexer has dozens of rules with \b, four escapes each). */
function asciiClass(escape: string): string {
  let set = asciiClasses.get(escape);
  if (set === undefined) asciiClasses.set(escape, (set = ranges(asciiSet(escape))));
  return set;
}
const asciiClasses = new Map<string, string>();

/** Where the BMP beyond ASCII is cut into zones: Latin and IPA, other alphabets, punctuation
 * and symbols, Glagolitic to CJK radicals, CJK symbols and kana, CJK ideographs, Yi to Hangul,
 * private use to Arabic forms, fullwidth forms (Chinese text: ideographs, “” and ，). */
const ZONES = [0x80, 0x300, 0x2000, 0x2c00, 0x3000, 0x3400, 0xa000, 0xe000, 0xff00, 0x10000];
export const ALL_ZONES = (1 << (ZONES.length - 1)) - 1;
/** The zone of a character by its high byte (the bounds past 0x80 are multiples of 0x100). */
const ZONE_OF = new Uint8Array(256);
for (let z = 0; z < ZONES.length - 1; z++) for (let h = ZONES[z]! >> 8; h < ZONES[z + 1]! >> 8; h++) ZONE_OF[h] = z;

/** The mask of ZONES an input's characters beyond ASCII lie in. */
export function zonesOf(str: string): number {
  let mask = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) mask |= 1 << ZONE_OF[c >> 8]!;
  }
  return mask;
}

/** The BMP characters a \p{..} escape matches within `zones`, as class contents (\u{..} ranges);
 * once per escape and zones. */
function bmpClass(escape: string, zones: number): string {
  const key = `${zones} ${escape}`;
  let set = bmpClasses.get(key);
  if (set === undefined) {
    set = '';
    const hex = (c: number): string => `\\u{${c.toString(16)}}`;
    for (const [from, to] of bmpRanges(escape)) {
      // ASCII is always in; cut the rest to the zones.
      for (let z = -1; z < ZONES.length - 1; z++) {
        const lo = z < 0 ? 0 : ZONES[z]!, hi = ZONES[z + 1]! - 1;
        if (z >= 0 && !(zones & (1 << z))) continue;
        const a = Math.max(from, lo), b = Math.min(to, hi);
        if (a <= b) set += a === b ? hex(a) : `${hex(a)}-${hex(b)}`;
      }
    }
    bmpClasses.set(key, set);
  }
  return set;
}
const bmpClasses = new Map<string, string>();

/** The BMP characters a \p{..} escape matches, as ranges; once per escape, from the generated
 * table (bmp-properties.ts) when it has the escape. */
function bmpRanges(escape: string): readonly (readonly [number, number])[] {
  let ranges = bmpRangesOf.get(escape);
  if (ranges === undefined) {
    const listed = BMP_PROPERTY_RANGES[escape];
    ranges = listed === undefined ? searchedBmpRanges(escape) : parsedRanges(listed);
    bmpRangesOf.set(escape, ranges);
  }
  return ranges;
}
const bmpRangesOf = new Map<string, readonly (readonly [number, number])[]>();

/** The BMP characters a \p{..} escape matches, found by running it over the whole BMP. */
export function searchedBmpRanges(escape: string): [number, number][] {
  const found: [number, number][] = [];
  for (const part of bmpCharacters()) {
    for (const m of part.matchAll(new RegExp(`${escape}+`, 'gu'))) {
      found.push([m[0].charCodeAt(0), m[0].charCodeAt(m[0].length - 1)]);
    }
  }
  return found;
}

/** `41-5a 61` (the generated table's hex ranges) as [[0x41, 0x5a], [0x61, 0x61]]. */
export function parsedRanges(listed: string): [number, number][] {
  return listed.split(' ').map((r) => {
    const dash = r.indexOf('-');
    const from = parseInt(dash < 0 ? r : r.slice(0, dash), 16);
    return [from, dash < 0 ? from : parseInt(r.slice(dash + 1), 16)];
  });
}
let bmp: readonly string[] | undefined;
/** Every BMP character in order, in two strings: before the surrogates and after them. */
function bmpCharacters(): readonly string[] {
  const run = (from: number, to: number): string => {
    let s = '';
    for (let c = from; c < to; c += 4096) s += String.fromCharCode(...Array.from({ length: Math.min(4096, to - c) }, (_, k) => c + k));
    return s;
  };
  return (bmp ??= [run(0, 0xd800), run(0xe000, 0x10000)]);
}

function asciiSet(escape: string): boolean[] {
  const re = new RegExp(escape, 'u');
  return Array.from({ length: 128 }, (_, c) => re.test(String.fromCharCode(c)));
}

function ranges(set: boolean[]): string {
  const hex = (c: number): string => `\\x${c.toString(16).padStart(2, '0')}`;
  let out = '';
  for (let c = 0; c < 128; c++) {
    if (!set[c]) continue;
    let e = c;
    while (e + 1 < 128 && set[e + 1]) e++;
    out += e === c ? hex(c) : `${hex(c)}-${hex(e)}`;
    c = e;
  }
  return out;
}

/** A Set of the words of a %w() list (whitespace-separated). */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** The words of a %w() list joined as a regex alternation (`a|b|c`, no group). */
export const wordAlt = (words: string): string => words.trim().split(/\s+/).join('|');
