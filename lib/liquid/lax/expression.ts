// Liquid::Expression.parse (liquid/expression.rb) and VariableLookup.parse, as the lax
// parsers apply them to a fragment, written back as a markup that liquidjs reads the
// same way: `(1` is a lookup of the variable "1", `1.5.3` the Float 1.5, `@` the variable named nil.

// Liquid's QuotedString and QuotedFragment (liquid.rb)
export const QUOTED_STRING = `"[^"]*"|'[^']*'`;
export const QUOTED_FRAGMENT = `(?:${QUOTED_STRING}|(?:[^\\t\\n\\v\\f\\r ,|'"]|${QUOTED_STRING})+)`;
// liquidjs reads a backslash before a closing quote as an escape: such literals carry
// this private-use character instead, turned back into a backslash by fixLiterals.
export const BACKSLASH_STANDIN = '\uE000';

const LITERALS = new Set(['nil', 'null', 'true', 'false', 'blank', 'empty']);

/** String#strip: ASCII white space and NUL (a no-break space stays, unlike trim()). */
export function rubyStrip(s: string): string {
  return s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
}
const VARIABLE_PARSER = /\[[^\]]+\]|[\w-]+\??/g;
const IDENTIFIER = /^[A-Za-z_][\w-]*$/;

/** A string literal liquidjs reads as exactly `content`. */
export function stringLiteral(content: string): string {
  const text = content.replace(/\\/g, BACKSLASH_STANDIN);
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}

/** The liquidjs markup for what Expression.parse makes of `markup`. */
export function laxExpression(markup: string): string {
  const m = rubyStrip(markup);
  if (m.length >= 2 && ((m.startsWith('"') && m.endsWith('"')) || (m.startsWith("'") && m.endsWith("'")))) return stringLiteral(m.slice(1, -1));
  if (/^-?\d+$/.test(m)) return m;
  const range = /^\([\t\n\v\f\r ]*([^\t\n\v\f\r ]+)[\t\n\v\f\r ]*\.\.[\t\n\v\f\r ]*([^\t\n\v\f\r ]+)[\t\n\v\f\r ]*\)$/.exec(m);
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
  return markup.replace(/("[^"]*"|'[^']*')|([A-Za-z_][\w-]*\??)|([^\t\n\v\f\r ])/g, (all, quoted: string | undefined, word: string | undefined, at: number) => {
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
    const keyword = /^[\t\n\v\f\r ]*:/.test(markup.slice(at + all.length));
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
  // no name (`@`, `:`): the variable named nil, which no scope has (nil, or under strict_variables
  // "undefined variable " with nil's empty to_s): the variable named "" reads the same in liquidjs
  if (parts.length === 0) return '[""]';
  return parts
    .map((p, i) => {
      if (p.startsWith('[')) return `[${laxExpression(p.slice(1, -1))}]`;
      // a literal's word that is not the whole markup (`true\u00a0`) names a variable (VariableLookup)
      if (i === 0 && LITERALS.has(p)) return `[${stringLiteral(p)}]`;
      if (IDENTIFIER.test(p)) return i === 0 ? variableName(p) : `.${p}`;
      return `[${stringLiteral(p)}]`;
    })
    .join('');
}

// a `[` opened inside another bracket before it closes: `a[b[0]]`
const NESTED_BRACKETS = /\[[^\]]*\[/;
// Liquid::VariableParser: a bracket runs to the first `]`, else a word
const RUBY_LOOKUP_SEGMENT = /\[[^\]]+\]|[\w-]+\??/g;
// Expression.parse's literals (a bracket's text that is no VariableLookup)
const RUBY_LITERAL = /^[\t\n\v\f\r ]*(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|\([\s\S]*\.\.[\s\S]*\)|nil|null|true|false|blank|empty)[\t\n\v\f\r ]*$/;

/**
 * Lookups with brackets inside brackets as Ruby Liquid 5.4 reads them: VariableLookup scans its
 * markup with VariableParser, whose bracket ends at the first `]`, so `h[l[0]]` is `h[l.0]` (the
 * inner text `l[0` is the lookup `l`, then the plain key "0", a String: nil on an Array) and
 * `h[k["a"]]` is `h[k.a]`. liquidjs nests them properly: such lookups are rewritten here.
 */
export function rubyNestedBrackets(markup: string): string {
  if (!NESTED_BRACKETS.test(markup) || markup.includes('\n')) return markup;
  let out = '';
  let i = 0;
  while (i < markup.length) {
    const c = markup[i]!;
    if (c === '"' || c === "'") {
      const close = markup.indexOf(c, i + 1);
      const end = close < 0 ? markup.length : close + 1;
      out += markup.slice(i, end);
      i = end;
      continue;
    }
    if (/[A-Za-z_]/.test(c) && (i === 0 || !/[\w.\]-]/.test(markup[i - 1]!))) {
      const end = lookupEnd(markup, i);
      const text = markup.slice(i, end);
      out += NESTED_BRACKETS.test(text) ? rubyLookup(text) : text;
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Where the lookup starting at `i` ends: its name, then `.key` and balanced `[...]`. */
function lookupEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && /[\w-]/.test(s[j]!)) j++;
  if (s[j] === '?') j++;
  for (;;) {
    if (s[j] === '.' && /[\w-]/.test(s[j + 1] ?? '')) {
      j++;
      while (j < s.length && /[\w-]/.test(s[j]!)) j++;
      if (s[j] === '?') j++;
    } else if (s[j] === '[') {
      let depth = 0;
      let k = j;
      for (; k < s.length; k++) {
        const ch = s[k]!;
        if (ch === '"' || ch === "'") {
          const close = s.indexOf(ch, k + 1);
          if (close < 0) return s.length;
          k = close;
        } else if (ch === '[') depth++;
        else if (ch === ']' && --depth === 0) break;
      }
      if (k >= s.length) return j;
      j = k + 1;
    } else return j;
  }
}

/** VariableLookup.new(text) written as liquidjs reads the same lookups. */
function rubyLookup(text: string): string {
  const [name, ...keys] = text.match(RUBY_LOOKUP_SEGMENT) ?? [];
  if (name === undefined || name.startsWith('[')) return text;
  let out = name;
  for (const key of keys) {
    if (key.startsWith('[')) {
      const inner = key.slice(1, -1);
      out += `[${RUBY_LITERAL.test(inner) ? inner : rubyLookup(rubyStrip(inner))}]`;
    } else out += key.endsWith('?') ? `["${key}"]` : `.${key}`;
  }
  return out;
}
