// replace and remove over a whole page, again and again, each result the next text: jekyll-compress-
// html's layout (many themes) runs some 170 of them over every page. Two things keep that cheap.
//
// The summary: a long text is summed up once as the 3-character sequences it has
// (trigram-summary.ts); a pattern the summary lacks (3 in 4 of compress-html's) is not looked for.
// A result inherits its text's summary plus the sequences around each replaced place: a summary
// of more than the result has, which only costs searches.
//
// The parts: a page of more than 64K characters holding any character past U+00FF takes two bytes
// a character, so a result built flat is over V8's 128 KB limit for ordinary objects and goes to
// its large-object space: an mmap, page faults, an munmap when it dies, 0.8 ms where a 60K page
// costs 0.05 ms (willianjusten.com.br's 2019 tree: 6 s of a 9 s build). So a long text is held as
// parts of at most PART_MAX characters, searched part by part (with the matches that cross from one
// part into the next), and only the parts with a match are built again. What the filter returns is
// the parts joined by `+`, a V8 cons string that costs nothing until something other than the next
// replace reads it, which flattens it once.
import { findLiteral } from './find-literal.js';
import { addTrigrams, lacks, summarize, type TrigramSummary } from './trigram-summary.js';

interface Link {
  /** the text the last replace returned (or the first one searched), the next one's input */
  text: string;
  searches: number;
  summary?: TrigramSummary;
  /** `text` as parts, when it is long enough */
  parts?: string[];
}

let chain: Link | undefined;

/** Searches along a chain before its text is summed up (one costs about a search). */
const SUMMARIZE_AT = 3;
/** Shorter texts are searched as they are. */
const SUMMARIZE_FROM = 4096;
/** Longer texts are held as parts... */
const PARTS_FROM = 32 * 1024;
/** ...cut at this length... */
const PART_CUT = 16 * 1024;
/** ...and cut again when one grows past this (two bytes a character: under 128 KB). */
const PART_MAX = 48 * 1024;
/** A part this short is joined to the next, so that a match crosses at most one edge; a longer
 * pattern is looked for in the flat text. */
const PART_MIN = 1024;

/**
 * `text` with every occurrence of a non-empty `pattern` replaced by `rep` taken as it is
 * (String#gsub with a string pattern and no `\` in the replacement); `text` itself when there is
 * none.
 */
export function replaceAllLiteral(text: string, pattern: string, rep: string): string {
  // (a short text in between, such as compress-html's list of edges, leaves the chain as it is)
  if (text.length < SUMMARIZE_FROM) return piecesBetween(text, pattern, 0)?.join(rep) ?? text;
  const link: Link = chain !== undefined && chain.text === text ? chain : { text, searches: 0 };
  link.searches++;
  chain = link;
  if (text.length >= PARTS_FROM && pattern.length <= PART_MIN) link.parts ??= cut([text]);
  else link.parts = undefined;
  if (link.summary === undefined && link.searches >= SUMMARIZE_AT) link.summary = summarizeParts(link.parts ?? [text]);
  const summary = link.summary;
  if (summary !== undefined && pattern.length >= 3 && lacks(summary, pattern)) return text;
  const parts = link.parts === undefined ? replaceInFlat(text, pattern, rep, summary) : replaceInParts(link.parts, pattern, rep, summary);
  if (parts === undefined) return text;
  const result = parts.length === 1 ? parts[0]! : joinCons(parts);
  chain = { text: result, searches: link.searches, summary, parts: parts.length === 1 ? undefined : parts };
  return result;
}

/** The parts of `text` between the occurrences of `pattern` from `from`, or undefined when it has none. */
function piecesBetween(text: string, pattern: string, from: number): string[] | undefined {
  let at = findLiteral(text, pattern, from);
  if (at < 0) return undefined;
  const pieces: string[] = [];
  do {
    pieces.push(text.slice(from, at));
    from = at + pattern.length;
    at = findLiteral(text, pattern, from);
  } while (at >= 0);
  pieces.push(text.slice(from));
  return pieces;
}

/** The replaced text as one flat string (one join of the pieces), or undefined when unchanged. */
function replaceInFlat(text: string, pattern: string, rep: string, summary: TrigramSummary | undefined): string[] | undefined {
  const pieces = piecesBetween(text, pattern, 0);
  if (pieces === undefined) return undefined;
  const result = pieces.join(rep);
  if (summary !== undefined) addReplacedPlaces(summary, result, pieces, rep);
  return [result];
}

/**
 * The parts with every occurrence replaced, or undefined when there is none. Left to right as
 * gsub goes: in each part the matches inside it, then one that starts in its last
 * `pattern.length - 1` characters (after the last match) and ends in the next part, whose first
 * characters it then takes. Parts without a match are kept as they are.
 */
function replaceInParts(parts: readonly string[], pattern: string, rep: string, summary: TrigramSummary | undefined): string[] | undefined {
  const m = pattern.length;
  let out: string[] | undefined;
  let taken = 0; // characters at the start of this part that a crossing match took
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    let pieces = piecesBetween(part, pattern, taken);
    const from = taken;
    taken = 0;
    if (next !== undefined && m > 1) {
      const last = pieces === undefined ? from : part.length - pieces[pieces.length - 1]!.length;
      const start = Math.max(last, part.length - m + 1);
      if (start < part.length) {
        const at = (part.slice(start) + next.slice(0, m - 1)).indexOf(pattern);
        if (at >= 0) {
          pieces ??= [part.slice(from)];
          pieces[pieces.length - 1] = part.slice(last, start + at);
          pieces.push('');
          taken = start + at + m - part.length;
        }
      }
    }
    if (pieces === undefined && from === 0) {
      out?.push(part);
      continue;
    }
    out ??= parts.slice(0, i);
    if (pieces === undefined) {
      out.push(part.slice(from));
      continue;
    }
    const replaced = pieces.join(rep);
    if (summary !== undefined) addReplacedPlaces(summary, replaced, pieces, rep);
    out.push(replaced);
  }
  if (out === undefined) return undefined;
  const even = cut(out);
  if (summary !== undefined) addEdges(summary, even);
  return even;
}

/** Adds to the summary the sequences around each place where `rep` went between `pieces`. */
function addReplacedPlaces(summary: TrigramSummary, result: string, pieces: readonly string[], rep: string): void {
  let end = 0;
  for (let i = 0; i < pieces.length - 1; i++) {
    end += pieces[i]!.length;
    addTrigrams(summary, result, end - 2, end + rep.length + 2);
    end += rep.length;
  }
}

/** The sequences that cross from one part into the next. */
function addEdges(summary: TrigramSummary, parts: readonly string[]): void {
  for (let i = 1; i < parts.length; i++) {
    const edge = parts[i - 1]!.slice(-2) + parts[i]!.slice(0, 2);
    addTrigrams(summary, edge, 0, edge.length);
  }
}

function summarizeParts(parts: readonly string[]): TrigramSummary {
  const summary = summarize(parts[0]!);
  for (let i = 1; i < parts.length; i++) addTrigrams(summary, parts[i]!, 0, parts[i]!.length);
  addEdges(summary, parts);
  return summary;
}

/**
 * The parts cut to PART_CUT characters where one is longer than PART_MAX, empty ones left out and
 * one shorter than PART_MIN joined to the next (all but the last are then at least PART_MIN long,
 * longer than any pattern looked for part by part). Slices of a flat string share its characters.
 */
function cut(parts: readonly string[]): string[] {
  const even: string[] = [];
  let short = '';
  for (const part of parts) {
    const text = short === '' ? part : short + part;
    if (text.length < PART_MIN) {
      short = text;
      continue;
    }
    short = '';
    let at = 0;
    for (; text.length - at > PART_MAX; at += PART_CUT) even.push(text.slice(at, at + PART_CUT));
    even.push(at === 0 ? text : text.slice(at)); // (the last piece: over PART_MAX - PART_CUT)
  }
  if (short !== '' || even.length === 0) {
    if (even.length === 0) even.push(short);
    else even[even.length - 1] += short;
  }
  return even;
}

/** The parts as one cons string: V8 joins two strings by `+` without copying them. */
function joinCons(parts: readonly string[]): string {
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i++) text += parts[i]!;
  return text;
}
