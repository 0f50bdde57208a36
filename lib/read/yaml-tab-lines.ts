// Tabs where a line's indentation is: libyaml's scanner, in block context after a line break,
// skips spaces but not tabs (yaml_parser_scan_to_next_token: a tab is white space only in a flow
// collection or where no simple key is allowed), so a line whose leading blanks hold a tab is an
// error even when nothing follows it: a blank line of a tab, a tabbed comment. js-yaml reads such
// lines as white space and builds. Where the tab is met decides libyaml's words:
// - after a plain scalar (`a: 1`, then only blank lines) it is still in that scalar's loop over
//   white space, and a tab left of the scalar's indent (its collection's column + 1) is the
//   scalar's error, named where the scalar starts (yaml_parser_scan_plain_scalar);
// - inside a block scalar, a tab left of the content's indent (or before that indent is known)
//   is the block scalar's, named at its `|` or `>` (yaml_parser_scan_block_scalar_breaks);
// - elsewhere (after `key:`, `- `, `---`, a comment or a quoted value) no token starts there.
// Every case was checked against Psych 4.0.3 / libyaml 0.2.5.
import type jsyaml from 'js-yaml';
import { KEY } from './yaml-lines.js';
import { scanYamlLine } from './yaml-line-scan.js';
import { scannerErrorAt } from './yaml-scanner-error.js';
import type { PsychProblem } from './yaml-psych-error.js';

export const TOKEN_START = 'found character that cannot start any token while scanning for the next token';
export const PLAIN_TAB = 'found a tab character that violates indentation while scanning a plain scalar';
export const BLOCK_TAB = 'found a tab character where an indentation space is expected while scanning a block scalar';

/** A flow collection opens at a value's place: a line's start, after `key: `, `- `, an anchor or a tag. */
const VALUE_PLACE = /(?:^|:[ \t])[ \t]*(?:[-?][ \t]+)*(?:[&!]\S*[ \t]+)*$/;
// a value that is a block scalar's header (after an anchor or a tag maybe)
const BLOCK_HEADER = /^(?:[&!]\S*[ \t]+)*([|>])([-+0-9]*)$/;
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r]|$)/;

interface Plain {
  readonly line: number;
  readonly column: number;
  /** libyaml's indent for the scalar: the column of its collection + 1 (0 at the root). */
  readonly indent: number;
}

export interface TabProblem extends PsychProblem {
  /** Where the tab is (0-based): libyaml's error comes when its scanner gets there. */
  readonly tab: { readonly line: number; readonly column: number };
}

/** The first tab libyaml refuses in the first document of `text` (a tab is in it), or undefined. */
export function tabLineProblem(text: string): TabProblem | undefined {
  const lines = text.split('\n');
  let quote = '';
  let depth = 0;
  let plain: Plain | undefined; // the last token, when a plain scalar that ended its line
  let block: { line: number; column: number; parent: number; indent: number } | undefined;
  let content = false;
  let root: number | undefined; // the root node's column
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const spaces = /^ */.exec(line)![0].length;
    const blank = line.trim() === '';
    if (block) {
      // yaml_parser_scan_block_scalar_breaks: spaces up to the indent, then a tab is an error
      if (line[spaces] === '\t' && (block.indent === 0 || spaces < block.indent)) return { reason: BLOCK_TAB, line: block.line, column: block.column, tab: { line: i, column: spaces } };
      if (blank) continue;
      if (block.indent === 0 && spaces > block.parent) block.indent = spaces;
      if (spaces >= block.indent && block.indent > 0) continue;
      block = undefined;
    }
    if (MARKER.test(line) && quote === '' && depth === 0) {
      if (content) return undefined; // the first document ends: Psych reads no further
      content = true;
      plain = undefined;
      continue;
    }
    if (quote !== '' || depth > 0) {
      const scan = scanYamlLine(line, quote, (j) => depth > 0 && (j === 0 || /[\s[{,]/.test(line[j - 1]!)), (c) => {
        if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') depth--;
      });
      quote = scan.quote;
      plain = undefined;
      continue;
    }
    if (line[spaces] === '\t') {
      if (plain && spaces >= plain.indent) {
        if (blank) continue;
      } else {
        const tab = { line: i, column: spaces };
        return plain ? { reason: PLAIN_TAB, line: plain.line, column: plain.column, tab } : { reason: TOKEN_START, ...tab, tab };
      }
    }
    if (blank) continue;
    if (line[spaces] === '#') {
      plain = undefined;
      continue;
    }
    // a line left of the root collection ends the document: Psych reads no further
    if (root === undefined) root = spaces;
    else if (spaces < root) return undefined;
    content = true;
    if (plain && spaces >= plain.indent) {
      // the next line of the plain scalar above (`- ` and `key:` in it are text, or js-yaml's error
      // first): it keeps that scalar's start, unless a comment ends it
      if (scanYamlLine(line, '', () => false).end < line.length) plain = undefined;
      continue;
    }
    // `- ` items: after the dash libyaml allows a simple key, so a tab there is no token either
    let at = spaces;
    let collection = -1;
    for (let m; (m = /^-([ \t]+|$)/.exec(line.slice(at))); at += m[0].length) {
      collection = at;
      const tab = m[1]!.indexOf('\t');
      if (tab >= 0) return { reason: TOKEN_START, line: i, column: at + 1 + tab, tab: { line: i, column: at + 1 + tab } };
    }
    const key = KEY.exec(line.slice(at));
    if (key) collection = at;
    const valueAt = at + (key ? key[0].length : 0) + /^[ \t]*/.exec(line.slice(at + (key ? key[0].length : 0)))![0].length;
    const scan = scanYamlLine(line, '', (j) => j === 0 || /[\s[{,]/.test(line[j - 1]!), (c, j) => {
      if (depth > 0) {
        if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') depth--;
      } else if ((c === '[' || c === '{') && VALUE_PLACE.test(line.slice(0, j))) depth = 1;
    });
    quote = scan.quote;
    const value = line.slice(valueAt, scan.end).trimEnd();
    plain = undefined;
    if (depth > 0 || quote !== '') continue;
    const header = BLOCK_HEADER.exec(value);
    if (header) {
      const digit = /[1-9]/.exec(header[2]!);
      block = { line: i, column: valueAt + header[0].indexOf(header[1]!), parent: collection, indent: digit ? Math.max(collection, 0) + Number(digit[0]) : 0 };
    } else if (scan.end === line.length && value !== '' && !/^[#"'[\]{}|>!&*%@`,]|^[-?:](?:[ \t]|$)/.test(value)) {
      plain = { line: i, column: valueAt, indent: collection + 1 };
    }
  }
  return undefined;
}

/**
 * tabLineProblem as js-yaml's error at the problem's place (its reason is libyaml's: scannerProblem
 * keeps it), unless js-yaml stops on `text` before the tab: that error is the first one then.
 */
export function tabLineError(text: string, probe: (text: string) => unknown): jsyaml.YAMLException | undefined {
  const problem = tabLineProblem(text);
  return problem ? scannerErrorAt(text, probe, problem.reason, problem, problem.tab) : undefined;
}

/** Whether js-yaml's error is one of tabLineError's. */
export const isTabLineReason = (reason: string): boolean => reason === TOKEN_START || reason === PLAIN_TAB || reason === BLOCK_TAB;
