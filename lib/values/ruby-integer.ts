// Kernel#Integer of a String (rb_cstr_to_inum with its strict check): ASCII blanks around, one
// sign, then a 0x, 0b, 0o or 0d prefix, or a leading 0 for octal (`017` is 15, `08` is refused),
// digits with single underscores between them. Liquid's Utils.to_integer, the CSV converters and
// kramdown's option validators all read numbers this way.

const INTEGER =
  /^[\t\n\v\f\r ]*([+-]?)(?:0[xX]([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|0[bB]([01]+(?:_[01]+)*)|0[oO]([0-7]+(?:_[0-7]+)*)|0_?([0-7]+(?:_[0-7]+)*)|0[dD](\d+(?:_\d+)*)|([1-9]\d*(?:_\d+)*|0))[\t\n\v\f\r ]*$/;

/** The Integer `s` reads as (a bigint past 2^53), or undefined where Integer() raises ArgumentError. */
export function rubyInteger(s: string): number | bigint | undefined {
  const m = INTEGER.exec(s);
  if (!m) return undefined;
  const [, sign, hex, bin, oct, octal, dec, plain] = m;
  const digits = (hex ?? bin ?? oct ?? octal ?? dec ?? plain)!.replace(/_/g, '');
  const prefix = hex !== undefined ? '0x' : bin !== undefined ? '0b' : oct !== undefined || octal !== undefined ? '0o' : '';
  const big = BigInt(prefix + digits) * (sign === '-' ? -1n : 1n);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

const LEADING_INTEGER = /^[\t\n\v\f\r ]*([+-]?\d+(?:_\d+)*)/;

/** String#to_i: the leading integer after ASCII blanks (single underscores between digits), else 0. */
export function rubyStringToI(s: string): number {
  const m = LEADING_INTEGER.exec(s);
  // (+ 0: Ruby's Integer has no negative zero, "-0".to_i is 0)
  return m ? Number(m[1]!.replace(/_/g, '')) + 0 : 0;
}
