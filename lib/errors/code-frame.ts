/** The widest line a frame shows whole; a longer one (minified CSS, a one-line JSON) shows a window of it. */
const MAX_WIDTH = 160;

/**
 * A few lines of `text` around 1-based `line`, numbered, with a caret under
 * `column`. Lines before `firstLine` (a file's front matter, when `text` is its
 * body padded to file lines) are not shown. Lines wider than MAX_WIDTH show the
 * window around the column (the same window on every line, so columns align), `…` where cut.
 */
export function codeFrame(text: string, line: number, column?: number, context = 2, firstLine = 1): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(firstLine, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const start = column !== undefined && column > MAX_WIDTH / 2 ? column - 1 - MAX_WIDTH / 2 : 0;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(width)} | ${clip(lines[n - 1] ?? '', start)}`);
    if (n === line && column !== undefined && column > 0) {
      const lead = start > 0 ? 1 : 0; // the `…` before the window
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1 - start + lead)}^`);
    }
  }
  return out.join('\n');
}

function clip(text: string, start: number): string {
  if (text.length <= MAX_WIDTH && start === 0) return text;
  const shown = text.slice(start, start + MAX_WIDTH);
  return `${start > 0 && text.length > 0 ? '…' : ''}${shown}${start + MAX_WIDTH < text.length ? '…' : ''}`;
}
