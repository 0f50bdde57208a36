// How Ruby orders strings. String#<=> (and strcmp, which Dir.glob sorts with)
// compares UTF-8 bytes, which is code point order; JavaScript's < compares
// UTF-16 code units, which differs from it above U+D7FF (an emoji sorts before
// U+E000–U+FFFF: full-width forms, ligatures like "ﬁ").

/**
 * String#<=>: code point order. UTF-16 units already compare as code points unless a
 * surrogate is involved, so the first differing unit decides, and only a surrogate there
 * needs the code points (from the pair's start, which both strings share).
 */
export function compareRubyStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (!isSurrogate(x) && !isSurrogate(y)) return x < y ? -1 : 1;
  return byCodePoints(a, b, i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i);
}

const isSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdfff;
const isHighSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;

function byCodePoints(a: string, b: string, from: number): number {
  for (let i = from, j = from; i < a.length && j < b.length; ) {
    const p = a.codePointAt(i)!;
    const q = b.codePointAt(j)!;
    if (p !== q) return p < q ? -1 : 1;
    i += p > 0xffff ? 2 : 1;
    j += q > 0xffff ? 2 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** String#casecmp: folds only A-Z (not "É", "Ж"), then compares like <=>. */
export function casecmpRuby(a: string, b: string): number {
  const fold = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  return compareRubyStrings(fold(a), fold(b));
}
