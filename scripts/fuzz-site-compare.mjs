// Builds one generated site with Jekyll (under faketime) and with kyll, and compares the two
// destinations byte for byte: the harness of the plugin fuzzers (fuzz-plugins.mjs,
// fuzz-ghp-plugins.mjs). Where both stop, Jekyll's error line must be in kyll's output too.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, runCommand, writeSite as writeFiles } from './fuzz-common.mjs';

// NO_FAKE_STAT: libfaketime leaves file times alone, so that Jekyll's static files keep the
// modification time kyll reads (a sitemap's <lastmod>).
export const ENV = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_FAKE_STAT: '1' };
delete ENV.NODE_EXTRA_CA_CERTS;

/** Writes `files` under `dir` with one modification time for all (a sitemap's static-file <lastmod> is then the same whichever copy a build reads). */
export function writeSite(dir, files) {
  writeFiles(dir, files);
  const when = new Date('2025-06-07T08:09:10Z');
  for (const p of Object.keys(files)) fs.utimesSync(path.join(dir, p), when, when);
}

/** The first differing line of two texts, with two lines of context before it. */
export function firstDiff(x, y) {
  const [lx, ly] = [x.split('\n'), y.split('\n')];
  let i = 0;
  while (i < lx.length && lx[i] === ly[i]) i++;
  const context = lx.slice(Math.max(0, i - 2), i).map((l) => `  ${l.slice(0, 300)}`);
  return [`line ${i + 1}:`, ...context, `- jekyll: ${(lx[i] ?? '<end>').slice(0, 600)}`, `+ kyll:   ${(ly[i] ?? '<end>').slice(0, 600)}`].join('\n');
}

const ERROR_CLASSES = ['Invalid date', 'Liquid Exception', 'Liquid syntax error', 'YAML Exception', 'Invalid permalink', 'Conversion error', 'undefined method', 'no implicit conversion', 'Destination', 'Invalid YAML front matter', 'Unknown tag'];
/** Jekyll's error line; without one, for a Ruby exception that escapes (a backtrace), its message and class. */
export const firstError = (log) => {
  const line = log.split('\n').find((l) => /Error:|Exception|ERROR/.test(l));
  const crash = /in `[^']*': (.*\(\w+\))\s*$/m.exec(log);
  return (line ?? (crash ? crash[1] : '')).trim();
};
const errorClass = (log) => ERROR_CLASSES.find((c) => log.includes(c));
const tail = (log) => log.trim().split('\n').slice(-6).join('\n');

/**
 * A comparer of sites built in `work` with kyll's CLI `bin`: compare(files, flags, tag) resolves
 * to undefined when both agree, else { kind, text }; compared() says what the last run compared.
 */
export function siteComparer(work, bin) {
  const run = (command, args, cwd) => runCommand(command, args, cwd, ENV);
  let compared = 0;
  async function compare(files, flags, tag = 'site') {
    const src = path.join(work, tag, 'src');
    const jOut = path.join(work, tag, 'jekyll');
    const kOut = path.join(work, tag, 'kyll');
    writeSite(src, files);
    fs.rmSync(jOut, { recursive: true, force: true });
    fs.rmSync(kOut, { recursive: true, force: true });
    // Both from inside the site: jekyll-relative-links expands paths from the working directory.
    const [j, k] = await Promise.all([
      run('faketime', ['-f', '2026-01-01 00:00:00', 'jekyll', 'build', '--disable-disk-cache', '-d', jOut, ...flags], src),
      run('node', [bin, 'build', '--disable-disk-cache', '-s', src, '-d', kOut, ...flags], src),
    ]);
    if ((j.status === 0) !== (k.status === 0)) return { kind: 'status', text: `jekyll exit ${j.status}, kyll exit ${k.status}\n--- jekyll\n${tail(j.log)}\n--- kyll\n${tail(k.log)}` };
    if (j.status !== 0) {
      compared = `both failed: ${firstError(j.log).slice(0, 200)}`;
      // The same failure: Jekyll's error line (its message and file, the source folder left out) in kyll's output too.
      const jGist = firstError(j.log).replace(/\x1b\[[0-9;]*m/g, '').replaceAll(`${src}/`, '').trim();
      if (!k.log.replaceAll(`${src}/`, '').includes(jGist)) return { kind: `error ${errorClass(j.log) ?? 'message'}`, text: `both failed, kyll not with Jekyll's message\n--- jekyll\n${jGist}\n--- kyll\n${tail(k.log)}` };
      return undefined;
    }
    const a = listFiles(jOut);
    const b = listFiles(kOut);
    const diffs = [];
    for (const [p, bytes] of a) {
      if (!b.has(p)) diffs.push({ kind: `missing ${p}`, text: `missing in kyll: ${p}\nkyll wrote: ${[...b.keys()].join(', ')}` });
      else if (!bytes.equals(b.get(p))) diffs.push({ kind: `different ${p}`, text: `different: ${p}\n${firstDiff(bytes.toString(), b.get(p).toString())}` });
    }
    for (const p of b.keys()) if (!a.has(p)) diffs.push({ kind: `extra ${p}`, text: `extra in kyll: ${p}\njekyll wrote: ${[...a.keys()].join(', ')}` });
    compared = a.size;
    if (!diffs.length) return undefined;
    return { ...diffs[0], text: diffs.map((d) => d.text).join('\n') };
  }
  return { compare, compared: () => compared };
}

/**
 * Copies dist/bundle to `snapshot` (kyll then runs from that copy: an `npm run build` during a
 * long run does not pull the bundle away under it), and removes it and `work` when the process
 * ends. Exits with 2 when there is no bundle.
 */
export function snapshotBundle(root, snapshot, work) {
  if (!fs.existsSync(path.join(root, 'dist', 'bundle', 'bin.cjs'))) {
    console.error('dist/bundle/bin.cjs not found: npm run build first');
    process.exit(2);
  }
  fs.cpSync(path.join(root, 'dist', 'bundle'), path.join(snapshot, 'bundle'), { recursive: true });
  process.on('exit', () => {
    fs.rmSync(snapshot, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.on(signal, () => process.exit(code));
}

/** A site folder's files as texts (its `.flags` file apart), and the flags that file holds. */
export function readSiteFolder(dir) {
  const files = Object.fromEntries([...listFiles(dir)].filter(([p]) => p !== '.flags').map(([p, b]) => [p, b.toString()]));
  const flagsFile = path.join(dir, '.flags');
  const flags = (fs.existsSync(flagsFile) ? fs.readFileSync(flagsFile, 'utf8') : '').split(' ').filter(Boolean);
  return { files, flags };
}
