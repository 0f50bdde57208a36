// {% cycle %} as Liquid 5.4 has it (tags/cycle.rb). Its values come from splitting the markup at
// every comma and taking the first fragment of each piece, with the nils dropped (`compact`), so
// `{% cycle "a", nil %}` cycles over "a" alone. A cycle without a name is grouped by its values'
// `to_s`: cycles of the same literals share a position, while a cycle with a variable among its
// values has a group of its own (the variable's lookup object prints with its identity). A named
// cycle is grouped by its name's value. liquidjs keeps nil and groups by the markup's text.
import { LiquidError, RenderError, Tag, toValueSync, type Value, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { QUOTED_FRAGMENT } from '../lax/expression.js';
import { expressionValue } from '../expression-value.js';
import { rubyInspect, rubyJoin, rubyToS } from '../ruby/to-s.js';
import { literal } from '../operators.js';
import { isRubyArray } from '../../values/ruby-range.js';

const NAMED = new RegExp(`^(${QUOTED_FRAGMENT})\\s*:\\s*([\\s\\S]*)$`);
const FRAGMENT = new RegExp(`\\s*(${QUOTED_FRAGMENT})\\s*`);
// Expression.parse's nil (Expression::LITERALS: nil, null and the empty fragment)
const NIL = /^(?:nil|null)$/;
// what parses to the same object wherever it is written: strings, numbers, true/false, blank/empty, ranges of numbers
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d[\d_]*(?:\.\d+)?|true|false|blank|empty|\(\s*-?\d+\s*\.\.\s*-?\d+\s*\))$/;

/** Cycle#variables_from_string: each comma-separated piece's first fragment, nils dropped. */
function variables(markup: string): string[] {
  const out: string[] = [];
  for (const piece of markup.split(',')) {
    const m = FRAGMENT.exec(piece);
    if (m && !NIL.test(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** The group name of a cycle without one: its literal values' to_s, or undefined when one is a variable. */
function literalGroup(values: readonly string[]): string | undefined {
  if (!values.every((v) => LITERAL.test(v))) return undefined;
  return values.map((v) => (/^['"]/.test(v) ? JSON.stringify(v.slice(1, -1)) : /^-?\d/.test(v) ? String(Number(v.replace(/_/g, ''))) + (v.includes('.') ? 'f' : '') : v)).join(', ');
}

/** A Ruby Hash key for the evaluated name of a named cycle. */
function hashKey(v: unknown): string {
  if (typeof v === 'string') return `s${v}`;
  if (v === null || v === undefined) return 'nil';
  return `o${rubyInspect(v)}`;
}

export class CycleTag extends Tag {
  private readonly values: Value[];
  private readonly groupName: Value | undefined;
  private readonly group: string | undefined;

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const markup = token.args.trim();
    const named = NAMED.exec(markup);
    const texts = variables(named ? named[2]! : markup);
    // each fragment is what Expression.parse makes of it: `'rgba(79` (a comma inside quotes splits
    // the string) is the lookup rgba["79"], `0.1)'` the lookup ["0"]["1"], nil both
    this.values = texts.map((t) => expressionValue(t, liquid));
    this.groupName = named ? expressionValue(named[1]!, liquid) : undefined;
    this.group = named ? undefined : literalGroup(texts);
  }

  render(ctx: Context, emitter: Emitter): void {
    const register = ctx.getRegister('kyll:cycle', {}) as { positions?: Map<unknown, number> };
    const positions = (register.positions ??= new Map());
    const key = this.groupName ? hashKey(literal(this.evaluate(this.groupName, ctx))) : this.group !== undefined ? `l${this.group}` : this;
    let at = positions.get(key) ?? 0;
    const value = this.values[at];
    const v = value === undefined ? null : literal(this.evaluate(value, ctx));
    emitter.write(isRubyArray(v) ? rubyJoin(v, '') : rubyToS(v));
    at += 1;
    positions.set(key, at >= this.values.length ? 0 : at);
  }

  // The values are parsed apart from the page (their tokens are not the page's): a failure
  // (strict_variables) is reported at the tag, whose line Ruby Liquid gives.
  private evaluate(value: Value, ctx: Context): unknown {
    try {
      return toValueSync(value.value(ctx, false));
    } catch (e) {
      throw LiquidError.is(e) ? new RenderError(e as Error, this as never) : e;
    }
  }
}
