// How the CLI prints results and errors: the only place that writes to the terminal.
import { KyllError } from '../errors/kyll-error.js';
import type { Diagnostic, RenderResult } from '../types.js';
import { floatToS } from '../values/ruby-float.js';
import { ansi, RED, YELLOW } from './log-colors.js';

export interface Printer {
  out(line: string): void;
  err(line: string): void;
  /** Whether it shows Jekyll's colours (log-colors.ts): the terminal's printer does, a caller's capturing one not unless it says so. */
  readonly colors?: boolean;
}

export const consolePrinter: Printer = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  colors: true,
};

/** Prints `line` as Jekyll's logger prints a warning: on stderr, yellow on a printer that colours (log-colors.ts). */
export function warnLine(p: Printer, line: string): void {
  p.err(p.colors ? ansi(line, YELLOW) : line);
}

/** Prints `line` as Jekyll's logger prints an error: on stderr, red on a printer that colours (log-colors.ts). */
export function errorLine(p: Printer, line: string): void {
  p.err(p.colors ? ansi(line, RED) : line);
}

/** `text` in Colorator's `color` on a printer that colours (a cyan path in an info line). */
export function colored(p: Printer, text: string, color: number): string {
  return p.colors ? ansi(text, color) : text;
}

/**
 * LogAdapter#message: every run of Ruby whitespace (\s: space, tab, CR, LF, FF, VT) in a message
 * becomes one space, so a Liquid warning quoting `post in site.posts  | limit:5` prints one space.
 */
export function logText(message: string): string {
  return message.replace(/[ \t\r\n\f\v]+/g, ' ');
}

/**
 * A topic Jekyll's words start with (`Build Warning:`, `Liquid Exception:`, `Sort warning:`, `Jekyll Feed:`):
 * up to three words and a colon, no quotes or paths (`Empty \`slug\` generated for 'a: b'` has none).
 */
const TOPIC = /^([A-Z][\w-]*(?: [\w-]+){0,2}:) (?=\S)/;

/** Jekyll's messages logged as a topic with no message: a path and Ruby's error follow the words. */
const TOPIC_ONLY = /^(?:YAML Exception reading|Error reading file) /;

/**
 * A warning or an error as Jekyll's logger prints it (LogAdapter#message, formatted_topic): its topic
 * right-aligned in 20 columns, then the message; a message that has no topic of its own gets the
 * level's (`Warning:`, `Error:`), as Jekyll's callers that log without one do.
 */
export function jekyllWarningLine(level: 'warning' | 'error', message: string): string {
  // warned as a topic alone (Convertible#read's `YAML Exception reading PATH: ...`, `Error reading file PATH: ...`):
  // the topic and its space, right-aligned
  if (level === 'warning' && TOPIC_ONLY.test(message)) return jekyllLine(message, '');
  const topic = TOPIC.exec(message)?.[1];
  if (topic) return jekyllLine(topic, message.slice(topic.length + 1));
  return jekyllLine(level === 'error' ? 'Error:' : 'Warning:', message);
}

/** jekyll-watch's Watcher#process after a rebuild: `...done in` (Time - Time, a Float in full), then an empty info line. */
export function rebuiltLines(ms: number): string[] {
  return [jekyllLine('', `...done in ${floatToS(Math.round(ms * 1e6) / 1e9)} seconds.`), jekyllLine('', '')];
}

/** LogAdapter#formatted_topic then the message: `topic ` right-aligned in 20 columns (longer ones as they are). */
export function jekyllLine(topic: string, message: string): string {
  return `${`${topic} `.padStart(20)}${message}`;
}

/** The diagnostics in the order they came, on stderr as Jekyll logs them; `debug` ones only when `verbose` (Jekyll's --verbose), on stdout. */
export function printDiagnostics(diags: readonly Diagnostic[], p: Printer, verbose = false): void {
  for (const diag of diags) {
    const d = { ...diag, message: logText(diag.message) };
    if (d.level === 'debug') {
      if (verbose) p.out(jekyllDebugLine(d.message));
      continue;
    }
    // A message in Jekyll's words (its topic first) is printed as Jekyll prints it; kyll's own name the file when they do not.
    const where = d.file && !d.message.includes(d.file) && !TOPIC.test(d.message) ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
    const print = d.level === 'error' ? errorLine : warnLine;
    print(p, jekyllWarningLine(d.level, `${d.message}${where}`));
    // Jekyll logs a warning's further lines with an empty topic: 20 spaces, then the line
    for (const line of d.more ?? []) print(p, jekyllLine('', logText(line)));
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
  // the first line as Jekyll's logger gives it (`  Liquid Exception: ...`, `             Error: ...`), then kyll's place and code frame
  if (err instanceof KyllError) {
    errorLine(p, jekyllWarningLine('error', err.message));
    if (err.file) p.err(`  at ${err.file}${err.line ? `:${err.line}` : ''}${err.column ? `:${err.column}` : ''}`);
    if (err.frame) p.err(err.frame.split('\n').map((l) => `  ${l}`).join('\n'));
    if (err.hint) p.err(`  hint: ${err.hint}`);
    if (trace) p.err(String(err.stack));
  } else if (err instanceof Error) {
    errorLine(p, jekyllWarningLine('error', err.message));
    if (trace || process.env.KYLL_DEBUG) p.err(String(err.stack));
  } else errorLine(p, jekyllWarningLine('error', String(err)));
}
