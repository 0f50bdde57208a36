// How the CLI prints results and errors: the only place that writes to the terminal.
import { KyllError } from '../errors/kyll-error.js';
import type { Diagnostic, RenderResult } from '../types.js';

export interface Printer {
  out(line: string): void;
  err(line: string): void;
}

export const consolePrinter: Printer = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

/**
 * LogAdapter#message: every run of Ruby whitespace (\s: space, tab, CR, LF, FF, VT) in a message
 * becomes one space, so a Liquid warning quoting `post in site.posts  | limit:5` prints one space.
 */
export function logText(message: string): string {
  return message.replace(/[ \t\r\n\f\v]+/g, ' ');
}

/** The diagnostics in the order they came; `debug` ones only when `verbose` (Jekyll's --verbose). */
export function printDiagnostics(diags: readonly Diagnostic[], p: Printer, verbose = false): void {
  for (const diag of diags) {
    const d = { ...diag, message: logText(diag.message) };
    if (d.level === 'debug') {
      if (verbose) p.out(jekyllDebugLine(d.message));
      continue;
    }
    // Jekyll's wording often names the file already; add it only when it does not.
    const where = d.file && !d.message.includes(d.file) ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
    // a message in Jekyll's words may start with the same topic (jekyll-gist's "Warning: The <noscript>...")
    const label = `${d.level === 'error' ? 'Error' : 'Warning'}: `;
    p.err(`${d.message.startsWith(label) ? '' : label}${d.message}${where}`);
    // Jekyll logs a warning's further lines with an empty topic: 20 spaces, then the line
    for (const line of d.more ?? []) p.err(`${''.padStart(20)}${logText(line)}`);
  }
}

/**
 * A debug line as Jekyll's LogAdapter prints it: the topic (up to its first colon) right-aligned
 * in 20 columns with a space after it, then the message (`           Reading: about.md`).
 */
export function jekyllDebugLine(message: string): string {
  const colon = message.indexOf(': ');
  // a topic without a colon and no message (`Generating...`): the topic and its space, right-aligned
  if (colon < 0) return message.endsWith(' ') ? message.padStart(20) : message;
  return `${message.slice(0, colon + 2).padStart(20)}${message.slice(colon + 2)}`;
}

// (--verbose lists what is written with Jekyll's `Writing:` lines, among the diagnostics)
export function printResult(result: RenderResult, p: Printer, _verbose: boolean): void {
  const t = result.timings;
  p.out(
    `kyll: ${result.files.length} files written to ${result.destination ?? '(memory)'} in ${(t.total! / 1000).toFixed(3)} s ` +
      `(read ${fmt(t.read)}, render ${fmt(t.render)}, write ${fmt(t.write)})`,
  );
}

function fmt(ms: number | undefined): string {
  return `${Math.round(ms ?? 0)} ms`;
}

/** Prints an error as a user can act on it; with `trace` (--trace) the stack too. */
export function printError(err: unknown, p: Printer, trace = false): void {
  if (err instanceof KyllError) {
    p.err(`Error: ${err.message}`);
    if (err.file) p.err(`  at ${err.file}${err.line ? `:${err.line}` : ''}${err.column ? `:${err.column}` : ''}`);
    if (err.frame) p.err(err.frame.split('\n').map((l) => `  ${l}`).join('\n'));
    if (err.hint) p.err(`  hint: ${err.hint}`);
    if (trace) p.err(String(err.stack));
  } else if (err instanceof Error) {
    p.err(`Error: ${err.message}`);
    if (trace || process.env.KYLL_DEBUG) p.err(String(err.stack));
  } else p.err(`Error: ${String(err)}`);
}
