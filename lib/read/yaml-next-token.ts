// The token libyaml's scanner reads after a node has ended (a root node, or a value whose line
// goes on): its scanner errors come before any parser error about where that token stands.
// Checked against Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) in test/read/yaml-psych-error.test.ts.
import { blockHeader, directiveProblem } from './yaml-psych-scan-error.js';

/**
 * The problem libyaml's scanner finds in the token at or after `from` (white space and comments
 * skipped), with where it starts (Psych's context mark); undefined when it scans: an unclosed
 * quoted scalar, a character no token starts with (`@`, `` ` ``, a tab that begins a line), an
 * anchor or alias without a name, a verbatim tag without its `>`, a `? ` or `- ` on the line of
 * the value before it.
 */
export function nextTokenError(text: string, from: number): { problem: string; line: number; column: number } | undefined {
  let i = from;
  let lineStart = from === 0 || text[from - 1] === '\n';
  for (;;) {
    const c = text[i];
    if (c === ' ' || (c === '\t' && !lineStart) || c === '\r') i++;
    else if (c === '\n') (i++, (lineStart = true));
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else break;
  }
  if (i >= text.length) return undefined;
  const at = (problem: string): { problem: string; line: number; column: number } => {
    const before = text.slice(0, i);
    return { problem, line: before.split('\n').length - 1, column: i - (before.lastIndexOf('\n') + 1) };
  };
  const c = text[i]!;
  const noToken = 'found character that cannot start any token while scanning for the next token';
  if (c === '\t' || c === '@' || c === '`') return at(noToken);
  // yaml_parser_fetch_key / fetch_block_entry in the block context: no simple key is allowed after
  // a value on its own line (a flow collection, a quoted scalar), so `? ` and `- ` are refused there
  if (!lineStart && (c === '?' || c === '-') && (i + 1 >= text.length || ' \t\r\n'.includes(text[i + 1]!))) {
    return at(c === '?' ? 'mapping keys are not allowed in this context' : 'block sequence entries are not allowed in this context');
  }
  if (c === '"' || c === "'") {
    const closed = c === '"' ? /^"(?:[^"\\]|\\[\s\S])*"/ : /^'(?:[^']|'')*'/;
    const token = closed.exec(text.slice(i))?.[0];
    if (token === undefined) return at('found unexpected end of stream while scanning a quoted scalar');
    const escape = c === '"' ? escapeProblem(token) : undefined;
    return escape === undefined ? undefined : at(`${escape} while parsing a quoted scalar`);
  }
  if ((c === '&' || c === '*') && !/^[0-9A-Za-z_-]/.test(text.slice(i + 1))) {
    return at(`did not find expected alphabetic or numeric character while scanning an ${c === '&' ? 'anchor' : 'alias'}`);
  }
  if (text.startsWith('!<', i) && !/^!<[^\n>]*>/.test(text.slice(i))) return at("did not find the expected '>' while scanning a tag");
  const lineAt = text.lastIndexOf('\n', i - 1) + 1;
  const rest = text.slice(i, text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
  const blankOrEnd = (k: number): boolean => k >= rest.length || ' \t\r'.includes(rest[k]!);
  // yaml_parser_scan_tag: `!`, a handle, URI characters, then white space or the line's end
  if (c === '!' && !rest.startsWith('!<')) {
    const tag = /^![0-9A-Za-z_-]*!?[0-9A-Za-z;/?:@&=+$.!~*'()%_-]*/.exec(rest)![0];
    if (!blankOrEnd(tag.length)) return at('did not find expected whitespace or line break while scanning a tag');
  }
  // yaml_parser_scan_block_scalar's header: chomping and indent, then a comment or the line's end
  if (c === '|' || c === '>') {
    const header = blockHeader(rest, 0);
    if (header === 'junk') return at('did not find expected comment or line break while scanning a block scalar');
    if (header === 'zero') return at('found an indentation indicator equal to 0 while scanning a block scalar');
  }
  // yaml_parser_scan_directive (a `%` that starts a line)
  if (c === '%' && i === lineAt) {
    const directive = directiveProblem(text, i);
    if (directive) return { problem: directive.reason, line: directive.line, column: directive.column };
  }
  return undefined;
}

/**
 * yaml_parser_scan_flow_scalar's escapes in a double-quoted token: the first one it refuses, named
 * (at the opening quote) as libyaml names it; undefined when all read.
 */
function escapeProblem(token: string): string | undefined {
  for (let i = 1; i < token.length - 1; i++) {
    if (token[i] !== '\\') continue;
    const e = token[++i]!;
    const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hex > 0) {
      if (!new RegExp(`^[0-9A-Fa-f]{${hex}}`).test(token.slice(i + 1))) return 'did not find expected hexdecimal number';
      i += hex;
    } else if (!'0abt\tnvfre "/\\N_LP\r\n'.includes(e)) return 'found unknown escape character';
  }
  return undefined;
}
