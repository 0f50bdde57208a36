// `{{ value | filter: arg }}` rendered without liquidjs's generators. liquidjs
// renders every output through nested generators (Output → Value → Expression
// → evalToken → Context#_getFromScope → Filter), driven by toValueSync: on a
// blog that is the single biggest cost of a layout. The outputs of Jekyll
// templates are almost all a variable or literal with filters; those are
// evaluated here with direct calls, in liquidjs's order and with its error
// wrapping (Output#render, Value#value, evalToken, evalPropertyAccessToken,
// Filter#render of liquidjs 10). Anything else (ranges, operators, strict
// variables) renders as liquidjs renders it.
import { Output, Parser, Tag, TokenKind, Value, UndefinedVariableError, toValue, toValueSync, type Context, type Liquid } from 'liquidjs';
import { isIterator } from './sync-templates.js';
import { rubyFilterCall } from './filters/arity.js';
import { literal } from './operators.js';
import { shortCircuitSteps } from './condition.js';
import { rubyToS } from './ruby/to-s.js';
import type { SharedIncludes } from './shared-includes.js';
import { classOutput, outputClass, writeSiteHtml } from './site-encoding.js';

type Token = { kind: number; content?: unknown; props?: Token[]; variable?: Token; operator?: string };
type FilterLike = { args: Array<Token | [string, Token]>; handler: (...args: unknown[]) => unknown; token: unknown; liquid: Liquid };
type ValueLike = { initial: { postfix: Token[] }; filters: FilterLike[]; value(ctx: Context, lenient?: boolean): unknown };
type OutputLike = { value: ValueLike; render: Output['render'] };
/** The Context members liquidjs's own evaluation uses (findScope is private in its types). */
type Scopes = { findScope(key: string): unknown; readProperty(obj: unknown, key: unknown): unknown };
type Emitter = { write(html: unknown): void };

/** Can `token` be evaluated here (a literal, or a property path of literals and paths)? */
function simple(token: Token | undefined): boolean {
  if (!token) return false;
  if ('content' in token) return true;
  if (token.kind !== TokenKind.PropertyAccess) return false;
  return (token.variable === undefined || simple(token.variable)) && (token.props ?? []).every(simple);
}

export type Evaluator = (ctx: Context) => unknown;

/**
 * liquidjs's evalToken for the tokens `simple` accepts (strict variables excluded), made
 * once per template: a path's literal keys are read once, not at each render.
 */
function compileToken(token: Token): Evaluator {
  if ('content' in token) {
    const content = token.content;
    return () => content;
  }
  const keys = token.props!.map((p) => ('content' in p ? { key: toValue(p.content) } : { of: compileToken(p) }));
  const constant = keys.every((k) => 'key' in k) ? keys.map((k) => k.key) : undefined;
  const variable = token.variable ? compileToken(token.variable) : undefined;
  return (ctx) => {
    // evalPropertyAccessToken: the keys first, then the lookups, whose errors name the token
    const props = constant ?? keys.map((k) => ('key' in k ? k.key : toValue(k.of!(ctx))));
    try {
      const scopes = ctx as unknown as Scopes;
      let scope: unknown = variable ? variable(ctx) : scopes.findScope(props[0] as string);
      for (const key of props) {
        scope = scopes.readProperty(scope, key);
        if (isIterator(scope)) scope = toValueSync(scope);
      }
      return scope;
    } catch (e) {
      throw new UndefinedVariableError(e as Error, token as never);
    }
  };
}

/** A compiled evaluation of `token` (liquidjs's evalToken, strict variables excluded), or undefined for a shape it does not handle. */
export function tokenEvaluator(token: unknown): Evaluator | undefined {
  return simple(token as Token) ? compileToken(token as Token) : undefined;
}

type FilterCall = (val: unknown, ctx: Context) => unknown;

/**
 * How `{{ }}` prints a value (Liquid's Variable#render_to_output_buffer: nil empty, arrays
 * joined, Ruby's to_s): the engine's outputEscape, which liquidjs appends to every output as
 * a last filter. It reads no `this`: an output calls it directly, without Filter#render's
 * argument array and `this` object.
 */
export function printedValue(v: unknown): string {
  return typeof v === 'string' ? v : rubyToS(literal(v));
}

/** Filter#render of one filter, its arguments' evaluation made once per template. */
function compileFilter(filter: FilterLike): FilterCall {
  if (filter.handler === printedValue && filter.args.length === 0) return printedValue;
  const args = filter.args.map((arg) => (Array.isArray(arg) ? { name: arg[0], of: compileToken(arg[1]) } : { of: compileToken(arg) }));
  const { handler, token, liquid } = filter;
  const call = rubyFilterCall(handler, filter.args) ?? ((self: object, argv: unknown[]) => handler.apply(self, argv));
  return (val, ctx) => {
    const argv: unknown[] = [val];
    for (const arg of args) argv.push(arg.name === undefined ? arg.of(ctx) : [arg.name, arg.of(ctx)]);
    const out = call({ context: ctx, token, liquid }, argv);
    return isIterator(out) ? toValueSync(out) : out;
  };
}

/** A value with its filters: the initial token evaluated, then each filter in turn. */
function compileFiltered(initial: Evaluator, filters: readonly FilterLike[]): Evaluator {
  const calls = filters.map(compileFilter);
  if (calls.length === 0) return initial;
  return (ctx) => {
    let val = initial(ctx);
    for (const call of calls) val = call(val, ctx);
    return val;
  };
}

function syncRender(output: OutputLike, fallback: Output['render'], sharing: () => SharedIncludes | undefined): Output['render'] {
  const { initial, filters } = output.value;
  let value: Evaluator | undefined;
  // an output of literals and site.* only prints the same text on every page of a build
  let constant: boolean | undefined;
  let printed: { site: object; version: number; text: unknown } | undefined;
  return function render(this: Output, ctx: Context, emitter: Emitter) {
    if (ctx.strictVariables) return fallback.call(this, ctx, emitter as never);
    // compiled at the first render: the parse's last step (./literals.ts) still rewrites literal tokens
    value ??= compileFiltered(compileToken(initial.postfix[0]!), filters);
    const shared = sharing();
    if (shared !== undefined && constant !== false && (constant ??= shared.constantOutput(output.value)) && shared.siteResolves(ctx)) {
      const version = shared.indexVersion();
      if (printed?.site !== shared.site || printed.version !== version) printed = { site: shared.site, version, text: toValue(value(ctx)) };
      emitter.write(printed.text);
      return;
    }
    emitter.write(toValue(value(ctx)));
  } as Output['render'];
}

/**
 * Value#value with Expression#evaluate, for the values tags evaluate (`if`
 * conditions, `assign`, `include` parameters...): operands of the simple shape,
 * Liquid's operators called directly. A plain value goes back to the tag's
 * `yield`, which hands it on unchanged.
 */
function syncValue(value: ValueLike, fallback: ValueLike['value']): ValueLike['value'] {
  let evaluate: Evaluator | undefined;
  return function (this: ValueLike, ctx: Context, lenient?: boolean) {
    if (!ctx.sync || ctx.strictVariables) return fallback.call(this, ctx, lenient);
    // compiled at the first render, as an output is (syncRender)
    evaluate ??= compileValue(value);
    return evaluate(ctx);
  };
}

/** Expression#evaluate of a value's operands and operators, then its filters. */
function compileValue(value: ValueLike): Evaluator {
  const { initial, filters } = value;
  const steps = initial.postfix.map((token) => (token.kind === TokenKind.Operator ? token.operator! : compileToken(token)));
  const binary = (op: string, l: unknown, r: unknown, ctx: Context): unknown => {
    const result = (ctx.opts.operators as unknown as Record<string, (...args: unknown[]) => unknown>)[op]!(l, r, ctx);
    return isIterator(result) ? toValueSync(result) : result;
  };
  const expression: Evaluator =
    steps.length === 1 && typeof steps[0] !== 'string'
      ? steps[0]!
      // and/or stop at the side that decides (Condition#evaluate; ./condition.ts)
      : shortCircuitSteps(steps, binary) ??
        ((ctx) => {
          const operands: unknown[] = [];
          const operators = ctx.opts.operators as unknown as Record<string, (...args: unknown[]) => unknown>;
          for (const step of steps) {
            if (typeof step !== 'string') {
              operands.push(step(ctx));
              continue;
            }
            const r = operands.pop();
            let result = step === 'not' ? operators['not']!(r, ctx) : operators[step]!(operands.pop(), r, ctx);
            if (isIterator(result)) result = toValueSync(result);
            operands.push(result);
          }
          return operands[0];
        });
  return compileFiltered(expression, filters);
}

/** Gives the simple outputs of what `engine.parse` parses (tags' bodies included) a render without generators. */
export function useSyncOutputs(engine: Liquid, sharing: () => SharedIncludes | undefined = () => undefined, siteEncoded = false): void {
  // (`siteEncoded`: a site of another `encoding:`, whose pieces are classed by encoding: ./site-encoding.ts)
  const writeText = siteEncoded ? writeSiteHtml : writeHtml;
  engine.parse = function (html: string, filepath?: string) {
    // Liquid#parse makes a Parser per call; tags parse their bodies with the same one.
    const parser = new Parser(engine);
    const parseToken = parser.parseToken;
    parser.parseToken = function (this: Parser, ...args: Parameters<Parser['parseToken']>) {
      const node = parseToken.apply(this, args);
      if (node instanceof Output) {
        speedUp(node as unknown as OutputLike, sharing);
        const kind = siteEncoded ? outputClass(node as never) : undefined;
        if (kind) classOutput(node as never, kind);
      } else if (node instanceof Tag) speedUpValuesOf(node);
      else if ((node as { token?: { kind?: number } }).token?.kind === TokenKind.HTML) (node as { render: unknown }).render = writeText;
      return node;
    };
    return parser.parse(html, filepath);
  };
}

/** liquidjs's HTML#render without its generator: the text, written as it is (it never suspends). */
function writeHtml(this: { str: string }, _ctx: Context, emitter: Emitter): void {
  emitter.write(this.str);
}

function speedUp(out: OutputLike, sharing: () => SharedIncludes | undefined): void {
  const postfix = out.value?.initial?.postfix;
  if (!Array.isArray(postfix) || postfix.length !== 1 || !simple(postfix[0])) return;
  if (!simpleFilters(out.value.filters)) return;
  out.render = syncRender(out, out.render, sharing);
}

/** Filters whose arguments are all of the simple shape. */
function simpleFilters(filters: readonly FilterLike[]): boolean {
  return filters.every((f) => f.args.every((a) => simple(Array.isArray(a) ? a[1] : a)));
}

/** Whether `value` is of the shape compileValue handles: operators and simple operands, filters with simple arguments. */
function simpleValue(value: ValueLike): boolean {
  const postfix = value.initial?.postfix;
  return Array.isArray(postfix) && postfix.every((t) => t.kind === TokenKind.Operator || simple(t)) && simpleFilters(value.filters);
}

function speedUpValue(value: ValueLike): void {
  if (simpleValue(value)) value.value = syncValue(value, value.value);
}

/**
 * A Value made outside a template (where_exp's expression, filters/expression.ts) evaluated as
 * a tag's value is (syncValue: for a synchronous render without strict variables), or undefined
 * for a shape compileValue does not handle. Compile it once its literal tokens are final.
 */
export function valueEvaluator(value: Value): Evaluator | undefined {
  const v = value as unknown as ValueLike;
  return simpleValue(v) ? compileValue(v) : undefined;
}

/** The Values a tag keeps: its own fields, and those of the objects in its arrays (`if` branches, `include` parameters). */
function speedUpValuesOf(tag: Tag): void {
  for (const field of Object.values(tag)) {
    if (field instanceof Value) speedUpValue(field as unknown as ValueLike);
    else if (Array.isArray(field)) {
      for (const item of field) {
        if (item instanceof Value) speedUpValue(item as unknown as ValueLike);
        else if ((item as { value?: unknown } | null)?.value instanceof Value) speedUpValue((item as { value: ValueLike }).value);
      }
    }
  }
}
