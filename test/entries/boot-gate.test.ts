// A one-off build with threads raises V8's interrupt budget once every thread has started and
// the engine is compiled (lib/entries/boot-gate.ts): the last party to arrive raises it, once;
// code cache data made after the raise is made under the flags of the start, which the next
// build's start (under V8's own flags) accepts.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { arriveAtGate, bootGate, expectParties, gateFlags, gateRaised, HOLD_YOUNG_FLAGS, TIER_UP_FLAGS, underStartFlags } from '../../lib/entries/boot-gate.js';

describe('the boot gate', () => {
  test('the last of the parties raises the budget, once', () => {
    const set: string[] = [];
    const gate = bootGate(3);
    arriveAtGate(gate, (f) => set.push(f));
    arriveAtGate(gate, (f) => set.push(f));
    expect(set).toEqual([]);
    expect(gateRaised(gate)).toBe(false);
    arriveAtGate(gate, (f) => set.push(f));
    expect(set).toEqual([TIER_UP_FLAGS]);
    expect(gateRaised(gate)).toBe(true);
    arriveAtGate(gate, (f) => set.push(f));
    expect(set).toEqual([TIER_UP_FLAGS]);
  });

  test('parties counted after some arrived: raised when all are there', () => {
    const set: string[] = [];
    const gate = bootGate();
    arriveAtGate(gate, (f) => set.push(f));
    expectParties(gate, 2, (f) => set.push(f));
    expect(set).toEqual([]);
    arriveAtGate(gate, (f) => set.push(f));
    expect(set).toEqual([TIER_UP_FLAGS]);
    const all = bootGate();
    arriveAtGate(all, (f) => set.push(f));
    expectParties(all, 1, (f) => set.push(f));
    expect(set).toEqual([TIER_UP_FLAGS, TIER_UP_FLAGS]);
  });

  test("a gate that holds the young generation sets that flag too, and sets back V8's own values of both for code caches", () => {
    const set: string[] = [];
    const both = bootGate(1, { budget: true, holdYoung: true });
    expect(gateFlags(both)).toBe(`${TIER_UP_FLAGS} ${HOLD_YOUNG_FLAGS}`);
    expect(gateFlags(both, false)).toBe('--interrupt-budget=67584 --semi-space-growth-factor=2');
    arriveAtGate(both, (f) => set.push(f));
    expect(set).toEqual([`${TIER_UP_FLAGS} ${HOLD_YOUNG_FLAGS}`]);
    expect(underStartFlags(both, () => true, () => 'made', (f) => set.push(f))).toBe('made');
    expect(set.slice(1)).toEqual(['--interrupt-budget=67584 --semi-space-growth-factor=2', `${TIER_UP_FLAGS} ${HOLD_YOUNG_FLAGS}`]);
    // (a big site: V8's budget, the young generation held)
    const hold = bootGate(1, { budget: false, holdYoung: true });
    arriveAtGate(hold, (f) => set.push(f));
    expect(set.at(-1)).toBe(HOLD_YOUNG_FLAGS);
    expect(gateFlags(hold, false)).toBe('--semi-space-growth-factor=2');
  });

  test('no gate: nothing to arrive at', () => {
    expect(() => arriveAtGate(undefined, () => {
      throw new Error('raised');
    })).not.toThrow();
    expect(gateRaised(undefined)).toBe(false);
  });
});

// Child processes (V8's flags are the process's): one makes code cache data after raising the
// budget, with and without underStartFlags; a fresh one, under V8's own flags, loads it.
const compiled = path.resolve('dist/entries/boot-gate.js');
const gated = path.resolve('dist/entries/gated-worker.js');
const maybe = fs.existsSync(compiled) ? describe : describe.skip;
maybe('code cache data made after the raise', () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-boot-gate-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const SOURCE = 'function f(a) { return a + 1 } f(1)';
  const make = (file: string, underStart: boolean): string =>
    execFileSync(process.execPath, ['--input-type=module', '-e', `
      const vm = await import('node:vm');
      const fs = await import('node:fs');
      const { bootGate, flagProbe, underStartFlags, TIER_UP_FLAGS } = await import(${JSON.stringify(compiled)});
      const probe = flagProbe();
      process.getBuiltinModule('node:v8').setFlagsFromString(TIER_UP_FLAGS);
      const stillStart = probe();
      const script = new vm.Script(${JSON.stringify(SOURCE)}, { filename: 'made.js' });
      const data = ${underStart} ? underStartFlags(bootGate(1), probe, () => script.createCachedData()) : script.createCachedData();
      fs.writeFileSync(${JSON.stringify(file)}, data);
      process.stdout.write(JSON.stringify({ stillStart, raisedAgain: !probe() }));
    `], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const accepted = (file: string): boolean =>
    execFileSync(process.execPath, ['-e', `
      const vm = require('node:vm');
      const s = new vm.Script(${JSON.stringify(SOURCE)}, { filename: 'loaded.js', cachedData: require('node:fs').readFileSync(${JSON.stringify(file)}) });
      process.stdout.write(String(!s.cachedDataRejected));
    `], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }) === 'true';

  // A thread terminated while it made its data (the read-ahead thread at the end of a first
  // build) runs no `finally`: the turn stays taken. The main thread's own data at exit is then
  // given up after the bound, instead of a wait for ever. A child process, so that a hang is a
  // killed child (a failed assertion), not a hung test run.
  // `forfeit`: the thread is ended as the build ends its threads (GatedWorker#terminate), which
  // gives the turn up; else as any other ending, after which the turn is given up at the bound.
  const turnLeftTaken = (forfeit: boolean): { made: string | null; ms: number } => {
    const script = `
      const { Worker } = await import('node:worker_threads');
      const { bootGate, underStartFlags } = await import(${JSON.stringify(compiled)});
      const { GatedWorker } = await import(${JSON.stringify(gated)});
      const gate = bootGate(1);
      const taken = new Int32Array(new SharedArrayBuffer(4));
      const code = \`
        const { workerData } = require('node:worker_threads');
        import(workerData.compiled).then(({ underStartFlags }) => underStartFlags(workerData.gate, () => true, () => {
          Atomics.store(workerData.taken, 0, 1);
          Atomics.notify(workerData.taken, 0);
          for (;;) Atomics.wait(workerData.taken, 0, 1, 10);
        }, () => {}));
      \`;
      const options = { eval: true, workerData: { gate, taken, compiled: ${JSON.stringify(pathToFileURL(compiled).href)} } };
      const worker = ${forfeit} ? new GatedWorker(code, options, gate) : new Worker(code, options);
      while (Atomics.load(taken, 0) === 0) Atomics.wait(taken, 0, 0, 20);
      await worker.terminate();
      const t0 = Date.now();
      const made = underStartFlags(gate, () => true, () => 'made', () => {}, 300);
      process.stdout.write(JSON.stringify({ made: made ?? null, ms: Date.now() - t0 }));
    `;
    // (a file: an eval'd worker of an -e script cannot import())
    const file = path.join(work, `turn-${forfeit}.mjs`);
    fs.writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as { made: string | null; ms: number };
  };

  test('a turn left taken by a terminated thread is given up after its bound', () => {
    const { made, ms } = turnLeftTaken(false);
    expect(made).toBeNull();
    expect(ms).toBeGreaterThanOrEqual(300);
  });

  test("the turn of a thread the build terminates is taken over at once, and this thread's data made", () => {
    const { made, ms } = turnLeftTaken(true);
    expect(made).toBe('made');
    expect(ms).toBeLessThan(300);
  });

  test('is rejected at the next start when made under the raised budget', () => {
    const file = path.join(work, 'raised.bin');
    expect(JSON.parse(make(file, false))).toEqual({ stillStart: false, raisedAgain: true });
    expect(accepted(file)).toBe(false);
  });

  test('is accepted when made under the start\'s flags with the young generation held too', () => {
    const file = path.join(work, 'held.bin');
    execFileSync(process.execPath, ['--input-type=module', '-e', `
      const vm = await import('node:vm');
      const fs = await import('node:fs');
      const { bootGate, flagProbe, gateFlags, underStartFlags } = await import(${JSON.stringify(compiled)});
      const probe = flagProbe();
      const gate = bootGate(1, { budget: true, holdYoung: true });
      process.getBuiltinModule('node:v8').setFlagsFromString(gateFlags(gate));
      const script = new vm.Script(${JSON.stringify(SOURCE)}, { filename: 'made.js' });
      fs.writeFileSync(${JSON.stringify(file)}, underStartFlags(gate, probe, () => script.createCachedData()));
    `], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(accepted(file)).toBe(true);
  });

  // What the hold relies on: V8 reads the growth factor at each growth of its young generation.
  test('V8 grows the young generation no more once it is held', () => {
    const newSpaceMb = (flags: string): number =>
      Number(
        execFileSync(process.execPath, ['-e', `
          const v8 = require('node:v8');
          if (${JSON.stringify(flags)}) v8.setFlagsFromString(${JSON.stringify(flags)});
          const keep = [];
          for (let i = 0; i < 2e6; i++) { const o = { a: i, b: 'x' + i }; if (i % 50 === 0) keep.push(o); }
          process.stdout.write(String(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576));
        `], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }),
      );
    const held = newSpaceMb(HOLD_YOUNG_FLAGS);
    expect(held).toBeLessThanOrEqual(4);
    expect(newSpaceMb('')).toBeGreaterThan(held);
  });

  test('is accepted when made under the start\'s flags, and the budget is raised again after', () => {
    const file = path.join(work, 'start.bin');
    expect(JSON.parse(make(file, true))).toEqual({ stillStart: false, raisedAgain: true });
    expect(accepted(file)).toBe(true);
  });
});
