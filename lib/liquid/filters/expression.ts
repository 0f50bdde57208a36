// Evaluating a Liquid expression per item, as where_exp, find_exp and group_by_exp do
// (jekyll/filters.rb #parse_condition, grouping_filters.rb #parse_expression).
import { toValueSync, Value } from 'liquidjs';
import type { Context, Liquid } from 'liquidjs';
import { markBracketKeys } from '../bracket-keys.js';

export type ItemEvaluator = (variable: string, item: unknown) => unknown;

/** Parsed expressions are kept per engine: each expression string is parsed once per build. */
export function expressionEvaluator(liquid: Liquid, ctx: Context, expression: string, cache: Map<string, Value>): ItemEvaluator {
  let value = cache.get(expression);
  if (!value) {
    value = new Value(expression, liquid);
    markBracketKeys(value, expression);
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
