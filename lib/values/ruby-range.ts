// Ruby's Range as Liquid makes it from `(a..b)` (liquid/range_lookup.rb). It holds its
// integers like an Array, so that `for`, `join`, `size`, `first`, `sort`... see its items
// as Ruby's Enumerable does, but it is not an Array to Ruby: it prints as `1..3`
// (Range#to_s, also what string filters and jsonify see), has no `[]`, and filters that
// ask `is_a?(Array)` (push, slice, sample...) leave it alone.

export class RubyRange extends Array<number> {
  // map/filter/slice on a range give plain arrays, as Ruby's Enumerable methods do
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(
    readonly first: number,
    readonly last: number,
  ) {
    super();
    for (let i = first; i <= last; i++) this.push(i);
  }

  /** Range#to_s and Range#inspect of an integer range. */
  override toString(): string {
    return `${this.first}..${this.last}`;
  }
}

/** An Array in Ruby's sense (`is_a?(Array)`): a range is not one. */
export function isRubyArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && !(v instanceof RubyRange);
}
