// Jekyll's jsonify (jekyll/filters.rb #jsonify: as_liquid(input).to_json).
import { rubyJson } from '../ruby/json.js';
import { isPlainHash } from '../ruby/to-s.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { ENDLESS_AS_LIQUID, isJekyllDrop, isLiquidDrop } from '../../values/document-drop-mark.js';
import { typedEntries } from '../../values/typed-keys.js';
import { LiquidFailure } from '../errors.js';

export const jsonFilters: Record<string, (input: unknown) => unknown> = {
  jsonify: (input: unknown) => {
    // as_liquid stops on `item.to_liquid == item`; NaN == NaN is false, so a NaN it reaches
    // through Hashes and Arrays recurses until Ruby's SystemStackError (a NaN in a Drop is
    // left to the json gem: "1003: NaN not allowed in JSON"); so does a PageExcerpt (`page`
    // inside a page's excerpt), whose to_liquid is a hash that holds it again.
    // So does a list or a hash that holds itself (a YAML alias inside its own anchor).
    if (endless(input, new Set(), new Set())) throw new LiquidFailure('plain', 'stack level too deep');
    return rubyJson(input);
  },
};

/**
 * Whether as_liquid's walk (Hash keys and values, Array items; not into drops) meets a NaN, a
 * PageExcerpt, or a list or hash it is inside of (`open`); `done` holds those walked whole.
 */
function endless(v: unknown, open: Set<unknown>, done: Set<unknown>): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (v === null || typeof v !== 'object' || done.has(v)) return false;
  if ((v as Record<symbol, unknown>)[ENDLESS_AS_LIQUID] === true) return true;
  const hash = v instanceof RubyHash || (isPlainHash(v) && !isJekyllDrop(v) && !isLiquidDrop(v));
  if (!Array.isArray(v) && !hash) return false;
  if (open.has(v)) return true;
  open.add(v);
  const found = Array.isArray(v)
    ? v.some((x) => endless(x, open, done))
    : v instanceof RubyHash
      ? v.entries().some(([k, x]) => endless(k, open, done) || endless(x, open, done))
      : typedEntries(v).some(([k, x]) => endless(k, open, done) || endless(x, open, done));
  open.delete(v);
  done.add(v);
  return found;
}
