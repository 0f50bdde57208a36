// Raw HTML that micromark reads as CommonMark 0.31 has it and cmark-gfm 0.29 (commonmarker
// 0.23.6, scanners.re) does not: there an HTML comment's text neither starts with `>` or `->`
// nor holds `--` (`<!-->`, `<!-- a -- b -->` stay text), and a declaration is `<!`, upper-case
// letters, then whitespace (`<!doctype html>` stays text, inline and as a block of kind 4).
import type { Code, Construct, State } from 'micromark-util-types';

const isSpace = (ch: string): boolean => /^[ \t\n\v\f\r]$/.test(ch);

/** Whether cmark refuses the raw HTML `text` starts (true), takes or leaves it as micromark does (false), or needs more (undefined). */
export function cmarkRefuses(text: string): boolean | undefined {
  if (text.length < 3) return text === '<' || text === '<!' ? undefined : false;
  if (!text.startsWith('<!')) return false;
  const first = text[2]!;
  if (first === '-') {
    if (text.length < 4) return undefined;
    if (text[3] !== '-') return false;
    const body = text.slice(4);
    if (body === '' || body === '-') return undefined;
    if (body.startsWith('>') || body.startsWith('->')) return true;
    const dashes = body.indexOf('--');
    if (dashes < 0 || body.length < dashes + 3) return undefined;
    return body[dashes + 2] !== '>';
  }
  if (!/[A-Za-z]/.test(first)) return false;
  if (/[a-z]/.test(first)) return true;
  const rest = /[^A-Z]/.exec(text.slice(3));
  return rest ? !isSpace(rest[0]) : undefined;
}

// micromark's codes: -5..-3 line endings, -2 a tab, -1 a tab's virtual spaces.
const character = (code: Exclude<Code, null>): string => (code < -2 ? '\n' : code < 0 ? '\t' : String.fromCharCode(code));

/** A check construct: ok where cmark-gfm 0.29 reads no raw HTML at this `<`. */
export const notHtmlForCmark: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let text = '';
    const next: State = (code) => {
      const verdict = code === null ? false : cmarkRefuses((text += character(code)));
      if (verdict === undefined) {
        effects.consume(code);
        return next;
      }
      effects.exit('htmlTextData');
      return verdict ? ok(code) : nok(code);
    };
    return (code) => {
      effects.enter('htmlTextData');
      return next(code);
    };
  },
};
