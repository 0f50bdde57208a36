// A Ruby Hash whose keys are not all strings (YAML `1: one`): JavaScript
// objects turn every key into a string, so `{1=>"one"}` and `{"1"=>"one"}`
// would look alike. Liquid reaches entries through liquidMethodMissing, which
// sees the key with its type: `h[1]` finds the Integer key, `h["1"]` does not.
import { Drop } from 'liquidjs';
import { isRubyFloat, sameFloat, type RubyFloat } from './ruby-float.js';

export class RubyHash extends Drop implements Iterable<[unknown, unknown]> {
  readonly #map = new Map<unknown, unknown>();
  // Float keys by value (sameFloat).
  readonly #floats = new Map<number, RubyFloat>();

  constructor(entries: Iterable<readonly [unknown, unknown]>) {
    super();
    for (const [k, v] of entries) this.#map.set(this.#key(k), v);
  }

  #key(key: unknown): unknown {
    return isRubyFloat(key) ? sameFloat(this.#floats, key) : key;
  }

  override liquidMethodMissing(key: unknown): unknown {
    return this.#map.get(this.#key(key));
  }

  /** Hash#[]=: a new key goes last. */
  set(key: unknown, value: unknown): void {
    this.#map.set(this.#key(key), value);
  }

  /** Hash#delete. */
  delete(key: unknown): void {
    this.#map.delete(this.#key(key));
  }

  has(key: unknown): boolean {
    return this.#map.has(this.#key(key));
  }

  get size(): number {
    return this.#map.size;
  }

  /** Entries in insertion order, keys with their Ruby types. */
  entries(): Array<[unknown, unknown]> {
    return [...this.#map];
  }

  /** Liquid's `for` over a hash yields [key, value] pairs. */
  [Symbol.iterator](): Iterator<[unknown, unknown]> {
    return this.#map[Symbol.iterator]();
  }

  /** JSON has only string keys: Ruby's to_json writes `{"1":"one"}`. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.#map].map(([k, v]) => [String(k), v]));
  }
}

export function isRubyHash(value: unknown): value is RubyHash {
  return value instanceof RubyHash;
}
