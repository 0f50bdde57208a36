// prefilter.ts's first characters: which ASCII characters a rule's match can start with. They are
// found by trying each ASCII character on the rule's first atoms; an atom's \p{...} classes are
// narrowed to their ASCII members first (V8 is slow to make a pattern with property classes), which
// must give the same answer, except under `i` where a character beyond ASCII can fold to one.
import { firstChars } from '../../lib/highlight/prefilter.js';
import { jsSource } from '../../lib/highlight/regex.js';

const chars = (set: Uint8Array | null): string => (set === null ? '(any)' : [...set.subarray(0, 128)].map((on, c) => (on ? String.fromCharCode(c) : '')).join(''));
/** The reference: each ASCII character tried on the whole translated pattern (a match must start with it). */
function reference(source: string, flags = ''): string {
  const re = new RegExp(jsSource(source, flags), 'yu' + (flags.includes('i') ? 'i' : ''));
  let out = '';
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    for (const rest of ['', 'a', '1', ' ', '_x', 'ab1_']) {
      re.lastIndex = 0;
      if (re.test(ch + rest)) { out += ch; break; }
    }
  }
  return out;
}

describe('firstChars', () => {
  test.each([
    ['[[:alpha:]_][[:alnum:]_]*', ''],
    ['\\p{Alpha}+', ''],
    ['[^\\p{L}\\s]', ''],
    ['@[[:alpha:]_.][[:alnum:]_.]*', ''],
    ['\\P{Alnum}', ''],
    ['\\p{Upper}\\w*', 'i'],
    ['(?=[a-c])[b-z]|(?=\\d)[^4]', ''],
    ['\\bf|\\B-|(?=b)[ab]', ''],
  ])('%s /%s: the characters a match can start with', (source, flags) => {
    expect(chars(firstChars(jsSource(source, flags), flags))).toBe(reference(source, flags));
  });

  test('makes no pattern with \\p{...} classes for an atom without `i`', () => {
    const made: string[] = [];
    const Original = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Original, { construct: (t, a: unknown[], n) => (made.push(String(a[0])), Reflect.construct(t, a, n)) });
    try {
      firstChars(jsSource('[[:punct:][:digit:]]\\p{Greek}'), ''); // atoms no other test has met (they are memoized)
    } finally {
      globalThis.RegExp = Original;
    }
    expect(made.length).toBeGreaterThan(0);
    // Only each escape alone, once (regex.ts#asciiClass, shared by every rule), never the atoms.
    expect(made.filter((s) => s.includes('\\p{') && !/^\\[pP]\{\w+\}$/.test(s))).toEqual([]);
  });
});

describe('firstChars beyond ASCII', () => {
  // 2: characters beyond ASCII; 1: only the Kelvin sign and the long s (`i` folds them to k, s); 0: none.
  test.each([
    ['\\p{Alpha}', '', 2], ['[^a]', '', 2], ['.', '', 2], ['é', '', 2], ['ab|→', '', 2], ['[[:space:]]', '', 2],
    ['[a-zé]', '', 2], ['[\\x00-\\u00ff]', '', 2], ['[k-é]', 'i', 2], ['é|k', 'i', 2],
    ['k', 'i', 1], ['[r-t]', 'i', 1], ['\\w', 'i', 1], ['if|select', 'i', 1], ['[[:alnum:]]', 'i', 2],
    ['[a-z]', '', 0], ['\\s', '', 0], ['\\w+', '', 0], ['if|else', 'i', 0], ['[\\t\\-.]', '', 0], ['(?=\\d)\\w|"', '', 0],
    ['\\.', '', 0], ['[l-r]', 'i', 0], ['[a-z]', '', 0],
    // Look-aheads (\b is one) let the next character be only some: a match starts with one both allow.
    ['\\b[\\w.]+\\b', '', 0], ['(?=\\p{L})\\w', '', 0], ['\\B(?:é|x)', '', 2], ['(?=[^a])\\d', '', 0], ['(?=x)é|(?=é)', '', 2],
  ])('%s /%s: beyond ASCII %s', (source, flags, wide) => {
    const first = firstChars(jsSource(source, flags), flags);
    expect(first![128]).toBe(wide);
    // The reference: V8 itself on a few such characters (a superset is allowed, never less).
    const re = new RegExp(jsSource(source, flags), 'yu' + (flags.includes('i') ? 'i' : ''));
    const test = (ch: string): boolean => ((re.lastIndex = 0), re.test(ch + 'x'));
    if (['é', '→', '\u00a0', '中'].some(test)) expect(wide).toBe(2);
    if (['\u212a', '\u017f'].some(test)) expect(wide).toBeGreaterThan(0);
  });
});
