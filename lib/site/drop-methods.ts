// A document's front matter key named as a public method of Jekyll's Drop class. Drop#[]
// (jekyll/drops/drop.rb) calls a key the class can invoke before it reads the data, and
// Liquid::Drop.invokable_methods keeps Drop's own public methods and Enumerable's
// count/first/min/max/sort: `keys:`, `first:` or `fetch:` in front matter read as Drop#keys,
// Enumerable#first, or fetch called without its key (ArgumentError), `sort:` or `to_hash:` as a
// method that never ends, in templates, jsonify and inspect alike.
import { LiquidFailure } from '../liquid/errors.js';
import { DROP_ARITIES } from '../liquid/property.js';
import { rubyKeyOf } from '../values/typed-keys.js';

type Drop = Record<string, unknown>;

// Those that read every key through Drop#each (Enumerable's count/min/max/sort, Drop#to_hash and
// DocumentDrop#hash_for_json) read this one again, without end.
const ENDLESS = new Set(['count', 'min', 'max', 'sort', 'to_hash', 'hash_for_json']);
const METHOD_KEYS = [...DROP_ARITIES.keys(), 'keys', 'content_methods', 'first', ...ENDLESS];

/** Replaces the data keys of `drop` that Drop#[] reads as its methods; `methods` are the drop's content methods. */
export function methodsOverData(drop: Drop, methods: readonly string[]): void {
  for (const key of METHOD_KEYS) {
    if (Object.hasOwn(drop, key)) Object.defineProperty(drop, key, { get: dropMethod(drop, key, methods), enumerable: true, configurable: true });
  }
}

function dropMethod(drop: Drop, key: string, methods: readonly string[]): () => unknown {
  const keys = (): string[] => [...(drop as unknown as Iterable<string>)];
  const arity = DROP_ARITIES.get(key);
  if (arity !== undefined) {
    // Drop#fetch(key, default = nil), #merge(other), #merge!(other): Liquid calls them with no argument
    return () => {
      throw new LiquidFailure('plain', `wrong number of arguments (given 0, expected ${arity})`);
    };
  }
  if (key === 'keys') return () => keys().map((k) => rubyKeyOf(drop, k));
  if (key === 'content_methods') return () => [...methods];
  if (key === 'first') {
    return () => {
      const k = keys()[0];
      return k === undefined ? undefined : [rubyKeyOf(drop, k), drop[k]];
    };
  }
  if (!ENDLESS.has(key)) throw new Error(`no Drop method ${key}`);
  return () => {
    throw new LiquidFailure('plain', 'stack level too deep');
  };
}
