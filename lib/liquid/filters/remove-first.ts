// remove_first (String#sub with a string pattern and ''), without copying the whole text each
// time the same text comes back. jekyll-compress-html's layout (used by many themes, chirpy's
// among them) removes each HTML comment of a page from the whole page in turn:
// `{% assign _content = _content | remove_first: _comment %}` in a loop. Each result is the next
// input, and a plain `replace` copies the page and searches it again from its start: 137,000
// calls over 9.5 GB of text (15 s) for chirpy's 1,400 pages. Here the text last made is kept as
// its pieces (slices of the first input, never copied): when it comes back, the pattern is
// looked for piece by piece, and the result is the pieces joined by `+` (a string V8 copies
// only if something reads it whole).

import { findLiteral } from './find-literal.js';

let last: { text: string; pieces: string[] } | undefined;

/** `text` without the first occurrence of `pattern` (`text` itself when there is none). */
export function removeFirst(text: string, pattern: string): string {
  if (pattern === '') return text;
  // (pieces were made long enough for the last pattern: this one may be longer)
  const pieces = last !== undefined && last.text === text ? normalized(last.pieces, pattern.length) : [text];
  const at = findFirst(pieces, pattern);
  if (at === undefined) return text;
  const out = normalized(cut(pieces, at.piece, at.offset, pattern.length), pattern.length);
  const result = out.length === 0 ? '' : out.reduce((a, b) => a + b);
  last = { text: result, pieces: out };
  return result;
}

/** Where `pattern` first occurs: in a piece, or across the boundary after it (every piece is at least as long as the pattern). */
function findFirst(pieces: readonly string[], pattern: string): { piece: number; offset: number } | undefined {
  const m = pattern.length;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const inside = findLiteral(piece, pattern, 0);
    if (inside >= 0) return { piece: i, offset: inside };
    const next = pieces[i + 1];
    if (next === undefined || m < 2) continue;
    const from = piece.length - (m - 1);
    const across = (piece.slice(from) + next.slice(0, m - 1)).indexOf(pattern);
    if (across >= 0) return { piece: i, offset: from + across };
  }
  return undefined;
}

/** The pieces without `length` characters from `offset` in piece `i` (running into the next piece at most). */
function cut(pieces: readonly string[], i: number, offset: number, length: number): string[] {
  const piece = pieces[i]!;
  const out = pieces.slice(0, i);
  out.push(piece.slice(0, offset));
  const end = offset + length;
  if (end <= piece.length) {
    out.push(piece.slice(end));
    out.push(...pieces.slice(i + 1));
  } else {
    out.push(pieces[i + 1]!.slice(end - piece.length));
    out.push(...pieces.slice(i + 2));
  }
  return out;
}

/** No empty piece, and none shorter than the pattern (merged with its neighbour), so that a match spans two pieces at most. */
function normalized(pieces: string[], m: number): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    if (p === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && (prev.length < m || p.length < m)) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}
