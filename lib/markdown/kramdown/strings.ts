// Ruby's String#strip family: only ASCII whitespace and NUL count (at either end: Ruby 2.6 and
// later lstrip NUL too), never U+00A0 or U+3000, which JavaScript's trim() would remove.

function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0;
}

export function rstrip(s: string): string {
  let end = s.length;
  while (end > 0 && isWs(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function lstrip(s: string): string {
  let start = 0;
  while (start < s.length && isWs(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

export function strip(s: string): string {
  return lstrip(rstrip(s));
}

/** String#chomp without argument: drops one trailing \n, \r\n or \r. */
export function chomp(s: string): string {
  if (s.endsWith('\r\n')) return s.slice(0, -2);
  if (s.endsWith('\n') || s.endsWith('\r')) return s.slice(0, -1);
  return s;
}
