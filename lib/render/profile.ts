// `--profile`: how long each template took, as Jekyll's LiquidRenderer
// collects it (liquid_renderer.rb#measure_time, #measure_bytes, #increment_count)
// and Jekyll::Profiler prints it (profiler.rb): one row per file (a document,
// a layout or an include), rendered N times, B bytes out, T seconds in all.
import type { ProfileRow } from '../types.js';

export interface RenderProfile {
  /** Notes one render of `file`. */
  record(file: string, bytes: number, ms: number): void;
  /** The rows, slowest first (LiquidRenderer#stats_table sorts by time). */
  rows(): ProfileRow[];
}

export function createRenderProfile(): RenderProfile {
  const stats = new Map<string, { count: number; bytes: number; ms: number }>();
  return {
    record(file, bytes, ms) {
      const s = stats.get(file) ?? { count: 0, bytes: 0, ms: 0 };
      s.count += 1;
      s.bytes += bytes;
      s.ms += ms;
      stats.set(file, s);
    },
    rows: () => [...stats].map(([file, s]) => ({ file, ...s })).sort((a, b) => b.ms - a.ms),
  };
}

/** Times `render` and records its output under `file` when profiling. */
export function measured(profile: RenderProfile | undefined, file: string, render: () => string): string {
  if (!profile) return render();
  const t = performance.now();
  const out = render();
  profile.record(file, Buffer.byteLength(out, 'utf8'), performance.now() - t);
  return out;
}
