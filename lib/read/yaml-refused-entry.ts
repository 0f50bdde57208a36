// A `- ` or `? ` on the line of a token after which libyaml allows no simple key: in the block
// context, yaml_parser_fetch_block_entry and yaml_parser_fetch_key refuse them when
// simple_key_allowed is off, which a tag, an anchor, an alias, a quoted scalar, the end of a flow
// collection, a `---` or `...` marker and a simple key's `: ` turn off, and a line break, a `- `,
// a `? ` and a complex key's `: ` turn on again (`- !!str -`, `a: &x - b`, `"x" - a`, `--- - a`,
// `a: -` are "block sequence entries are not allowed in this context" at that `-`; `- !!str ? x`
// and `a: ? b` are "mapping keys are not allowed ...").
// js-yaml reads some of them (`--- - a`), and names others as a bad indentation or an unknown
// alias: libyaml's scanner meets the token before its parser (or Psych's loader) finds anything
// wrong with what comes before it. Checked against Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5).
import type jsyaml from 'js-yaml';
import { KEY } from './yaml-lines.js';
import { scanYamlLine } from './yaml-line-scan.js';
import { scannerErrorAt } from './yaml-scanner-error.js';

export const BLOCK_ENTRY_REASON = 'block sequence entries are not allowed in this context';
export const KEY_REASON = 'mapping keys are not allowed in this context';
/** refusedEntryError's words (yaml-psych-scan-error.ts keeps them). */
export const REFUSED_ENTRY_REASONS: ReadonlySet<string> = new Set([BLOCK_ENTRY_REASON, KEY_REASON]);

// A token that turns simple keys off, then blanks, then `-` or `?` with a blank or the line's end.
const GATE = /(?:[!&*]\S*|["'\]}:]|^---|^\.\.\.)[ \t]+[-?](?:[ \t\r\n]|$)/m;
export const mayHaveRefusedEntry = (text: string): boolean => GATE.test(text);

const isBlankOrEnd = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\r';
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r]|$)/;

interface Refused {
  readonly reason: string;
  readonly line: number;
  readonly column: number;
}

/** The first `- ` or `? ` libyaml refuses in the first document of `text`, or undefined. */
export function refusedEntry(text: string): Refused | undefined {
  const lines = text.split('\n');
  let quote = '';
  let depth = 0;
  let plain: number | undefined; // the indent a plain scalar's next line needs, when the last line ended in one
  let block: { parent: number; indent: number } | undefined;
  let content = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const spaces = /^ */.exec(line)![0].length;
    const blank = line.trim() === '';
    if (block) {
      if (blank) continue;
      if (block.indent === 0 && spaces > block.parent) block.indent = spaces;
      if (spaces >= block.indent && block.indent > 0) continue;
      block = undefined;
    }
    let at = 0;
    let allowed = true; // simple_key_allowed, after the line break (yaml_parser_scan_to_next_token)
    let collection = -1;
    if (quote !== '' || depth > 0) {
      // the rest of a quoted scalar or flow collection: what follows its end on this line is read on
      const end = closing(line, 0, quote, depth);
      if (end.at === undefined) {
        ({ quote, depth } = end);
        continue;
      }
      ({ quote, depth } = { quote: '', depth: 0 });
      at = end.at;
      allowed = false;
    } else {
      if (MARKER.test(line)) {
        if (content) return undefined; // the first document ends: Psych reads no further
        content = true;
        plain = undefined;
        at = 3;
        allowed = false;
      } else if (blank || line[spaces] === '#' || line[spaces] === '%') continue;
      else if (plain !== undefined && spaces >= plain) continue; // the next line of a plain scalar: text
      plain = undefined;
      content = true;
    }
    for (;;) {
      while (line[at] === ' ' || line[at] === '\t') at++;
      const c = line[at];
      if (c === undefined || (c === '#' && (at === 0 || isBlankOrEnd(line[at - 1])))) break;
      if ((c === '-' || c === '?' || c === ':') && isBlankOrEnd(line[at + 1])) {
        if (c !== ':' && !allowed) return { reason: c === '-' ? BLOCK_ENTRY_REASON : KEY_REASON, line: i, column: at };
        // (a block collection's column: where a plain scalar's next lines must be right of)
        if (c !== ':' || line.slice(0, at).trim() === '') collection = at;
        allowed = true;
        at++;
        continue;
      }
      if (c === '!' || c === '&' || c === '*') {
        while (line[at] !== undefined && !isBlankOrEnd(line[at])) at++;
        allowed = false;
        continue;
      }
      if (c === '"' || c === "'" || c === '[' || c === '{') {
        const key = KEY.exec(line.slice(at));
        if (key && (c === '"' || c === "'")) {
          // a quoted key: no simple key after its `:` either (yaml_parser_fetch_value)
          collection = at;
          at += key[0].length;
          allowed = false;
          continue;
        }
        const end = closing(line, at + 1, c === '"' || c === "'" ? c : '', c === '[' || c === '{' ? 1 : 0);
        if (end.at === undefined) {
          ({ quote, depth } = end);
          break;
        }
        at = end.at;
        allowed = false;
        continue;
      }
      if (c === '|' || c === '>') {
        const digit = /^[|>][-+]?([1-9])?/.exec(line.slice(at))![1];
        block = { parent: collection, indent: digit ? Math.max(collection, 0) + Number(digit) : 0 };
        break;
      }
      // a plain scalar: to a `: ` (a key), a ` #` or the line's end (a `- ` in it is text)
      const key = KEY.exec(line.slice(at));
      if (key) {
        collection = at;
        at += key[0].length;
        allowed = false;
        continue;
      }
      if (scanYamlLine(line.slice(at), '', () => false).end === line.length - at) plain = collection + 1;
      break;
    }
  }
  return undefined;
}

/** Where a quoted scalar or flow collection open at `from` (`quote`, `depth`) ends on `line`; what is still open when it does not. */
function closing(line: string, from: number, quote: string, depth: number): { at?: number; quote: string; depth: number } {
  const rest = line.slice(from);
  if (depth === 0) {
    const end = quoteEnd(rest, quote);
    return end === undefined ? { quote, depth } : { at: from + end, quote: '', depth: 0 };
  }
  let at: number | undefined;
  const scan = scanYamlLine(
    rest,
    quote,
    (j) => j === 0 || /[\s[{,:]/.test(rest[j - 1]!),
    (c, j) => {
      if (at !== undefined) return;
      if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && --depth === 0) at = from + j + 1;
    },
  );
  return at !== undefined ? { at, quote: '', depth: 0 } : { quote: scan.quote, depth };
}

/** The end (past the closing quote) of the quoted scalar open at the start of `rest`, if it closes there. */
function quoteEnd(rest: string, quote: string): number | undefined {
  for (let j = 0; j < rest.length; j++) {
    if (quote === '"' && rest[j] === '\\') j++;
    else if (quote === "'" && rest[j] === "'" && rest[j + 1] === "'") j++;
    else if (rest[j] === quote) return j + 1;
  }
  return undefined;
}

/**
 * refusedEntry as a js-yaml error at its place (scannerProblem keeps libyaml's words), unless
 * js-yaml's parse stops before it on a mistake of the syntax (an unknown alias or tag is Psych's
 * loader's, after the parse): that error is the first one then.
 */
export function refusedEntryError(text: string, probe: (text: string) => unknown): jsyaml.YAMLException | undefined {
  const found = refusedEntry(text);
  return found ? scannerErrorAt(text, probe, found.reason, found, found, true) : undefined;
}
