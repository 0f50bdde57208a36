// When V8 optimises the engine's functions with TurboFan, in a one-off build of a small site.
// V8 counts the bytecode a function runs against its interrupt budget (66 KB in Node 20's V8,
// --interrupt-budget=67584) and optimises it after a few budgets. A build of a thousand posts is
// short: many functions become hot just before their work ends (reading front matter, parsing
// the posts' Markdown, the first hundreds of pages), and their compiles, on V8's helper threads,
// took as much CPU as the main thread's own JavaScript on a 2-core machine. A larger budget
// leaves the lukewarm functions in the interpreter and baseline code and optimises the truly hot
// ones a little later. In a long build that delay costs more than the compiles it saves.
//
// Session 20, the bench blog (bench/generate-site.mjs), `kyll build` cold to /dev/shm, node
// given --interrupt-budget=400000 against none (each with its own code cache), 2-core machine
// shared with other builds (load 8-12):
//   1,000 posts, instructions of the whole process (callgrind, node --single-threaded: TurboFan
//   and the collector run on the main thread and are counted): 5,074M -> 3,948M
//   (--no-turbo-inlining alone 4,526M, --max-inlined-bytecode-size-cumulative=300 4,746M);
//   process CPU, 5 alternating pairs: 1.55 -> 1.22 s (A/B 0.79). Set from here (node's own
//   start-up still at V8's budget): 5,074M -> 4,133M; per thread (bench/thread-cpu.mjs, 3 pairs)
//   V8's helpers 0.44-0.48 -> 0.11-0.12 s, the main thread unchanged (0.67-0.80 -> 0.75-0.78 s).
//   3,000 posts, 3 pairs: 2.91 -> 2.73 s (A/B 0.91); 5,000 posts: 3.36 -> 3.31 s (A/B 1.03, 0.96-1.05).
//   10,000 posts, 3 pairs: 5.65 -> 6.90 s (A/B 1.22): worse; at 150,000 still 1.05.
// So the budget is raised only for a one-off build of a folder with fewer than SMALL_SITE_POSTS
// posts, decided before the engine is compiled and kept for the process (V8 checks its flags
// against the code cache: the engine's cache has a slot for each choice, engine-loader.ts), and
// never when node was started with a budget of its own. The `kyll` command raises it once the
// build's threads (if any) have started and the main thread has compiled the engine (boot-gate.ts:
// built-in modules loaded after a raise are compiled from source; raising it before the engine
// with no thread to wait for cost an empty site's main thread ~8% more instructions, callgrind);
// the engine is then compiled under V8's own budget, in its slot.
import path from 'node:path';
import { countPosts } from '../render/thread-count.js';
import { arriveAtGate, bootGate, expectParties, flagProbe, gateRaised, raise, TIER_UP_FLAGS, type BootGate, type FlagSetter } from './boot-gate.js';
import { processWide } from './shared-class.js';

const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');

export { INTERRUPT_BUDGET, TIER_UP_FLAGS, type FlagSetter } from './boot-gate.js';
/** Posts from which a build keeps V8's budget. */
export const SMALL_SITE_POSTS = 4000;


/** Whether node was started with an interrupt budget of its own (then its choice stands). */
export function userChoseInterruptBudget(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--interrupt[-_]budget(?:=|$)/.test(a));
}

/** Whether node was started with a young generation of its own (semi-space sizes or growth): then it is not held. */
export function userChoseYoungGeneration(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--(?:(?:max|min)[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor|max[-_]young[-_]generation[-_]size)(?:=|$)/.test(a));
}

// Per thread, on a global symbol: the loader's bundle and the engine's (which starts render
// workers, parallel.ts) each have their own copy of this module.
const STATE: unique symbol = Symbol.for('kyll.interruptBudget') as never;
type State = { settled: boolean; raised: boolean };
const state = (): State => ((globalThis as { [STATE]?: State })[STATE] ??= { settled: false, raised: false });

/** Whether the engine of this thread runs under kyll's raised budget. */
export function interruptBudgetRaised(): boolean {
  return state().raised;
}

/** The engine is about to be compiled: the budget stays as it is from now on. */
export function settleInterruptBudget(): void {
  state().settled = true;
}

/** In a render worker, before its engine loads: the main thread's choice (the flag is the process's already). */
export function adoptInterruptBudget(raised: boolean): void {
  const s = state();
  if (s.settled) return;
  s.settled = true;
  s.raised = raised;
}

/**
 * Before a one-off build of the folder `source` loads the engine: raises V8's interrupt budget for
 * the process when the site's _posts holds fewer than SMALL_SITE_POSTS files. True when it did.
 */
export function tierUpForBuild(
  source: string,
  destination?: string,
  setFlags: FlagSetter = (flags) => v8().setFlagsFromString(flags),
  userChose: () => boolean = userChoseInterruptBudget,
): boolean {
  if (!tierUpWanted(source, destination, userChose)) return false;
  setFlags(TIER_UP_FLAGS);
  state().raised = true;
  return true;
}

/**
 * Whether a one-off build of `source` is to raise the budget (once per thread: the choice is
 * settled by the first call). The engine then compiles under V8's own budget, and the caller
 * raises it (tierUpForBuild now, boot-gate.ts once the build's threads have started).
 */
export function tierUpWanted(source: string, destination?: string, userChose: () => boolean = userChoseInterruptBudget): boolean {
  const s = state();
  if (s.settled) return false;
  s.settled = true;
  return !userChose() && countPosts(path.join(source, '_posts'), destination, SMALL_SITE_POSTS) < SMALL_SITE_POSTS;
}

/** A budget to be raised once the build's threads have started: the gate, and the main thread's probe. */
export interface LateRaise {
  readonly gate: BootGate;
  readonly probe: () => boolean;
}
// (looked up at each use, as state() is: a test starts afresh by deleting the global)
const lateState = (): { raise?: LateRaise; mainArrived?: boolean } => processWide('tierUpLate', () => ({}));

/** What tierUpAfterThreads reads of the process; tests give their own. */
export interface TierUpSeams {
  readonly setFlags?: FlagSetter;
  /** Whether node was given its own interrupt budget. */
  readonly userChose?: () => boolean;
  /** Whether node was given its own young generation. */
  readonly userChoseYoung?: () => boolean;
}

/**
 * Before a one-off build of `source` loads the engine: when the budget is to be raised or the
 * young generation held (`holdYoung`: the `kyll` command's build on one render thread, boot-gate.ts),
 * `start` starts the build's threads with the gate (each arrives once started)
 * and says how many it started; the main thread arrives once the engine is compiled
 * (mainThreadStarted). With no thread started, the flags are set then.
 */
export function tierUpAfterThreads(
  build: { readonly source: string; readonly destination: string | undefined; readonly holdYoung?: boolean },
  start: (gate: BootGate) => number,
  { setFlags = (flags) => v8().setFlagsFromString(flags), userChose = userChoseInterruptBudget, userChoseYoung = userChoseYoungGeneration }: TierUpSeams = {},
): void {
  const { source, destination, holdYoung = false } = build;
  const budget = tierUpWanted(source, destination, userChose);
  const hold = holdYoung && !userChoseYoung();
  if (!budget && !hold) return;
  const gate = bootGate(undefined, { budget, holdYoung: hold });
  const probe = flagProbe();
  const threads = start(gate);
  // With no thread to wait for, the main thread alone: raised once the engine is compiled and the
  // build's built-in modules are loaded (mainThreadStarted), which the raise would otherwise leave
  // to be compiled from source.
  lateState().raise = { gate, probe };
  expectParties(gate, threads + 1, setFlags);
}

/**
 * The main thread has compiled the engine: its arrival at the gate, if there is one, after
 * `preload` (built-in modules the build will load: loaded after the raise, they would be compiled from source).
 */
export function mainThreadStarted(preload: () => void = () => undefined, setFlags: FlagSetter = (flags) => v8().setFlagsFromString(flags)): void {
  // Once: the `kyll` command's build goes through the library's renderSite too (entries/engine.ts).
  const late = lateState();
  if (late.raise === undefined || late.mainArrived) return;
  late.mainArrived = true;
  preload();
  arriveAtGate(late.raise.gate, setFlags);
}

/** The late raise of this process, once it happened: code cache data is then made under underStartFlags. */
export function lateRaise(): LateRaise | undefined {
  const late = lateState();
  return gateRaised(late.raise?.gate) ? late.raise : undefined;
}
