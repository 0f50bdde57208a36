// The lax parsers of Liquid's tags (liquid/tags/*.rb #lax_parse), each giving back
// a strict markup that liquidjs reads as Ruby read the sloppy one.
import { laxExpression, QUOTED_FRAGMENT, rubyStrip, stringLiteral } from './expression.js';
import { UNKNOWN_OPERATOR } from '../operators.js';
import { laxOutputMarkup } from './output.js';
import { strictCondition, strictFor, strictVariable } from './strict.js';

/** A markup Ruby's lax parser rejects too: Liquid::SyntaxError with this message. */
export class LaxSyntaxError extends Error {}

// If's ExpressionsAndOperators and Syntax
const EXPRESSIONS_AND_OPERATORS = new RegExp(
  `(?:\\b(?:[\\t\\n\\v\\f\\r ]?and[\\t\\n\\v\\f\\r ]?|[\\t\\n\\v\\f\\r ]?or[\\t\\n\\v\\f\\r ]?)\\b|(?:[\\t\\n\\v\\f\\r ]*(?!\\b(?:[\\t\\n\\v\\f\\r ]?and[\\t\\n\\v\\f\\r ]?|[\\t\\n\\v\\f\\r ]?or[\\t\\n\\v\\f\\r ]?)\\b)(?:${QUOTED_FRAGMENT}|[^\\t\\n\\v\\f\\r ]+)[\\t\\n\\v\\f\\r ]*)+)`,
  'g',
);
const CONDITION = new RegExp(`(${QUOTED_FRAGMENT})[\\t\\n\\v\\f\\r ]*([=!<>a-z_]+)?[\\t\\n\\v\\f\\r ]*(${QUOTED_FRAGMENT})?`);
const IF_ERROR = "Syntax Error in tag 'if' - Valid syntax: if [expression]";

// Condition.operators
const OPERATORS = new Set(['==', '!=', '<>', '<', '>', '>=', '<=', 'contains']);

function comparison(markup: string | undefined): string {
  const m = markup === undefined ? null : CONDITION.exec(markup);
  if (!m) throw new LaxSyntaxError(IF_ERROR);
  const left = laxExpression(m[1]!);
  if (!m[2]) return left;
  // any other word is an operator too, which raises "Unknown operator" when evaluated
  if (!OPERATORS.has(m[2])) return `${left} ${UNKNOWN_OPERATOR} ${stringLiteral(m[2])}`;
  return `${left} ${m[2]} ${m[3] === undefined ? 'nil' : laxExpression(m[3])}`;
}

/** If#lax_parse: the last comparison first, each earlier one joined to it by its operator. */
export function laxCondition(markup: string): string {
  const parts = markup.match(EXPRESSIONS_AND_OPERATORS) ?? [];
  let condition = comparison(parts.pop());
  while (parts.length > 0) {
    const operator = rubyStrip(parts.pop()!);
    const left = comparison(parts.pop());
    if (operator !== 'and' && operator !== 'or') throw new LaxSyntaxError(IF_ERROR);
    condition = `${left} ${operator} ${condition}`;
  }
  return condition;
}

// For's Syntax and Liquid's TagAttributes
const FOR_SYNTAX = new RegExp(`^([\\w-]+)[\\t\\n\\v\\f\\r ]+in[\\t\\n\\v\\f\\r ]+((?:${QUOTED_FRAGMENT})+)[\\t\\n\\v\\f\\r ]*(reversed)?`);
const TAG_ATTRIBUTES = new RegExp(`(\\w[\\w-]*)[\\t\\n\\v\\f\\r ]*:[\\t\\n\\v\\f\\r ]*(${QUOTED_FRAGMENT})`, 'g');

/** For#lax_parse: the item, the collection, `reversed` and any limit/offset attribute. */
export function laxFor(markup: string): string {
  const m = FOR_SYNTAX.exec(markup);
  if (!m) throw new LaxSyntaxError("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
  // set_attribute: the last of each wins
  const parts = [`${m[1]} in ${laxExpression(m[2]!)}`];
  if (m[3]) parts.push('reversed');
  const attrs = new Map<string, string>();
  for (const a of markup.matchAll(TAG_ATTRIBUTES)) if (a[1] === 'limit' || a[1] === 'offset') attrs.set(a[1], laxExpression(a[2]!));
  for (const [k, v] of attrs) parts.push(`${k}: ${v}`);
  return parts.join(' ');
}

// Case's Syntax and WhenSyntax: Ruby reads them with these patterns in every error mode
const CASE = new RegExp(`(${QUOTED_FRAGMENT})`);
const CYCLE = new RegExp(`^[\\t\\n\\v\\f\\r ]*(?:${QUOTED_FRAGMENT})`);
const WHEN = new RegExp(`(${QUOTED_FRAGMENT})(?:(?:[\\t\\n\\v\\f\\r ]+or[\\t\\n\\v\\f\\r ]+|[\\t\\n\\v\\f\\r ]*,[\\t\\n\\v\\f\\r ]*)(${QUOTED_FRAGMENT}[\\s\\S]*))?`);

/** Case#initialize: the first fragment of the markup. */
export function caseValue(markup: string): string | undefined {
  const m = CASE.exec(markup);
  // Case#initialize: no value at all is a syntax error in every mode
  if (!m) throw new LaxSyntaxError("Syntax Error in 'case' - Valid syntax: case [condition]");
  return laxExpression(m[1]!);
}

/** Case#record_when_condition: each value up to the first that is not joined by `or` or `,`. */
export function whenValues(markup: string): string[] {
  const values: string[] = [];
  let rest: string | undefined = markup;
  while (rest !== undefined) {
    const m = WHEN.exec(rest);
    // a `when` with no value at all (only the first match can fail) is a syntax error in every mode
    if (!m) {
      if (values.length > 0) return values;
      throw new LaxSyntaxError("Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}");
    }
    values.push(laxExpression(m[1]!));
    rest = m[2];
  }
  return values;
}

// Assign's Syntax: the target, then a Variable read strictly or laxly
const ASSIGN = /((?:\(?[\w\-.[\]]\)?)+)[\t\n\v\f\r ]*=[\t\n\v\f\r ]*([\s\S]*)/;
// Capture's Syntax: a VariableSignature anywhere in the markup
const CAPTURE = /(?:\(?[\w\-.[\]]\)?)+/;
// TableRow's Syntax: a word, `in`, a collection, anywhere in the markup
const TABLEROW = new RegExp(`\\w+[\\t\\n\\v\\f\\r ]+in[\\t\\n\\v\\f\\r ]+(?:${QUOTED_FRAGMENT})+`);

/**
 * A markup read laxly: the strict markup to parse instead, and why the strict parser refused it.
 * `markup` is read after the warning: under error_mode strict the strict parser's error is the
 * one raised, before the lax parser's (ParserSwitching#parse_with_selected_parser).
 */
export interface LaxReading {
  readonly markup: string;
  /** Liquid::SyntaxError's message with its markup context, as `warn` reports it (none: every mode reads it so). */
  readonly warning?: string;
  /** That markup context (`in "..."`, ParserSwitching#markup_context), the end of `warning`. */
  readonly context?: string;
  /** The markup is the tag's own, valid in every mode: read as an unchanged tag's is. */
  readonly own?: boolean;
}

export type Relaxer = (markup: string) => LaxReading | undefined;

/** The strict parser's complaint `c` with the markup context Liquid puts after it. */
function complaint(c: string, context: string): { warning: string; context: string } {
  return { warning: `${c} ${context}`, context };
}

function condition(markup: string): LaxReading | undefined {
  const c = strictCondition(markup);
  return c === undefined ? undefined : { get markup() { return laxCondition(markup); }, ...complaint(c, `in "${rubyStrip(markup)}"`) };
}

const laxIf: Relaxer = (m) => ({ get markup() { return laxCondition(m); } });

/**
 * Under `error_mode: lax`, If (with elsif and unless) and For read every markup with their lax
 * parser, even one the strict parser takes (ParserSwitching#parse_with_selected_parser): `a==b` is
 * one fragment there, the lookup `a.b`. Variable (outputs, echo, assign) tries the strict parser
 * first in every mode (strict_parse_with_error_mode_fallback), so only these four differ.
 */
export const LAX_MODE_TAGS: Record<string, Relaxer> = {
  if: laxIf,
  elsif: laxIf,
  unless: laxIf,
  for: (m) => ({ get markup() { return laxFor(m); } }),
};

/** Each tag's markup rewritten when Ruby would have read it laxly, else undefined. */
export const LAX_TAGS: Record<string, Relaxer> = {
  if: condition,
  elsif: condition,
  unless: condition,
  for: (m) => {
    const c = strictFor(m);
    return c === undefined ? undefined : { get markup() { return laxFor(m); }, ...complaint(c, `in "${rubyStrip(m)}"`) };
  },
  // Cycle#initialize: neither NamedSyntax nor SimpleSyntax (a value first) is a syntax error in every mode
  cycle: (m) => {
    if (!CYCLE.test(m)) throw new LaxSyntaxError("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
    return undefined;
  },
  capture: (m) => {
    if (!CAPTURE.test(m)) throw new LaxSyntaxError("Syntax Error in 'capture' - Valid syntax: capture [var]");
    return undefined;
  },
  // TableRow#initialize: the same in every error mode (Ruby's \w is ASCII only)
  // from its first match: `项x in list` loops over `x`
  tablerow: (m) => {
    const t = TABLEROW.exec(m);
    if (!t) throw new LaxSyntaxError("Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3");
    return t.index === 0 ? undefined : { markup: m.slice(t.index) };
  },
  // Echo and Assign hold a Variable
  echo: (m) => {
    const c = strictVariable(m);
    return c === undefined ? undefined : { markup: laxOutputMarkup(m) || 'nil', ...complaint(c, `in "{{${m}}}"`) };
  },
  // Assign#initialize and Capture#initialize raise in every error mode when their Syntax finds no
  // name; Ruby's \w is ASCII only, so `assign 名字 = 1` and `capture 捕获` are syntax errors
  assign: (m) => {
    const a = ASSIGN.exec(m);
    if (!a) throw new LaxSyntaxError("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
    // Variable#strict_parse: a value of nothing (only spaces) is nil, no error in any mode
    if (rubyStrip(a[2]!) === '') return { markup: `${a[1]} = nil` };
    const c = strictVariable(a[2]!);
    // the Syntax is unanchored: `assign = x = 1` and `assign foo x = 1` assign x
    if (c === undefined) return a.index === 0 ? undefined : { markup: `${a[1]} = ${a[2]}`, own: true };
    // the value is a Variable: Variable#markup_context
    return { markup: `${a[1]} = ${laxOutputMarkup(a[2]!) || 'nil'}`, ...complaint(c, `in "{{${a[2]!}}}"`) };
  },
};
