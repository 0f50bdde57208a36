// kramdown/parser/kramdown/emphasis.rb
import { R, ALPHA, ALNUM } from './regex.js';
import { el, type KEl } from './element.js';
import type { Parser, SpanConstruct } from './parser.js';

const START = R('(?:\\*\\*?|__?)');
const WS = /[ \t\n\x0b\f\r]/;
/** What a span construct that warns needs: a link's `]`, HTML's `<`, an IAL's or extension's `{:`. */
export const MAY_WARN = /[\]<]|\{:/;
// Made on first use (a non-ASCII character before an `_` opener): V8 makes a \p{...} class when the pattern is constructed.
let alphaAt: RegExp | undefined;

/** Is the character that ends at `end` (not before `from`) alphabetic? */
function alphaBefore(s: string, end: number, from: number): boolean {
  if (end <= from) return false;
  const c = s.charCodeAt(end - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let at = end - 1;
  if ((c & 0xf800) === 0xd800) {
    // a surrogate: the pair's start, when both halves are in the text; a lone one is no letter
    if (c < 0xdc00 || end - 2 < from || (s.charCodeAt(end - 2) & 0xfc00) !== 0xd800) return false;
    at = end - 2;
  }
  const re = (alphaAt ??= new RegExp(`[${ALPHA}]`, 'uy'));
  re.lastIndex = at;
  return re.test(s);
}

/**
 * Whether `[\p{Alphabetic}]-?[\p{Alphabetic}]*$` (emphasis.rb's check before `_`) matches the
 * text from `from` to `end`: it ends with a letter, or with `-` after one. (The pattern, searched
 * from every position of the text, was 1.4% of converting real blogs.)
 */
export function alphaEnd(s: string, from: number, end: number): boolean {
  return alphaBefore(s, end, from) || (end > from && s.charCodeAt(end - 1) === 45 && alphaBefore(s, end - 1, from));
}
const stopCache = new Map<string, [RegExp, RegExp, RegExp, RegExp]>();

/** The stop, the two stops that do not close, and where a closing one may be (after a non-space). */
function stops(delim: string): [RegExp, RegExp, RegExp, RegExp] {
  let s = stopCache.get(delim);
  if (!s) {
    const d = delim.replace(/[*]/g, '\\*');
    const c = delim[0] === '*' ? '\\*' : '_';
    s = [R(d), R(`${d}${d}(?!${c})`), R(`${d}[${ALNUM}]`), R(`[^ \\t\\n\\x0b\\f\\r]${d}`)];
    stopCache.set(delim, s);
  }
  return s;
}

function inside(p: Parser, type: string): boolean {
  return p.tree.type === type || p.stack.some((e) => e.type === type);
}

export const emphasis: SpanConstruct = {
  name: 'emphasis',
  start: START,
  spanStart: '\\*|_',
  first: '*_',
  parse(p) {
    const src = p.src;
    const saved = src.pos;
    const result = src.scan(START)!;
    const element = result.length === 2 ? 'strong' : 'em';
    const type = result[0];
    if ((type === '_' && alphaEnd(src.str, Math.max(0, saved - 64), saved)) || src.test(WS) || inside(p, element) || p.budget <= 0) {
      p.addText(result);
      return;
    }
    const sub = (delim: string, elem: string): [boolean, KEl, RegExp] => {
      const e = el(elem);
      const [stop, double, alnum, closer] = stops(delim);
      // With no delimiter after a non-space ahead, the search below would fail at the end of the
      // text: skipped unless what it passes may warn (kramdown warns on each failed attempt too).
      if (src.indexAhead(closer) === -1 && src.indexAhead(MAY_WARN) === -1) return [false, e, stop];
      const found = p.parseSpans(e, stop, undefined, p.textType, () => {
        const prev = src.str[src.pos - 1] ?? '';
        return !WS.test(prev) &&
          (elem !== 'em' || !src.test(double)) &&
          (type !== '_' || !src.test(alnum)) && e.children.length > 0;
      });
      return [found, e, stop];
    };
    let [found, e, stop] = sub(result, element);
    if (!found && element === 'strong' && p.tree.type !== 'em') {
      p.spend(src.pos - saved);
      src.pos = saved + 1;
      [found, e, stop] = sub(type, 'em');
    }
    if (found) {
      src.scan(stop);
      p.tree.children.push(e);
    } else {
      p.spend(src.pos - saved);
      src.pos = saved + result.length;
      p.addText(result);
    }
  },
};

