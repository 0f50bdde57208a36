// Ruby (Onigmo) regexps matched against UTF-8 text, made JavaScript ones. An ASCII pattern such as
// date_parse.c's reads a UTF-8 string with the string's encoding: `\d`, `\s` and `\w` stay ASCII,
// but `\b` and `\B` know Unicode words, so `中Jan` has no word boundary before `J` (JavaScript's
// `\b` sees one: its word characters are ASCII only).

/**
 * What Onigmo's `\b` counts as a word character in UTF-8 text: Alphabetic, marks, decimal digits
 * and connector punctuation, plus ² ³ ¹ ¼ ½ ¾, which its Latin-1 table marks as word characters
 * (Ruby 3.1: `"a²" =~ /a\b/` is nil). Class contents, for use inside [...] with the `u` flag.
 */
export const RUBY_B_WORD = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u00B2\u00B3\u00B9\u00BC-\u00BE`;

const W = `[${RUBY_B_WORD}]`;
const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const NON_BOUNDARY = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
const WS = String.raw` \t\n\v\f\r`;

/**
 * `source` (a pattern written with Ruby's meaning of `\b`, `\B`, `\s` and `\S`) as a Unicode
 * JavaScript RegExp: word boundaries as Onigmo sees them, white space ASCII only.
 */
export function rubyUnicodeRegExp(source: string, flags = ''): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[++i]!;
      if (n === 's') out += inClass ? WS : `[${WS}]`;
      else if (n === 'S' && !inClass) out += `[^${WS}]`;
      else if (n === 'b' && !inClass) out += BOUNDARY;
      else if (n === 'B' && !inClass) out += NON_BOUNDARY;
      else out += c + n;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, flags.includes('u') ? flags : `${flags}u`);
}

const unicodeForms = new WeakMap<RegExp, RegExp>();

/**
 * `re` (an ASCII-only JavaScript pattern written as Ruby's) for matching `text`: itself on ASCII
 * text, where both languages agree, else its Unicode form, made once (V8 takes milliseconds to
 * build each \p{...} class).
 */
export function forRubyText(re: RegExp, nonAscii: boolean): RegExp {
  if (!nonAscii) return re;
  let u = unicodeForms.get(re);
  if (!u) unicodeForms.set(re, (u = rubyUnicodeRegExp(re.source, re.flags)));
  return u;
}
