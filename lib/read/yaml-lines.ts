// The lines of a YAML text as libyaml's errors see them: positions, and each line's block shape.

export function place(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, column: position - lineStart };
}

export function lineAt(text: string, line: number): string {
  return text.split('\n')[line] ?? '';
}

/** A line's block structure: the column of a `- ` item and of a `key:` it holds. */
export interface LineShape {
  readonly indent: number;
  readonly item?: number;
  readonly key?: number;
}

// A simple key: quoted, or plain up to the `: ` (not a comment, item, flow collection or block scalar).
export const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#\-?:[\]{},|>!&*'"%@`][^#]*?|-[^\s][^#]*?)[ \t]*:(?:[ \t]|$)/;

export function shapeOf(line: string): LineShape | undefined {
  const body = line.replace(/\r$/, '');
  const indent = body.length - body.trimStart().length;
  const rest = body.slice(indent);
  if (rest === '' || rest.startsWith('#')) return undefined;
  if (/^-(?:[ \t]|$)/.test(rest)) {
    const after = rest.slice(1);
    const pad = after.length - after.trimStart().length;
    return { indent, item: indent, ...(KEY.test(after.trimStart()) ? { key: indent + 1 + pad } : {}) };
  }
  return KEY.test(rest) ? { indent, key: indent } : { indent };
}
