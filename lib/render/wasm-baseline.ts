// libsass runs on V8's baseline WebAssembly compiler only (Liftoff, `--liftoff-only`).
// By default V8 compiles each libsass function with Liftoff when it is first
// called, then again with TurboFan (on background threads) once it has run
// for a while: for the one or few stylesheets of a build, that optimising work
// costs far more than it saves (measured, one process compiling the themed
// bench's style.scss: 0.65 s of CPU with tier-up, 0.30 s with Liftoff only;
// Bootstrap 4: 2.3 s and 0.95 s; a second compile of Bootstrap in the same
// process is not slower either, 0.29 s against 0.38-0.47 s). The CSS is the
// same: both compilers run the same code.
//
// V8's flags belong to the whole process, and Liftoff-or-TurboFan is decided
// as the code runs, not when the module is made: so the flag is set for each
// synchronous libsass call and set back after it, and left alone when the
// process was started with a WebAssembly tiering flag of its own. Setting
// `--liftoff-only` also turns off `--wasm-tier-up` and `--wasm-dynamic-tiering`
// (V8's flag implications), and `--no-liftoff-only` does not turn them on
// again: setting back is all three, to V8's defaults (checked: after that,
// another module tiers up as in a process that never set the flag).
//
// With the same flags V8 validates libsass's functions lazily, each when it is
// first compiled, not all of the 2.2 MB module when it is made
// (`--wasm-lazy-validation`): making the module took 19-20 ms of CPU, 10-12 ms
// so (the functions a build calls are validated all the same).
// node:v8 on first use (a site with Sass): loading it costs ~30M instructions (callgrind).
const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');

/** The flags set for libsass's calls. */
export const WASM_BASELINE = '--liftoff-only --wasm-lazy-validation';
/** V8's flags for WebAssembly tiers and validation as they are by default (node --v8-options). */
export const WASM_TIER_DEFAULTS = '--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering --no-wasm-lazy-validation';

/** Sets V8 flags (v8.setFlagsFromString); a parameter so that tests can watch. */
export type FlagSetter = (flags: string) => void;

const setV8Flags: FlagSetter = (flags) => v8().setFlagsFromString(flags);

/** Whether node was started with a flag about Liftoff, WebAssembly tier-up or validation (then its choice stands). */
export function userChoseWasmTiers(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--(?:no-)?(?:liftoff|wasm[-_](?:dynamic[-_]tiering|tier[-_]up|tiering|lazy[-_]validation))/.test(a));
}

let leaveAlone: boolean | undefined;
let keptByBuild = false;

/**
 * Leaves V8's WebAssembly tier flags alone in this thread's libsass calls from now on. V8's flags
 * belong to the whole process and are part of the hash it checks in a code cache: a render worker
 * loading the engine while a libsass call has them set would reject the cache (sass-thread.ts).
 */
export function keepWasmTiers(keep: boolean): void {
  keptByBuild = keep;
}

/** Runs `work` (synchronous WebAssembly) with `--liftoff-only` and lazy validation, then sets the flags back. */
export function withBaselineWasm<T>(work: () => T, setFlags: FlagSetter = setV8Flags, userChose: boolean = (leaveAlone ??= userChoseWasmTiers())): T {
  if (userChose || keptByBuild) return work();
  setFlags(WASM_BASELINE);
  try {
    return work();
  } finally {
    setFlags(WASM_TIER_DEFAULTS);
  }
}
