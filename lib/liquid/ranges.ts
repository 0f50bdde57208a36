// `(a..b)` as Ruby Liquid evaluates it (liquid/range_lookup.rb): a Range (RubyRange), not
// the Array liquidjs makes. After parsing, each liquidjs RangeToken is swapped for a token
// whose value is a RubyRange (liquidjs evaluates any FilteredValue token by its `initial`).
import { evalTokenValue, TokenKind } from 'liquidjs';
import type { Context } from 'liquidjs';
import { RubyRange } from '../values/ruby-range.js';
import { RubyFloat } from '../values/ruby-float.js';
import { toInteger } from './filters/math.js';
import { LiquidFailure } from './errors.js';
import { useItems } from './limits.js';
import { rubyStringToI } from '../values/ruby-integer.js';

interface RangeTokenLike {
  kind: TokenKind;
  lhs: { kind: TokenKind };
  rhs: { kind: TokenKind };
  input: string;
  begin: number;
  end: number;
  file?: string;
  getText(): string;
}

export function isRangeToken(node: unknown): node is RangeTokenLike {
  return (node as { kind?: unknown } | null)?.kind === TokenKind.Range && 'lhs' in (node as object);
}

const isLiteral = (t: { kind: TokenKind }): boolean => t.kind !== TokenKind.PropertyAccess && t.kind !== TokenKind.Range;

/** `start_obj.to_i` of a literal bound (RangeLookup.parse): 1.5 is 1, "2" is 2, nil is 0. */
function literalToI(v: unknown): number {
  if (typeof v === 'string') return rubyStringToI(v);
  const n = Number(v instanceof RubyFloat ? v.value : (v ?? 0));
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

/** RangeLookup#to_integer of an evaluated bound: Integers as they are, nil and Strings by to_i, else Utils.to_integer. */
function boundToI(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return rubyStringToI(v);
  // Utils.to_integer is Integer(num.to_s): a Float ("2.5", "2.0") is not an integer
  if (typeof v === 'number' || v instanceof RubyFloat) throw new LiquidFailure('error', 'invalid integer');
  return toInteger(v);
}

/** The token that stands for `range` in a parsed template. */
export function rubyRangeToken(range: RangeTokenLike): object {
  const literal = isLiteral(range.lhs) && isLiteral(range.rhs);
  const toI = literal ? literalToI : boundToI;
  return {
    kind: TokenKind.FilteredValue,
    filters: [],
    input: range.input,
    begin: range.begin,
    end: range.end,
    file: range.file,
    getText: () => range.getText(),
    initial: {
      *evaluate(ctx: Context): Generator<unknown, RubyRange, unknown> {
        const first = toI(yield evalTokenValue(range.lhs as never, ctx));
        const last = toI(yield evalTokenValue(range.rhs as never, ctx));
        useItems(ctx, Math.max(0, last - first + 1));
        return new RubyRange(first, last);
      },
    },
  };
}
