/**
 * A few lines of `text` around 1-based `line`, numbered, with a caret under
 * `column`. Lines before `firstLine` (a file's front matter, when `text` is its
 * body padded to file lines) are not shown.
 */
export function codeFrame(text: string, line: number, column?: number, context = 2, firstLine = 1): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(firstLine, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line && column !== undefined && column > 0) {
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
    }
  }
  return out.join('\n');
}
