// One interop object per CommonJS module in an esbuild CommonJS bundle (engine.cjs, the sync API's text).
// Each ES module that imports a CommonJS module (node:fs, node:path, liquidjs...) gets from esbuild its
// own `__toESM(require(...), 1)`: a new object with a getter defined for every export of the module.
// The engine does that 80 times at load (node:fs 18 times with 104 exports each, liquidjs 27 times
// with 63), about 4,000 getters: ~43M instructions of the engine's ~200M load (callgrind). These objects
// differ only in identity, which no module looks at, so one per module serves every importer.
// The calls are rewritten to go through a memo (a WeakMap keyed by the module's exports).
// A CommonJS package bundled into the file (`require_x()`: liquidjs, extend) gets a namespace of plain
// data properties instead of getters: its exports are plain assignments, complete once it has run, and
// each `(0, import_liquidjs.toValue)(...)` would otherwise call a getter whose `from[key]` load V8
// cannot optimise (one closure for every export of every module): 6% of a Liquid-heavy build's CPU
// (tinylab.org, 2,666 pages; cpuprofile self time of that getter). Node's own modules keep getters.
const CALL = /__toESM\((require\("[^"]+"\)), 1\)/g;
const BUNDLED_CALL = /__toESM\((require_\w+\(\)), 1\)/g;
const ANCHOR = 'var __toCommonJS = ';

// esbuild's __toESM(mod, 1) gives `default: mod` and the module's other own names.
const INTEROP = `var __kyll_interop = new WeakMap();
var __kyll_toESM = (mod) => {
  let ns = __kyll_interop.get(mod);
  if (ns === void 0) __kyll_interop.set(mod, ns = __toESM(mod, 1));
  return ns;
};
var __kyll_toESMData = (mod) => {
  let ns = __kyll_interop.get(mod);
  if (ns === void 0) {
    ns = { default: mod };
    for (const key of Object.getOwnPropertyNames(mod)) if (key !== "default") ns[key] = mod[key];
    __kyll_interop.set(mod, ns);
  }
  return ns;
};
`;

/** `text` with every `__toESM(x, 1)` call made once per module `x`; throws on a form it does not know. */
export function sharedInterop(text, name) {
  if (!text.includes('var __toESM = ')) return text; // no CommonJS module imported
  if (!text.includes(ANCHOR)) throw new Error(`${name}: esbuild's __toCommonJS helper not found (shared-interop.mjs)`);
  const out = text
    .replace(CALL, '__kyll_toESM($1)')
    .replace(BUNDLED_CALL, '__kyll_toESMData($1)')
    .replace(ANCHOR, () => `${INTEROP}${ANCHOR}`);
  // Any other call (another second argument, an expression) would keep its own object: say so.
  const left = out.match(/__toESM\((?!mod, 1\))/g);
  if (left) throw new Error(`${name}: __toESM called in a form shared-interop.mjs does not rewrite`);
  return out;
}
