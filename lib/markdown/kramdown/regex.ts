// Ruby-flavoured regular expressions for the scanner. kramdown's patterns are
// Ruby regexps: `^`/`$` are line anchors for \n only, `.` stops only at \n,
// `\s` is ASCII whitespace only, `\b` knows Unicode words, `\A`, `\z` and `\Z` exist. R() rewrites those into their JavaScript
// equivalents and always sets the `m` and `u` flags; pass 's' for Ruby's /m.

import { RUBY_B_WORD } from '../../values/ruby-regexp.js';

const WS = ' \\t\\n\\x0b\\f\\r';
/**
 * What Ruby's \b and \B see as a word character: Unicode's (a CJK character is
 * one, so `'三` has a boundary), unlike \w, which stays ASCII in both languages;
 * Onigmo's Latin-1 table adds ² ³ ¹ ¼ ½ ¾ (values/ruby-regexp.ts).
 */
const RUBY_WORD = `[${RUBY_B_WORD}]`;
/**
 * Ruby's `\b` right after a word character (a tag name's last letter): no word character next.
 * Written so in sources where that holds, as one class instead of \b's four: V8 builds each
 * \p{...} class anew whenever it parses or compiles a pattern (milliseconds a class).
 */
export const WORD_END = `(?!${RUBY_WORD})`;
/** Ruby's `\b` right after a character that is no word character: a word character next. */
export const WORD_NEXT = `(?=${RUBY_WORD})`;

export function R(source: string, flags = ''): RegExp {
  return new RegExp(rSource(source, flags), 'mu' + flags);
}

/** R's pattern source, not made into a pattern (for joining several into one). */
export function rSource(source: string, flags = ''): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (!inClass && source.startsWith('[\\s\\S]', i)) {
      out += '[^]'; // any character, U+00A0 included
      i += 5;
      continue;
    }
    if (c === '\\') {
      const n = source[i + 1];
      i++;
      if (n === 's') out += inClass ? WS : `[${WS}]`;
      else if (n === 'S' && !inClass) out += `[^${WS}]`;
      else if (n === 'Z' && !inClass) out += '(?=\\n?(?![\\s\\S]))';
      else if (n === 'z' && !inClass) out += '(?![\\s\\S])';
      else if (n === 'A' && !inClass) out += '(?<![\\s\\S])';
      else if (n === 'b' && !inClass) out += `(?:(?<=${RUBY_WORD})(?!${RUBY_WORD})|(?<!${RUBY_WORD})(?=${RUBY_WORD}))`;
      else if (n === 'B' && !inClass) out += `(?:(?<=${RUBY_WORD})(?=${RUBY_WORD})|(?<!${RUBY_WORD})(?!${RUBY_WORD}))`;
      else out += c + n;
      continue;
    }
    if (!inClass && c === '.') {
      out += flags.includes('s') ? '[^]' : '[^\\n]'; // Ruby's . stops only at \n
      continue;
    }
    if (!inClass && c === '^') {
      out += '(?<![^\\n])'; // line start: after \n only, never after U+2028
      continue;
    }
    if (!inClass && c === '$') {
      out += '(?![^\\n])';
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** The number of capturing groups in a JavaScript pattern source (without named groups). */
export function groupCount(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') n++;
  }
  return n;
}

/**
 * R(source, flags) made on first use. V8 parses a pattern when it is constructed, and the
 * patterns with \\p{...} classes (UNAME, \\b) take milliseconds each: most documents
 * never need the HTML and IAL ones, so they are not made when the module loads.
 */
export function lazyR(source: string, flags = ''): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= R(source, flags));
}

/** Escapes a string for use inside a RegExp source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

/** Ruby character classes, as JavaScript class contents (use inside [...]). */
export const ALPHA = '\\p{Alphabetic}';
export const ALNUM = '\\p{Alphabetic}\\p{Nd}';
export const WORD = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200c\\u200d';
/** REXML::Parsers::BaseParser::UNAME_STR (a tag or attribute name). */
export const UNAME = `(?:[${ALPHA}_][\\-${ALNUM}._]*:)?[${ALPHA}_][\\-${ALNUM}._]*`;
/** UNAME's start on ASCII text: a name whose first letter is ASCII matches this where it matches UNAME. */
export const UNAME_ASCII = '(?:[A-Za-z_][\\-A-Za-z0-9._]*:)?[A-Za-z_][\\-A-Za-z0-9._]*';
