// Hash#eql? and #hash of a scalar, as a string: two scalars Ruby takes for the same Hash key
// (or the same element of Array#uniq) have the same string. Integer and Float apart (1 and 1.0
// differ), strings by their text (quoted, so that keys made of several never run together), a
// Date or Time by its class and time, true, false and nil. Undefined for anything else.
import { isRubyFloat } from './ruby-float.js';

export function scalarEqlKey(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'boolean':
      return String(v);
    case 'bigint':
      return `i${v}`;
    case 'number':
      return Number.isInteger(v) ? `i${v}` : `f${v}`;
    default:
      break;
  }
  if (isRubyFloat(v)) return `f${v.value}`;
  if (v instanceof Date) return `@${v.constructor.name}${v.getTime()}`;
  return undefined;
}
