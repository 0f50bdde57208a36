// `--verbose`: the lines Jekyll logs at debug level as it reads, renders and writes
// (Jekyll.logger.debug in renderer.rb, convertible.rb, document.rb...), kept as diagnostics of
// level `debug`, "<topic> <message>", in the order they happen; the CLI prints them as Jekyll's
// LogAdapter does (cli/report.ts). Only a verbose build keeps them.
import type { Diagnostic } from '../types.js';

export type DebugLine = (topic: string, message: string) => void;

/** A trail that adds each line to `diagnostics`. */
export function debugTrail(diagnostics: Diagnostic[]): DebugLine {
  return (topic, message) => void diagnostics.push({ level: 'debug', code: 'DEBUG', message: `${topic} ${message}` });
}
