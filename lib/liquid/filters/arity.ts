// Ruby checks how many arguments a filter method takes: `{{ 5 | plus }}` (also what the lax
// parser leaves of `{{ 5 | plus 1 }}`) raises "wrong number of arguments (given 1, expected 2)",
// which Liquid's Strainer#invoke re-raises as a Liquid::ArgumentError. The arities below are
// the Ruby methods' (Liquid 5.4's StandardFilters, Jekyll 4.3's Filters, read with
// Method#parameters): the input, then required and optional parameters.
import type { FilterImplOptions, Liquid } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { literal, METHOD_LITERAL } from '../operators.js';

type Arity = readonly [required: number, optional: number];

const arity = (required: number, optional: number, ...names: string[]): Array<[string, Arity]> => names.map((n) => [n, [required, optional]]);

const ARITIES = new Map<string, Arity>([
  ...arity(0, 0, 'abs', 'absolute_url', 'base64_decode', 'base64_encode', 'base64_url_safe_decode', 'base64_url_safe_encode', 'capitalize', 'ceil',
    'cgi_escape', 'date_to_rfc822', 'date_to_xmlschema', 'downcase', 'escape', 'escape_once', 'first', 'floor', 'h', 'inspect', 'jsonify', 'last',
    'lstrip', 'markdownify', 'newline_to_br', 'normalize_whitespace', 'relative_url', 'reverse', 'rstrip', 'sassify', 'scssify', 'size', 'smartify',
    'strip', 'strip_html', 'strip_index', 'strip_newlines', 'to_integer', 'upcase', 'uri_escape', 'url_decode', 'url_encode', 'xml_escape'),
  ...arity(0, 1, 'array_to_sentence_string', 'compact', 'join', 'number_of_words', 'pop', 'round', 'sample', 'shift', 'slugify', 'sort_natural', 'uniq'),
  ...arity(0, 2, 'date_to_long_string', 'date_to_string', 'default', 'sort', 'truncate', 'truncatewords'),
  ...arity(1, 0, 'append', 'at_least', 'at_most', 'concat', 'date', 'divided_by', 'group_by', 'map', 'minus', 'modulo', 'plus', 'prepend', 'push',
    'remove', 'remove_first', 'remove_last', 'split', 'times', 'unshift'),
  ...arity(1, 1, 'replace', 'replace_first', 'slice'),
  ...arity(2, 0, 'find', 'find_exp', 'group_by_exp', 'replace_last', 'where', 'where_exp'),
]);

/** Ruby's ArgumentError message: "expected 2", "expected 1..3". */
export function arityMessage(n: number, [required, optional]: Arity): string | undefined {
  const min = 1 + required;
  const max = min + optional;
  if (n >= min && n <= max) return undefined;
  return `wrong number of arguments (given ${n}, expected ${optional ? `${min}..${max}` : min})`;
}

const KEYWORD = /^\w[\w-]*$/;

/**
 * The arguments a Ruby filter method gets (Liquid::Variable#render): the positional ones in
 * order, then one Hash of every `key: value` pair wherever they stood (a repeated key keeps its
 * last value). liquidjs hands the pairs over as `[key, value]` in place; the filter's token
 * tells them from positional arrays.
 */
export function rubyFilterArgs(tokenArgs: readonly unknown[] | undefined, args: readonly unknown[]): unknown[] {
  if (!hasKeywordArgs(tokenArgs)) return args as unknown[];
  const positional: unknown[] = [];
  let hash: Record<string, unknown> | undefined;
  args.forEach((a, i) => {
    if (!(i > 0 && Array.isArray(tokenArgs[i - 1]))) positional.push(a);
    // Variable#parse_filter_expressions: a key that is not `\w[\w-]*` (`a?: 1`) is no
    // keyword; the whole argument is then read as a lookup of `a?`, nil here
    else if (!KEYWORD.test((a as [string])[0])) positional.push(null);
    else (hash ??= {})[(a as [string])[0]] = literal((a as [string, unknown])[1]);
  });
  return hash ? [...positional, hash] : positional;
}

// A loop, not tokenArgs.some(callback): asked at every filter call.
function hasKeywordArgs(tokenArgs: readonly unknown[] | undefined): tokenArgs is readonly unknown[] {
  if (!tokenArgs) return false;
  for (let i = 0; i < tokenArgs.length; i++) if (Array.isArray(tokenArgs[i])) return true;
  return false;
}

type RubyFilter = { readonly handler: (...args: unknown[]) => unknown; readonly expected?: Arity };
type Call = (self: object, argv: unknown[]) => unknown;
const RUBY = Symbol('kyll.rubyFilter');

/**
 * Strainer#invoke of one filter: `argv` (the input, then liquidjs's arguments, in an array
 * of the call's own) as the Ruby method gets it, then the arity check, then the call.
 * The literals nil, empty and blank reach Ruby filters as nil and MethodLiteral ('' as text).
 */
function invoke(filter: RubyFilter, self: object, tokenArgs: readonly unknown[] | undefined, argv: unknown[], message?: string): unknown {
  for (let i = 0; i < argv.length; i++) argv[i] = literal(argv[i]);
  const args = rubyFilterArgs(tokenArgs, argv);
  if (message === undefined && filter.expected) message = arityMessage(args.length, filter.expected);
  if (message) throw new LiquidFailure('error', message);
  try {
    const out = filter.handler.apply(self, args);
    // Context#invoke takes the result's to_liquid: `x | default: empty` hands on '', not the MethodLiteral
    return out === METHOD_LITERAL ? '' : out;
  } catch (e) {
    // Strainer#invoke turns any ArgumentError raised inside the filter (a drop method called
    // without its argument, as jsonify reads a document's `fetch:`) into a Liquid::ArgumentError
    if (e instanceof LiquidFailure && e.kind === 'plain' && e.detail.startsWith('wrong number of arguments')) throw new LiquidFailure('error', e.detail);
    throw e;
  }
}

/**
 * The call of one filter at one place in a template (`{{ x | f: a, k: v }}`), for a
 * renderer that evaluates `argv` itself (../sync-output.ts): how many arguments the Ruby
 * method gets is the same at every render there, so the arity is checked with a message
 * made once. Undefined for a filter registered after the wrapping (a plugin's).
 */
export function rubyFilterCall(handler: unknown, tokenArgs: readonly unknown[]): Call | undefined {
  const filter = (handler as { [RUBY]?: RubyFilter })[RUBY];
  if (!filter) return undefined;
  const shape = [undefined, ...tokenArgs.map((a) => (Array.isArray(a) ? [a[0], undefined] : undefined))];
  const message = (filter.expected && arityMessage(rubyFilterArgs(tokenArgs, shape).length, filter.expected)) || '';
  // without `key: value` arguments the call's arguments are argv as it is: not looked for at each call
  const keywords = hasKeywordArgs(tokenArgs) ? tokenArgs : undefined;
  return (self, argv) => invoke(filter, self, keywords, argv, message);
}

/** One filter as Strainer#invoke calls the Ruby method: Ruby's arguments, then `expected`'s check. */
function rubyWrapped(handler: RubyFilter['handler'], expected: Arity | undefined): RubyFilter['handler'] {
  const filter: RubyFilter = { handler, expected };
  const checked = function (this: { token?: { args?: readonly unknown[] } }, ...given: unknown[]): unknown {
    return invoke(filter, this, this.token?.args, given);
  };
  Object.defineProperty(checked, RUBY, { value: filter });
  return checked;
}

/**
 * Wrap every filter of the engine so that it gets its arguments as the Ruby method would
 * (`key: value` pairs as one trailing Hash), and so that a Liquid or Jekyll filter given a
 * wrong number of arguments raises as in Ruby.
 */
export function checkFilterArity(engine: Liquid): void {
  for (const [name, base] of Object.entries(engine.filters)) {
    if (!base) continue;
    const handler = typeof base === 'function' ? base : base.handler;
    const raw = typeof base === 'function' ? false : base.raw;
    const checked = rubyWrapped(handler as RubyFilter['handler'], ARITIES.get(name));
    engine.registerFilter(name, (raw ? { handler: checked, raw } : checked) as FilterImplOptions);
  }
}

/**
 * A gem plugin's filter, a Ruby method of `required` parameters after the input and
 * `optional` ones more: called as Strainer#invoke calls it, so that `{{ x | toc_only: y }}`
 * raises "wrong number of arguments (given 2, expected 1)" as jekyll-toc's does in Jekyll.
 */
export function registerRubyFilter(engine: Liquid, name: string, handler: (...args: never[]) => unknown, required = 0, optional = 0): void {
  engine.registerFilter(name, rubyWrapped(handler as RubyFilter['handler'], [required, optional]) as FilterImplOptions);
}
