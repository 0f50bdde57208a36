// The tables `--profile` prints, in the layout of Jekyll::Profiler
// (profiler.rb#profile_process, #tabulate): a phase summary, then the files
// that took longest (LiquidRenderer::Table, at most 50 rows, and a total row).
import type { RenderResult } from '../types.js';

const MAX_ROWS = 50;

export function profileTables(result: RenderResult): string[] {
  const t = result.timings;
  // Jekyll's six phases; kyll has no reset to time (each build starts fresh) and cleans up as it writes (in WRITE)
  const phases: [string, number | undefined][] = [['RESET', 0], ['READ', t.read], ['GENERATE', t.generate], ['RENDER', t.render], ['CLEANUP', 0], ['WRITE', t.write], ['TOTAL TIME', t.total]];
  const out = ['', 'Build Process Summary: ', '', ...table(['PHASE', 'TIME'], phases.map(([n, ms]) => [n, ((ms ?? 0) / 1000).toFixed(4)])), ' ', ''];
  const rows = result.profile ?? [];
  const shown = rows.slice(0, MAX_ROWS).map((r) => [r.file, String(r.count), kb(r.bytes), (r.ms / 1000).toFixed(3)]);
  const sum = (k: 'count' | 'bytes' | 'ms'): number => rows.reduce((a, r) => a + r[k], 0);
  shown.push([`TOTAL (for ${rows.length} files)`, String(sum('count')), kb(sum('bytes')), (sum('ms') / 1000).toFixed(3)]);
  out.push('Site Render Stats: ', '', ...table(['Filename', 'Count', 'Bytes', 'Time'], shown), ' ');
  return out;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)}K`;
}

/** Jekyll's tabulate: a header row, a `+---+` rule, the first column left-aligned and the rest right-aligned. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`, ...rows.map(line)];
}
