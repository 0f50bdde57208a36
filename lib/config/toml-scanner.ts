// Tomlrb 1.3.0's scanner (tomlrb/scanner.rb) for lib/config/toml.ts: the same regexps tried in the
// same order at each place, spaces, newlines and comments between tokens skipped alike.
// --- the scanner (Tomlrb::Scanner): tried in this order at each place ---------------------------
export type Kind =
  | 'DATETIME' | 'STRING_MULTI' | 'STRING_BASIC' | 'STRING_LITERAL_MULTI' | 'STRING_LITERAL'
  | 'FLOAT' | 'FLOAT_INF' | 'FLOAT_NAN' | 'INTEGER' | 'TRUE' | 'FALSE' | 'IDENTIFIER' | 'CHAR' | 'EOF';

export interface Token {
  kind: Kind;
  text: string;
  line: number;
  match?: RegExpExecArray;
}

// Ruby's `.` is any character but \n, `\s` is [ \t\n\v\f\r]; both written out for JavaScript.
const RULES: Array<[Exclude<Kind, 'CHAR' | 'EOF'>, RegExp]> = [
  ['DATETIME', /(-?\d{4})-(\d{2})-(\d{2})(?:(?:[tT]|[ \t\n\v\f\r])(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?([zZ]|[-+]\d{2}:\d{2})?/uy],
  ['STRING_MULTI', /"{3}(?:[^]*?"{3,4})/uy],
  ['STRING_BASIC', /"(?:\\?[^\n])*?"/uy],
  ['STRING_LITERAL_MULTI', /'{3}(?:[^]*?'{3})/uy],
  ['STRING_LITERAL', /'(?:\\?[^\n])*?'/uy],
  ['FLOAT', /[+-]?(?:[0-9_]+\.[0-9_]*|\d+(?=[eE]))(?:[eE][+-]?[0-9_]+)?/uy],
  ['FLOAT_INF', /[+-]?inf/uy],
  ['FLOAT_NAN', /[+-]?nan/uy],
  ['INTEGER', /[+-]?(?:[1-9](?:_?\d)*|0)(?![A-Za-z0-9_-]+)/uy],
  ['TRUE', /true/uy],
  ['FALSE', /false/uy],
  ['IDENTIFIER', /[A-Za-z0-9_-]+/uy],
];
const SKIP = /(?:[ \t\r\n]|#[^\n]*)+/uy;
const NEWLINES = /\n/g;

export function* tokens(s: string): Generator<Token> {
  let i = 0;
  let line = 1;
  const advance = (to: number): void => {
    line += (s.slice(i, to).match(NEWLINES) ?? []).length;
    i = to;
  };
  for (;;) {
    SKIP.lastIndex = i;
    if (SKIP.exec(s)) advance(SKIP.lastIndex);
    if (i >= s.length) {
      yield { kind: 'EOF', text: '$end', line };
      return;
    }
    let token: Token | undefined;
    for (const [kind, re] of RULES) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (m) {
        token = { kind, text: m[0], line, match: m };
        break;
      }
    }
    token ??= { kind: 'CHAR', text: String.fromCodePoint(s.codePointAt(i)!), line };
    advance(i + token.text.length);
    yield token;
  }
}

