// jest transform for .ts: esbuild strips the types of one file at a time (what tsconfig's
// isolatedModules already promises), in a few milliseconds where ts-jest takes ~50 ms and loads
// TypeScript in every worker. Type errors are `tsc -p tsconfig.test.json --noEmit`'s job in npm test.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync, version } = require('esbuild');

// tsconfig.json's target ES2022: class fields are defined (useDefineForClassFields), as tsc emits them.
const TSCONFIG = { compilerOptions: { target: 'ES2022', useDefineForClassFields: true } };
const SELF = createHash('sha256').update(readFileSync(__filename)).digest('hex');

module.exports = {
  getCacheKey(sourceText, sourcePath, options) {
    return createHash('sha256')
      .update(SELF)
      .update(version)
      .update(options.supportsStaticESM ? 'esm' : 'cjs')
      // jest caches the code it instruments for coverage (--coverage) under this key too
      .update(options.instrument ? 'instrumented' : 'plain')
      .update(sourcePath)
      .update('\0')
      .update(sourceText)
      .digest('hex');
  },
  process(sourceText, sourcePath, options) {
    const { code, map } = transformSync(sourceText, {
      loader: 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'es2022',
      platform: 'node',
      sourcefile: sourcePath,
      sourcemap: 'external',
      sourcesContent: false,
      tsconfigRaw: TSCONFIG,
    });
    return { code, map };
  },
};
