// One interop object per CommonJS module in an esbuild CommonJS bundle (engine.cjs, the sync API's text).
// Each ES module that imports a CommonJS module (node:fs, node:path, liquidjs...) gets from esbuild its
// own `__toESM(require(...), 1)`: a new object with a getter defined for every export of the module.
// The engine does that 80 times at load (node:fs 18 times with 104 exports each, liquidjs 27 times
// with 63), about 4,000 getters: ~43M instructions of the engine's ~200M load (callgrind). These objects
// differ only in identity, which no module looks at, so one per module serves every importer.
// The calls are rewritten to go through a memo (a WeakMap keyed by the module's exports).
const CALL = /__toESM\((require\("[^"]+"\)|require_\w+\(\)), 1\)/g;
const ANCHOR = 'var __toCommonJS = ';

/** `text` with every `__toESM(x, 1)` call made once per module `x`; throws on a form it does not know. */
export function sharedInterop(text, name) {
  if (!text.includes('var __toESM = ')) return text; // no CommonJS module imported
  if (!text.includes(ANCHOR)) throw new Error(`${name}: esbuild's __toCommonJS helper not found (shared-interop.mjs)`);
  const out = text
    .replace(CALL, '__kyll_toESM($1)')
    .replace(ANCHOR, () => `var __kyll_interop = new WeakMap();\nvar __kyll_toESM = (mod) => {\n  let ns = __kyll_interop.get(mod);\n  if (ns === void 0) __kyll_interop.set(mod, ns = __toESM(mod, 1));\n  return ns;\n};\n${ANCHOR}`);
  // Any other call (another second argument, an expression) would keep its own object: say so.
  const left = out.match(/__toESM\((?!mod, 1\))/g);
  if (left) throw new Error(`${name}: __toESM called in a form shared-interop.mjs does not rewrite`);
  return out;
}
