// The lines Ruby Liquid gives a template's nodes where they are not where the node starts
// (./lax/source.ts finds them: newlines around a tag's name, the token after a `liquid` tag),
// or where liquidjs's parts of a node spanning lines start on a later line than the node.
// They go on the parsed tokens as `rubyLine`, which an error's message reads (errors.ts
// failureLine); the error's place in the file stays the token's own line.
import type { RubyLines } from './lax/source.js';
import { walkParsed } from './walk-parsed.js';

interface Relinable {
  input?: unknown;
  begin?: unknown;
  rubyLine?: number;
}

/** Gives each token of `parsed` (templates, or an error) that begins in a range of `lines` in `text` that range's line. */
export function relineTokens(parsed: unknown, text: string, lines: RubyLines): void {
  if (lines.length === 0) return;
  walkParsed(parsed, (node) => {
    const token = node as Relinable;
    if (token.input === text && typeof token.begin === 'number') {
      const line = lineAt(lines, token.begin);
      if (line !== undefined) token.rubyLine = line;
    }
  });
}

/** The line of the range (in order, apart) that holds `offset`. */
function lineAt(lines: RubyLines, offset: number): number | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [begin, end, line] = lines[mid]!;
    if (offset < begin) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return line;
  }
  return undefined;
}
