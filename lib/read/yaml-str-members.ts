// A `!str` (`!!str`, `!ruby/string`) mapping: Psych's ToRuby#visit_Psych_Nodes_Mapping takes its
// `str` key as the String and every other key as an instance variable of it (ToRuby#init_with:
// instance_variable_set(:"@#{key.to_s.sub(/^@/, '')}", value)). Ruby refuses a name that is no
// instance variable's (NameError: a `null`, number or date key, an empty one) and any variable on a
// frozen value (FrozenError: no `str` key leaves nil; `str: 1` is an Integer); Jekyll then reads
// the file as "Error reading file" / "could not read file" with that message.
import { PsychLoadError } from './psych-scalar.js';
import { isRubyFloat, floatToS } from '../values/ruby-float.js';
import { rubyToS } from '../liquid/ruby/to-s.js';

// Ruby's instance variable name after `@`: an identifier (a letter, `_` or any non-ASCII character first).
const IVAR_NAME = /^[A-Za-z_\u0080-\u{10ffff}][A-Za-z0-9_\u0080-\u{10ffff}]*$/u;

/** The error Psych raises for the `!str` mapping of `str` (its `str` value, undefined without one) and its other `keys`, or undefined. */
export function strMembersError(str: unknown, keys: readonly unknown[]): PsychLoadError | undefined {
  const frozen = frozenName(str);
  for (const key of keys) {
    const name = rubyToS(key).replace(/^@/, '');
    if (!IVAR_NAME.test(name)) return new PsychLoadError(`\`@${name}' is not allowed as an instance variable name`);
    if (frozen !== undefined) return new PsychLoadError(`can't modify frozen ${frozen}`);
  }
  return undefined;
}

/** FrozenError's "Class: inspect" for a value Ruby always freezes (nil, true, false, numbers), else undefined. */
function frozenName(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'NilClass: nil';
  if (typeof v === 'boolean') return v ? 'TrueClass: true' : 'FalseClass: false';
  if (typeof v === 'bigint') return `Integer: ${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `Integer: ${v}` : `Float: ${floatToS(v)}`;
  if (isRubyFloat(v)) return `Float: ${floatToS(v.value)}`;
  return undefined;
}
