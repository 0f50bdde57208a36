// Evaluating a Liquid expression per item, as where_exp, find_exp and group_by_exp do
// (jekyll/filters.rb #parse_condition, grouping_filters.rb #parse_expression).
import { LiquidError, TokenKind, toValueSync, Value } from 'liquidjs';
import { describe } from '../errors.js';
import type { Context, Liquid } from 'liquidjs';
import { markBracketKeys } from '../bracket-keys.js';
import { fixLiterals } from '../literals.js';
import { literal } from '../operators.js';
import { shortCircuit } from '../condition.js';
import { valueEvaluator, type Evaluator } from '../sync-output.js';

/** Each parsed expression's compiled evaluation (null: a shape that is not compiled). */
const compiledValues = new WeakMap<Value, Evaluator | null>();

/**
 * `blank` and `empty` as Liquid::Expression.parse reads them: Jekyll's own MethodLiteral
 * (jekyll/liquid_expr_method_literal.rb), not the Condition's, so Condition#equal_variables
 * compares it with `==`: equal to itself only, never to an item's value; its to_s is ''.
 */
class ExpressionLiteral {
  constructor(readonly name: string) {}
  toString(): string {
    return '';
  }
}
const EXPRESSION_LITERALS = new Map([['blank', new ExpressionLiteral('blank')], ['empty', new ExpressionLiteral('empty')]]);

/** The expression's `blank` and `empty` operands made Jekyll's expression literals. */
function withExpressionLiterals(value: Value): Value {
  for (const token of (value.initial as unknown as { postfix: Array<{ kind?: unknown; literal?: string; content?: unknown }> }).postfix) {
    const lit = token.kind === TokenKind.Literal && token.literal !== undefined ? EXPRESSION_LITERALS.get(token.literal) : undefined;
    if (lit) token.content = lit;
  }
  return value;
}

export type ItemEvaluator = (variable: string, item: unknown) => unknown;

/** Parsed expressions are kept per engine: each expression string is parsed once per build. */
export function expressionEvaluator(liquid: Liquid, ctx: Context, expression: string, cache: Map<string, Value>): ItemEvaluator {
  let value = cache.get(expression);
  if (!value) {
    value = withExpressionLiterals(new Value(expression, liquid));
    // Liquid::Expression.parse's literals: Floats, Ranges, strings without escapes (../literals.ts)
    fixLiterals([value] as never, expression);
    markBracketKeys(value, expression);
    // Condition#evaluate stops at an `and` whose left side is false, as an `if` does
    (value as { initial: Value['initial'] }).initial = shortCircuit(value.initial);
    cache.set(expression, value);
  }
  const v = value;
  // A synchronous render without strict variables evaluates it with direct calls (../sync-output.ts),
  // liquidjs's generators otherwise: chirpy's home pages run where_exp over site.posts on each page.
  const compiled = ctx.sync && !ctx.strictVariables ? (compiledValues.get(v) ?? compiledValues.set(v, valueEvaluator(v) ?? null).get(v)) : null;
  return (variable, item) => {
    ctx.push({ [variable]: item });
    try {
      // `nil` as the whole expression is Ruby's nil (liquidjs's literal is an object)
      return literal(compiled ? compiled(ctx) : toValueSync(v.value(ctx, false)));
    } catch (e) {
      // a failure (strict_variables' undefined variable) is the filter's: its template's node
      // gives the line, not the expression's own tokens
      throw LiquidError.is(e) ? describe(e).failure : e;
    } finally {
      ctx.pop();
    }
  };
}
