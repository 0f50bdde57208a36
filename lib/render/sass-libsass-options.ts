// jekyll-sass-converter 2.x hands the whole `sass:` hash to sassc (scss.rb#sass_build_configuration_options
// deep-merges it into its own options, keys symbolized), so two options it never names reach libsass:
// `line_comments` (sassc sets source_comments when the value is truthy in Ruby: a
// `/* line N, file */` before each rule) and `precision` (set when truthy; libsass's default is 10).
// sassc hands precision to FFI as a C int: a Float is truncated, any other truthy value fails the
// conversion with Ruby's TypeError. In safe mode Jekyll passes only its own options.
import type { SiteConfig } from '../types.js';
import { implicitName } from '../liquid/filters/spaceship.js';
import { RubyFloat } from '../values/ruby-float.js';
import { rubyTruthy as truthy } from '../values/truthy.js';

export interface LibsassExtras {
  readonly lineComments: boolean;
  readonly precision?: number;
  /** Ruby's error for a precision FFI cannot take as an int: each conversion fails with it. */
  readonly precisionFailure?: string;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

export function libsassExtras(config: SiteConfig): LibsassExtras {
  const sass = config.sass;
  if (config.safe === true || sass === null || typeof sass !== 'object' || Array.isArray(sass)) return { lineComments: false };
  const given = sass as Record<string, unknown>;
  const lineComments = truthy(given.line_comments);
  const p = given.precision;
  if (!truthy(p)) return { lineComments };
  if (typeof p === 'bigint') {
    if (p >= INT_MIN && p <= INT_MAX) return { lineComments, precision: Number(p) };
    const inLong = p >= -(2n ** 63n) && p < 2n ** 63n;
    return { lineComments, precisionFailure: inLong ? `integer ${p} too ${p < 0 ? 'small' : 'big'} to convert to \`int'` : "bignum too big to convert into `long'" };
  }
  const n = typeof p === 'number' ? p : p instanceof RubyFloat ? p.value : undefined;
  if (n === undefined) return { lineComments, precisionFailure: `no implicit conversion of ${implicitName(p)} into Integer` };
  const int = Math.trunc(n);
  if (int >= INT_MIN && int <= INT_MAX) return { lineComments, precision: int };
  // NUM2INT: a Float past a C long first (printed as %-.10g), then anything past an int.
  if (!(Math.abs(n) < 2 ** 63)) return { lineComments, precisionFailure: `float ${floatG10(n)} out of range of integer` };
  return { lineComments, precisionFailure: `integer ${BigInt(int)} too ${int < 0 ? 'small' : 'big'} to convert to \`int'` };
}

/** C's %.10g of a value past 2**63 (always in exponent form), Inf and NaN as Ruby prints them. */
function floatG10(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Inf' : '-Inf';
  const [mantissa, exponent] = n.toExponential(9).split('e') as [string, string];
  return `${mantissa.replace(/\.?0+$/, '')}e${exponent.startsWith('-') ? '-' : '+'}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
}
