// libsass 3.6.5 (Jekyll's sassc) loses track of where it is after a selector that
// holds an interpolation (`.col-#{$i} {`), where sass.js's 3.6.2 does not.
// parser.cpp Parser::parse_selector_schema parses each interpolation in place, which
// moves `after_token` over the expression only, then sets `pstate` from that lexer
// position plus the expression and its closing brace, and ends with
// `after_token = pstate.position`: the selector's text before and between
// interpolations (newlines included) is skipped. Every later position of the file
// is off by as much: on the line of the `{`, columns continue from where 3.6.5
// thinks it is; on later lines, the lost line count stays for the rest of the file.
// The selector itself is re-parsed when evaluated: past its first position, it maps
// from line 0, column 0.

/** A point in a source: 0-based line and column. */
export interface Point {
  line: number;
  col: number;
}

/** One selector schema: where it starts, where its `{` is, and where 3.6.5 puts that `{` (before earlier schemas' moves). */
interface Schema {
  start: Point;
  brace: Point;
  text: string; // what 3.6.5 advances over from `start`: each expression, the last one's `}`, the text up to `{`
}

/** Maps a position of sass.js's source map of `source` to where libsass 3.6.5 has it (`repeated`: the next segment has the same position); undefined when the file has no selector schema. */
export function selectorSchemaMover(source: string): ((p: Point, repeated: boolean) => Point) | undefined {
  const schemas = findSchemas(source);
  if (schemas.length === 0) return undefined;
  // Each schema's move, in the coordinates that the earlier schemas already produce.
  const moves: { start: Point; brace: Point; from: Point; to: Point }[] = [];
  const moveAll = (p: Point): Point => moves.reduce((q, m) => (before(p, m.brace) ? q : shift(q, m.from, m.to)), p);
  for (const s of schemas) moves.push({ start: s.start, brace: s.brace, from: moveAll(s.brace), to: advance(moveAll(s.start), s.text) });
  // At the start, sass.js maps the re-parsed selector and then the rule itself;
  // 3.6.5 maps the first from line 0, column 0 like the rest of the selector.
  return (p, repeated) => {
    const inside = moves.find((m) => (repeated ? !before(p, m.start) : before(m.start, p)) && before(p, m.brace));
    if (inside) return { line: p.line - inside.start.line, col: p.line === inside.start.line ? p.col - inside.start.col : p.col };
    return moveAll(p);
  };
}

function before(a: Point, b: Point): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

function shift(p: Point, from: Point, to: Point): Point {
  return p.line === from.line ? { line: to.line, col: to.col + (p.col - from.col) } : { line: p.line + (to.line - from.line), col: p.col };
}

// Position::add: a newline starts the next line at column 0.
function advance(p: Point, text: string): Point {
  let { line, col } = p;
  for (const ch of text) {
    if (ch === '\n') {
      line++;
      col = 0;
    } else col++;
  }
  return { line, col };
}

// Rule selectors holding `#{`: the text of a statement that ends at a block's `{`,
// outside comments, strings, parentheses and interpolations, and is not an at-rule
// or a nested property (`font: {`).
function findSchemas(source: string): Schema[] {
  const schemas: Schema[] = [];
  const pointAt = lineIndex(source);
  let statement = 0;
  let parens = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (source.startsWith('//', i)) i = endOf(source, '\n', i) - 1;
    else if (source.startsWith('/*', i)) i = endOf(source, '*/', i + 2) + 1;
    else if (ch === '"' || ch === "'") i = endOfString(source, i);
    else if (source.startsWith('#{', i)) i = closingBrace(source, i + 2);
    else if (ch === '(') parens++;
    else if (ch === ')') parens = Math.max(0, parens - 1);
    else if (parens > 0) continue;
    else if (ch === ';' || ch === '}') statement = i + 1;
    else if (ch === '{') {
      const start = skipBlank(source, statement, i);
      const text = source.slice(start, i);
      if (text.includes('#{') && !text.startsWith('@') && !/^[\w-]+\s*:\s*$/.test(text)) {
        schemas.push({ start: pointAt(start), brace: pointAt(i), text: advancedText(source, start, i) });
      }
      statement = i + 1;
    }
  }
  return schemas;
}

// 3.6.5's advance from the selector's start: each expression but the last as far as
// its lexer went, then the last one's lexer start, that expression and its `}`
// again, then the selector's text after it up to `{`.
function advancedText(source: string, start: number, end: number): string {
  const expressions: string[] = [];
  let after = start;
  for (let i = source.indexOf('#{', start); i !== -1 && i < end; i = source.indexOf('#{', after)) {
    const close = closingBrace(source, i + 2);
    expressions.push(source.slice(i + 2, close));
    after = close + 1;
  }
  const last = expressions.pop() ?? '';
  const lastStart = /^\s*/.exec(last)![0];
  return expressions.map((e) => e.trimEnd()).join('') + lastStart + last + '}' + source.slice(after, end);
}

function skipBlank(source: string, i: number, end: number): number {
  while (i < end) {
    if (/\s/.test(source[i]!)) i++;
    else if (source.startsWith('//', i)) i = endOf(source, '\n', i);
    else if (source.startsWith('/*', i)) i = endOf(source, '*/', i + 2) + 2;
    else break;
  }
  return Math.min(i, end);
}

function endOf(source: string, token: string, from: number): number {
  const at = source.indexOf(token, from);
  return at === -1 ? source.length : at;
}

function endOfString(source: string, i: number): number {
  const quote = source[i];
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === quote || source[j] === '\n') return j;
  }
  return source.length;
}

// The `}` that closes an interpolation whose expression starts at `i`.
function closingBrace(source: string, i: number): number {
  let depth = 1;
  for (let j = i; j < source.length; j++) {
    if (source[j] === '{') depth++;
    else if (source[j] === '}' && --depth === 0) return j;
  }
  return source.length;
}

function lineIndex(source: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - starts[lo]! };
  };
}
