// What 3-character sequences a text has, as 2^16 bits of their hashes (a Bloom filter): a pattern
// with a sequence whose bit is not set is not in the text, known without reading it. Bits set
// for sequences a text no longer has only cost a search; a bit missing would lose a match.

export type TrigramSummary = Int32Array;

const BITS = 16;

function bit(c0: number, c1: number, c2: number): number {
  return Math.imul(c0 * 961 + c1 * 31 + c2, 0x9e3779b1) >>> (32 - BITS);
}

/** Sets the bits of the sequences that start at `from` .. `to - 3` of `text` (clamped to it). */
export function addTrigrams(summary: TrigramSummary, text: string, from: number, to: number): void {
  const start = Math.max(from, 0);
  const end = Math.min(to, text.length);
  if (end - start < 3) return;
  let c0 = text.charCodeAt(start);
  let c1 = text.charCodeAt(start + 1);
  for (let i = start + 2; i < end; i++) {
    const c2 = text.charCodeAt(i);
    const h = bit(c0, c1, c2);
    summary[h >>> 5]! |= 1 << (h & 31);
    c0 = c1;
    c1 = c2;
  }
}

export function summarize(text: string): TrigramSummary {
  const summary = new Int32Array(1 << (BITS - 5));
  addTrigrams(summary, text, 0, text.length);
  return summary;
}

/** Whether `pattern` (3 characters or more) surely is not in the summed-up text. */
export function lacks(summary: TrigramSummary, pattern: string): boolean {
  for (let i = 2; i < pattern.length; i++) {
    const h = bit(pattern.charCodeAt(i - 2), pattern.charCodeAt(i - 1), pattern.charCodeAt(i));
    if ((summary[h >>> 5]! & (1 << (h & 31))) === 0) return true;
  }
  return false;
}
