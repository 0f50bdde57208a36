// A fragment as Liquid's Expression.parse reads it (liquid/expression.rb), as a liquidjs Value:
// the tags that take their values fragment by fragment (cycle, Jekyll's include parameters) hand
// Ruby odd texts liquidjs would refuse (`rgba(79` is the lookup rgba["79"], `1..3` the Float 1.0).
import { Value, type Liquid } from 'liquidjs';
import { laxExpression } from './lax/expression.js';
import { fixLiterals } from './literals.js';
import { markBracketKeys } from './bracket-keys.js';

/** Expression.parse(text) as a Value with Ruby's literals (`1.0` a Float, ranges: ./literals.ts). */
export function expressionValue(text: string, liquid: Liquid): Value {
  const markup = laxExpression(text);
  const value = new Value(markup, liquid);
  fixLiterals([value] as never, markup);
  markBracketKeys(value, markup);
  return value;
}
