// Keys of the hashes kyll builds from YAML, JSON, CSV and merges, read and written as a
// Ruby Hash's: `__proto__`, `constructor` or `toString` are keys like any other, never
// JavaScript's prototype machinery, and nothing reaches Object.prototype.

/** Ruby's Hash#key?: own keys only. */
export function hasKey(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/** Ruby's Hash#[]: the value of an own key, else undefined. */
export function getKey(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Ruby's Hash#[]=: `obj.__proto__ = v` would set the prototype; this defines the key. */
export function setKey(obj: object, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else (obj as Record<string, unknown>)[key] = value;
}
