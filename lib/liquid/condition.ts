// Liquid::Condition#evaluate (liquid/condition.rb): the comparisons of an `if` or `unless` joined
// by `and` and `or` are evaluated from the left, and evaluation stops at an `and` whose left side
// is false or an `or` whose left side is true, so `{% if false and 1 > "a" %}` raises nothing.
// liquidjs evaluates every operand of its postfix expression first; this evaluates the same
// tree (and/or right-associative, as Ruby chains them) from the left, lazily.
import { evalToken, isTruthy, TokenKind, toValue } from 'liquidjs';
import type { Context, Expression } from 'liquidjs';

type Operator = { kind: TokenKind; operator: string };
// a leaf is a position in the postfix: its token is read when evaluated, as the literal fix-ups
// (./literals.ts: a range becomes a Ruby Range) replace tokens of the postfix after this is built
type Node = { leaf: number } | { op: string; l: Node; r: Node };
type Operators = Record<string, (l: unknown, r: unknown, ctx: Context) => unknown>;

const isOperator = (t: unknown): t is Operator => (t as { kind?: unknown }).kind === TokenKind.Operator;

/** `expression` evaluated with Ruby's short-circuit, when it joins comparisons with and/or; else itself. */
export function shortCircuit(expression: Expression): Expression {
  const postfix = (expression as unknown as { postfix: unknown[] }).postfix;
  if (!postfix.some((t) => isOperator(t) && (t.operator === 'and' || t.operator === 'or'))) return expression;
  const tree = toTree(postfix);
  if (!tree) return expression;
  return Object.assign(Object.create(Object.getPrototypeOf(expression) as object) as Expression, expression, {
    *evaluate(ctx: Context, lenient?: boolean): Generator<unknown, unknown, unknown> {
      return yield* evaluate(tree, postfix, ctx, lenient ?? false);
    },
  });
}

/** The postfix as a tree, or undefined when it is not one binary tree (liquidjs's own evaluation then stands). */
function toTree(postfix: readonly unknown[]): Node | undefined {
  const stack: Node[] = [];
  for (const [i, t] of postfix.entries()) {
    if (!isOperator(t)) stack.push({ leaf: i });
    else {
      const r = stack.pop();
      const l = stack.pop();
      if (!l || !r) return undefined;
      stack.push({ op: t.operator, l, r });
    }
  }
  return stack.length === 1 ? stack[0] : undefined;
}

function* evaluate(node: Node, postfix: readonly unknown[], ctx: Context, lenient: boolean): Generator<unknown, unknown, unknown> {
  if ('leaf' in node) return yield evalToken(postfix[node.leaf] as never, ctx, lenient);
  const operators = ctx.opts.operators as unknown as Operators;
  const l = yield* evaluate(node.l, postfix, ctx, lenient);
  if (node.op === 'and' && !isTruthy(toValue(l), ctx)) return false;
  if (node.op === 'or' && isTruthy(toValue(l), ctx)) return true;
  const r = yield* evaluate(node.r, postfix, ctx, lenient);
  return yield operators[node.op]!(l, r, ctx);
}

type Step<T> = T | string;
type SyncNode<T> = { leaf: T } | { op: string; l: SyncNode<T>; r: SyncNode<T> };

/**
 * The same short-circuit for a renderer that compiled the postfix itself (../sync-output.ts):
 * `steps` are its compiled operands and its operators' names. Undefined when there is no and/or.
 */
export function shortCircuitSteps<T extends (ctx: Context) => unknown>(
  steps: ReadonlyArray<Step<T>>,
  apply: (op: string, l: unknown, r: unknown, ctx: Context) => unknown,
): ((ctx: Context) => unknown) | undefined {
  if (!steps.some((s) => s === 'and' || s === 'or')) return undefined;
  const stack: Array<SyncNode<T>> = [];
  for (const s of steps) {
    if (typeof s !== 'string') stack.push({ leaf: s });
    else {
      const r = stack.pop();
      const l = stack.pop();
      if (!l || !r) return undefined;
      stack.push({ op: s, l, r });
    }
  }
  if (stack.length !== 1) return undefined;
  const tree = stack[0]!;
  const run = (node: SyncNode<T>, ctx: Context): unknown => {
    if ('leaf' in node) return node.leaf(ctx);
    const l = run(node.l, ctx);
    if (node.op === 'and' && !isTruthy(toValue(l), ctx)) return false;
    if (node.op === 'or' && isTruthy(toValue(l), ctx)) return true;
    return apply(node.op, l, run(node.r, ctx), ctx);
  };
  return (ctx) => run(tree, ctx);
}
