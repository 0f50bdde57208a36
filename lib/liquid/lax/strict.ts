// Ruby Liquid's strict grammar (liquid/lexer.rb, liquid/parser.rb): whether a markup
// parses strictly. Under Jekyll's default `liquid.error_mode: warn`, a markup that
// does not is read by the tag's `lax_parse` instead (liquid/parser_switching.rb).

type TokenType =
  | 'comparison' | 'string' | 'number' | 'id' | 'dotdot' | 'pipe' | 'dot' | 'colon' | 'comma'
  | 'open_square' | 'close_square' | 'open_round' | 'close_round' | 'question' | 'dash' | 'end_of_string';

const SPECIALS: Record<string, TokenType> = {
  '|': 'pipe', '.': 'dot', ':': 'colon', ',': 'comma', '[': 'open_square', ']': 'close_square',
  '(': 'open_round', ')': 'close_round', '?': 'question', '-': 'dash',
};
// Lexer#tokenize: whitespace, then the first of comparison, string, number, id, dotdot, a special
// (Ruby's \s is ASCII: a no-break space is an unexpected character)
const LEXEME = /[\t\n\v\f\r ]*(?:(==|!=|<>|<=?|>=?|contains(?=[\t\n\v\f\r ]))|('[^']*'|"[^"]*")|(-?\d+(?:\.\d+)?)|([a-zA-Z_][\w-]*\??)|(\.\.)|([^\t\n\v\f\r ]))/y;
const KINDS: TokenType[] = ['comparison', 'string', 'number', 'id', 'dotdot'];

/** A strict-grammar error: Liquid::SyntaxError's message. */
export class StrictSyntaxError extends Error {}

/** A token: its type, its text, and where its text starts and ends in the markup. */
type Token = [TokenType, string, number, number];

export function lex(input: string): Token[] {
  const out: Token[] = [];
  LEXEME.lastIndex = 0;
  for (let m = LEXEME.exec(input); m; m = LEXEME.exec(input)) {
    const kind = KINDS.findIndex((_, i) => m![i + 1] !== undefined);
    const end = LEXEME.lastIndex;
    if (kind >= 0) {
      out.push([KINDS[kind]!, m[kind + 1]!, end - m[kind + 1]!.length, end]);
      continue;
    }
    const c = m[6]!;
    const special = SPECIALS[c];
    if (!special) throw new StrictSyntaxError(`Unexpected character ${c}`);
    out.push([special, c, end - 1, end]);
  }
  out.push(['end_of_string', '', input.length, input.length]);
  return out;
}

/** Liquid::Parser over one markup. */
export class StrictParser {
  private readonly tokens: Token[];
  private p = 0;
  /** The gaps (start, end) of whitespace between a lookup and its `.key` or `[key]`. */
  readonly gaps: Array<[number, number]> = [];
  constructor(markup: string) {
    this.tokens = lex(markup);
  }
  consume(type?: TokenType): string {
    const t = this.tokens[this.p]!;
    if (type && t[0] !== type) throw new StrictSyntaxError(`Expected ${type} but found ${t[0]}`);
    this.p++;
    return t[1];
  }
  consumeIf(type: TokenType): boolean {
    if (this.tokens[this.p]?.[0] !== type) return false;
    this.p++;
    return true;
  }
  id(str: string): boolean {
    const t = this.tokens[this.p];
    if (!t || t[0] !== 'id' || t[1] !== str) return false;
    this.p++;
    return true;
  }
  /** The index of the next token. */
  at(): number {
    return this.p;
  }
  /** The texts of the tokens read since token `start`, joined as Parser#expression joins them (no whitespace). */
  since(start: number): string {
    return this.tokens.slice(start, this.p).map((t) => t[1]).join('');
  }
  look(type: TokenType, ahead = 0): boolean {
    return this.tokens[this.p + ahead]?.[0] === type;
  }
  expression(): void {
    const t = this.tokens[this.p]!;
    switch (t[0]) {
      case 'id':
        this.consume();
        this.lookups();
        return;
      case 'open_square':
        this.consume();
        this.expression();
        this.consume('close_square');
        this.lookups();
        return;
      case 'string':
      case 'number':
        this.consume();
        return;
      case 'open_round':
        this.consume();
        this.expression();
        this.consume('dotdot');
        this.expression();
        this.consume('close_round');
        return;
      default:
        // Ruby's inspect of the token: [:comparison, ">"]
        throw new StrictSyntaxError(`${t[0] === 'end_of_string' ? '[:end_of_string]' : `[:${t[0]}, ${JSON.stringify(t[1])}]`} is not a valid expression`);
    }
  }
  argument(): void {
    if (this.look('id') && this.look('colon', 1)) this.p += 2;
    this.expression();
  }
  private lookups(): void {
    for (;;) {
      const before = this.tokens[this.p - 1]!;
      const at = this.tokens[this.p]!;
      if (this.consumeIf('open_square')) {
        this.gaps.push([before[3], at[2]]);
        this.expression();
        this.consume('close_square');
      } else if (this.consumeIf('dot')) {
        this.gaps.push([before[3], at[2]], [at[3], this.tokens[this.p]![2]]);
        this.consume('id');
      } else return;
    }
  }
}

/** The strict parser's complaint about `markup`, or undefined when it parses. */
function complaint(markup: string, grammar: (p: StrictParser) => void): string | undefined {
  try {
    grammar(new StrictParser(markup));
    return undefined;
  } catch (e) {
    if (e instanceof StrictSyntaxError) return e.message;
    throw e;
  }
}

/**
 * A markup the strict parser accepts, with no whitespace between a lookup and its `.key` or
 * `[key]`: Parser#expression joins a lookup's tokens into one string without it, so
 * `page .title` is `page.title` (liquidjs would read `page` and drop the rest).
 */
export function joinedLookups(markup: string, kind: 'variable' | 'condition' | 'for'): string {
  const p = new StrictParser(markup);
  try {
    GRAMMARS[kind](p);
  } catch (e) {
    if (e instanceof StrictSyntaxError) return markup;
    throw e;
  }
  // (a gap with a newline stays: the lines liquidjs counts must stay Ruby's)
  let out = markup;
  for (const [start, end] of p.gaps.reverse()) if (end > start && !out.slice(start, end).includes('\n')) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** Variable#strict_parse (undefined when it parses, else Liquid's message): `expr | filter: arg, key: arg | ...`, or nothing. */
export function strictVariable(markup: string): string | undefined {
  return complaint(markup, variableGrammar);
}

function variableGrammar(p: StrictParser): void {
  if (p.look('end_of_string')) return;
  p.expression();
  while (p.consumeIf('pipe')) {
    p.consume('id');
    if (p.consumeIf('colon')) {
      p.argument();
      while (p.consumeIf('comma')) p.argument();
    }
  }
  p.consume('end_of_string');
}

/** If#strict_parse: comparisons joined by `and` / `or`. */
export function strictCondition(markup: string): string | undefined {
  return complaint(markup, conditionGrammar);
}

function conditionGrammar(p: StrictParser): void {
  do {
    p.expression();
    if (p.consumeIf('comparison')) p.expression();
  } while (p.id('and') || p.id('or'));
  p.consume('end_of_string');
}

/** For#strict_parse: `item in collection reversed limit: n offset: m`. */
export function strictFor(markup: string): string | undefined {
  return complaint(markup, forGrammar);
}

function forGrammar(p: StrictParser): void {
  p.consume('id');
  if (!p.id('in')) throw new StrictSyntaxError('For loops require an \'in\' clause');
  p.expression();
  p.id('reversed');
  while (p.look('id') && p.look('colon', 1)) {
    if (!(p.id('limit') || p.id('offset'))) throw new StrictSyntaxError('Invalid attribute in for loop. Valid attributes are limit and offset');
    p.consume();
    p.expression();
  }
  p.consume('end_of_string');
}

const GRAMMARS = { variable: variableGrammar, condition: conditionGrammar, for: forGrammar };

/**
 * A `for` markup the strict parser accepts, written out as For#strict_parse reads it: the item,
 * the collection, `reversed`, then the last limit and offset, each expression as Parser#expression
 * joins its tokens (`x in list limit:2offset:1` is limit 2, offset 1, liquidjs would misread it;
 * `( 1 .. 5 )` is `(1..5)`, the name `offset: continue` finds).
 * The markup's newlines stay at the end (the lines liquidjs counts).
 */
export function canonicalFor(markup: string): string {
  const p = new StrictParser(markup);
  try {
    const parts = [`${p.consume('id')} in`];
    p.id('in');
    const expression = (): string => {
      const start = p.at();
      p.expression();
      return p.since(start);
    };
    parts.push(expression());
    if (p.id('reversed')) parts.push('reversed');
    const attributes = new Map<string, string>();
    while (p.look('id') && p.look('colon', 1)) {
      const name = p.consume();
      p.consume();
      attributes.set(name, expression());
    }
    p.consume('end_of_string');
    for (const [name, value] of attributes) parts.push(`${name}: ${value}`);
    const out = parts.join(' ');
    const lost = (markup.match(/\n/g) ?? []).length - (out.match(/\n/g) ?? []).length;
    return lost > 0 ? out + '\n'.repeat(lost) : out;
  } catch (e) {
    if (e instanceof StrictSyntaxError) return markup;
    throw e;
  }
}
