// What the fuzzers and corpus-markdown.mjs share: their options, a seeded random source, reducing a
// text, the oracle (one long-running Ruby process, scripts/*-oracle.rb, that answers one JSON line
// with one JSON line), and for those that build whole sites with both (fuzz-documents, -plugins,
// -errors): running a build, writing and listing a site, and the loop over seeds.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A module of the built bundle, imported from a copy of dist/bundle made once per process (inside
 * the project, so that its packages resolve; removed at exit): an `npm run build` during a long
 * run deletes dist/ first, and the bundle's chunks that load later would be gone under the run.
 */
let bundleCopy;
export function importBundle(file) {
  if (bundleCopy === undefined) {
    const from = path.join(ROOT, 'dist', 'bundle');
    if (!fs.existsSync(path.join(from, file))) {
      console.error(`dist/bundle/${file} not found: npm run build first`);
      process.exit(2);
    }
    const dir = path.join(ROOT, `.fuzz-bundle-${process.pid}`);
    fs.cpSync(from, path.join(dir, 'bundle'), { recursive: true });
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.once(signal, () => process.exit(code));
    bundleCopy = path.join(dir, 'bundle');
  }
  return import(pathToFileURL(path.join(bundleCopy, file)).href);
}

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

/**
 * Runs a command in `cwd` with `env`; resolves to its exit status (or the signal that ended it) and its output.
 * The faketime wrapper names its semaphore after its own process id and fails ("faketime: sem_open:
 * File exists") where a killed wrapper of the same id left its /dev/shm entry behind: that run is
 * made again (a new process, a new id) rather than counted as Jekyll failing (fuzz-documents seed 50120).
 */
export async function runCommand(command, args, cwd, env, timeoutMs = 180000) {
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(command, args, cwd, env, timeoutMs);
    if (command !== 'faketime' || attempt === 3 || !result.log.startsWith('faketime: sem_open')) return result;
  }
}

/** spawnSync('faketime', args, options), made again as runCommand does when the wrapper refused its semaphore. */
export function faketimeSync(args, options) {
  for (let attempt = 1; ; attempt++) {
    const p = spawnSync('faketime', args, options);
    if (attempt === 3 || !String(p.stderr).startsWith('faketime: sem_open')) return p;
  }
}

function runOnce(command, args, cwd, env, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status: status ?? signal, log });
    });
  });
}

/** Writes `files` (path: text or bytes) as the folder `dir`, replacing what was there. */
export function writeSite(dir, files) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
}

/** Every file under `dir`, by its path from it, with its bytes. */
export function listFiles(dir, prefix = '', out = new Map()) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) listFiles(path.join(dir, entry.name), `${rel}/`, out);
    else out.set(rel, fs.readFileSync(path.join(dir, entry.name)));
  }
  return out;
}

/**
 * A site fuzzer's run: the sites of seeds `firstSeed`.. (`generate(seed)` gives { files, flags }),
 * up to `count` of them or `maxCases` differences. `compare(files, flags, tag)` resolves to
 * undefined when both builds agree, else { kind, text }; each difference is reduced (unless
 * `noReduce`), written under `keep` (default: a new temporary folder named after `name`) as
 * case-<seed>/ with its flags, and printed, its files as `shown(path, text)` allows.
 * `compared()` says what the last agreeing comparison compared.
 */
export async function seedLoop({ name, count, firstSeed, maxCases, keep, noReduce, generate, compare, reduce, save = writeSite, compared, shown = () => true }) {
  let found = 0;
  const kinds = new Map();
  for (let k = 0; k < count && found < maxCases; k++) {
    const seed = firstSeed + k;
    const { files, flags } = generate(seed);
    const label = `seed ${seed}${flags.length ? ` ${flags.join(' ')}` : ''}`;
    const diff = await compare(files, flags);
    if (!diff) {
      const what = compared();
      console.log(`ok    ${label}: ${typeof what === 'number' ? `${what} files` : what}`);
      continue;
    }
    found++;
    kinds.set(diff.kind, (kinds.get(diff.kind) ?? 0) + 1);
    const reduced = noReduce ? files : await reduce(files, flags, diff.kind);
    keep ??= fs.mkdtempSync(path.join(os.tmpdir(), `${name}-cases-`));
    const dir = path.join(keep, `case-${seed}`);
    save(dir, reduced);
    fs.writeFileSync(path.join(dir, '.flags'), flags.join(' '));
    const final = (await compare(reduced, flags, 'reduce')) ?? diff;
    console.log(`FAIL  ${label}: ${diff.kind} (reduced site: ${dir})`);
    for (const [p, text] of Object.entries(reduced)) if (shown(p, text)) console.log(`  == ${p}\n${text.replace(/^/gm, '     ')}`);
    console.log(final.text.replace(/^/gm, '  | '));
  }
  const summary = `${count} site(s) tried from seed ${firstSeed}; ${found} differ${found ? ` (${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')}); cases in ${keep}` : ''}`;
  return { found, summary };
}

/**
 * A site cut down while `still(candidate)` holds: each file but _config.yml dropped if it can be,
 * then (with `lines`) each remaining line.
 */
export async function reduceSite(files, still, { lines: byLine = true } = {}) {
  let current = { ...files };
  for (const p of Object.keys(files)) {
    if (p === '_config.yml') continue;
    const { [p]: _, ...without } = current;
    if (await still(without)) current = without;
  }
  if (!byLine) return current;
  for (const p of Object.keys(current)) {
    const lines = current[p].split('\n');
    for (let i = 0; i < lines.length; ) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + 1)];
      if (await still({ ...current, [p]: candidate.join('\n') })) lines.splice(i, 1);
      else i++;
    }
    current = { ...current, [p]: lines.join('\n') };
  }
  return current;
}

/** A Markdown converter's HTML of a text, or `{ error }` with its message when it throws, as the oracle answers a failure. */
export function convertOrError(converter) {
  return (text) => {
    try {
      return converter.convert(text);
    } catch (e) {
      return { error: String(e) };
    }
  };
}

/** Whether two answers (HTML, or an `{ error }`) are the same. */
export const sameAnswer = (a, b) => JSON.stringify(a) === JSON.stringify(b);
