// libyaml's scanner refuses, inside a flow collection, a plain scalar with a `:` right before one of
// `,?[]{}` (`[a:]`, `tags: [a:}`, `{a: b:]`): "found unexpected ':' while scanning a plain scalar",
// at the scalar's start (libyaml scanner.c yaml_parser_scan_plain_scalar; Psych names the context
// mark). js-yaml reads `[a:]` as a key with no value and `[a:}` as a missed comma. Checked against
// Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) on each variant in test/read/yaml-psych-error.test.ts.
import jsyaml from 'js-yaml';
import { place } from './yaml-lines.js';

export const FLOW_COLON_REASON = "found unexpected ':' while scanning a plain scalar";

// Only a text holding such a pair is scanned (the build's common texts never are).
const COLON_BEFORE_FLOW = /:[,?[\]{}]/;
export const mayHaveFlowColon = (text: string): boolean => COLON_BEFORE_FLOW.test(text);

const FLOW_END = ',[]{}';
const isBlank = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The error for the first such scalar in a flow collection of `text`, unless js-yaml stops before it
 * (that error is the first one then). `load` reads `text` with a listener: it shows where the flow
 * collections begin (a `[` or `{` where a node opens), so that block scalars and quotes are no concern here.
 */
export function flowColonError(text: string, load: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown): jsyaml.YAMLException | undefined {
  const starts: number[] = [];
  let stoppedAt = Infinity;
  try {
    load((event, state) => {
      if (event === 'open') starts.push(state.position);
    });
  } catch (e) {
    if (e instanceof jsyaml.YAMLException && e.mark) stoppedAt = e.mark.position;
  }
  let scannedTo = -1;
  for (const open of starts) {
    const start = nodeStartAt(text, open);
    if (start <= scannedTo || (text[start] !== '[' && text[start] !== '{')) continue;
    const found = scanFlow(text, start);
    if (typeof found === 'object') {
      if (found.scalar > stoppedAt) return undefined;
      const { line, column } = place(text, found.scalar);
      return new jsyaml.YAMLException(FLOW_COLON_REASON, { name: null, buffer: text, position: found.scalar, line, column, snippet: null } as never);
    }
    scannedTo = found;
  }
  return undefined;
}

/** Past spaces, breaks, comments, tags and anchors: where the node opened at `from` begins. */
function nodeStartAt(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if ((c === '!' || c === '&') && i + 1 < text.length) while (i < text.length && !isBlank(text[i])) i++;
    else return i;
  }
}

/** The flow collection at `start` read as libyaml's scanner does: the refused scalar's start, or the index past its end. */
function scanFlow(text: string, start: number): { scalar: number } | number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '[' || c === '{') {
      depth++;
      i++;
    } else if (c === ']' || c === '}') {
      i++;
      if (--depth === 0) return i;
    } else if (c === ',' || isBlank(c)) i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '"' || c === "'") i = pastQuoted(text, i);
    // indicators: a flow context's `:` is a value indicator at a token's start (fetch_next_token), `?` and `-` before a blank
    else if (c === ':' || ((c === '?' || c === '-') && isBlank(text[i + 1]))) i++;
    else if (c === '&' || c === '!' || c === '*') while (i < text.length && !isBlank(text[i]) && !FLOW_END.includes(text[i]!)) i++;
    else {
      // a plain scalar: it runs on over blanks and breaks, up to `: `, a flow indicator or a comment
      const scalar = i;
      for (;;) {
        while (i < text.length && !isBlank(text[i])) {
          const d = text[i]!;
          if (d === ':' && text[i + 1] !== undefined && ',?[]{}'.includes(text[i + 1]!)) return { scalar };
          if ((d === ':' && isBlank(text[i + 1])) || FLOW_END.includes(d)) break;
          i++;
        }
        if (i >= text.length || !isBlank(text[i])) break;
        while (i < text.length && isBlank(text[i])) i++;
        // `#` after a blank ends it, and so do the document markers at a line's start
        if (text[i] === '#' || (text[i - 1] === '\n' && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(i, i + 4)))) break;
      }
    }
  }
  return i;
}

/** Past a quoted scalar opened at `at` (`''` in single quotes, a backslash escape in double ones). */
function pastQuoted(text: string, at: number): number {
  const q = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return text.length;
}
