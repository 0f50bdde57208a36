// Finding and replacing a literal text in a whole page, as replace, remove and remove_first do
// (String#gsub / String#sub with a string pattern). jekyll-compress-html's layout (many themes)
// runs some 170 of them over every page: ` <div` → `<div`, `</li>` → '', and so on.
import { addTrigrams, lacks, summarize, type TrigramSummary } from './trigram-summary.js';

/**
 * `text.indexOf(pattern, from)`, faster for the patterns such layouts use. V8 looks for a pattern
 * of up to six characters by its first character (memchr), then compares; for a longer one it
 * uses Boyer-Moore-Horspool, whose skips are short when the pattern ends in a common character.
 * With a space first (` <div`), the first way stops at every space of the page, ten times slower
 * than for `<div`; `</div> ` and ` <address` go the second way, slower than memchr over a page
 * with a `<` every few dozen characters. Here a pattern is looked for by its first six characters
 * that are not leading or trailing whitespace, and each place found is checked for the whole of
 * it; after many places that are not it, V8's own search goes on. (compress-html's ~185 patterns
 * over 300 of chirpy's pages: 1.1 s of CPU with indexOf, 0.7 s this way.)
 */
export function findLiteral(text: string, pattern: string, from: number): number {
  const n = pattern.length;
  let lead = 0;
  while (lead < n && isSpace(pattern.charCodeAt(lead))) lead++;
  if (lead === n || (lead === 0 && n <= ANCHOR)) return text.indexOf(pattern, from);
  let end = n;
  while (isSpace(pattern.charCodeAt(end - 1))) end--;
  const anchor = pattern.slice(lead, Math.min(end, lead + ANCHOR));
  let misses = 0;
  for (let at = Math.max(from, 0) + lead; ; at++) {
    at = text.indexOf(anchor, at);
    if (at < 0) return -1;
    if (text.startsWith(pattern, at - lead)) return at - lead;
    if (++misses > MAX_MISSES) return text.indexOf(pattern, at - lead + 1);
  }
}

const ANCHOR = 6;
const MAX_MISSES = 16;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// A text searched again and again, each result the next text (compress-html's ~185 patterns over a
// page, 3 in 4 of them not in it), is summed up once (trigram-summary.ts): a pattern the summary
// lacks is not looked for. A result inherits its text's summary with the sequences around each
// replaced place added: a summary of more than the result has, which only costs searches.
let chain: { text: string; searches: number; summary?: TrigramSummary } | undefined;

/** Searches along a chain before its text is summed up (one costs about a search). */
const SUMMARIZE_AT = 3;
/** Shorter texts are searched as they are. */
const SUMMARIZE_FROM = 4096;

/**
 * `text` with every occurrence of a non-empty `pattern` replaced by `rep` taken as it is; `text`
 * itself (no copy) when there is none. The result is built by one join of the pieces between the
 * matches, a flat string: built by `+`, the next filter's search would first copy it flat.
 */
export function replaceAllLiteral(text: string, pattern: string, rep: string): string {
  // (a short text in between, such as compress-html's list of edges, leaves the chain as it is)
  if (text.length < SUMMARIZE_FROM) return piecesBetween(text, pattern)?.join(rep) ?? text;
  const link = chain !== undefined && chain.text === text ? chain : { text, searches: 0, summary: undefined };
  link.searches++;
  chain = link;
  if (link.summary === undefined && link.searches >= SUMMARIZE_AT) link.summary = summarize(text);
  const summary = link.summary;
  if (summary !== undefined && pattern.length >= 3 && lacks(summary, pattern)) return text;
  const pieces = piecesBetween(text, pattern);
  if (pieces === undefined) return text;
  const result = pieces.join(rep);
  if (summary !== undefined) {
    let end = 0;
    for (let i = 0; i < pieces.length - 1; i++) {
      end += pieces[i]!.length;
      addTrigrams(summary, result, end - 2, end + rep.length + 2);
      end += rep.length;
    }
  }
  chain = { text: result, searches: link.searches, summary };
  return result;
}

/** The parts of `text` between the occurrences of `pattern`, or undefined when it has none. */
function piecesBetween(text: string, pattern: string): string[] | undefined {
  let at = findLiteral(text, pattern, 0);
  if (at < 0) return undefined;
  const pieces: string[] = [];
  let from = 0;
  do {
    pieces.push(text.slice(from, at));
    from = at + pattern.length;
    at = findLiteral(text, pattern, from);
  } while (at >= 0);
  pieces.push(text.slice(from));
  return pieces;
}
