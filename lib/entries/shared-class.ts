// A class of which each bundle has its own copy: the ES module chunks (import('kyll'))
// and the CommonJS engine (dist/bundle/engine.cjs, which the `kyll` command runs without
// Node's ES module loader) each define KyllError and JekyllTime. Users compare with
// `instanceof`, whichever copy made the object: each copy marks its prototype with one
// process-wide symbol (Symbol.for) and answers `instanceof` by that mark. A subclass
// (RubyDate, AmbiguousGuess) keeps the ordinary prototype-chain test.
export function sharedInstanceof(cls: abstract new (...args: never[]) => object, name: string): void {
  const mark = Symbol.for(`kyll.class.${name}`);
  Object.defineProperty(cls.prototype, mark, { value: true });
  const ordinary = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(cls, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (this !== cls) return ordinary.call(this, value);
      return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[mark] === true;
    },
  });
}

/** One value per process (per thread) for `name`, made by the first copy of a module that asks. */
export function processWide<T>(name: string, make: () => T): T {
  const key = Symbol.for(`kyll.state.${name}`);
  const global = globalThis as unknown as Record<symbol, T | undefined>;
  return (global[key] ??= make());
}
