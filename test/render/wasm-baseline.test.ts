import { execFileSync } from 'node:child_process';
import { keepWasmTiers, userChoseWasmTiers, WASM_BASELINE, WASM_TIER_DEFAULTS, withBaselineWasm } from '../../lib/render/wasm-baseline.js';

describe('withBaselineWasm', () => {
  it('sets --liftoff-only and lazy validation for the work and sets them back after, returning what the work returns', () => {
    const set: string[] = [];
    const out = withBaselineWasm(() => (set.push('work'), 42), (f) => set.push(f), false);
    expect(out).toBe(42);
    expect(WASM_BASELINE).toBe('--liftoff-only --wasm-lazy-validation');
    expect(set).toEqual([WASM_BASELINE, 'work', WASM_TIER_DEFAULTS]);
  });

  it('sets the flag back when the work throws', () => {
    const set: string[] = [];
    expect(() => withBaselineWasm(() => { throw new Error('trap'); }, (f) => set.push(f), false)).toThrow('trap');
    expect(set).toEqual([WASM_BASELINE, WASM_TIER_DEFAULTS]);
  });

  it('leaves the flags alone while a build with render workers keeps the tiers, and sets them again after', () => {
    const set: string[] = [];
    keepWasmTiers(true);
    try {
      expect(withBaselineWasm(() => 'css', (f) => set.push(f), false)).toBe('css');
      expect(set).toEqual([]);
    } finally {
      keepWasmTiers(false);
    }
    withBaselineWasm(() => 'css', (f) => set.push(f), false);
    expect(set).toEqual([WASM_BASELINE, WASM_TIER_DEFAULTS]);
  });

  it('leaves the flags alone when node was started with a tiering flag of its own', () => {
    const set: string[] = [];
    expect(withBaselineWasm(() => 'css', (f) => set.push(f), true)).toBe('css');
    expect(set).toEqual([]);
  });
});

test("the flags set back are V8's defaults (the implications of --liftoff-only undone)", () => {
  expect(WASM_TIER_DEFAULTS.split(' ').sort()).toEqual(['--no-liftoff-only', '--no-wasm-lazy-validation', '--wasm-dynamic-tiering', '--wasm-tier-up']);
  // What this node's V8 says its defaults are.
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  for (const flag of ['liftoff-only', 'wasm-tier-up', 'wasm-dynamic-tiering', 'wasm-lazy-validation']) {
    const dflt = new RegExp(String.raw`^\s+--${flag} \([^\n]*\n\s+type: bool\s+default: (--\S+)`, 'm').exec(options)?.[1];
    expect(WASM_TIER_DEFAULTS.split(' ')).toContain(dflt);
  }
});

describe('userChoseWasmTiers', () => {
  it.each([
    [['--liftoff-only'], ''],
    [['--no-liftoff'], ''],
    [[], '--max-old-space-size=4096 --wasm-dynamic-tiering'],
    [['--no-wasm-tier-up'], ''],
    [['--wasm_tiering_budget=1000'], ''],
    [[], '--no-wasm-lazy-validation'],
  ])('sees %j / %j', (argv, nodeOptions) => {
    expect(userChoseWasmTiers(argv, nodeOptions)).toBe(true);
  });

  it('ignores other flags', () => {
    expect(userChoseWasmTiers(['--enable-source-maps', '--max-semi-space-size=64'], '--trace-warnings')).toBe(false);
  });
});
