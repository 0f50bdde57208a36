// An empty entry of a block sequence (`-` and nothing after it on its line) whose next line holds a
// `- ` left of it: libyaml ends that sequence there (the less indented `-` is an outer sequence's
// entry), so `- -\n- b` is [[nil], "b"] in Psych; js-yaml 4's readBlockSequence, having pushed the
// empty entry, takes the next `-` as its own whatever its indentation ([[nil, "b"]]). Such an entry
// is read as `- ~` (a null, as Psych's empty plain scalar is), which js-yaml ends as libyaml does.
// Checked against Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) in test/read/yaml-empty-entry.test.ts.
import type jsyaml from 'js-yaml';

// A line whose last token is a `-` indicator: only texts with one are looked at.
const EMPTY_ENTRY = /^[ \t]*(?:-[ \t]+)*-[ \t]*(?:#.*)?\r?$/m;
export const mayHaveEmptyEntry = (text: string): boolean => EMPTY_ENTRY.test(text);

/**
 * `text` with a `~` after each empty entry that a less indented `- ` line follows, or undefined when
 * it has none. `load` parses a text with a listener: only a `~` where js-yaml then opens a node is
 * kept (a `-` line inside a block or quoted scalar is text).
 */
export function emptyEntriesFilled(text: string, load: (text: string, listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown): string | undefined {
  const entries = candidates(text);
  if (entries.length === 0) return undefined;
  const filled = fill(text, entries);
  const opened = new Set<number>();
  try {
    load(filled, (event, state) => {
      if (event === 'open') opened.add(nodeStart(filled, state.position));
    });
  } catch {
    // the nodes js-yaml opened before it stopped
  }
  // each `~` lies two characters further on for each one before it
  const kept = entries.filter((at, k) => opened.has(at + 2 * k + 1));
  return kept.length > 0 ? fill(text, kept) : undefined;
}

/** The offsets just past each empty entry's `-` that a less indented `- ` line follows. */
function candidates(text: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  let offset = 0;
  for (let n = 0; n < lines.length; offset += lines[n]!.length + 1, n++) {
    const m = /^([ \t]*(?:-[ \t]+)*)-[ \t]*(?:#.*)?\r?$/.exec(lines[n]!);
    if (!m) continue;
    const column = m[1]!.length;
    let next = n + 1;
    while (next < lines.length && /^[ \t]*(?:#.*)?\r?$/.test(lines[next]!)) next++;
    const item = next < lines.length ? /^( *)-(?:[ \t\r]|$)/.exec(lines[next]!) : null;
    if (item && item[1]!.length < column) out.push(offset + column + 1);
  }
  return out;
}

function fill(text: string, at: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const i of at) {
    out += `${text.slice(from, i)} ~`;
    from = i;
  }
  return out + text.slice(from);
}

/** Past blanks and breaks: where the node opened at `from` begins. */
function nodeStart(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  return i;
}
