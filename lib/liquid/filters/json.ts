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
    if (endless(input, new Set())) throw new LiquidFailure('plain', 'stack level too deep');
    return rubyJson(input);
  },
};

/** Whether as_liquid's walk (Hash keys and values, Array items; not into drops) meets a NaN or a PageExcerpt. */
function endless(v: unknown, seen: Set<unknown>): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  if ((v as Record<symbol, unknown>)[ENDLESS_AS_LIQUID] === true) return true;
  seen.add(v);
  if (Array.isArray(v)) return v.some((x) => endless(x, seen));
  if (v instanceof RubyHash) return v.entries().some(([k, x]) => endless(k, seen) || endless(x, seen));
  if (!isPlainHash(v) || isJekyllDrop(v) || isLiquidDrop(v)) return false;
  return typedEntries(v).some(([k, x]) => endless(k, seen) || endless(x, seen));
}
