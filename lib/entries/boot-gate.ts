// When a one-off build with threads raises V8's interrupt budget (tier-up.ts): once every
// thread has started. V8 keeps a hash of its flags in code cache data and checks it wherever
// code is loaded from a cache, Node's own built-in modules (cached in the node binary)
// included. The hash follows the flags: a thread that starts after the raise compiles every
// built-in module of its start-up from source, and rejects kyll's cache of its own code.
// Measured (Node 20, this 2-core machine, process CPU, medians of 3): a bare thread costs
// ~25 ms of CPU to start; started after the raise, ~32-51 ms. So a one-off build starts its
// threads before it compiles the engine (build-threads.ts), and the budget is raised by
// whoever arrives here last: each thread once its built-ins and code are loaded, the main
// thread once the engine is compiled (tier-up.ts#tierUpAfterThreads). Everything is then
// compiled under the flags node started with, and code caches made after the raise are made
// under those flags again (underStartFlags), so that the next build's start finds them valid.
//
// The same moment holds the young generation where it is, for the `kyll` command's build on one
// render thread (HOLD_YOUNG_FLAGS; a flag V8 reads at each growth, unlike --max-semi-space-size,
// which only node's command line sets). V8 grows the semi-spaces up to 16 MB as a build keeps its
// documents, and each page it touches for the first time is a page fault: ~12 us of CPU each on
// this virtual machine (a 200 MB buffer touched page by page). Held at the size the start-up left
// (4 MB semi-spaces), the 1,000-post bench blog makes ~24,400 page faults instead of ~30,500 and
// its peak memory is 126 instead of 154 MB; 15 alternating pairs under load 8-10: CPU 0.88, wall
// 0.87; on a quiet machine (the same build with node given V8's own growth factor, which turns
// the hold off; 12 pairs): CPU 0.91, wall 0.91. 10,000 posts (5 pairs): 0.93 and 0.89 under
// load, 0.98 and 0.97 quiet; the themed 100-post blog (15 pairs, under load): CPU 0.97.
// The same instructions either way (callgrind, 1,000 posts: 2,106M against 2,101-2,115M on the
// main thread). Held at 1 MB from node's start (--max-semi-space-size=1) the 10,000-post build
// made more faults and ~30% more CPU (objects promoted early): hence the start-up's size, not less.
import { debugLog } from './debug-log.js';
import vm from 'node:vm';

/** The budget kyll sets (tier-up.ts), in bytes of bytecode. */
export const INTERRUPT_BUDGET = 400_000;
export const TIER_UP_FLAGS = `--interrupt-budget=${INTERRUPT_BUDGET}`;
/** Sets V8 flags (v8.setFlagsFromString); a parameter so that tests can watch. */
export type FlagSetter = (flags: string) => void;

const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');
const defaultSetter: FlagSetter = (flags) => v8().setFlagsFromString(flags);

/**
 * Shared memory, six Int32 slots: parties arrived, parties expected, 1 once raised, the thread
 * (its id + 1) that has set the flags back (underStartFlags), what the raise sets (GateFlags, as
 * bits), and the thread (id + 1) terminated while it might hold that turn (forfeitTurn).
 */
export type BootGate = SharedArrayBuffer;
const ARRIVED = 0;
const EXPECTED = 1;
const RAISED = 2;
const LOCK = 3;
const WANTS = 4;
/** The holder (thread id + 1) of a turn whose thread the build has terminated (forfeitTurn). */
const FORFEITED = 5;
const BUDGET = 1;
const HOLD_YOUNG = 2;

/** How long underStartFlags waits for another thread to finish making its data (a code cache: tens of ms). */
const LOCK_WAIT_MS = 2000;

/** V8's own interrupt budget in Node 20 (66 KB); underStartFlags checks that setting it gives back the start's flags. */
export const V8_INTERRUPT_BUDGET = 67584;
/** The young generation grows no more (V8 multiplies the semi-spaces' size by this factor at each growth). */
export const HOLD_YOUNG_FLAGS = '--semi-space-growth-factor=1';
/** V8's own growth factor (Node 20), set back by underStartFlags. */
export const V8_SEMI_SPACE_GROWTH_FACTOR = 2;

/** What a gate's raise sets: the interrupt budget (a small site), the young generation's hold (the command's build on one thread). */
export interface GateFlags {
  readonly budget: boolean;
  readonly holdYoung: boolean;
}

/** A gate that raises the flags when `parties` have arrived (set later with expectParties when not known yet). */
export function bootGate(parties = 0x3fffffff, wants: GateFlags = { budget: true, holdYoung: false }): BootGate {
  const gate = new SharedArrayBuffer(24);
  const slots = new Int32Array(gate);
  Atomics.store(slots, EXPECTED, parties);
  Atomics.store(slots, WANTS, (wants.budget ? BUDGET : 0) | (wants.holdYoung ? HOLD_YOUNG : 0));
  return gate;
}

/** The flags the gate's raise sets (`raised`), or the start's values of the same flags. */
export function gateFlags(gate: BootGate, raised = true): string {
  const wants = Atomics.load(new Int32Array(gate), WANTS);
  const flags: string[] = [];
  if (wants & BUDGET) flags.push(raised ? TIER_UP_FLAGS : `--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
  if (wants & HOLD_YOUNG) flags.push(raised ? HOLD_YOUNG_FLAGS : `--semi-space-growth-factor=${V8_SEMI_SPACE_GROWTH_FACTOR}`);
  return flags.join(' ');
}

/** The number of parties the gate waits for (the threads started, and the main thread). */
export function expectParties(gate: BootGate, parties: number, setFlags: FlagSetter = defaultSetter): void {
  const slots = new Int32Array(gate);
  Atomics.store(slots, EXPECTED, parties);
  // (every party already there: raise now)
  if (Atomics.load(slots, ARRIVED) >= parties) raise(slots, setFlags);
}

/** This party has started: the last to arrive raises the budget. */
export function arriveAtGate(gate: BootGate | undefined, setFlags: FlagSetter = defaultSetter): void {
  if (gate === undefined) return;
  const slots = new Int32Array(gate);
  if (Atomics.add(slots, ARRIVED, 1) + 1 === Atomics.load(slots, EXPECTED)) raise(slots, setFlags);
}

export function raise(slots: Int32Array, setFlags: FlagSetter): void {
  // Once, whoever gets here first.
  if (Atomics.compareExchange(slots, RAISED, 0, 1) !== 0) return;
  const flags = gateFlags(slots.buffer as SharedArrayBuffer);
  if (flags !== '') setFlags(flags);
  const wants = Atomics.load(slots, WANTS);
  const what = [wants & BUDGET ? 'interrupt budget raised' : '', wants & HOLD_YOUNG ? 'young generation held' : ''].filter(Boolean).join(', ');
  debugLog('kyll')('tier-up: %s (%d parties arrived)', what, Atomics.load(slots, ARRIVED));
}

/** Whether the gate has raised its flags. */
export function gateRaised(gate: BootGate | undefined): boolean {
  return gate !== undefined && Atomics.load(new Int32Array(gate), RAISED) === 1;
}

const PROBE_SOURCE = '"kyll: the flags V8 started with"';
let probes = 0;

/**
 * Made before the raise, in the thread that will make code cache data: tells later whether
 * V8's flags hash as they did then. (A new file name each time: V8 would otherwise take the
 * script from this thread's compilation cache without looking at the data.)
 */
export function flagProbe(): () => boolean {
  const data = new vm.Script(PROBE_SOURCE, { filename: 'kyll-flag-probe' }).createCachedData();
  return () => !new vm.Script(PROBE_SOURCE, { filename: `kyll-flag-probe-${++probes}`, cachedData: data }).cachedDataRejected;
}

/**
 * Runs `make` (a code cache's createCachedData) with the gate's flags set back to V8's own, when
 * the probe confirms that this gives back the flags of the start; else undefined (data made now
 * would be rejected at the next start), or when another thread holds the turn past `lockWaitMs`.
 * The raised flags are set again after. One thread at a
 * time (the main thread at exit, the Markdown thread once idle): another's raising it again
 * between this one's probe and its data would stamp the data with the raised flags.
 */
export function underStartFlags<T>(gate: BootGate, probe: () => boolean, make: () => T, setFlags: FlagSetter = defaultSetter, lockWaitMs = LOCK_WAIT_MS): T | undefined {
  const slots = new Int32Array(gate);
  const until = Date.now() + lockWaitMs;
  const me = threadId() + 1;
  for (;;) {
    const holder = Atomics.compareExchange(slots, LOCK, 0, me);
    if (holder === 0) break;
    // Held by a thread the build has terminated (the read-ahead thread once its files are
    // written, which may be while its Markdown work makes its code cache): a terminated thread
    // runs no `finally`, so the turn is taken over (forfeitTurn).
    if (holder === Atomics.load(slots, FORFEITED) && Atomics.compareExchange(slots, LOCK, holder, me) === holder) break;
    // Held past the bound (by a thread ended some other way): no data, rather than a wait for
    // ever (the main thread's exit hung on such a turn: a first build, 300 posts, CI).
    if (Date.now() >= until) return undefined;
    Atomics.wait(slots, LOCK, holder, 50);
  }
  try {
    setFlags(gateFlags(gate, false));
    try {
      return probe() ? make() : undefined;
    } finally {
      setFlags(gateFlags(gate));
    }
  } finally {
    Atomics.compareExchange(slots, LOCK, me, 0);
    Atomics.notify(slots, LOCK);
  }
}

/**
 * The thread `id` is being terminated: a turn it holds at the gate (underStartFlags) is given up,
 * for the thread waiting for it to take over. (Its flags may be left set back to the start's for
 * a moment: the data made meanwhile is then only rejected at the next start, and made again.)
 */
export function forfeitTurn(gate: BootGate | undefined, id: number): void {
  if (gate === undefined) return;
  const slots = new Int32Array(gate);
  Atomics.store(slots, FORFEITED, id + 1);
  Atomics.notify(slots, LOCK);
}

/** This thread's id (0: the main thread). */
function threadId(): number {
  return process.getBuiltinModule('node:worker_threads').threadId;
}
