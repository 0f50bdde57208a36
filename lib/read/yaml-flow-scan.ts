// A flow collection read token by token as libyaml's scanner (scanner.c) hands it to its parser
// (parser.c), for the two errors that race inside one: the scanner's "found unexpected ':'" (a plain
// scalar with `:` right before one of `,?[]{}`: yaml-flow-colon.ts) and the parser's "did not find
// expected node content while parsing a flow node" at a `- ` (a BLOCK-ENTRY token, which the flow
// context lets through to the parser) where a node should be, at a `?` (a KEY token) right after
// a `:` or `?`, at a `:` or `,` that begins an entry (`[: a]`, `[a,,]`). The parser takes a token only once no possible simple key is waiting on it
// (yaml_parser_fetch_more_tokens), so a scalar the scanner reads ahead for such a key fails
// first: a key is possible from a `[`, `{` or scalar where keys are allowed until a `,`, `:`,
// `?` or `- ` on its own level, the end of its level, or the first token of a later line.
// Checked against Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) in test/read/yaml-psych-error.test.ts.

export interface FlowScan {
  /** The index past the collection (or the text's length). */
  readonly end: number;
  /** The refused plain scalar (`[a:]`) the scanner reads, if any. */
  readonly colon?: number;
  /** The `- ` or `?` the parser stops at, if it reaches one before a refused scalar is read. */
  readonly node?: number;
}

const FLOW_END = ',[]{}';
const isBlank = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Reads the flow collection at `start`. `keyAllowed`: whether its `[` or `{` may begin a simple key
 * (a block line's start, after `- ` or `? `: see flowKeyAllowed).
 * `dashes`: given, it gets each plain scalar that is a `-` before `,`, `]` or `}` (yaml-flow-dash.ts).
 * `bareKeys`: given, it gets each `?` that begins an entry with no blank after it (yaml-flow-key.ts).
 */
export function scanFlowTokens(text: string, start: number, keyAllowed: boolean, dashes?: number[], bareKeys?: number[]): FlowScan {
  // possible simple keys, one a flow level (yaml_parser_save_simple_key): where each began
  const keys: Array<number | undefined> = [];
  // the token before: libyaml's parser wants a node after an indicator (`[`, `,`, `:`, `?`), and an
  // entry's end (`,` or the closing bracket) after a node or a node's properties (an empty node then)
  let last: 'open' | 'entry' | 'value' | 'key' | 'dash' | 'property' | 'node' = 'open';
  // each level's opening bracket
  const opens: string[] = [];
  let allowed = keyAllowed;
  let depth = 0;
  let node: number | undefined;
  // the parser stops before any node error: a token where `,` or the end was wanted (`["a" b]`)
  let blocked = false;
  let lineStart = 0;
  // the parser stops at `node` once no key before it waits (keys at or past it do not hold it)
  const waiting = (): boolean => keys.some((k) => k !== undefined && k < node!);
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    // yaml_parser_scan_to_next_token: a `#` where a token may start is a comment
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    // a token starts at i
    if (node !== undefined && !waiting()) return { end: i, node };
    // yaml_parser_stale_simple_keys: a key on an earlier line (or 1024 characters back) is no longer possible
    for (let l = 0; l < keys.length; l++) {
      const k = keys[l];
      if (k !== undefined && (k < lineStart || k + 1024 < i)) keys[l] = undefined;
    }
    if (node !== undefined && !waiting() && !startsPlain(text, i)) return { end: i, node };
    const level = depth;
    // yaml_parser_parse_node meets no node: "did not find expected node content", at this token
    const noNode = (): void => void (blocked || (node ??= i));
    // libyaml 0.2.5's parse_flow_sequence_entry_mapping_key skips the `:`, `,` or `]` after a
    // sequence's empty `?` key, and fails later (`[a, ? ]`: "did not find expected ',' or ']'")
    if (last === 'key' && opens[depth] === '[' && (c === ':' || c === ',' || c === ']')) blocked = true;
    if (c === '[' || c === '{') {
      if (last === 'node') blocked = true;
      if (allowed) keys[level] = i;
      depth++;
      keys[depth] = undefined;
      opens[depth] = c;
      last = 'open';
      allowed = true;
      i++;
    } else if (c === ']' || c === '}') {
      // the other collection's bracket: where a node is wanted, parse_node meets it
      if ((c === ']') !== (opens[depth] === '[')) {
        if (last === 'node' || last === 'property') blocked = true;
        else noNode();
      }
      keys.length = depth;
      depth--;
      allowed = false;
      last = 'node';
      i++;
      if (depth === 0) return { end: i, node };
    } else if (c === ',') {
      if (last === 'open' || last === 'entry') noNode();
      keys[level] = undefined;
      last = 'entry';
      allowed = true;
      i++;
    } else if (c === ':' || (c === '?' && depth > 0)) {
      // yaml_parser_fetch_value / fetch_key: in the flow context each is an indicator at a token's start
      // (a `:` after a possible simple key has the KEY before that key: a pair, as after `?`)
      if (c === ':' && (last === 'open' || last === 'entry' || last === 'value')) noNode();
      if (c === '?' && (last === 'value' || last === 'key')) noNode();
      if (c === '?' && (last === 'node' || last === 'property')) blocked = true;
      if (bareKeys && c === '?' && (last === 'open' || last === 'entry') && !isBlank(text[i + 1]) && !',]}:#'.includes(text[i + 1]!)) bareKeys.push(i);
      keys[level] = undefined;
      last = c === ':' ? 'value' : 'key';
      allowed = false;
      i++;
    } else if (c === '-' && isBlank(text[i + 1])) {
      // yaml_parser_fetch_block_entry: left to the parser in the flow context
      if (last === 'node' || last === 'property') blocked = true;
      noNode();
      keys[level] = undefined;
      last = 'dash';
      allowed = true;
      i++;
    } else if (c === '"' || c === "'" || c === '*' || c === '&' || c === '!') {
      if (last === 'node') blocked = true;
      if (allowed) keys[level] = i;
      allowed = false;
      i = c === '"' || c === "'" ? pastQuoted(text, i) : pastWord(text, i);
      last = c === '&' || c === '!' ? 'property' : 'node';
    } else {
      // a plain scalar: it runs on over blanks and breaks, up to `: `, a flow indicator or a comment
      if (last === 'node') blocked = true;
      if (allowed) keys[level] = i;
      allowed = false;
      const scalar = i;
      if (dashes && c === '-' && (text[i + 1] === ',' || text[i + 1] === ']' || text[i + 1] === '}')) dashes.push(i);
      for (;;) {
        while (i < text.length && !isBlank(text[i])) {
          const d = text[i]!;
          if (d === ':' && text[i + 1] !== undefined && ',?[]{}'.includes(text[i + 1]!)) return { end: i, colon: scalar, node };
          if ((d === ':' && isBlank(text[i + 1])) || FLOW_END.includes(d)) break;
          i++;
        }
        if (i >= text.length || !isBlank(text[i])) break;
        const at = i;
        while (i < text.length && isBlank(text[i])) i++;
        // `#` after a blank ends it, and so do the document markers at a line's start
        if (text[i] === '#' || (text[i - 1] === '\n' && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(i, i + 4)))) break;
        // the breaks inside the scalar: the lines it spans
        for (let j = at; j < i; j++) if (text[j] === '\n') lineStart = j + 1;
      }
      last = 'node';
    }
  }
  return { end: i, node };
}

// A token the scanner fetches once the key is stale still fails in it: only a plain scalar can
// (the refused `:`); any other lets the parser stop at the node first.
function startsPlain(text: string, i: number): boolean {
  const c = text[i]!;
  return !'[]{},:?"\'*&!#'.includes(c) && !(c === '-' && isBlank(text[i + 1]));
}

function pastWord(text: string, i: number): number {
  while (i < text.length && !isBlank(text[i]) && !FLOW_END.includes(text[i]!)) i++;
  return i;
}

/** Past a quoted scalar opened at `at` (`''` in single quotes, a backslash escape in double ones). */
export function pastQuoted(text: string, at: number): number {
  const q = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return text.length;
}

/**
 * Whether the block context lets the flow collection at `start` begin a simple key: first on its
 * line (past indentation, `- ` and `? ` indicators and its tag or anchor), not after `key: ` or `---`.
 */
export function flowKeyAllowed(text: string, start: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).replace(/(?:[!&]\S*[ \t]+)+$/, '');
  return /^[ \t]*(?:[-?][ \t]+)*$/.test(before);
}
