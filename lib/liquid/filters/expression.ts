// Evaluating a Liquid expression per item, as where_exp, find_exp and group_by_exp do
// (jekyll/filters.rb #parse_condition, grouping_filters.rb #parse_expression).
import { TypeGuards, toValueSync, Value } from 'liquidjs';
import type { Context, Liquid } from 'liquidjs';
import { markBracketKeys } from '../bracket-keys.js';
import { METHOD_LITERAL } from '../operators.js';

export type ItemEvaluator = (variable: string, item: unknown) => unknown;

/** Parsed expressions are kept per engine: each expression string is parsed once per build. */
export function expressionEvaluator(liquid: Liquid, ctx: Context, expression: string, cache: Map<string, Value>): ItemEvaluator {
  let value = cache.get(expression);
  if (!value) {
    value = new Value(expression, liquid);
    markBracketKeys(value, expression);
    plainMethodLiterals(value);
    cache.set(expression, value);
  }
  const v = value;
  return (variable, item) => {
    ctx.push({ [variable]: item });
    try {
      return toValueSync(v.value(ctx, false));
    } finally {
      ctx.pop();
    }
  };
}

/**
 * Jekyll parses these expressions with Liquid::Expression.parse, whose `blank` and `empty`
 * are Jekyll's Expression::MethodLiteral (liquid_expr_method_literal.rb), not Condition's:
 * a plain object that `==` finds equal to nothing else (`p.x == blank` is always false).
 */
function plainMethodLiterals(value: Value): void {
  for (const token of value.initial.postfix) {
    if (TypeGuards.isLiteralToken(token) && (token.literal === 'blank' || token.literal === 'empty')) {
      (token as { content: unknown }).content = METHOD_LITERAL;
    }
  }
}
