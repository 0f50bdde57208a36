// The lines Ruby Liquid gives a template's nodes where they are not where the node starts
// (./lax/source.ts finds them: newlines around a tag's name, the token after a `liquid` tag).
// They go on the parsed tokens as `rubyLine`, which an error's message reads (errors.ts
// failureLine); the error's place in the file stays the token's own line.

const SKIP = new Set(['liquid', 'parser', 'tokenizer', 'input', 'file', 'str', 'raw']);

interface Relinable {
  input?: unknown;
  begin?: unknown;
  rubyLine?: number;
}

/** Gives each token of `parsed` (templates, or an error) that begins at a key of `lines` in `text` its Ruby line. */
export function relineTokens(parsed: unknown, text: string, lines: ReadonlyMap<number, number>): void {
  if (lines.size === 0) return;
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const token = node as Relinable;
    if (token.input === text && typeof token.begin === 'number') {
      const line = lines.get(token.begin);
      if (line !== undefined) token.rubyLine = line;
    }
    for (const key of Object.keys(node)) if (!SKIP.has(key)) visit((node as Record<string, unknown>)[key]);
  };
  visit(parsed);
}
