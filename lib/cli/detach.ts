// `kyll serve --detach` (-B): the server runs on in a background process and
// the command returns, printing its PID as Jekyll does (Serve#boot_or_detach).
// The background process is a `kyll serve` like any other (it builds, watches
// and reloads); until it answers, what it prints is relayed here, so a busy
// port or a broken site still shows, with its exit code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliOptions } from './args.js';
import { jekyllLine, warnLine, type Printer } from './report.js';

/**
 * Serve#validate_options: -l with -B warns that they are mutually exclusive and serves with live
 * reload, not detached. (kyll's live reload is on unless --no-livereload; only an -l given says so.)
 */
export function livereloadOverDetach(opts: CliOptions, printer: Printer): CliOptions {
  if (!opts.detach || !opts.livereloadGiven) return opts;
  warnLine(printer, jekyllLine('Warning:', '--detach and --livereload are mutually exclusive. Choosing --livereload'));
  return { ...opts, detach: false };
}

/** Set in the background process: it reports over IPC, then lets go. */
export const DETACHED_ENV = 'KYLL_DETACHED';

type Message = { line: string; stream: 'out' | 'err' } | { ready: number };

/** Starts `kyll` with `argv` (less the detach flag) in the background; resolves once it serves (0) or failed (its code). */
export function detach(argv: readonly string[], printer: Printer): Promise<number> {
  const bin = fileURLToPath(new URL('./bin.js', import.meta.url));
  const args = argv.filter((a) => a !== '-B' && a !== '--detach');
  const child = spawn(process.execPath, [bin, ...args], { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], env: { ...process.env, [DETACHED_ENV]: '1' } });
  return new Promise((resolve) => {
    child.on('message', (m: Message) => {
      if ('line' in m) return printer[m.stream](m.line);
      printer.out(`Server detached with pid '${m.ready}'. Run \`kill ${m.ready}' to stop the server.`);
      child.removeAllListeners('exit');
      if (child.connected) child.disconnect();
      child.unref();
      resolve(0);
    });
    child.once('exit', (code) => resolve(code ?? 1));
    child.once('error', (e) => {
      printer.err(`kyll: cannot start the server in the background: ${e.message}`);
      resolve(1);
    });
  });
}

/**
 * In the background process: a printer that relays to the parent until
 * `ready` is sent, then prints nothing; `close` lets go of the parent (after
 * a failure) once what was printed has gone.
 */
export function detachedPrinter(): { printer: Printer; ready(): void; close(): Promise<void> } | undefined {
  if (!process.env[DETACHED_ENV] || !process.send) return undefined;
  let sent = Promise.resolve();
  const send = (m: Message): void => {
    if (!process.connected) return;
    sent = sent.then(() => new Promise<void>((resolve) => process.send!(m, undefined, {}, () => resolve())));
  };
  // Once the parent has the last message, the channel closes: nothing keeps the two processes tied.
  const close = async (): Promise<void> => {
    await sent;
    if (process.connected) process.disconnect();
  };
  return {
    // (coloured as the terminal's printer: the lines go to it as they are)
    printer: { out: (line) => send({ line, stream: 'out' }), err: (line) => send({ line, stream: 'err' }), colors: true },
    ready: () => {
      send({ ready: process.pid });
      void close();
    },
    close,
  };
}
