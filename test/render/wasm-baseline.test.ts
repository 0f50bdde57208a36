import { userChoseWasmTiers, withBaselineWasm } from '../../lib/render/wasm-baseline.js';

describe('withBaselineWasm', () => {
  it('sets --liftoff-only for the work and sets it back after, returning what the work returns', () => {
    const set: string[] = [];
    const out = withBaselineWasm(() => (set.push('work'), 42), (f) => set.push(f), false);
    expect(out).toBe(42);
    expect(set).toEqual(['--liftoff-only', 'work', '--no-liftoff-only']);
  });

  it('sets the flag back when the work throws', () => {
    const set: string[] = [];
    expect(() => withBaselineWasm(() => { throw new Error('trap'); }, (f) => set.push(f), false)).toThrow('trap');
    expect(set).toEqual(['--liftoff-only', '--no-liftoff-only']);
  });

  it('leaves the flags alone when node was started with a tiering flag of its own', () => {
    const set: string[] = [];
    expect(withBaselineWasm(() => 'css', (f) => set.push(f), true)).toBe('css');
    expect(set).toEqual([]);
  });
});

describe('userChoseWasmTiers', () => {
  it.each([
    [['--liftoff-only'], ''],
    [['--no-liftoff'], ''],
    [[], '--max-old-space-size=4096 --wasm-dynamic-tiering'],
    [['--no-wasm-tier-up'], ''],
    [['--wasm_tiering_budget=1000'], ''],
  ])('sees %j / %j', (argv, nodeOptions) => {
    expect(userChoseWasmTiers(argv, nodeOptions)).toBe(true);
  });

  it('ignores other flags', () => {
    expect(userChoseWasmTiers(['--enable-source-maps', '--max-semi-space-size=64'], '--trace-warnings')).toBe(false);
  });
});
