// Psych's (libyaml's) wording for the common YAML mistakes. js-yaml names the place where it
// stopped; libyaml names the construct it was in and points at where that construct began (its
// context mark): the opening `[`, `{` or quote, the first key of the block mapping. Only the cases
// checked against Psych are translated; any other error keeps js-yaml's words and place.
import jsyaml from 'js-yaml';
import { lineAt, place, shapeOf } from './yaml-lines.js';
import { scannerProblem } from './yaml-psych-scan-error.js';
import { flowKeyAllowed, scanFlowTokens } from './yaml-flow-scan.js';
import { FLOW_NODE_REASON } from './yaml-flow-colon.js';
import { nextTokenError } from './yaml-next-token.js';

export interface PsychProblem {
  readonly reason: string;
  /** 0-based line and column in the YAML text. */
  readonly line: number;
  readonly column: number;
  /** Not a Psych::SyntaxError (Psych::BadAlias, DisallowedClass): the message is the reason alone. */
  readonly bare?: boolean;
}

const FLOW_END = /^(missed comma between flow collection entries|unexpected end of the stream within a flow collection)$/;
const SIMPLE_KEY = "could not find expected ':' while scanning a simple key";
const QUOTE_END = /^unexpected end of the stream within a (single|double) quoted scalar$/;

/**
 * The Psych problem for js-yaml's `error` on `text`, or undefined when this is not one of the
 * translated cases. `reload` runs the failing load again with a listener (it throws again).
 */
export function psychProblem(
  error: jsyaml.YAMLException,
  text: string,
  reload: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => void,
): PsychProblem | undefined {
  const mark = error.mark;
  if (!mark) return undefined;
  const scanned = scannerProblem(error, text);
  if (scanned) return scanned;
  const reason = error.reason;
  if (FLOW_END.test(reason) || QUOTE_END.test(reason)) {
    // The nodes still open when js-yaml gave up; the innermost flow collection or quoted scalar is the one libyaml names.
    const open = openNodes(reload).map((at) => nodeStart(text, at));
    const outer = open.find((at) => text[at] === '[' || text[at] === '{');
    const want = FLOW_END.test(reason) ? '[{' : '"\'';
    const start = open.reverse().find((at) => at < text.length && want.includes(text[at]!));
    if (start === undefined) return undefined;
    if (text[start] === '[' || text[start] === '{') {
      // A flow collection that begins a line at its mapping's key column is a key that must be
      // simple (on one line): libyaml stops at that line's end.
      const { line, column } = place(text, start);
      const lines = text.split('\n');
      const above = lines.slice(0, line).reverse().map(shapeOf).find((s) => s !== undefined);
      if (lines[line]!.slice(0, column).trim() === '' && above?.key === column) return { reason: SIMPLE_KEY, line, column };
    }
    // A `- ` or a `?` where a node should be, which js-yaml reads as a missed comma (`k: [- a]`, `[a: ?]`):
    // libyaml's parser stops there (yaml-flow-scan.ts).
    if (FLOW_END.test(reason) && outer !== undefined) {
      const found = scanFlowTokens(text, outer, flowKeyAllowed(text, outer));
      if (found.node !== undefined && found.colon === undefined && found.node <= mark.position) return { reason: FLOW_NODE_REASON, ...place(text, found.node) };
    }
    // The stream ended where the collection wants a node (after `[`, `{`, `,` or a key's `:`):
    // libyaml's parse_node finds none, at the end of the stream (the line after the last break).
    if (reason === 'unexpected end of the stream within a flow collection' && (text[start] === '[' || text[start] === '{') && awaitsNode(text, start)) {
      return { reason: 'did not find expected node content while parsing a flow node', ...streamEnd(text) };
    }
    // A closing bracket of the other kind where the collection wants a node (`[1, }`, `{a: ]`):
    // libyaml's parse_node meets it and names it (parser.c yaml_parser_parse_node). (A plain
    // scalar's `:` right before it, `[a:}`, is a scanner error there: yaml-flow-colon.ts.)
    const pos = mark.position;
    const closer = text[pos];
    const mismatched = (closer === '}' && text[start] === '[') || (closer === ']' && text[start] === '{');
    if (reason === 'missed comma between flow collection entries' && mismatched && awaitsNode(text, start, pos) && !(text[pos - 1] === ':' && !/["']/.test(text[pos - 2] ?? ''))) {
      return { reason: 'did not find expected node content while parsing a flow node', line: mark.line, column: mark.column };
    }
    const problem =
      text[start] === '['
        ? "did not find expected ',' or ']' while parsing a flow sequence"
        : text[start] === '{'
          ? "did not find expected ',' or '}' while parsing a flow mapping"
          : 'found unexpected end of stream while scanning a quoted scalar';
    return { reason: problem, ...place(text, start) };
  }
  if (reason === 'alias node should not have any properties') return propertiesBeforeAlias(text, reload);
  const at = text[mark.position];
  if (reason === 'bad indentation of a mapping entry' && at === ':') {
    return { reason: 'mapping values are not allowed in this context', line: mark.line, column: mark.column };
  }
  const outdented = reason === 'bad indentation of a mapping entry' || reason === 'bad indentation of a sequence entry';
  const before = lineAt(text, mark.line).slice(0, mark.column);
  // After a flow collection or a quoted scalar the line goes on: libyaml scans that token before
  // its parser finds it out of place, so a token it cannot scan is the error (yaml-next-token.ts).
  if (outdented && /[\]}"'][ \t]*$/.test(before)) {
    const next = nextTokenError(text, mark.position);
    if (next) return { reason: next.problem, line: next.line, column: next.column };
  }
  if (outdented && before.trim() !== '') return afterValue(text, mark.line, mark.column, before);
  if (/^expected the node content, but found ','$/.test(reason)) {
    return { reason: 'did not find expected node content while parsing a flow node', line: mark.line, column: mark.column };
  }
  if (reason === 'can not read a block mapping entry; a multiline key may not be an implicit key') {
    // libyaml names the plain scalar that ran over lines where a key was wanted, at its first line.
    const lines = text.split('\n');
    const indentOf = (l: string): number => l.length - l.trimStart().length;
    let first = Math.min(mark.line, lines.length) - 1;
    while (first > 0 && lines[first]!.trim() === '') first--;
    if (first < 0) return undefined;
    // The scalar runs on over blank lines and lines indented past its own: its first line is the
    // topmost line not right of the others, up to a key, an item or a comment. (libyaml stops
    // there already: a simple key wanted there is stale once its scalar has ended its line.)
    for (let k = first - 1, column = indentOf(lines[first]!); k >= 0; k--) {
      const l = lines[k]!;
      if (l.trim() === '') continue;
      const shape = shapeOf(l);
      if (shape?.key !== undefined || shape?.item !== undefined || l.trimStart().startsWith('#')) break;
      if (indentOf(l) <= column) [first, column] = [k, indentOf(l)];
    }
    // Lines of a block scalar just above (`t: |` then its text) are not the key: it begins past them.
    const last = Math.min(mark.line, lines.length) - 1;
    let h = first - 1;
    while (h >= 0 && (lines[h]!.trim() === '' || indentOf(lines[h]!) > indentOf(lines[last]!))) h--;
    if (h >= 0 && /(?:^|[ \t])[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(lines[h]!)) {
      first = h + 1;
      while (first < last && (lines[first]!.trim() === '' || indentOf(lines[first]!) > indentOf(lines[h]!))) first++;
    }
    const l = lines[first]!;
    return { reason: SIMPLE_KEY, line: first, column: l.length - l.trimStart().length };
  }
  if (reason === 'tab characters must not be used in indentation' && at === '\t') {
    return { reason: 'found character that cannot start any token while scanning for the next token', line: mark.line, column: mark.column };
  }
  if (reason === 'can not read an implicit mapping pair; a colon is missed') {
    const text0 = lineAt(text, mark.line);
    return { reason: SIMPLE_KEY, line: mark.line, column: text0.length - text0.trimStart().length };
  }
  // A root plain scalar runs on over the lines below it (`abc` then `key: v`), so libyaml meets
  // the `:` inside a scalar that, on several lines, cannot be a key; js-yaml stops at the same `:`
  // having ended the scalar at its line. (After a quoted or flow root, libyaml ends the document
  // there and Psych reads no further: rootEndsBefore in yaml.ts.)
  if (reason === 'end of the stream or a document separator is expected' && at === ':' && rootIsPlainScalar(text)) {
    return { reason: 'mapping values are not allowed in this context', line: mark.line, column: mark.column };
  }
  // A line that fits no open collection: an item after a mapping, a key after a root list.
  const rest = lineAt(text, mark.line).slice(mark.column);
  const strayLine = reason === 'end of the stream or a document separator is expected' && (/^-(?:[ \t]|$)/.test(rest) || shapeOf(rest)?.key === 0);
  if (outdented || strayLine) return enclosingCollection(text, mark.line, mark.column);
  // Text at column 0 after a root list (`- a` then `b`): a key there must be simple, and libyaml
  // finds no `:` on its line.
  const rootList = /^-(?:[ \t]|$)/m.exec(text.replace(/^(?:[ \t]*(?:#.*)?\r?\n)*/, ''))?.index === 0;
  if (reason === 'end of the stream or a document separator is expected' && mark.column === 0 && rootList && rest.trim() !== '' && !/^(?:#|---|\.\.\.)/.test(rest)) {
    return { reason: SIMPLE_KEY, line: mark.line, column: 0 };
  }
  return undefined;
}

/** Whether the document's root node is a plain scalar (past `---`, an anchor and a tag): no key, item, quote, flow or block scalar. */
function rootIsPlainScalar(text: string): boolean {
  // Past blank, comment and directive lines, then a `---` marker and what is blank after it.
  let body = text.replace(/^(?:[ \t]*(?:#.*|%.*)?\r?\n)*/, '');
  if (/^---(?:[ \t]|\r?\n|$)/.test(body)) body = body.slice(3).replace(/^[ \t]*(?:#.*)?(?:\r?\n(?:[ \t]*(?:#.*)?\r?\n)*)?/, '');
  const node = /^[ \t]*(?:[&!]\S*[ \t]+)*(.*)/.exec(body)?.[1] ?? '';
  return node !== '' && !/^[[{"'|>#]|^[-?:](?:[ \t]|$)/.test(node) && shapeOf(node)?.key === undefined;
}

/**
 * Something after a value on its line: where a node was wanted (`key: ]`) libyaml finds no node
 * content, a `- ` cannot start a list there, and after a whole value (`'it's'`, `[b]]`) the
 * mapping or list that holds it wants its next key or item.
 */
function afterValue(text: string, line: number, column: number, before: string): PsychProblem | undefined {
  const at = text.split('\n')[line]!.slice(column);
  const valueWanted = /(?:^|[ \t])(?:-|[^#]*?:)[ \t]+$/.test(before) || /^[ \t]*-[ \t]+$/.test(before);
  if (/^-(?:[ \t]|$)/.test(at) && valueWanted) {
    return { reason: 'block sequence entries are not allowed in this context', line, column };
  }
  if (/^[\]},]/.test(at) && valueWanted) return { reason: 'did not find expected node content while parsing a block node', line, column };
  const shape = shapeOf(before);
  const own = shape?.key ?? shape?.item;
  return own === undefined ? undefined : enclosingCollection(text, line + 1, own);
}

/**
 * A tag or an anchor before an alias (`a: &x *y`): libyaml's parse_node gives the properties an
 * empty scalar, and the collection holding it meets the alias where it wants its next entry (the
 * `- `, a key, a `,` or its end): that collection is named, at its start (parser.c).
 */
function propertiesBeforeAlias(text: string, reload: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => void): PsychProblem | undefined {
  // (js-yaml opens a block value twice, at its key's `:` and at the node: both begin at the alias)
  const starts = openNodes(reload).map((at) => nodeStart(text, at));
  const alias = starts.pop();
  let start = starts.reverse().find((at) => at < alias!);
  if (start === undefined) return undefined;
  const c = text[start];
  // a block mapping begins at its first key's properties on the key's line (its KEY token's mark)
  if (!'[{-'.includes(c!)) start -= /(?:[!&][^ \t\r\n]*[ \t]+)+$/.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))?.[0].length ?? 0;
  const reason =
    c === '['
      ? "did not find expected ',' or ']' while parsing a flow sequence"
      : c === '{'
        ? "did not find expected ',' or '}' while parsing a flow mapping"
        : c === '-' && /[ \t\r\n]/.test(text[start + 1] ?? '\n')
          ? "did not find expected '-' indicator while parsing a block collection"
          : 'did not find expected key while parsing a block mapping';
  return { reason, ...place(text, start) };
}

/** Positions at which the nodes open at the failure began (js-yaml's listener: 'open' before the node's leading space). */
function openNodes(reload: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => void): number[] {
  const stack: number[] = [];
  try {
    reload((event, state) => {
      if (event === 'open') stack.push(state.position);
      else stack.pop();
    });
  } catch {
    // The same error again, at the same place.
  }
  return stack;
}

/** The first character of a node from where js-yaml opened it: past spaces, line breaks, comments, tags and anchors. */
function nodeStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) while (i < text.length && text[i] !== '\n') i++;
    else if ((c === '!' || c === '&') && i + 1 < text.length) while (i < text.length && !/\s/.test(text[i]!)) i++;
    else return i;
  }
}

/**
 * A line at `column` that fits no open collection: libyaml unwinds to the innermost block
 * collection at or left of that column and reports it at its first entry. Found from the
 * lines above (the text before the error parsed, so they are well formed).
 */
function enclosingCollection(text: string, errorLine: number, column: number): PsychProblem | undefined {
  const lines = text.split('\n');
  let kind: 'key' | 'item' | undefined;
  let col = -1;
  let startLine = -1;
  for (let n = errorLine - 1; n >= 0; n--) {
    const shape = shapeOf(lines[n]!);
    if (!shape) continue;
    if (kind === undefined) {
      if (shape.indent > column) continue;
      // The innermost of the line's collections that the error line could belong to.
      if (shape.key !== undefined && shape.key <= column) [kind, col] = ['key', shape.key];
      else if (shape.item !== undefined && shape.item <= column) [kind, col] = ['item', shape.item];
      else return undefined;
      startLine = n;
      continue;
    }
    const same = kind === 'key' ? shape.key : shape.item;
    if (shape.indent > col) continue;
    if (same === col && (shape.indent === col || kind === 'key')) {
      startLine = n;
      // A mapping that starts after a `- ` starts on that line.
      if (shape.indent < col) break;
      continue;
    }
    break;
  }
  if (kind === undefined) return undefined;
  const reason =
    kind === 'key'
      ? 'did not find expected key while parsing a block mapping'
      : "did not find expected '-' indicator while parsing a block collection";
  return { reason, line: startLine, column: col };
}

/**
 * Whether the flow collection opened at `start`, the innermost still open when the text ends
 * (or at `end`), ends there on an indicator that wants a node next: its `[` or `{`, a `,`, or a key's `:`.
 */
function awaitsNode(text: string, start: number, end = text.length): boolean {
  let last = text[start]!;
  let depth = 0;
  for (let i = start + 1; i < end; i++) {
    const c = text[i]!;
    if (c === '#' && /\s/.test(text[i - 1]!)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      // a quoted scalar: `''` in single quotes, a backslash escape in double ones
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c && !(c === "'" && text[i + 1] === "'")) break;
        else if (text[i] === c) i++;
      }
      last = 'node';
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      last = 'node';
    } else if (depth > 0 || /\s/.test(c)) continue;
    else if (c === ',') last = ',';
    else if (c === ':' && (i + 1 >= text.length || /[\s,\]}]/.test(text[i + 1]!))) last = ':';
    else last = 'node';
  }
  return last === '[' || last === '{' || last === ',' || last === ':';
}

/** libyaml's stream end: the start of the line after the text's last line break (one is added when the text lacks it). */
function streamEnd(text: string): { line: number; column: number } {
  const breaks = text.split('\n').length - 1;
  return { line: text.endsWith('\n') ? breaks : breaks + 1, column: 0 };
}
