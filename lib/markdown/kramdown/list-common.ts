// Shared by lists and definition lists (kramdown/parser/kramdown/list.rb).
import { R, lazyR } from './regex.js';
import { needs, type Scanner } from './scanner.js';
import { ALD_ANY_CHARS, ALD_ID_NAME, IAL_BLOCK_SRC, LAZY_END_HTML_START_SRC, LAZY_END_HTML_STOP_SRC, PATTERN_TAIL } from './patterns.js';

export const LIST_ITEM_IAL_SRC = `^\\s*(?:\\{:(?!(?:${ALD_ID_NAME})?:|\\/)(${ALD_ANY_CHARS}+)\\})\\s*`;
export const LIST_ITEM_IAL = R(LIST_ITEM_IAL_SRC);
const LIST_ITEM_IAL_CHECK = R(`^(?:${LIST_ITEM_IAL_SRC})?\\s*\\n`);

export interface FirstLine {
  content: string;
  indentation: number;
  contentRe: RegExp;
  lazyRe: RegExp;
  indentRe: RegExp;
}

const cache = new Map<number, [RegExp, RegExp, RegExp]>();

/**
 * What may not start a lazy line: a block IAL (at `{`) or block HTML (at `<`), the lookahead of
 * list.rb's lazy line pattern, tried apart by that character (the HTML one's \p{...} classes
 * cost milliseconds to make).
 */
const ialStop = lazyR(IAL_BLOCK_SRC, 'y');
const htmlStop = lazyR(`(?:${LAZY_END_HTML_STOP_SRC}|${LAZY_END_HTML_START_SRC})`, 'y');
const lazyLines: RegExp[] = [];

/**
 * list.rb's lazy line, `(?!^ {0,k}(?:IAL|HTML)).*\S.*\n`, as a plain line
 * pattern that needs the lookahead to hold: both alternatives start with `{`
 * or `<`, so only the line's own indentation can put them in reach, and the
 * costly pattern runs only at those characters.
 */
function lazyLine(k: number): RegExp {
  return (lazyLines[k] ??= needs(R('.*\\S.*\\n'), (src: Scanner) => {
    const s = src.str;
    let i = src.pos;
    while (i - src.pos <= k && s.charCodeAt(i) === 32) i++;
    if (i - src.pos > k || (s[i] !== '{' && s[i] !== '<')) return true;
    const LAZY_STOP = s[i] === '{' ? ialStop() : htmlStop();
    LAZY_STOP.lastIndex = i;
    return !LAZY_STOP.test(s);
  }));
}

function patterns(n: number): [RegExp, RegExp, RegExp] {
  let c = cache.get(n);
  if (!c) {
    const content = R(`^(?:(?:\\t| {4}){${Math.floor(n / 4)}} {${n % 4}}|(?:\\t| {4}){${Math.floor(n / 4) + 1}}).*\\S.*\\n`);
    const lazy = lazyLine(Math.min(n, 3));
    const indent = R(`^ {${n}}`);
    c = [content, lazy, indent];
    cache.set(n, c);
  }
  return c;
}

/** parse_first_list_line: expands tabs and works out the item's content indentation. */
export function parseFirstListLine(indentation: number, content: string): FirstLine {
  if (LIST_ITEM_IAL_CHECK.test(content)) {
    LIST_ITEM_IAL_CHECK.lastIndex = 0;
    indentation = 4;
  } else {
    for (let m = /^( *)(\t+)/.exec(content); m; m = /^( *)(\t+)/.exec(content)) {
      const temp = m[1].length + indentation;
      content = m[1] + ' '.repeat(4 - (temp % 4) + (m[2].length - 1) * 4) + content.slice(m[0].length);
    }
    indentation += /^ */.exec(content)![0].length;
  }
  content = content.replace(/^[ \t\n\x0b\f\r]*/, '');
  const [contentRe, lazyRe, indentRe] = patterns(indentation);
  return { content, indentation, contentRe, lazyRe, indentRe };
}

const fetchCache = new Map<string, RegExp>();
/** fetch_pattern: the marker pattern for further items, given the first item's indentation. */
export function fetchPattern(type: 'ul' | 'ol' | 'dl', indentation: number): RegExp {
  const key = `${type}${indentation}`;
  let re = fetchCache.get(key);
  if (!re) {
    const sp = indentation <= 1 ? ' {0}' : indentation === 2 ? ' {0,1}' : indentation === 3 ? ' {0,2}' : ' {0,3}';
    const marker = type === 'ul' ? '[+*-]' : type === 'ol' ? '\\d+\\.' : ':';
    re = R(`^(${sp}${marker})(${PATTERN_TAIL})`);
    fetchCache.set(key, re);
  }
  return re;
}
