// Ruby's String#split (string.c rb_str_split_m) with no limit: a `" "` pattern splits
// awk-style (leading ASCII whitespace ignored, runs of it one separator), `""` splits into
// characters, a string or a regular expression splits on each match; the empty strings at
// the end are dropped, so `"a,b,,".split(",")` is `["a", "b"]` and `"".split(",")` is `[]`.
// JavaScript's String#split keeps them (`["a", "b", "", ""]`, `[""]`).

/** Ruby's `\s`: ASCII whitespace only (a no-break space is not one). */
const RUBY_SPACE = /[ \t\n\v\f\r]+/;
const WORDS = /[^ \t\n\v\f\r]+/g;

/** String#split(" ") / String#split: awk-style, leading whitespace ignored. With a limit (string.c
 * rb_str_split_m), what follows the last separator is kept even when empty: `"a b \n".split(" ", 3)`
 * is `["a", "b", ""]`, so truncatewords truncates a text of exactly N words that ends in a newline. */
export function awkSplit(s: string, limit?: number): string[] {
  let rest = s.replace(/^[ \t\n\v\f\r]+/, ''); // not NUL, which lstrip removes but split keeps
  // (the words in one native call: a search and a slice per word took 1.7x as long over a page)
  if (limit === undefined) return rest.match(WORDS) ?? [];
  const out: string[] = [];
  if (limit !== undefined && s !== '' && rest === '') return [''];
  while (rest !== '') {
    if (limit !== undefined && out.length === limit - 1) {
      out.push(rest);
      break;
    }
    const m = RUBY_SPACE.exec(rest);
    if (!m) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
    if (rest === '' && limit !== undefined) out.push('');
  }
  return out;
}

/** String#split(pattern) without a limit: trailing empty strings dropped. */
export function rubySplit(s: string, pattern: string | RegExp): string[] {
  if (pattern === ' ') return awkSplit(s);
  const parts = pattern === '' ? [...s] : s.split(pattern);
  while (parts.length && (parts[parts.length - 1] === '' || parts[parts.length - 1] === undefined)) parts.pop();
  return parts;
}
