// Liquid::Expression.parse (liquid/expression.rb) and VariableLookup.parse, as the lax
// parsers apply them to a fragment, written back as a markup that liquidjs reads the
// same way: `(1` is a lookup of the variable "1", `1.5.3` the Float 1.5, `@x` nil.

// Liquid's QuotedString and QuotedFragment (liquid.rb)
export const QUOTED_STRING = `"[^"]*"|'[^']*'`;
export const QUOTED_FRAGMENT = `(?:${QUOTED_STRING}|(?:[^\\s,|'"]|${QUOTED_STRING})+)`;
// liquidjs reads a backslash before a closing quote as an escape: such literals carry
// this private-use character instead, turned back into a backslash by fixLiterals.
export const BACKSLASH_STANDIN = '\uE000';

const LITERALS = new Set(['nil', 'null', 'true', 'false', 'blank', 'empty']);
const VARIABLE_PARSER = /\[[^\]]+\]|[\w-]+\??/g;
const IDENTIFIER = /^[A-Za-z_][\w-]*$/;

/** A string literal liquidjs reads as exactly `content`. */
export function stringLiteral(content: string): string {
  const text = content.replace(/\\/g, BACKSLASH_STANDIN);
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}

/** The liquidjs markup for what Expression.parse makes of `markup`. */
export function laxExpression(markup: string): string {
  const m = markup.trim();
  if (m.length >= 2 && ((m.startsWith('"') && m.endsWith('"')) || (m.startsWith("'") && m.endsWith("'")))) return stringLiteral(m.slice(1, -1));
  if (/^-?\d+$/.test(m)) return m;
  const range = /^\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)$/.exec(m);
  if (range) return `(${laxExpression(range[1]!)}..${laxExpression(range[2]!)})`;
  if (/^-?\d[\d.]+$/.test(m)) {
    // String#to_f: the longest leading float
    const f = /^-?\d+(?:\.\d+)?/.exec(m)![0];
    return f.includes('.') ? f : `${f}.0`;
  }
  if (m === '') return 'nil';
  if (LITERALS.has(m)) return m;
  return variableLookup(m);
}

// Words liquidjs reads as operators wherever an operand may stand: as a variable's name they
// are written `["and"]`, a lookup liquidjs reads as Ruby reads the name.
const OPERATOR_WORDS = new Set(['and', 'or', 'contains', 'not']);

/** A variable named `name` as liquidjs must read it. */
export function variableName(name: string): string {
  return OPERATOR_WORDS.has(name) ? `[${stringLiteral(name)}]` : name;
}

/**
 * `markup` (an output, a condition, a value) with each variable named `and`, `or` or `contains`
 * written `["and"]`: Ruby's lexer reads such a word as a name where an operand stands (at the
 * start, after a comparison or a boolean operator, as an argument), liquidjs as an operator.
 * After an operand the word is the operator; after `.` or `|` a property or a filter; before `:` a keyword.
 */
export function quoteOperatorNames(markup: string): string {
  if (!/\b(?:and|or|contains)\b/.test(markup)) return markup;
  let afterOperand = false;
  let prev = '';
  return markup.replace(/("[^"]*"|'[^']*')|([A-Za-z_][\w-]*\??)|(\S)/g, (all, quoted: string | undefined, word: string | undefined, at: number) => {
    const before = prev;
    prev = all;
    if (quoted !== undefined) {
      afterOperand = true;
      return all;
    }
    if (word === undefined) {
      afterOperand = all === ']' || all === ')' || /\d/.test(all);
      return all;
    }
    const keyword = /^\s*:/.test(markup.slice(at + all.length));
    if (!(word === 'and' || word === 'or' || word === 'contains') || before === '.' || before === '|' || keyword) {
      afterOperand = true;
      return all;
    }
    if (afterOperand) {
      afterOperand = false;
      return all;
    }
    afterOperand = true;
    return variableName(word);
  });
}

// VariableLookup.parse: the name, then `[expr]` and `.name` lookups
function variableLookup(markup: string): string {
  const parts = markup.match(VARIABLE_PARSER) ?? [];
  if (parts.length === 0) return 'nil';
  return parts
    .map((p, i) => {
      if (p.startsWith('[')) return `[${laxExpression(p.slice(1, -1))}]`;
      if (IDENTIFIER.test(p)) return i === 0 ? variableName(p) : `.${p}`;
      return `[${stringLiteral(p)}]`;
    })
    .join('');
}
