// kyll raises V8's interrupt budget once per process, before the engine is compiled (lib/entries/tier-up.ts),
// unless node was started with a budget of its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOLD_YOUNG_FLAGS } from '../../lib/entries/boot-gate.js';
import { TIER_UP_FLAGS, userChoseInterruptBudget, userChoseYoungGeneration } from '../../lib/entries/tier-up.js';

describe('userChoseInterruptBudget', () => {
  test.each([
    [['--interrupt-budget=1000'], '', true],
    [['--interrupt_budget=1000'], '', true],
    [[], '--max-old-space-size=100 --interrupt-budget=5', true],
    [['--interrupt-budget-for-feedback-allocation=10'], '', false],
    [['--max-semi-space-size=64'], '--enable-source-maps', false],
    [[], '', false],
  ])('%j with NODE_OPTIONS %j: %s', (execArgv, nodeOptions, chose) => {
    expect(userChoseInterruptBudget(execArgv, nodeOptions)).toBe(chose);
  });
});

describe('userChoseYoungGeneration', () => {
  test.each([
    [['--max-semi-space-size=64'], '', true],
    [[], '--min_semi_space_size=4', true],
    [['--semi-space-growth-factor=4'], '', true],
    [[], '--max-young-generation-size=32', true],
    [['--max-old-space-size=100'], '--interrupt-budget=5', false],
    [[], '', false],
  ])('%j with NODE_OPTIONS %j: %s', (execArgv, nodeOptions, chose) => {
    expect(userChoseYoungGeneration(execArgv, nodeOptions)).toBe(chose);
  });
});

describe('tierUpForBuild', () => {
  // the choice is made once per thread, kept on a global symbol (the loader's and the engine's bundles share it)
  const fresh = async (): Promise<typeof import('../../lib/entries/tier-up.js')> => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('kyll.interruptBudget')];
    return import('../../lib/entries/tier-up.js');
  };
  let work: string;
  const siteWith = (posts: number): string => {
    const dir = path.join(work, `site${posts}`);
    fs.mkdirSync(path.join(dir, '_posts', 'sub'), { recursive: true });
    for (let i = 0; i < posts; i++) fs.writeFileSync(path.join(dir, '_posts', i % 2 ? 'sub' : '', `2024-01-01-p${i}.md`), '');
    return dir;
  };
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-tier-up-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('raises the budget once, for a site of fewer than SMALL_SITE_POSTS posts', async () => {
    const m = await fresh();
    const set: string[] = [];
    expect(m.tierUpForBuild(siteWith(3), undefined, (f) => set.push(f), () => false)).toBe(true);
    expect(m.interruptBudgetRaised()).toBe(true);
    expect(m.tierUpForBuild(siteWith(3), undefined, (f) => set.push(f), () => false)).toBe(false);
    expect(set).toEqual([TIER_UP_FLAGS]);
  });

  test('keeps V8\'s budget for a big site, when node was given one, and once the engine is compiled', async () => {
    const set: string[] = [];
    const big = await fresh();
    expect(big.tierUpForBuild(siteWith(big.SMALL_SITE_POSTS), undefined, (f) => set.push(f), () => false)).toBe(false);
    expect(big.interruptBudgetRaised()).toBe(false);
    const given = await fresh();
    expect(given.tierUpForBuild(siteWith(3), undefined, (f) => set.push(f), () => true)).toBe(false);
    const loaded = await fresh();
    loaded.settleInterruptBudget();
    expect(loaded.tierUpForBuild(siteWith(3), undefined, (f) => set.push(f), () => false)).toBe(false);
    expect(set).toEqual([]);
  });

  test("the command's build holds the young generation at the gate, a big site's too (V8's budget kept), unless node was given one", async () => {
    const late = async (): Promise<typeof import('../../lib/entries/tier-up.js')> => {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('kyll.state.tierUpLate')];
      return fresh();
    };
    const set: string[] = [];
    const big = await late();
    let started = 0;
    big.tierUpAfterThreads({ source: siteWith(big.SMALL_SITE_POSTS), destination: undefined, holdYoung: true }, () => (started++, 0), { setFlags: (f) => set.push(f), userChose: () => false, userChoseYoung: () => false });
    expect(started).toBe(1);
    expect(set).toEqual([]);
    big.mainThreadStarted(() => undefined, (f) => set.push(f));
    expect(set).toEqual([HOLD_YOUNG_FLAGS]);
    expect(big.interruptBudgetRaised()).toBe(false);
    expect(big.lateRaise()).toBeDefined();

    const small = await late();
    small.tierUpAfterThreads({ source: siteWith(3), destination: undefined, holdYoung: true }, () => 0, { setFlags: (f) => set.push(f), userChose: () => false, userChoseYoung: () => false });
    small.mainThreadStarted(() => undefined, (f) => set.push(f));
    expect(set.at(-1)).toBe(`${TIER_UP_FLAGS} ${HOLD_YOUNG_FLAGS}`);

    // node given a young generation, or the library's build (holdYoung false), of a big site: no gate at all
    for (const [hold, chose] of [[true, true], [false, false]] as const) {
      const none = await late();
      none.tierUpAfterThreads({ source: siteWith(none.SMALL_SITE_POSTS), destination: undefined, holdYoung: hold }, () => (started++, 0), { setFlags: (f) => set.push(f), userChose: () => false, userChoseYoung: () => chose });
      none.mainThreadStarted(() => undefined, (f) => set.push(f));
    }
    expect(started).toBe(1);
    expect(set).toHaveLength(2);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('kyll.state.tierUpLate')];
  });

  test('a render worker takes the main thread\'s choice, before its engine loads', async () => {
    const m = await fresh();
    m.adoptInterruptBudget(true);
    expect(m.interruptBudgetRaised()).toBe(true);
    const set: string[] = [];
    expect(m.tierUpForBuild(siteWith(3), undefined, (f) => set.push(f), () => false)).toBe(false);
    expect(set).toEqual([]);
  });
});

const bundle = path.resolve('dist/bundle/kyll.js');
const maybe = fs.existsSync(path.resolve('dist/bundle/engine.cjs')) ? describe : describe.skip;

// Records v8.setFlagsFromString's calls (process.getBuiltinModule returns the same module object), then builds.
const CHILD = `
const v8 = process.getBuiltinModule('node:v8');
const calls = [];
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (f) => { calls.push(f); set(f); };
const vm = process.getBuiltinModule('node:vm');
const Script = vm.Script;
vm.Script = class extends Script { constructor(text, o) { if (String(o?.filename).endsWith('engine.cjs')) calls.push('engine compiled'); super(text, o); } };
const { renderSite } = await import(process.argv[2]);
const r = await renderSite({ source: process.argv[3], write: false, env: { SOURCE_DATE_EPOCH: '1767225600' } });
process.stdout.write(JSON.stringify({ calls, files: r.files.length }));
`;

maybe('the bundled engine', () => {
  let work: string;
  let child: string;
  let source: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-tier-up-test-'));
    child = path.join(work, 'child.mjs');
    fs.writeFileSync(child, CHILD);
    source = path.join(work, 'site');
    fs.mkdirSync(path.join(source, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(source, '_config.yml'), 'title: T\n');
    fs.writeFileSync(path.join(source, '_posts', '2024-01-02-a.md'), '---\ntitle: A\n---\n*a*\n');
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const run = (...nodeFlags: string[]): { calls: string[]; files: number } =>
    JSON.parse(execFileSync(process.execPath, [...nodeFlags, child, pathToFileURL(bundle).href, source], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', KYLL_CODE_CACHE: '0' } })) as { calls: string[]; files: number };

  test('a small site\'s build raises the interrupt budget once it has compiled the engine (boot-gate.ts: one party, the main thread)', () => {
    const { calls, files } = run();
    expect(files).toBe(1);
    expect(calls.slice(0, 2)).toEqual(['engine compiled', TIER_UP_FLAGS]);
  });

  test('leaves a budget given to node alone', () => {
    expect(run('--interrupt-budget=100000').calls).toEqual(['engine compiled']);
  });
});
