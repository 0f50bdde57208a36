// What the builder (builder.ts) keeps between updates: the prepared build with
// its units, and the last pass's outputs and diagnostics.
import type { PreparedBuild } from '../render/prepare-build.js';
import type { Diagnostic, OutputFile } from '../types.js';
import type { ModelPrints } from './changes.js';
import type { Unit } from './units.js';
import type { WalkResult } from './walk.js';

export interface State extends Prepared {
  readonly walked: WalkResult;
  readonly prints: ModelPrints;
  readonly files: readonly OutputFile[];
  readonly byPath: Map<string, OutputFile>;
  /** What the last pass reported, in render order. */
  readonly diagnostics: readonly Diagnostic[];
  /** URL conflicts (they change only when the site is read again). */
  readonly conflicts: readonly Diagnostic[];
}

export interface Prepared {
  readonly build: PreparedBuild;
  readonly units: readonly Unit[];
  /** Diagnostics of the read and generate steps. */
  readonly prepared: readonly Diagnostic[];
  /**
   * The JavaScript plugins (`_plugins`, given ones). What their code reads is
   * not recorded: with any of them every update reads the site again (their
   * generators run again), and the outputs that ran their code render again
   * (plugin-reads.ts); with site render hooks, everything does.
   */
  readonly pluginNames: readonly string[];
  readonly opaque: boolean;
  /**
   * Its templates use {% increment %} or {% decrement %}: the counters go on from one
   * output to the next through the whole build (counters.ts), so every change renders
   * everything again, in order, from counters at zero. So does a build whose outputs depend on
   * the whole render's order otherwise (PreparedBuild#wholeInOrder).
   */
  readonly counted: boolean;
}
