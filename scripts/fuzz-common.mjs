// What scripts/fuzz-markdown.mjs, corpus-markdown.mjs and fuzz-liquid.mjs share: their options,
// a seeded random source, reducing a text, and the oracle: one long-running Ruby process
// (scripts/*-oracle.rb) that answers one JSON line with one JSON line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `--name value` from the command line, else `fallback`; `flag(name)` for a bare `--name`. */
export function commandLine(argv = process.argv.slice(2)) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  return { opt, flag: (name) => argv.includes(`--${name}`) };
}

/** A xorshift source of numbers in [0, 1) from `seed`, with int(n), pick(list) and chance(p). */
export function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  const rnd = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const int = (n) => Math.floor(rnd() * n);
  return { rnd, int, pick: (xs) => xs[int(xs.length)], chance: (p) => rnd() < p };
}

/** A random source for the numbers in `parts`, mixed (nearby seeds of xorshift start alike). */
export function mixedRandom(...parts) {
  let h = 2166136261;
  for (const n of parts) for (const b of String(n)) h = Math.imul(h ^ b.charCodeAt(0), 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 3266489909) >>> 0;
  const r = seededRandom((h ^ (h >>> 16)) >>> 0);
  for (let k = 0; k < 8; k++) r.rnd();
  return r;
}

/**
 * Starts `scripts/<script>` with `args` (after `options.prefix`, a command such as faketime that
 * runs Ruby); ask(value) resolves to its answer; end() lets it exit.
 */
export function rubyOracle(script, args = [], options = {}) {
  const command = [...(options.prefix ?? []), 'ruby', path.join(ROOT, 'scripts', script), ...args];
  const ruby = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', options.stderr ?? 'inherit'], env: options.env ?? process.env });
  const waiting = [];
  readline.createInterface({ input: ruby.stdout }).on('line', (line) => waiting.shift()(JSON.parse(line)));
  return {
    ask: (value) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        ruby.stdin.write(`${JSON.stringify(value)}\n`);
      }),
    end: () => ruby.stdin.end(),
  };
}

/** `text` with lines dropped four, two, then one at a time while `differs(text)` still resolves true. */
export async function reduceLines(text, differs) {
  let lines = text.split('\n');
  for (let size = 4; size >= 1; size = Math.floor(size / 2)) {
    for (let i = 0; i + size <= lines.length; ) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + size)];
      if (candidate.join('\n').trim() !== '' && (await differs(candidate.join('\n')))) lines = candidate;
      else i++;
    }
  }
  return lines.join('\n');
}
