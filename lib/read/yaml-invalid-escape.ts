// libyaml refuses a double-quoted scalar's \u or \U escape that names no Unicode character (a
// surrogate, U+D800 to U+DFFF, or past U+10FFFF): "found invalid Unicode character escape code
// while parsing a quoted scalar" (yaml_parser_scan_flow_scalar). js-yaml reads such escapes, so a
// JSON data file that spells an emoji as a surrogate pair ("\ud83d\ude00", as Python's json.dump
// writes it) loaded where Jekyll 4.3.1 stops. Only escapes that a double-quoted scalar reads count:
// the same characters in a plain, single-quoted or block scalar, or after an escaped backslash,
// are text.
import jsyaml from 'js-yaml';

const CANDIDATE = /\\(?:u[dD][89a-fA-F][0-9a-fA-F]{2}|U[0-9a-fA-F]{8})/;
const CANDIDATES = new RegExp(CANDIDATE.source, 'g');

/** The reason yaml-psych-scan-error.ts gives Psych's words for. */
export const INVALID_ESCAPE_REASON = 'invalid Unicode character escape code';

export function mayHaveInvalidEscape(text: string): boolean {
  return CANDIDATE.test(text);
}

/**
 * The error libyaml gives for the first invalid escape that a double-quoted scalar of `text` reads,
 * or undefined. `load` parses a text as the real load does (it throws js-yaml's errors): each
 * candidate's first hex digit is made a non-digit, and the escape is read as one exactly when
 * js-yaml then stops there for want of a hex digit; an earlier mistake of the text stops it first,
 * and that one is the error then.
 */
export function invalidEscapeError(text: string, load: (text: string) => unknown): jsyaml.YAMLException | undefined {
  for (const m of text.matchAll(CANDIDATES)) {
    const escape = m[0];
    if (escape[1] === 'U' && !invalidCodePoint(parseInt(escape.slice(2), 16))) continue;
    const digit = m.index + 2;
    try {
      load(`${text.slice(0, digit)}Z${text.slice(digit + 1)}`);
    } catch (e) {
      if (e instanceof jsyaml.YAMLException && e.reason === 'expected hexadecimal character' && e.mark?.position === digit) {
        return new jsyaml.YAMLException(INVALID_ESCAPE_REASON, e.mark);
      }
      // Another mistake first: the real load reports it.
      if (e instanceof jsyaml.YAMLException && (e.mark?.position ?? Infinity) < digit) return undefined;
    }
  }
  return undefined;
}

function invalidCodePoint(value: number): boolean {
  return (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff;
}
