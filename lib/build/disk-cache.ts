// The builder's state on disk, for `kyll build --incremental`: what each
// output read and made, the fingerprints of the model, and a content hash of
// every source file. A new process reads the site, hashes its files, and
// renders only what the changed files reach, as an update would. The cache
// is keyed by a hash of everything that can change any output (the kyll
// version, the merged config with its plugin list, the environment); any
// difference, or a cache that cannot be read, means a full build. It lives
// in <cache_dir>/kyll/ (cache-folder.ts) and may be deleted at any time.
import fs from 'node:fs';
import path from 'node:path';
import type { PreparedBuild } from '../render/prepare-build.js';
import { placedLayoutName } from '../render/render-document.js';
import type { Drop } from '../site/drops.js';
import type { Diagnostic, OutputFile, Site } from '../types.js';
import type { ModelPrints } from './changes.js';
import { fingerprint } from './signature.js';
import { deepMerge } from '../config/merge.js';
import type { CarryRole, Unit } from './units.js';
import type { Carry, UnitRecord, WalkResult } from './walk.js';
import { keptInDestination, restoredOutputs, storedOutputs, type StoredOutput } from './cached-outputs.js';
import { defineLazy, LazyText } from './lazy-text.js';
import { contentHash } from './content-hash.js';
import { saveCacheFile } from './save-cache-file.js';
import type { FileStamp } from './warm-key.js';
import { kyllVersion } from './kyll-identity.js';
// node:crypto when first used: a build with no warm record or cache to key never loads it (entries/code-cache.ts).
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

// node:v8 on first use (a long-lived build's cache): loading it costs ~30M instructions (callgrind).
const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');
// node:zlib likewise: a one-off build reads only cacheDir and contentHash from here, and
// loading zlib (21 of Node's internal modules) when this module ran cost every build ~10M instructions.
const zlib = (): typeof import('node:zlib') => process.getBuiltinModule('node:zlib');

const FORMAT = 'kyll-build-cache-10';
// Raw DEFLATE at level 1: on 1,000 posts the state (2.4 MB) shrinks to 0.55 MB in ~11 ms and comes back in
// ~3 ms, where Brotli at quality 1 took ~7 ms and ~20 ms (to 0.50 MB): each -I build inflates it once and saves it once.
const deflate = (): import('node:zlib').ZlibOptions => ({ level: 1 });
const FILE = 'state.bin';

interface StoredUnit {
  readonly key: string;
  readonly sig: string;
  /** Its dependency keys, as indices in Stored#depNames (the same keys recur in most units). */
  readonly deps: Uint32Array;
  readonly diagnostics: readonly Diagnostic[];
  readonly outputs: readonly StoredOutput[];
  /** Its drop's content and output; either can be the text of one of its outputs instead (`contentIs`, `outputIs`: its index). */
  readonly content?: unknown;
  readonly output?: unknown;
  readonly contentIs?: number;
  readonly outputIs?: number;
  /** Where its content stands in its output, when it does and is no output of its own: [start, length] (a post's layout places it). */
  readonly contentAt?: readonly [number, number];
  readonly carryRole: CarryRole;
  /** The layout its document names (its carry is rebuilt from it). */
  readonly layout: string | undefined;
  readonly carryOutPrint: string;
  /**
   * The content it leaves for the next document when that is not its output: with nested
   * layouts, what the outermost layout was given (renderer.rb#render_layout sets payload["content"]).
   */
  readonly carryContent?: string;
  /** Where carryContent stands in its output, when it does: [start, length] (a layout's `{{ content }}`). */
  readonly carryAt?: readonly [number, number];
  /** A hash of its text as read, when plugins rewrite texts on reading (builder.ts#rewritesOnRead). */
  readonly text?: string;
  /** The keys it added to site.categories and site.tags, and those added before it (index-keys.ts). */
  readonly keys?: Pick<UnitRecord, 'added' | 'keysIn' | 'firstReads' | 'firstIn'>;
}

interface Stored {
  readonly format: string;
  readonly key: string;
  readonly time: string;
  readonly hashes: ReadonlyMap<string, string>;
  readonly prints: ModelPrints;
  readonly urls: string;
  /** Every unit's dependency keys, once each. */
  readonly depNames: readonly string[];
  readonly units: readonly StoredUnit[];
}

/** What a new process starts from. */
export interface Loaded {
  readonly walked: WalkResult;
  readonly prints: ModelPrints;
  /** Source files whose bytes differ, or that appeared or disappeared. */
  readonly changedPaths: Set<string>;
  readonly timeChanged: boolean;
  /** Each unit's text hash as stored (see StoredUnit#text). */
  readonly texts: ReadonlyMap<string, string | undefined>;
  /** What the next save keeps of the units that did not render again (their records are these same objects). */
  readonly kept: KeptUnits;
}

/** The units as loaded, for a save to keep as they are. */
export interface KeptUnits {
  readonly records: ReadonlyMap<string, UnitRecord>;
  readonly units: ReadonlyMap<string, StoredUnit>;
  readonly depNames: readonly string[];
}

/** The cache's folder in kyll's cache folder `dir` (cache-folder.ts#kyllCacheDir; a build among several has its own in it: builder.ts#BuildPart). */
export function cacheDir(dir: string, name?: string): string {
  return name === undefined ? dir : path.join(dir, name);
}

/** Everything besides the files that can change an output. */
export function cacheKey(build: PreparedBuild, pluginNames: readonly string[]): string {
  const h = crypto().createHash('sha256');
  h.update(FORMAT).update('\0').update(kyllVersion()).update('\0').update(String(build.ctx.jekyll.version));
  h.update('\0').update(String(build.ctx.jekyll.environment)).update('\0').update(fingerprint(build.site.config));
  h.update('\0').update(pluginNames.join(',')).update('\0').update(build.theme?.root ?? '');
  return h.digest('hex');
}

// A file's content hash, as the caches of the builder and of warm builds key files (content-hash.ts).
export { contentHash };

/**
 * A content hash of every file of the source (and theme). `stamps`: the hashes the warm key took of
 * them before the build read them (warm-key.ts, by `site:` or `theme:` and path), taken as they are:
 * a file changed since has another signature at the next build, which hashes it again and finds it
 * changed (where hashing it again now, after the read, could take in bytes this build did not render).
 */
export function sourceHashes(build: PreparedBuild, stamps?: Readonly<Record<string, FileStamp>>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (prefix: string, label: string, list: readonly string[], read: (p: string) => Uint8Array): void => {
    for (const p of list) out.set(prefix + p, stamps?.[`${label}:${p}`]?.[1] ?? contentHash(read(p)));
  };
  add('', 'site', build.source.list(), (p) => build.source.readBytes(p));
  if (build.theme) add('\0theme/', 'theme', build.theme.list(), (p) => build.theme!.readBytes(p));
  return out;
}

/** A document's or page's text as read (after the plugins that rewrite it), hashed. */
export function textHash(u: Unit): string | undefined {
  return u.doc === undefined ? undefined : contentHash(Buffer.from(u.doc.content));
}

/** `written`: whether the destination holds an output as it is (then the cache keeps its hash, not its text). */
/**
 * `destination`: where the written outputs are, whose stat signatures it notes. `kept`: the units as
 * loaded; one whose record is the loaded one (it did not render) is saved as it was loaded, its
 * outputs not read (a one-off build reads them only when asked for: cached-outputs.ts).
 */
export function saveCache(dir: string, key: string, build: PreparedBuild, hashes: ReadonlyMap<string, string>, prints: ModelPrints, units: readonly Unit[], walked: WalkResult, keepTexts: boolean, written: (f: OutputFile) => boolean, destination?: string, kept?: KeptUnits): void {
  // The loaded table of keys stays as it is (the kept units' indices into it), new keys after it.
  const depNames: string[] = kept && !keepTexts ? [...kept.depNames] : [];
  const depIndex = new Map<string, number>(depNames.map((d, i) => [d, i]));
  const depIds = (deps: Iterable<string>): Uint32Array => {
    const ids: number[] = [];
    for (const d of deps) {
      let i = depIndex.get(d);
      if (i === undefined) depIndex.set(d, (i = depNames.push(d) - 1));
      ids.push(i);
    }
    return Uint32Array.from(ids);
  };
  const stored: Stored = {
    format: FORMAT,
    key,
    time: fingerprint(build.site.time),
    hashes,
    prints,
    urls: walked.urls,
    depNames,
    units: units.flatMap((u) => {
      const r = walked.records.get(u.key);
      if (!r) return [];
      const was = kept && !keepTexts && kept.records.get(u.key) === r ? kept.units.get(u.key) : undefined;
      // (an output the destination held, and holds: kept by its hash when it is written here still)
      if (was && was.outputs.every((s, i) => keptInDestination(s) === (r.outputs[i] !== undefined && r.outputs[i]!.symlink === undefined && written(r.outputs[i]!)))) return [was];
      const layout = u.doc?.data.layout ?? u.generated?.data.layout;
      const text = keepTexts ? { text: textHash(u) } : {};
      const keys = r.added || r.keysIn || r.firstReads || r.firstIn ? { keys: { added: r.added, keysIn: r.keysIn, firstReads: r.firstReads, firstIn: r.firstIn } } : {};
      const carried = u.carryRole === 'owns' && r.carryOut.content !== r.output && typeof r.carryOut.content === 'string' ? carriedText(r.carryOut.content, r.output) : {};
      const texts = { ...contentIn(r.content, r.output, r.outputs), ...asOutput('output', r.output, r.outputs) };
      return [{ key: u.key, sig: r.sig, deps: depIds(r.deps), diagnostics: r.diagnostics, outputs: storedOutputs(r.outputs, written, destination), ...texts, carryRole: u.carryRole, layout: layout == null ? undefined : placedLayoutName(layout), carryOutPrint: fingerprint(r.carryOut.layout), ...text, ...keys, ...carried }];
    }),
  };
  saveCacheFile(dir, FILE, () => zlib().deflateRawSync(v8().serialize(stored), deflate()));
}

/** `destination`: where the outputs whose hashes the cache keeps are read back from. */
/** Whether `dir` holds a builder's state (of any key): an --incremental build may find its outputs there. */
export function hasCacheFile(dir: string): boolean {
  return fs.existsSync(path.join(dir, FILE));
}

/**
 * `lazy` (a one-off build, which ends with this build): the outputs found as written, and the texts
 * of the records kept in them, are read only when asked for (lazy-text.ts); else all are read now.
 */
export function loadCache(dir: string, key: string, build: PreparedBuild, hashes: ReadonlyMap<string, string>, destination: string | undefined, lazy = false): Loaded | undefined {
  let stored: Stored;
  try {
    stored = v8().deserialize(zlib().inflateRawSync(fs.readFileSync(path.join(dir, FILE)))) as Stored;
  } catch {
    return undefined;
  }
  if (stored.format !== FORMAT || stored.key !== key) return undefined;
  const changedPaths = new Set<string>();
  for (const [p, h] of hashes) if (stored.hashes.get(p) !== h) changedPaths.add(p.replace(/^\0theme\//, ''));
  for (const p of stored.hashes.keys()) if (!hashes.has(p)) changedPaths.add(p.replace(/^\0theme\//, ''));
  // Jekyll's carried layout/content, replayed in the stored order with this site's layouts.
  const records = new Map<string, UnitRecord>();
  let carry: Carry = { layout: null, content: undefined };
  // A text kept in an output: a LazyText when lazy (read when asked for), else read now.
  const later = (read: () => unknown): unknown => (lazy ? new LazyText(read) : read());
  const now = (v: unknown): unknown => (v instanceof LazyText ? v.get() : v);
  let carriedText: unknown;
  for (const u of stored.units) {
    const carryIn = carry;
    // An output not in the destination as written: its unit renders again (a sig no unit has), and what it carried is unknown.
    const outputs = restoredOutputs(u.outputs, destination, lazy);
    const valid = outputs !== undefined;
    const text = (field: 'content' | 'output', at: number | undefined): unknown => (at === undefined ? u[field] : valid ? later(() => outputs[at]!.contents) : UNKNOWN);
    const output = text('output', u.outputIs);
    const slice = (range: readonly [number, number]): unknown => (valid && output !== undefined ? later(() => String(now(output)).slice(range[0], range[0] + range[1])) : UNKNOWN);
    const content = u.contentAt === undefined ? text('content', u.contentIs) : slice(u.contentAt);
    const carried = u.carryAt === undefined ? u.carryContent : slice(u.carryAt);
    // (the carried text as it is, a LazyText not read yet)
    if (u.carryRole === 'owns') carry = carryOf(layoutData(build.site, u.layout), (carriedText = carried ?? output), u.carryOutPrint);
    else if (u.carryRole === 'changes') carry = carryOf(deepMerge(build.site.layouts[u.layout ?? '']?.data ?? {}, carry.layout ?? {}), carriedText, u.carryOutPrint);
    else if (u.carryRole === 'resets') carry = carryOf(null, carriedText, u.carryOutPrint);
    // Undefined fields stay out of the record (the walk compares keysIn and firstIn with what it sees).
    const keys = u.keys ? Object.fromEntries(Object.entries(u.keys).filter(([, v]) => v !== undefined && v !== '')) : {};
    const sig = valid ? u.sig : UNKNOWN;
    const restored = outputs ?? u.outputs.map(({ path: p, url, size }) => ({ path: p, url, size, contents: '' }));
    const record = { sig, outputs: restored, deps: new Set(Array.from(u.deps, (i) => stored.depNames[i]!)), diagnostics: u.diagnostics, carryIn, carryOut: carry, content, output, ...keys } as UnitRecord;
    if (content instanceof LazyText) defineLazy(record, 'content', content);
    if (output instanceof LazyText) defineLazy(record, 'output', output);
    records.set(u.key, record);
  }
  const walked: WalkResult = { records, outputs: [], rendered: 0, renderedKeys: [], errors: [], urlList: [], urls: stored.urls, before: new Map() };
  const texts = new Map(stored.units.map((u) => [u.key, u.text]));
  const kept: KeptUnits = { records, units: new Map(stored.units.map((u) => [u.key, u])), depNames: stored.depNames };
  return { walked, prints: stored.prints, changedPaths, timeChanged: stored.time !== fingerprint(build.site.time), texts, kept };
}

// A carry whose content may be a LazyText: read when the walk compares or passes it on.
function carryOf(layout: Drop | null, content: unknown, print: string): Carry {
  if (!(content instanceof LazyText)) return { layout, content: content as string | undefined, print };
  const carry = { layout, print } as { layout: Drop | null; print: string; content: string | undefined };
  Object.defineProperty(carry, 'content', { enumerable: true, configurable: true, get: () => content.get() });
  return carry;
}

// A document's content: one of its outputs, or where it stands in its output (a post's layout places
// it as it is), which the cache keeps anyway; else its text.
function contentIn(content: unknown, output: unknown, outputs: readonly OutputFile[]): Partial<StoredUnit> {
  const own = asOutput('content', content, outputs);
  if (own.contentIs !== undefined || typeof content !== 'string' || content.length === 0 || typeof output !== 'string' || !outputs.some((f) => f.contents === output)) return own;
  const at = output.indexOf(content);
  return at >= 0 ? { contentAt: [at, content.length] } : own;
}

// A text no render gives: what depends on an output that is gone renders again.
const UNKNOWN = '\0kyll: not in the destination';

// The content a document carries to the next (its outermost layout's `{{ content }}`): where it stands in
// its output when it does (most layouts place it as it is), which the cache keeps anyway; else its text.
function carriedText(content: string, output: unknown): Pick<StoredUnit, 'carryContent' | 'carryAt'> {
  const at = typeof output === 'string' && content.length > 0 ? output.indexOf(content) : -1;
  return at >= 0 ? { carryAt: [at, content.length] } : { carryContent: content };
}

// A drop's content or output that is the text of one of its outputs: kept as its index.
function asOutput(field: 'content' | 'output', value: unknown, outputs: readonly OutputFile[]): Partial<StoredUnit> {
  const at = typeof value === 'string' ? outputs.findIndex((f) => f.contents === value) : -1;
  return at >= 0 ? { [`${field}Is`]: at } : { [field]: value };
}

// renderer.rb#place_in_layouts: the layout data a document leaves, each layout's deep-merged over its parents'.
function layoutData(site: Site, name: string | undefined): Drop | null {
  let data: Drop | null = null;
  const seen = new Set<string>();
  for (let n = name; n != null && site.layouts[n] && !seen.has(n); ) {
    seen.add(n);
    const layout = site.layouts[n]!;
    data = deepMerge(layout.data, data ?? {});
    // a layout's own `layout` is looked up with no to_s (place_in_layouts)
    n = typeof layout.data.layout === 'string' ? layout.data.layout : undefined;
  }
  return data;
}
