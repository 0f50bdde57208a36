// Comparing what a long-lived build gives with a clean build's result: the
// files and diagnostics (or the error) as comparable text, and a short failure
// message naming the site, the seed, the edits so far and the first difference.
import type { RenderResult } from '../../lib/index.js';
import { folderTree } from '../helpers/folder-tree.js';
import { contentsByPath } from './edit-site.js';

/** The result, or the error it failed with, as comparable text. */
export async function outcome(p: Promise<RenderResult>): Promise<{ files: Array<[string, string]>; diagnostics: string[] } | { error: string[] }> {
  try {
    const r = await p;
    return { files: [...contentsByPath(r.files)], diagnostics: r.diagnostics.map((d) => d.message) };
  } catch (e) {
    const diagnostics = (e as { diagnostics?: ReadonlyArray<{ message: string }> }).diagnostics ?? [];
    return { error: [String(e), ...diagnostics.map((d) => d.message)] };
  }
}

export const tree = (root: string) => folderTree(root, 'base64');

/** Where two texts part, with some text before it. */
function around(got: string | undefined, want: string): { got: string | undefined; want: string } {
  if (got === undefined) return { got, want: want.slice(0, 400) };
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  const from = Math.max(0, i - 200);
  return { got: got.slice(from, i + 300), want: want.slice(from, i + 300) };
}

/** The first file (or the file list) where `got` differs from `want`, for a short failure message. */
export function firstDifference(got: unknown, want: unknown): unknown {
  if (!want || !got || typeof want !== 'object' || !('files' in want) || !('files' in (got as object))) return { got, want };
  const g = new Map((got as { files: Array<[string, string]> }).files);
  const w = new Map((want as { files: Array<[string, string]> }).files);
  for (const [p, t] of w) if (g.get(p) !== t) return { path: p, ...around(g.get(p), t) };
  for (const p of g.keys()) if (!w.has(p)) return { extra: p };
  return { diagnostics: { got: (got as unknown as { diagnostics: unknown }).diagnostics, want: (want as unknown as { diagnostics: unknown }).diagnostics } };
}

export const sameOutcome = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function fail(site: string, seed: number, steps: string[], how: string, got: unknown, want: unknown): never {
  throw new Error(`${site}, seed ${seed}: ${how} differs from a clean build after:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n${JSON.stringify(firstDifference(got, want), null, 1).slice(0, 3000)}`);
}

