// The colours of Jekyll's logger: Stevenson#warn colours its whole line yellow and #error red
// (Colorator's String#yellow, #red: ESC[33m / ESC[31m, then ESC[0m), whatever the output is: Colorator
// asks no terminal, so a log piped to a file has them too. Info and debug lines have none.

export const YELLOW = 33;
export const RED = 31;
export const CYAN = 36;

/** Colorator#colorize: `text` between the colour's escape and the reset. */
export function ansi(text: string, color: number): string {
  return `\x1b[${color}m${text}\x1b[0m`;
}
