// Node's built-in modules in the ES module bundles, taken by process.getBuiltinModule()
// instead of an `import` statement. An ES module importing a built-in gets Node's
// facade of it, made by reading every export of the module once: that runs the lazy
// getters Node keeps for rarely used parts (node:fs's `promises`, `ReadStream` and
// `WriteStream` load fs/promises and the whole streams stack; node:crypto's `webcrypto`),
// ~10M instructions at `import('kyll')` for nothing (callgrind). Each such import
// statement becomes a declaration of the same names:
//   import fs from 'node:fs'            → const fs = process.getBuiltinModule('node:fs');
//   import * as fs from 'node:fs'       → the same (a built-in's default export is the module itself)
//   import { a, b as c } from 'node:fs' → const { a, b: c } = process.getBuiltinModule('node:fs');
//   export { default as p, x as y } from 'node:path' → const kyll_builtin_0 = process.getBuiltinModule('node:path'); export { kyll_builtin_0 as p }; ...
// so a getter's value is read only where the code reads it (`fs.promises`). Imports sit
// at the top of a module: the declarations run before any of its code.
import fs from 'node:fs';
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
// One import statement of a module (tsc's and the packages' output: one statement, maybe over lines).
const IMPORT = /^import\s+([\w$]+\s*,\s*)?(\*\s+as\s+[\w$]+|\{[^}]*\}|[\w$]+)\s+from\s+(["'])((?:node:)?[a-z0-9_/]+)\3;?[ \t]*$/gm;

// A re-export of a built-in's bindings (vfile's minpath.js: `export {default as minpath} from 'node:path'`).
const REEXPORT = /^export\s+\{([^}]*)\}\s+from\s+(["'])((?:node:)?[a-z0-9_/]+)\2;?[ \t]*$/gm;

/** The esbuild plugin (ES module builds only: the CommonJS ones require() built-ins already). */
export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    // After the other plugins' onLoad callbacks: a file they return stays theirs.
    b.onLoad({ filter: /\.m?js$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      const contents = rewriteBuiltinImports(text, args.path);
      return contents === text ? undefined : { contents, loader: 'js' };
    });
  },
};

/** `text` with each import statement of a built-in made a process.getBuiltinModule() declaration. */
export function rewriteBuiltinImports(text, file = '') {
  let n = 0;
  const reexported = text.replace(REEXPORT, (whole, list, _q, spec) => {
    const name = spec.replace(/^node:/, '');
    if (!BUILTINS.has(name)) return whole;
    const local = `kyll_builtin_${n++}`;
    const get = `process.getBuiltinModule(${JSON.stringify(`node:${name}`)})`;
    const exports = list.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [from, as = from] = s.split(/\s+as\s+/);
      return `export const ${as} = ${from === 'default' ? local : `${local}.${from}`};`;
    });
    return `const ${local} = ${get}; ${exports.join(' ')}`;
  });
  return reexported.replace(IMPORT, (whole, first, second, _q, spec) => {
    const name = spec.replace(/^node:/, '');
    if (!BUILTINS.has(name)) return whole;
    const get = `process.getBuiltinModule(${JSON.stringify(`node:${name}`)})`;
    const bindings = [first?.replace(/\s*,\s*$/, ''), second].filter(Boolean).map((b) => {
      if (b.startsWith('{')) return `{ ${b.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean).map((s) => s.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2')).join(', ')} }`;
      return b.replace(/^\*\s+as\s+/, '');
    });
    if (bindings.some((b) => /\bdefault\b/.test(b))) throw new Error(`lazy-builtins: ${file}: a built-in's \`default\` imported by name`);
    return bindings.map((b) => `const ${b} = ${get};`).join(' ');
  });
}
