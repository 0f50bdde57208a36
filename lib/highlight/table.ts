// Rouge::Formatters::HTMLTable (formatters/html_table.rb): line numbers in a gutter cell next to
// the formatted code, as kramdown's `line_numbers` option and the highlight tag's `linenos` write.

import { rubySprintfInteger } from '../values/ruby-sprintf.js';

export interface TableOptions {
  /** :start_line (default 1) */
  readonly startLine?: number;
  /** :line_format, each line number through sprintf (default '%i') */
  readonly lineFormat?: string;
  /** :table_class, :gutter_class, :code_class (defaults rouge-table, rouge-gutter, rouge-code) */
  readonly tableClass?: string;
  readonly gutterClass?: string;
  readonly codeClass?: string;
}

/**
 * HTMLTable#stream around `formatted`, the HTML of `code`: one line number per newline of the
 * tokens, plus one (and a newline after the HTML) when the code does not end with a newline.
 * Spans that cross line ends stay whole.
 */
export function rougeTable(formatted: string, code: string, opts: TableOptions = {}): string {
  const start = opts.startLine ?? 1;
  let lines = 0;
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lines++;
  if (!code.endsWith('\n')) { lines++; formatted += '\n'; }
  let gutter = '';
  const format = opts.lineFormat;
  if (format === undefined || format === '%i') {
    for (let i = start; i < start + lines; i++) gutter += `${i}\n`;
  } else {
    for (let i = start; i < start + lines; i++) gutter += `${rubySprintfInteger(format, i)}\n`;
  }
  return (
    `<table class="${opts.tableClass ?? 'rouge-table'}"><tbody><tr><td class="${opts.gutterClass ?? 'rouge-gutter'} gl">` +
    `<pre class="lineno">${gutter}</pre></td><td class="${opts.codeClass ?? 'rouge-code'}"><pre>${formatted}</pre></td></tr></tbody></table>`
  );
}
