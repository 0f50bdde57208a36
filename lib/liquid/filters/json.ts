// Jekyll's jsonify (jekyll/filters.rb #jsonify: as_liquid(input).to_json).
import { rubyJson } from '../ruby/json.js';
import { isPlainHash } from '../ruby/to-s.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { isJekyllDrop, isLiquidDrop } from '../../values/document-drop-mark.js';
import { typedEntries } from '../../values/typed-keys.js';
import { LiquidFailure } from '../errors.js';

export const jsonFilters: Record<string, (input: unknown) => unknown> = {
  jsonify: (input: unknown) => {
    // as_liquid stops on `item.to_liquid == item`; NaN == NaN is false, so a NaN it reaches
    // through Hashes and Arrays recurses until Ruby's SystemStackError (a NaN in a Drop is
    // left to the json gem: "1003: NaN not allowed in JSON").
    if (reachesNaN(input, new Set())) throw new LiquidFailure('plain', 'stack level too deep');
    return rubyJson(input);
  },
};

/** Whether as_liquid's walk (Hash keys and values, Array items; not into drops) meets a NaN. */
function reachesNaN(v: unknown, seen: Set<unknown>): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (Array.isArray(v)) return v.some((x) => reachesNaN(x, seen));
  if (v instanceof RubyHash) return v.entries().some(([k, x]) => reachesNaN(k, seen) || reachesNaN(x, seen));
  if (!isPlainHash(v) || isJekyllDrop(v) || isLiquidDrop(v)) return false;
  return typedEntries(v).some(([k, x]) => reachesNaN(k, seen) || reachesNaN(x, seen));
}
