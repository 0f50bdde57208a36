// Finding and replacing a literal text in a whole page, as replace, remove and remove_first do
// (String#gsub / String#sub with a string pattern). jekyll-compress-html's layout (many themes)
// runs some 170 of them over every page: ` <div` → `<div`, `</li>` → '', and so on.

/**
 * `text.indexOf(pattern, from)`. V8 finds a short pattern by looking for its first character and
 * comparing from there: with a space or a line break first (` <div`), it stops at every space of
 * the page, ten times slower than for `<div`. Such a pattern is found by the part after its
 * leading whitespace, then checked for the whitespace before it.
 */
export function findLiteral(text: string, pattern: string, from: number): number {
  let lead = 0;
  while (lead < pattern.length && isSpace(pattern.charCodeAt(lead))) lead++;
  if (lead === 0 || lead === pattern.length) return text.indexOf(pattern, from);
  const head = pattern.slice(0, lead);
  const tail = pattern.slice(lead);
  for (let at = Math.max(from, 0) + lead; ; at++) {
    at = text.indexOf(tail, at);
    if (at < 0) return -1;
    if (text.startsWith(head, at - lead)) return at - lead;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `text` with every occurrence of a non-empty `pattern` replaced by `rep` taken as it is; `text`
 * itself (no copy) when there is none. The result is built by one join of the pieces between the
 * matches, a flat string: built by `+`, the next filter's search would first copy it flat.
 */
export function replaceAllLiteral(text: string, pattern: string, rep: string): string {
  let at = findLiteral(text, pattern, 0);
  if (at < 0) return text;
  const pieces: string[] = [];
  let from = 0;
  do {
    pieces.push(text.slice(from, at));
    from = at + pattern.length;
    at = findLiteral(text, pattern, from);
  } while (at >= 0);
  pieces.push(text.slice(from));
  return pieces.join(rep);
}
