// A document's front matter key named as a public method of Jekyll's Drop class. Drop#[]
// (jekyll/drops/drop.rb) calls a key the class can invoke before it reads the data, and
// Liquid::Drop.invokable_methods keeps Drop's own public methods and Enumerable's
// count/first/min/max/sort: `keys:`, `first:` or `fetch:` in front matter read as Drop#keys,
// Enumerable#first, or fetch called without its key (ArgumentError), `sort:` or `to_hash:` as a
// method that never ends, in templates, jsonify and inspect alike.
import { LiquidFailure } from '../liquid/errors.js';
import { DROP_ARITIES, eachKeyFailure } from '../liquid/property.js';
import { rubyKeyOf } from '../values/typed-keys.js';

type Drop = Record<string, unknown>;

// Those that read every key through Drop#each (Enumerable's count/min/max/sort, Drop#to_hash and
// DocumentDrop#hash_for_json) read this one again, without end.
const ENDLESS = new Set(['count', 'min', 'max', 'sort', 'to_hash', 'hash_for_json']);
// DocumentDrop's own: collapse_document(doc) wants its document.
const DOCUMENT_ARITIES: ReadonlyMap<string, string> = new Map([...DROP_ARITIES, ['collapse_document', '1']]);
const METHOD_KEYS = [...DOCUMENT_ARITIES.keys(), 'keys', 'content_methods', 'first', 'to_liquid', 'each_key', ...ENDLESS];

/** Replaces the data keys of `drop` that Drop#[] reads as its methods; `methods` are the drop's content methods. */
export function methodsOverData(drop: Drop, methods: readonly string[]): void {
  for (const key of METHOD_KEYS) {
    if (Object.hasOwn(drop, key)) Object.defineProperty(drop, key, { get: dropMethod(drop, key, methods), enumerable: true, configurable: true });
  }
}

function dropMethod(drop: Drop, key: string, methods: readonly string[]): () => unknown {
  const keys = (): string[] => [...(drop as unknown as Iterable<string>)];
  const arity = DOCUMENT_ARITIES.get(key);
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
  // Liquid::Drop#to_liquid: the drop itself (printed, the document's output or content)
  if (key === 'to_liquid') return () => drop;
  if (key === 'each_key') {
    // Drop#each_key with no block is an Enumerator, which Liquid cannot take (no to_liquid)
    return () => {
      throw eachKeyFailure(keys().map((k) => rubyKeyOf(drop, k)));
    };
  }
  if (!ENDLESS.has(key)) throw new Error(`no Drop method ${key}`);
  // Each reads every key's value in turn (Drop#each, Drop#to_h): the first key that fails (a
  // `fetch:` before it) stops it with its own error, else it reaches itself again, without end.
  return () => {
    for (const k of keys()) {
      if (k === key) break;
      void drop[k];
    }
    throw new LiquidFailure('plain', 'stack level too deep');
  };
}
