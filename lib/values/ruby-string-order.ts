// How Ruby orders strings. String#<=> (and strcmp, which Dir.glob sorts with)
// compares UTF-8 bytes, which is code point order; JavaScript's < compares
// UTF-16 code units, which differs from it above U+D7FF (an emoji sorts before
// U+E000–U+FFFF: full-width forms, ligatures like "ﬁ").

/** String#<=>: code point order. */
export function compareRubyStrings(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
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
