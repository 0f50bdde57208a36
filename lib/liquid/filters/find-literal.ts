// Finding a literal text in a whole page, as replace, remove and remove_first do (String#gsub /
// String#sub with a string pattern). jekyll-compress-html's layout (many themes) runs some 170 of
// them over every page: ` <div` → `<div`, `</li>` → '', and so on (the replacing, and a chain of
// them: replace-chain.ts).

/**
 * `text.indexOf(pattern, from)`, faster for the patterns such layouts use. V8 looks for a pattern
 * of up to six characters by its first character (memchr), then compares; for a longer one it
 * uses Boyer-Moore-Horspool, whose skips are short when the pattern ends in a common character.
 * With a space first (` <div`), the first way stops at every space of the page, ten times slower
 * than for `<div`; `</div> ` and ` <address` go the second way, slower than memchr over a page
 * with a `<` every few dozen characters. Here a pattern is looked for by its first six characters
 * that are not leading or trailing whitespace, and each place found is checked for the whole of
 * it; after many places that are not it, V8's own search goes on. (compress-html's ~185 patterns
 * over 300 of chirpy's pages: 1.1 s of CPU with indexOf, 0.7 s this way.)
 */
export function findLiteral(text: string, pattern: string, from: number): number {
  const n = pattern.length;
  let lead = 0;
  while (lead < n && isSpace(pattern.charCodeAt(lead))) lead++;
  if (lead === n || (lead === 0 && n <= ANCHOR)) return text.indexOf(pattern, from);
  let end = n;
  while (isSpace(pattern.charCodeAt(end - 1))) end--;
  const anchor = pattern.slice(lead, Math.min(end, lead + ANCHOR));
  let misses = 0;
  for (let at = Math.max(from, 0) + lead; ; at++) {
    at = text.indexOf(anchor, at);
    if (at < 0) return -1;
    if (text.startsWith(pattern, at - lead)) return at - lead;
    if (++misses > MAX_MISSES) return text.indexOf(pattern, at - lead + 1);
  }
}

const ANCHOR = 6;
const MAX_MISSES = 16;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
