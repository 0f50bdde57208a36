// `{{ value | filter: arg }}` rendered without liquidjs's generators. liquidjs
// renders every output through nested generators (Output → Value → Expression
// → evalToken → Context#_getFromScope → Filter), driven by toValueSync: on a
// blog that is the single biggest cost of a layout. The outputs of Jekyll
// templates are almost all a variable or literal with filters; those are
// evaluated here with direct calls, in liquidjs's order and with its error
// wrapping (Output#render, Value#value, evalToken, evalPropertyAccessToken,
// Filter#render of liquidjs 10). Anything else (ranges, operators, strict
// variables) renders as liquidjs renders it.
import { Output, Parser, TokenKind, UndefinedVariableError, toValue, toValueSync, type Context, type Liquid } from 'liquidjs';

type Token = { kind: number; content?: unknown; props?: Token[]; variable?: Token };
type FilterLike = { args: Array<Token | [string, Token]>; handler: (...args: unknown[]) => unknown; token: unknown; liquid: Liquid };
type OutputLike = { value: { initial: { postfix: Token[] }; filters: FilterLike[] }; render: Output['render'] };
/** The Context members liquidjs's own evaluation uses (findScope is private in its types). */
type Scopes = { findScope(key: string): unknown; readProperty(obj: unknown, key: unknown): unknown };
type Emitter = { write(html: unknown): void };

/** liquidjs's isIterator: what toValueSync runs to its end. */
function isIterator(v: unknown): v is Generator {
  const g = v as { next?: unknown; throw?: unknown; return?: unknown } | null | undefined;
  return !!g && typeof g.next === 'function' && typeof g.throw === 'function' && typeof g.return === 'function';
}

/** Can `token` be evaluated here (a literal, or a property path of literals and paths)? */
function simple(token: Token | undefined): boolean {
  if (!token) return false;
  if ('content' in token) return true;
  if (token.kind !== TokenKind.PropertyAccess) return false;
  return (token.variable === undefined || simple(token.variable)) && (token.props ?? []).every(simple);
}

/** liquidjs's evalToken for the tokens `simple` accepts (strict variables excluded). */
function evaluate(token: Token, ctx: Context): unknown {
  if ('content' in token) return token.content;
  const props: unknown[] = [];
  for (const p of token.props!) props.push(toValue(evaluate(p, ctx)));
  try {
    const scopes = ctx as unknown as Scopes;
    let scope: unknown = token.variable ? evaluate(token.variable, ctx) : scopes.findScope(props[0] as string);
    for (const key of props) {
      scope = scopes.readProperty(scope, key);
      if (isIterator(scope)) scope = toValueSync(scope);
    }
    return scope;
  } catch (e) {
    throw new UndefinedVariableError(e as Error, token as never);
  }
}

function syncRender(output: OutputLike, fallback: Output['render']): Output['render'] {
  const { initial, filters } = output.value;
  const token = initial.postfix[0]!;
  return function render(this: Output, ctx: Context, emitter: Emitter) {
    if (ctx.strictVariables) return fallback.call(this, ctx, emitter as never);
    let val = evaluate(token, ctx);
    for (const filter of filters) {
      const argv: unknown[] = [val];
      for (const arg of filter.args) argv.push(Array.isArray(arg) ? [arg[0], evaluate(arg[1], ctx)] : evaluate(arg, ctx));
      val = filter.handler.apply({ context: ctx, token: filter.token, liquid: filter.liquid }, argv);
      if (isIterator(val)) val = toValueSync(val);
    }
    emitter.write(toValue(val));
  } as Output['render'];
}

/** Gives the simple outputs of what `engine.parse` parses (tags' bodies included) a render without generators. */
export function useSyncOutputs(engine: Liquid): void {
  engine.parse = function (html: string, filepath?: string) {
    // Liquid#parse makes a Parser per call; tags parse their bodies with the same one.
    const parser = new Parser(engine);
    const parseToken = parser.parseToken;
    parser.parseToken = function (this: Parser, ...args: Parameters<Parser['parseToken']>) {
      const node = parseToken.apply(this, args);
      if (node instanceof Output) speedUp(node as unknown as OutputLike);
      return node;
    };
    return parser.parse(html, filepath);
  };
}

function speedUp(out: OutputLike): void {
  const postfix = out.value?.initial?.postfix;
  if (!Array.isArray(postfix) || postfix.length !== 1 || !simple(postfix[0])) return;
  if (!out.value.filters.every((f) => f.args.every((a) => simple(Array.isArray(a) ? a[1] : a)))) return;
  out.render = syncRender(out, out.render);
}
