// Psych's words for YAML mistakes that libyaml's scanner (or Psych's loader) catches inside one
// token: a bad escape, a block scalar header, a tab in an indentation, a character no token
// starts with, an empty anchor name or an unknown alias (Ruby class tags: yaml-tags.ts). Each rule was checked
// against Jekyll 4.3.1 (Ruby 3.1, Psych 4.0.3 / libyaml 0.2.5); yaml-psych-error.ts tries these first.
import jsyaml from 'js-yaml';
import { KEY, lineAt, place } from './yaml-lines.js';
import { INVALID_ESCAPE_REASON } from './yaml-invalid-escape.js';
import type { PsychProblem } from './yaml-psych-error.js';
import { isTabLineReason } from './yaml-tab-lines.js';
import { FLOW_COLON_REASON } from './yaml-flow-colon.js';
import { TAG_REASONS } from './yaml-tag-end.js';
import { REFUSED_ENTRY_REASONS } from './yaml-refused-entry.js';

const BLOCK_HEADER = new Set([
  'a line break is expected',
  'repeat of a chomping mode identifier',
  'repeat of an indentation width identifier',
  'bad explicit indentation width of a block scalar; it cannot be less than one',
]);
const TOKEN_START = 'found character that cannot start any token while scanning for the next token';

/** The Psych problem for js-yaml's `error`, when it is one of the token-level mistakes. */
export function scannerProblem(error: jsyaml.YAMLException, text: string): PsychProblem | undefined {
  const mark = error.mark!;
  const reason = error.reason;
  const at = text[mark.position];
  const line = lineAt(text, mark.line);

  // yaml-tab-lines.ts's error: libyaml's words and place already
  if (isTabLineReason(reason) || reason === FLOW_COLON_REASON || TAG_REASONS.has(reason) || REFUSED_ENTRY_REASONS.has(reason)) return { reason, line: mark.line, column: mark.column };

  // Psych.safe_load's own exception: no place in the message (Psych::BadAlias).
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias) return { reason: `Unknown alias: ${alias[1]}`, line: mark.line, column: mark.column, bare: true };

  // yaml_parser_scan_flow_scalar: named at the opening quote (no unescaped quote lies between).
  if (reason === 'unknown escape sequence' || reason === 'expected hexadecimal character' || reason === INVALID_ESCAPE_REASON) {
    let open = mark.position - 1;
    while (open >= 0 && !(text[open] === '"' && backslashesBefore(text, open) % 2 === 0)) open--;
    if (open < 0) return undefined;
    const problem =
      reason === 'unknown escape sequence' ? 'found unknown escape character' : reason === INVALID_ESCAPE_REASON ? 'found invalid Unicode character escape code' : 'did not find expected hexdecimal number';
    return { reason: `${problem} while parsing a quoted scalar`, ...place(text, open) };
  }

  // yaml_parser_scan_block_scalar: the header after `|` or `>`, named at the indicator.
  if (BLOCK_HEADER.has(reason)) {
    let i = Math.min(mark.column, line.length) - 1;
    while (i >= 0 && /[-+0-9]/.test(line[i]!)) i--;
    if (i < 0 || (line[i] !== '|' && line[i] !== '>')) return undefined;
    const header = blockHeader(line, i);
    if (header === 'ok') return undefined; // libyaml reads it (`|#c`): js-yaml's words stay
    const problem = header === 'zero' ? 'found an indentation indicator equal to 0' : 'did not find expected comment or line break';
    return { reason: `${problem} while scanning a block scalar`, line: mark.line, column: i };
  }

  // yaml_parser_scan_anchor: `&` or `*` with no name.
  const empty = /^name of an (anchor|alias) node must contain at least one character$/.exec(reason);
  if (empty) {
    const indicator = line.lastIndexOf(empty[1] === 'anchor' ? '&' : '*', mark.column);
    if (indicator < 0) return undefined;
    return { reason: `did not find expected alphabetic or numeric character while scanning an ${empty[1]}`, line: mark.line, column: indicator };
  }

  // yaml_parser_fetch_next_token: a `%` at column 0 starts a directive (inside a document too).
  if (at === '%' && mark.column === 0) {
    const directive = directiveProblem(text, mark.position);
    if (directive) return directive;
  }

  // yaml_parser_fetch_next_token: `@` and backquote are reserved, `%` starts a directive only at column 0
  // (where a token starts: after a blank, a flow indicator, a flow collection's end or a quoted scalar's).
  if ((at === '@' || at === '`' || (at === '%' && mark.column > 0)) && /^$|[\s[{,\]}"']$/.test(line.slice(0, mark.column))) {
    return { reason: TOKEN_START, line: mark.line, column: mark.column };
  }

  // (js-yaml's words for a root block scalar whose first line starts with a tab)
  if ((reason === 'tab characters must not be used in indentation' || reason === 'missing indentation for block scalar') && at === '\t' && mark.column === 0) {
    return tabProblem(text, mark.line);
  }

  if (reason === 'unacceptable YAML version of the document') {
    const directive = /^%YAML[ \t]/m.exec(text);
    return directive ? { reason: 'found incompatible YAML document', ...place(text, directive.index) } : undefined;
  }
  return undefined;
}

/**
 * yaml_parser_scan_directive_name for the `%` at `position` (column 0): a name of letters, digits,
 * `_` and `-`, then a blank or a break; libyaml knows only YAML and TAG. Named at the `%`.
 */
export function directiveProblem(text: string, position: number): PsychProblem | undefined {
  let end = position + 1;
  while (end < text.length && /[0-9A-Za-z_-]/.test(text[end]!)) end++;
  const name = text.slice(position + 1, end);
  const after = text[end];
  const problem =
    name === ''
      ? 'could not find expected directive name'
      : after !== undefined && !/[ \t\r\n\u0085\u2028\u2029]/.test(after)
        ? 'found unexpected non-alphabetical character'
        : name !== 'YAML' && name !== 'TAG'
          ? 'found unknown directive name'
          : undefined;
  if (problem === undefined && name === 'YAML') return versionProblem(text, end, position);
  return problem === undefined ? undefined : { reason: `${problem} while scanning a directive`, ...place(text, position) };
}

/**
 * yaml_parser_scan_version_directive_value after `%YAML`: white space, then MAJOR.MINOR (each of
 * at most nine digits), then white space, maybe a comment, and the line's end. Named at the `%`.
 */
function versionProblem(text: string, from: number, position: number): PsychProblem | undefined {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const [, major, dot, minor] = /^(\d*)(\.?)(\d*)/.exec(text.slice(i))!;
  const version = (problem: string): PsychProblem => ({ reason: `${problem} while scanning a %YAML directive`, ...place(text, position) });
  if (major === '') return version('did not find expected version number');
  if (major!.length > 9) return version('found extremely long version number');
  if (dot === '') return version("did not find expected digit or '.' character");
  if (minor === '') return version('did not find expected version number');
  if (minor!.length > 9) return version('found extremely long version number');
  const rest = /^[ \t]*(?:#.*)?/.exec(text.slice(i + major!.length + 1 + minor!.length))![0];
  const after = text[i + major!.length + 1 + minor!.length + rest.length];
  if (after !== undefined && !/[\r\n\u0085\u2028\u2029]/.test(after)) return { reason: 'did not find expected comment or line break while scanning a directive', ...place(text, position) };
  return undefined;
}

/**
 * The directive before the first document that libyaml refuses, as js-yaml's error at its `%`
 * (js-yaml only warns of an unknown one, and reads on): undefined when they all read.
 */
export function prologueDirectiveError(text: string): jsyaml.YAMLException | undefined {
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, next);
    if (line.startsWith('%')) {
      if (directiveProblem(text, pos)) {
        const { line: lineNo, column } = place(text, pos);
        return new jsyaml.YAMLException('unknown document directive', { name: null, buffer: text, position: pos, line: lineNo, column, snippet: null } as never);
      }
    } else if (!/^[ \t]*(?:#.*)?\r?\n?$/.test(line)) return undefined;
    pos = next;
  }
  return undefined;
}

function backslashesBefore(text: string, position: number): number {
  let n = 0;
  while (position - n - 1 >= 0 && text[position - n - 1] === '\\') n++;
  return n;
}

/** libyaml's reading of a block scalar header: a chomping sign and a digit in either order, then spaces and a comment or the line's end. */
export function blockHeader(line: string, indicator: number): 'ok' | 'zero' | 'junk' {
  let i = indicator + 1;
  const digit = (): 'zero' | undefined => {
    if (!/[0-9]/.test(line[i] ?? '')) return undefined;
    if (line[i] === '0') return 'zero';
    i++;
    return undefined;
  };
  if (line[i] === '+' || line[i] === '-') {
    i++;
    if (digit()) return 'zero';
  } else if (/[0-9]/.test(line[i] ?? '')) {
    if (digit()) return 'zero';
    if (line[i] === '+' || line[i] === '-') i++;
  }
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i >= line.length || line[i] === '#' || line[i] === '\r' ? 'ok' : 'junk';
}

/**
 * A tab that begins a line: inside a block scalar libyaml wants indentation spaces (named at the
 * `|` or `>`); after a plain scalar it was reading the scalar's next line (named at the scalar);
 * elsewhere no token starts with a tab.
 */
function tabProblem(text: string, tabLine: number): PsychProblem {
  const lines = text.split('\n');
  let previous = tabLine - 1;
  while (previous >= 0 && lines[previous]!.trim() === '') previous--;
  const header = blockScalarAbove(lines, tabLine);
  if (header) return { reason: 'found a tab character where an indentation space is expected while scanning a block scalar', ...header };
  const plain = previous >= 0 ? plainValueStart(lines[previous]!) : undefined;
  if (plain !== undefined) return { reason: 'found a tab character that violates indentation while scanning a plain scalar', line: previous, column: plain };
  return { reason: TOKEN_START, line: tabLine, column: 0 };
}

const HEADER_END = /(?:^|[ \t])([|>])[-+0-9]*[ \t]*(?:#.*)?\r?$/;

/** The `|` or `>` whose block scalar `lineNo` continues: every line between is blank or indented past the header's line. */
function blockScalarAbove(lines: readonly string[], lineNo: number): { line: number; column: number } | undefined {
  const indentOf = (l: string): number => l.length - l.trimStart().length;
  for (let n = lineNo - 1; n >= 0; n--) {
    const l = lines[n]!;
    if (l.trim() === '') continue;
    const indent = indentOf(l);
    const m = HEADER_END.exec(l);
    const column = m ? m.index + m[0].indexOf(m[1]!) : -1;
    // A header on its own after `key:` or `- ` (the text before it is a key, items or nothing).
    const before = m ? l.slice(indent, column).replace(/^(?:-[ \t]+)*/, '') : '';
    if (m && (before === '' || KEY.test(before))) {
      const between = lines.slice(n + 1, lineNo).filter((b) => b.trim() !== '');
      return between.every((b) => indentOf(b) > indent) ? { line: n, column } : undefined;
    }
    if (indent === 0) return undefined;
  }
  return undefined;
}

/** Where a line's value starts when it is a plain scalar (`key: value`, `- value`); undefined otherwise. */
function plainValueStart(line: string): number | undefined {
  const body = line.replace(/\r$/, '');
  let i = body.length - body.trimStart().length;
  for (let m; (m = /^-[ \t]+/.exec(body.slice(i))); ) i += m[0].length;
  const key = KEY.exec(body.slice(i));
  if (key) i += key[0].length;
  while (body[i] === ' ' || body[i] === '\t') i++;
  const value = body.slice(i);
  if (value === '' || /^[#"'[\]{}|>!&*%@`,]|^[-?:](?:[ \t]|$)/.test(value)) return undefined;
  return i;
}
