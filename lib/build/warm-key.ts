// What a whole build's output depends on, as one hash: the kyll and Jekyll
// versions, the merged configuration (its plugin list included), the
// environment variables a build reads, and the bytes of every file of the
// source and theme. Files whose modification time can show in an output
// (static files: `modified_time`, the sitemap's lastmod; undated drafts) add
// their mtime; every other file counts by its content alone, so that a touch
// or a checkout that keeps the bytes does not make a build cold.
import type { Hash } from 'node:crypto';
import fs from 'node:fs';
import type { FileSignatureStat, Source } from '../source/source.js';
import type { Data } from '../types.js';
import { fingerprint } from './signature.js';
import { contentHash } from './content-hash.js';
import type { OutsideFiles } from './warm-style-files.js';
import type { BackgroundStamps } from './background-stamps.js';
import { signature } from './file-signature.js';
import { diskCacheOff } from './cache-folder.js';
// node:crypto when first used: a build with no warm record or cache to key never loads it (entries/code-cache.ts).
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

const FORMAT = 'kyll-warm-1';

/** Environment variables that can change an output (time, zone, environment, GitHub Pages metadata). */
const ENV_PREFIXES = ['JEKYLL_', 'PAGES_', 'GITHUB_'];
const ENV_NAMES = ['SOURCE_DATE_EPOCH', 'TZ', 'LANG', 'LC_ALL'];

/**
 * Plugins that read outside the source's files (git history, file times,
 * `.git`): a site that uses them is never taken from the cache.
 */
const UNCACHEABLE_PLUGINS = ['jekyll-last-modified-at', 'jekyll-github-metadata', 'jekyll-remote-theme'];

/**
 * A file as last hashed: its stat signature (size, modification and change
 * times in nanoseconds, inode), its content hash, whether it starts with
 * front matter. A file whose signature is unchanged is not read again: any
 * write, and any `touch` that resets the modification time, changes its
 * change time (ctime), which no user call can set back.
 */
export type FileStamp = readonly [stat: string, hash: string, frontMatter: boolean];

export interface WarmKeyInputs {
  readonly kyllVersion: string;
  readonly jekyllVersion: string;
  readonly config: Data;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly source: Source;
  readonly theme?: Source;
  /** Files the build may read that neither source lists: Sass load paths and packages outside the site's listing (warm-style-files.ts). */
  readonly outside?: readonly OutsideFiles[];
  /** Folders (source-relative) of layouts, includes, data and Sass partials: their files' times never show. */
  readonly templateDirs: readonly string[];
  /** The stamps of the last build, by `site:` or `theme:` and path. */
  readonly known?: Readonly<Record<string, FileStamp>>;
  /** The stamps this build took as it read its files (stampingSource): taken as they are, without a stat. */
  readonly read?: Readonly<Record<string, FileStamp>>;
  /**
   * With `read`: the signatures, when the build started, of the files it may read some other way
   * (templates, data, Sass partials, the theme). One that changed since makes `changed` true: the
   * build may have read other bytes than those hashed now.
   */
  readonly before?: Readonly<Record<string, string>>;
  /** With `before`: the stamps a thread took of the big files while the build ran (background-stamps.ts). */
  readonly background?: BackgroundStamps;
}

/**
 * Why a build cannot be taken from the cache, or undefined when it can: the
 * cache is off, the build time is the clock (each build differs), or a
 * plugin reads what the hash does not cover.
 */
export function uncacheable(config: Data, env: Readonly<Record<string, string | undefined>>, jsPlugins: number, gemfile: readonly string[] = []): string | undefined {
  // Site#configure_cache: Jekyll keeps no disk cache for a safe site or with disable_disk_cache.
  if (diskCacheOff(config)) return config.disable_disk_cache === true ? 'disable_disk_cache' : 'safe';
  if (!env.SOURCE_DATE_EPOCH) return 'the build time is the clock (no SOURCE_DATE_EPOCH)';
  if (jsPlugins > 0) return 'JavaScript plugins';
  // The Gemfile's jekyll_plugins group loads too (plugins/gemfile.ts).
  const plugins = [...listOf(config.plugins), ...listOf(config.gems), ...gemfile];
  if (config.github_pages === true || plugins.some((p) => p === 'github-pages' || UNCACHEABLE_PLUGINS.includes(p))) return 'a plugin that reads outside the source';
  return undefined;
}

function listOf(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** The hash of everything that can change the site's output, and the stamp of each file. */
export function warmKey(inputs: WarmKeyInputs): { key: string; stamps: Record<string, FileStamp>; changed: boolean } {
  const stamps: Record<string, FileStamp> = {};
  const h = crypto().createHash('sha256');
  h.update(FORMAT).update('\0').update(inputs.kyllVersion).update('\0').update(inputs.jekyllVersion);
  h.update('\0').update(fingerprint(inputs.config));
  for (const [k, v] of Object.entries(inputs.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (v !== undefined && (ENV_NAMES.includes(k) || ENV_PREFIXES.some((p) => k.startsWith(p)))) h.update(`\0${k}=${v}`);
  }
  const files = { h, known: inputs.known ?? {}, read: inputs.read ?? {}, before: inputs.before, background: inputs.background, stamps, changed: false };
  hashFiles(files, 'site', inputs.source, inputs.templateDirs);
  if (inputs.theme) {
    h.update(`\0theme:${inputs.theme.root}`);
    hashFiles(files, 'theme', inputs.theme, ['_layouts', '_includes', '_sass', '_data']);
  }
  for (const o of inputs.outside ?? []) {
    h.update(`\0${o.label}`);
    hashFiles(files, o.label, o.source, undefined, o.paths);
  }
  return { key: h.digest('hex'), stamps, changed: files.changed };
}

interface Hashing {
  readonly h: Hash;
  readonly known: Readonly<Record<string, FileStamp>>;
  readonly read: Readonly<Record<string, FileStamp>>;
  readonly before: Readonly<Record<string, string>> | undefined;
  readonly background: BackgroundStamps | undefined;
  readonly stamps: Record<string, FileStamp>;
  changed: boolean;
}

// templateDirs undefined: files whose time never shows (Sass partials outside the site).
function hashFiles(hashing: Hashing, label: string, source: Source, templateDirs: readonly string[] | undefined, paths: readonly string[] = source.list()): void {
  const { h, known, read, before, background, stamps } = hashing;
  const prefixes = (templateDirs ?? []).filter((d) => d !== '').map((d) => `${d}/`);
  for (const p of paths) {
    const id = `${label}:${p}`;
    // A file read by this build counts by the bytes it read, its signature taken before: changed
    // since, the next build finds another signature and reads it again.
    const taken = read[id];
    const st = taken ? undefined : statOf(source, p);
    const sig = taken ? taken[0] : signature(st);
    if (!taken && before && (before[id] ?? sig) !== sig) hashing.changed = true;
    let stamp = taken ?? known[id];
    if (!stamp || !sig || stamp[0] !== sig) stamp = (sig ? background?.stamp(id, sig) : undefined) ?? stampFile(source, p, sig, st);
    stamps[id] = stamp;
    h.update(`\0${id}\0${stamp[1]}`);
    const link = source.readLink?.(p);
    if (link !== undefined) h.update(`->${link}`);
    if (templateDirs && timeCanShow(p, stamp[2], prefixes)) h.update(`@${st ? String(st.mtimeNs) : taken ? sig.split(':')[1] : (source.mtime(p) ?? '')}`);
  }
}

/**
 * The signatures, by `label:` and path, of the source's files that a build with one thread may
 * read other than through its stamping source: all but posts (warmKey's `before`).
 */
export function signaturesNow(source: Source, label: string, paths: readonly string[] = source.list()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of paths) if (!p.startsWith('_posts/') && !p.includes('/_posts/')) out[`${label}:${p}`] = signature(statOf(source, p));
  return out;
}

function stampOf(sig: string, bytes: Uint8Array, hash = contentHash(bytes)): FileStamp {
  return [sig, hash, startsWithDashes(bytes)];
}

const startsWithDashes = (bytes: Uint8Array): boolean => bytes[0] === 0x2d && bytes[1] === 0x2d && bytes[2] === 0x2d;

/** Files from this size up are hashed in chunks of this size, through one buffer. */
const CHUNK = 1 << 20;
let chunk: Buffer | undefined;

/**
 * The stamp of a file the build did not read whole (a static file the writer copied, a file
 * outside the build): a big one (an image, a video) is hashed in chunks through one reused
 * buffer, never held whole (a blog's 91 MB of images, read whole on the rendering thread and
 * posted to the writer, cost its cold build ~0.3 s). The same hash as contentHash of its bytes.
 */
function stampFile(source: Source, p: string, sig: string, st: FileSignatureStat | undefined): FileStamp {
  const abs = st !== undefined && st.size >= CHUNK ? source.absolute?.(p) : undefined;
  if (abs === undefined) return stampOf(sig, source.readBytes(p));
  chunk ??= Buffer.allocUnsafe(CHUNK);
  const h = crypto().createHash('sha1');
  const fd = fs.openSync(abs, 'r');
  let head = false;
  try {
    for (let n: number, first = true; (n = fs.readSync(fd, chunk, 0, CHUNK, null)) > 0; first = false) {
      if (first) head = startsWithDashes(chunk.subarray(0, n));
      h.update(chunk.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return [sig, h.digest('base64'), head];
}

/**
 * The site's source, stamping each file that the build reads whole (posts, pages, documents) as
 * warmKey would: a build with no record of an earlier one then hashes its files from the bytes
 * it reads anyway, instead of reading every file once more before it starts (a tenth of a cold
 * 1,000-post build's main thread). The signature is taken before the read, so that a file
 * changed meanwhile gets a signature that the next build does not find, and is read again.
 */
export function stampingSource(source: Source, label = 'site'): { source: Source; stamps: Record<string, FileStamp> } {
  const stamps: Record<string, FileStamp> = {};
  const stamped = <T extends Uint8Array>(p: string, read: () => T): T => {
    const sig = signature(statOf(source, p));
    const bytes = read();
    if (sig) stamps[`${label}:${p}`] = stampOf(sig, bytes);
    return bytes;
  };
  const { readTransient, readTransientWithStat } = source;
  // With the stat of the open file (fstat), the path is looked up once.
  const readAndStat = readTransientWithStat
    ? (p: string): Uint8Array => {
        const { bytes, stat, hash } = readTransientWithStat.call(source, p);
        stamps[`${label}:${p}`] = stampOf(signature(stat), bytes, hash);
        return bytes;
      }
    : undefined;
  return {
    stamps,
    source: {
      // A static file is copied by the writer, unread here (source.copyPath): warmKey stamps it when
      // the build is over, from a read of its own (a site's images: stampFile's chunks), and a file
      // changed since the build started (`before`) leaves no record.
      ...source,
      readBytes: (p) => stamped(p, () => source.readBytes(p)),
      ...(readTransient ? { readTransient: readAndStat ?? ((p: string) => stamped(p, () => readTransient.call(source, p))) } : {}),
      // Files read ahead come with their stat and hash (read/read-ahead.ts).
      ...(source.willRead ? { willRead: (paths: readonly string[]) => source.willRead!(paths, { stamps: readAndStat !== undefined }) } : {}),
    },
  };
}

function statOf(source: Source, p: string): fs.BigIntStats | undefined {
  const abs = source.absolute?.(p);
  if (!abs) return undefined;
  try {
    return fs.statSync(abs, { bigint: true });
  } catch {
    return undefined;
  }
}

// A file that starts with front matter is a page or document (its time shows
// only as a draft's date); a template's or partial's never shows.
function timeCanShow(p: string, frontMatter: boolean, templatePrefixes: readonly string[]): boolean {
  if (p.startsWith('_drafts/') || p.includes('/_drafts/')) return true;
  if (templatePrefixes.some((d) => p.startsWith(d))) return false;
  return !frontMatter;
}
