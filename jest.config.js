// jest runs in ESM mode (unified and its plugins are ESM only); esbuild strips the types of
// each test and source file on its own (isolatedModules) so the run stays fast.
export default {
  // node, plus a record of each test file's CPU seconds when KYLL_SUITE_CPU names a file.
  testEnvironment: '<rootDir>/test/helpers/cpu-environment.cjs',
  // jest's default is one worker fewer than the cores: one on a 2-core CI machine, where the
  // suites then run one after the other while the second core mostly idles.
  maxWorkers: '100%',
  // Each test file links its own copy of the engine's modules into a vm context; a worker that
  // keeps too much of them (ts-jest's reached 3.7 GB, V8's limit here is 4.3 GB) spends its time
  // collecting garbage. A worker whose heap passed 1 GB is replaced between files (~1 s).
  workerIdleMemoryLimit: '1GB',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': '<rootDir>/test/helpers/esbuild-transform.cjs',
  },
  // examples/testing/*.jest.mjs: the documented jest example, against the built package (kyll/testing → dist/).
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/examples/**/*.jest.mjs'],
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
};
