// A build that stays alive between changes (kyll serve, kyll build --watch):
// it keeps the site model, the Liquid engine with its parsed templates, every
// output and what each output read, and on a change renders again only the
// outputs whose reads changed. An update always gives the files a clean build
// would give.
import { asBuildCommand } from '../config/build-command.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withDiagnostics } from '../errors/kyll-error.js';
import { documentsInRenderOrder, prepareBuildSteps, type BuildInputs } from '../render/prepare-build.js';
import { cleanupError } from '../render/unplaced.js';
import { markdownThreadFor, startMarkdownThread, type MarkdownThread } from '../render/markdown-thread.js';
import { runStepsPausing, yieldPoint, type YieldPoint } from '../render/yield-point.js';
import type { RenderSiteOptions } from '../render/render-site.js';
import { afterRender, afterWrite } from '../render/site-hooks.js';
import { withRenderedExcerpts } from '../render/rendered-site.js';
import { loadSitePlugins } from '../render/site-plugins.js';
import { sourceMapPath } from '../render/render-pages.js';
import { withCacheDir } from './cache-gitignore.js';
import { kyllCacheDir } from './cache-folder.js';
import { mayUseCounters, usesCounters } from '../render/counters.js';
import { ensureSourceFolder } from '../source/source-folder.js';
import type { Data, Diagnostic, OutputFile, Page, RenderResult } from '../types.js';
import { ensureNotInDestination, ensureNotSourceFolder, findUrlConflicts, themeFileName, inWriteOrder, UNCHECKED_RUBY_CLASS } from '../write/index.js';
import { writeSiteInTurns } from '../write/write-site.js';
import { missingOrChanged, writeChanges } from '../write/changes.js';
import { strayEntries } from '../write/in-place.js';
import { FolderTimes } from '../write/destination-drift.js';
import { keepFilesError } from '../write/keep-files.js';
import { cacheDir, cacheKey, hasCacheFile, loadCache, saveCache, sourceHashes, textHash } from './disk-cache.js';
import { readNow } from './cached-outputs.js';
import { docsAt, modelKeys, modelPrints, pathKeys, repaint, type Changes, type ModelPrints } from './changes.js';
import { patchBodies } from './patch.js';
import { wrapPlugins } from './plugin-reads.js';
import { instrumentFor, Keys, readLog, trackGeneratedContent } from './track.js';
import { renderedEntries, unitsOf, type Unit } from './units.js';
import { walk, type WalkResult } from './walk.js';
import { readMemo } from '../site/read-memo.js';
import { fastWalk, indexOf } from './fast-walk.js';
import { forget, pluginChanges, relativeToSource, rewritesOnRead, sassDirOf, textChanges } from './change-scope.js';
import { sameContents, settlePaths, sourceMapOutputsOf, writeClashOf, writeOrderOf } from './output-paths.js';
import type { Prepared, State } from './builder-state.js';
import { changedPathMapper, followConfiguredSource } from '../config/configured-source.js';
import { languageBuilder } from './language-builder.js';
import { changesSinceLastSite } from './since-last-site.js';
import { namesMultipleLanguages, wholeSiteBuilder } from './whole-site-builder.js';
import type { GeneratorMemo } from '../plugins/generator-memo.js';
import type { SitePlugins } from '../render/site-plugins.js';
import { warmStart, type WarmStart } from './warm-start.js';
import { foundAsWritten } from './seen-destination.js';

export interface BuilderOptions extends Omit<RenderSiteOptions, 'threads'> {
  /**
   * Keep what a later process needs in `<cache_dir>/kyll/` (.jekyll-cache/kyll by default; a
   * folder source only; off for a safe site and with `disable_disk_cache`), so that its first build
   * renders only what changed since. Default false.
   */
  incremental?: boolean;
  /**
   * With `incremental`: the builder's first build is `kyll build -I` with no watch after it. When nothing
   * changed since the last build and the destination holds what it wrote, it is answered from the warm
   * record (warm.ts), as a plain `kyll build` is, without reading the site or the cache's state; each such
   * build that renders leaves that record. Not for a builder kept for updates (it needs the state).
   */
  oneOff?: boolean;
}

export interface UpdateResult {
  /** Files whose bytes are new or changed (written when the builder writes). */
  readonly written: readonly OutputFile[];
  /** Output paths, relative to the destination, that the site no longer has (deleted when writing). */
  readonly removed: readonly string[];
  /** The whole site as a clean build would give it. */
  readonly result: RenderResult;
  /** Documents, pages and generated outputs rendered again. */
  readonly rendered: number;
}

/** A build's result, and how many documents, pages and generated outputs it rendered. */
export interface BuildResult extends RenderResult {
  readonly rendered: number;
}

/** What `tidy` put right in the destination. */
export interface TidyResult {
  /** Outputs the destination lacked (deleted by hand), written again. */
  readonly written: readonly OutputFile[];
  /** Paths relative to the destination that the site does not have (put there by hand), removed. */
  readonly removed: readonly string[];
}

export interface Builder {
  /** A full build, written like renderSite's (with `incremental`, only what changed since the cached one). */
  build(): Promise<BuildResult>;
  /** Renders again what the changed files (source-relative or absolute) affect, and writes only that. */
  update(changedPaths: readonly string[]): Promise<UpdateResult>;
  /**
   * What Jekyll's cleaner and writer do to the destination on each rebuild, for a builder that
   * writes: removes what the site does not have (keep_files stay) and writes again the outputs
   * it lacks. Reads again only the folders whose time changed since the last tidy.
   */
  tidy(): Promise<TidyResult>;
}

const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'];

/**
 * One build among several writing into the same destination (jekyll-polyglot's languages,
 * language-builder.ts): the outputs it writes, and its own folder of the disk cache.
 */
export interface BuildPart {
  /** Whether it writes an output (a path relative to its destination); all are in its result. */
  readonly owns: (outputPath: string) => boolean;
  /** Its folder in the disk cache (.jekyll-cache/kyll/NAME). */
  readonly cacheName: string;
  /**
   * Its destination lies inside another build's (a language's DEST/LANG): the previous copy a full
   * write sets aside (`.LANG.kyll-old-...`) stands among that site's files, so it goes before the build
   * returns instead of in the background (a deploy right after `kyll build -I` would take it along).
   */
  readonly nested?: boolean;
  /**
   * The configuration overrides of its next read, when they can change between reads (a language
   * kept when the site's languages change: language-builder.ts); otherwise the options' `config`.
   */
  readonly overrides?: () => Data;
  /** What the generators memoize in the first of the builds of one Site (a language's: generator-memo.ts). */
  readonly generatorMemo?: GeneratorMemo;
}

export async function createBuilder(given: BuilderOptions): Promise<Builder> {
  const otherwise = (): Promise<Builder> => languageBuilder(given, createSiteBuilder);
  return changesSinceLastSite(namesMultipleLanguages(given) ? wholeSiteBuilder(given, otherwise) : await otherwise());
}

/** The builder of one site build (of one language, with `part`). */
export async function createSiteBuilder(given: BuilderOptions, part?: BuildPart): Promise<Builder> {
  const options = followConfiguredSource(given);
  const env = options.env ?? process.env;
  const root = typeof options.source === 'string' ? path.resolve(options.source) : undefined;
  const destination = options.destination ?? (root ? path.join(root, '_site') : undefined);
  const shouldWrite = options.write ?? (root !== undefined || options.destination !== undefined);
  const owned = (files: readonly OutputFile[]): OutputFile[] => (part ? files.filter((f) => part.owns(f.path)) : [...files]);
  if (root) {
    ensureSourceFolder(root);
    if (shouldWrite && destination) ensureNotInDestination(root, destination);
  }
  const log = readLog();
  const fixed = asBuildCommand(options.config);
  const overrides = part?.overrides;
  const base = {
    source: options.source,
    destination,
    get config(): Data {
      return overrides ? asBuildCommand(overrides()) : fixed;
    },
    configFiles: options.configFiles,
    env,
    generatorMemo: part?.generatorMemo,
  };
  const instrument = instrumentFor(log);
  const configFiles = new Set(options.configFiles ?? CONFIG_FILES);
  // Changed paths come as the caller knows the source: `source:` in its configuration may have moved it.
  const inFollowed = changedPathMapper(given, options);
  const sourcePathOf = (p: string): string | undefined => {
    const q = inFollowed(p);
    return q === undefined ? undefined : configFiles.has(q) ? q : relativeToSource(q, root, destination);
  };
  // Parsed posts, pages and documents: a read of the site after a change parses only the changed files again.
  const memo = readMemo();
  let state: State | undefined;
  // The destination's folders as the last update left them (write/destination-drift.ts).
  let folderTimes: FolderTimes | undefined;

  // Every read of the site loads its plugins again, as renderSite does (an edited `_plugins` module too).
  // With a signal (the CLI's SIGINT and SIGTERM), the read, the render and the first write pause
  // now and then (yield-point.ts), and stop there once it is aborted; an update writes all or nothing.
  const { signal } = options;
  let destinationChecked = false;
  // A full build from scratch (serve's and --watch's first, or after a change of configuration)
  // converts the site's Markdown on a thread of its own, as a one-off build does (render-site.ts):
  // started before the read when the site has enough posts, else once the texts are read if there
  // are enough of them (prepare-build.ts). Not for an --incremental build that has a cache to start
  // from (it may convert few texts), nor for updates, which convert only what changed. The thread
  // ends with the build.
  // (where the cache is, guessed before the site's configuration is read: the default cache folder, as build-threads.ts guesses)
  const cacheGuess = (): string | undefined => (root === undefined ? undefined : kyllCacheDir(root, options.config ?? {}));
  const mayThread = (): boolean => {
    if (root === undefined || options.profile || os.availableParallelism() < 2) return false;
    const guess = options.incremental ? cacheGuess() : undefined;
    return guess === undefined || !hasCacheFile(cacheDir(guess, part?.cacheName));
  };
  const loadPlugins = async (): Promise<SitePlugins> => {
    let loaded = await loadSitePlugins({ ...base, plugins: options.plugins });
    // Once: its scan of the destination for pages is not repeated on every update.
    if (root && shouldWrite && destination && !destinationChecked) {
      ensureNotSourceFolder(root, destination, loaded.config);
      // Jekyll's cache folder, as its Site makes it once (cache-gitignore.ts), past the guard.
      loaded = withCacheDir(loaded, root, destination);
    }
    destinationChecked = true;
    return loaded;
  };
  const prepare = async (pause: YieldPoint, threads?: MarkdownThread[], given?: SitePlugins): Promise<Prepared> => {
    const loaded = given ?? (await loadPlugins());
    const { plugins, opaque } = wrapPlugins(loaded.plugins, log);
    const lateMarkdownThread = threads
      ? (youngGenerationMb?: number): MarkdownThread | undefined => {
          const started = startMarkdownThread({ writeCache: shouldWrite, fromTheEnd: true, ...(youngGenerationMb ? { youngGenerationMb } : {}) });
          if (started) threads.push(started);
          return started;
        }
      : undefined;
    const markdownThread = threads?.[0];
    const inputs: BuildInputs = { ...base, opened: loaded.opened, plugins, theme: options.theme, instrument, memo, ...(markdownThread ? { markdownThread } : lateMarkdownThread ? { lateMarkdownThread } : {}) };
    const build = await runStepsPausing(prepareBuildSteps(inputs), pause);
    const pluginNames = loaded.plugins.map((p) => p.name);
    const units = unitsOf(build);
    for (const u of units) if (u.drop && (u.kind === 'generated' || u.kind === 'computed')) trackGeneratedContent(u.drop, u.sourcePath, log);
    // Pages count too: here they render among the documents' passes (render-site.ts renders them on one thread anyway).
    const counted = build.wholeInOrder === true || usesCounters(build.site, build.source, build.theme) || build.site.pages.some((p) => mayUseCounters(p.content));
    return { build, units, prepared: [...loaded.pluginDiagnostics, ...build.diagnostics], pluginNames, opaque, counted };
  };

  const finish = (next: Prepared, walked: WalkResult, prints: ModelPrints, fresh: boolean): { files: OutputFile[]; diagnostics: Diagnostic[] } => {
    if (walked.errors.length > 0) {
      state = undefined; // the next update starts again from scratch
      // A clean build (and Jekyll's) stops at the first output that fails, in render order, having
      // reported the warnings before it: so does the update, whatever else it rendered.
      const reported = [...next.prepared];
      for (const u of next.units) {
        const r = walked.records.get(u.key);
        if (r) reported.push(...r.diagnostics);
        if (r?.failed) throw withDiagnostics(r.failed, reported);
      }
      throw withDiagnostics(walked.errors[0], reported);
    }
    // Outputs sharing a path in Jekyll's write order: the last one is what Jekyll leaves there.
    // (the order is made only when outputs share a path: an update of a site with none does not ask)
    let orderOf: ((u: Unit, sourceMap: boolean) => number) | undefined;
    let maps: Set<OutputFile> | undefined;
    const files = inWriteOrder(walked.outputs, ([f]) => f.path, ([f, u]) => (orderOf ??= writeOrderOf(next.build))(u, (maps ??= sourceMapOutputsOf(walked.outputs)).has(f))).map(([f]) => f);
    let conflicts = state?.conflicts ?? [];
    let byPath = state?.byPath;
    if (fresh || !state || !byPath) {
      // a Sass page's outputs are [css, map]: the map is its SourceMapPage's own path
      maps ??= sourceMapOutputsOf(walked.outputs);
      const origins = new Map<OutputFile, string>(walked.outputs.map(([f, u]) => [f, maps!.has(f) ? sourceMapPath(u.doc as Page) : u.sourcePath]));
      const unchecked = new Set(walked.outputs.filter(([, u]) => u.generated?.rubyClass === UNCHECKED_RUBY_CLASS).map(([f]) => f));
      const named = new Map<OutputFile, string>();
      for (const [f, u] of walked.outputs) {
        const name = u.generated?.messagePath ?? (u.file && themeFileName(u.file, next.build.theme));
        if (name !== undefined) named.set(f, name);
      }
      // Doctor#conflicting_urls names documents and static files by their absolute path (render-site.ts)
      // (looked up only when a conflict is found)
      let absoluteSet: Set<OutputFile> | undefined;
      const absolute = (f: OutputFile): boolean => (absoluteSet ??= new Set(walked.outputs.filter(([, u]) => u.kind === 'document' || u.kind === 'static').map(([g]) => g))).has(f);
      conflicts = findUrlConflicts(files, origins, unchecked, named, { destination: shouldWrite ? destination : undefined, root: next.build.source.root, absolute });
      byPath = new Map(files.map((f) => [f.path, f]));
    }
    // Diagnostics in render order; after a pass that changed none, the same as before.
    const unchanged = !fresh && state && [...walked.before].every(([k, b]) => !b?.diagnostics.length && !walked.records.get(k)?.diagnostics.length);
    let diagnostics: Diagnostic[];
    if (unchanged && state) diagnostics = [...state.diagnostics];
    else {
      diagnostics = [...next.prepared];
      for (const u of next.units) {
        const d = walked.records.get(u.key)?.diagnostics;
        if (d && d.length > 0) diagnostics.push(...d);
      }
      diagnostics.push(...conflicts);
    }
    // Site#cleanup, after the render: a keep_files entry that is the destination itself stops it (keep-files.ts),
    // then an output that has no place in the destination (render/unplaced.ts).
    const stop = keepFilesError(next.build.site.config.keep_files, destination) ?? cleanupError(next.build, documentsInRenderOrder(next.build.site, next.build.replaced));
    if (stop) {
      state = undefined;
      throw withDiagnostics(stop, diagnostics);
    }
    // The index the quick pass starts from, made now rather than at the first edit; not for a one-off
    // `kyll build -I`, which ends with this build (were it to watch, `watch: true` in _config.yml, its
    // first edit makes it: fast-walk.ts).
    const indexed = fresh && !options.oneOff ? { ...walked, index: indexOf(next.units, walked) } : walked;
    state = { ...next, walked: indexed, prints, files, byPath, conflicts, diagnostics: [...diagnostics] };
    return { files, diagnostics };
  };

  const resultOf = (files: OutputFile[], diagnostics: Diagnostic[], t0: number, tRender: number): RenderResult => {
    const tEnd = performance.now();
    return {
      // A copy with the rendered excerpts, as renderSite's (the builder patches its own model in
      // place); its documents are copied only when read.
      site: withRenderedExcerpts(state!.build.site, state!.build.ctx.drops),
      files,
      diagnostics,
      destination: shouldWrite ? destination : undefined,
      timings: { render: tRender - t0, write: tEnd - tRender, total: tEnd - t0 },
      threads: 1,
    };
  };

  // A one-off `kyll build -I` (options.oneOff), its first build only, as render-site.ts keys a plain build.
  let warmable = options.oneOff === true && options.incremental === true && root !== undefined && shouldWrite && destination !== undefined && !part && !options.theme && !options.profile && !options.verbose && !options.plugins?.length;
  const build = async (): Promise<BuildResult> => {
    const t0 = performance.now();
    state = undefined;
    folderTimes = undefined;
    memo.entries.clear();
    const pause = yieldPoint(signal);
    // Nothing changed since the last build and the destination is as it left it: that build's files are
    // this one's. Only where the cache's state is there too (else this build renders all and makes it).
    let warm: WarmStart | undefined;
    let loaded: SitePlugins | undefined;
    if (warmable) {
      loaded = await loadPlugins();
      // (kyll's cache folder: none for a safe site or with the disk cache off, cache-folder.ts)
      const kyllDir = kyllCacheDir(root!, loaded.config);
      warm = kyllDir === undefined ? undefined : warmStart({ root: root!, cache: kyllDir, destination: destination!, env, loaded, t0 });
      if (warm?.result && hasCacheFile(kyllDir!)) return { ...warm.result, rendered: 0 };
    }
    warmable = false;
    const threaded = mayThread();
    const early = threaded ? markdownThreadFor(root!, destination, shouldWrite) : undefined;
    const threads: MarkdownThread[] = early ? [early] : [];
    try {
      return await buildFrom(await prepare(pause, threaded ? threads : undefined, loaded), pause, t0, warm);
    } finally {
      warm?.stop?.();
      for (const t of threads) t.stop();
    }
  };

  const buildFrom = async (next: Prepared, pause: YieldPoint, t0: number, warm?: WarmStart): Promise<BuildResult> => {
    const disk = diskCacheFor(next, warm?.stamps);
    const loaded = disk && !next.counted ? loadCache(disk.dir, disk.key, next.build, disk.hashes, shouldWrite ? destination : undefined, options.oneOff === true) : undefined;
    const prints = modelPrints(next.build.site, next.build.ctx.drops, next.units, loaded ? loaded.prints : undefined);
    const changes: Changes = loaded
      ? { all: false, paths: loaded.changedPaths, keys: pathKeys(loaded.changedPaths, sassDirOf(next.build), next.units) }
      : { all: true, paths: new Set(), keys: new Set() };
    if (loaded) {
      for (const k of modelKeys(loaded.prints, prints)) changes.keys.add(k);
      if (loaded.timeChanged) changes.keys.add(Keys.time);
      if (rewritesOnRead(next.build)) textChanges(next.units, (u) => loaded.texts.get(u.key) !== textHash(u), changes);
    }
    const walked = await walk(next.build, next.units, { log, previous: loaded ? loaded.walked : undefined, changes, fresh: true, destination, pause });
    const { files, diagnostics } = finish(next, walked, prints, true);
    afterRender(next.build.ctx);
    const tRender = performance.now();
    if (shouldWrite && destination) {
      const clash = writeClashOf(next.build, walked.outputs, destination);
      if (clash) {
        state = undefined;
        throw withDiagnostics(clash, diagnostics);
      }
      // The previous site goes in the background, as renderSite's does (remove-later.ts): serve's and
      // --watch's first build over an existing _site does not wait for its removal.
      if (!loaded) diagnostics.push(...(await writeSiteInTurns(destination, owned(files), { keepFiles: next.build.site.config.keep_files, removePrevious: part?.nested ? 'now' : 'background' }, pause)).diagnostics);
      else {
        // What was rendered now, and whatever the destination lacks of the rest.
        const rendered = new Set(walked.renderedKeys.flatMap((k) => walked.records.get(k)?.outputs ?? []));
        // Of outputs sharing a path, only the one Jekyll writes last (byPath's).
        const now = state!.byPath;
        const wins = (f: OutputFile): boolean => now.get(f.path) === f;
        // (an output the cache found as written, its stat signature unchanged, is not looked at again: seen-destination.ts)
        const written = [...owned([...rendered].filter(wins)), ...missingOrChanged(destination, owned(files.filter((f) => !rendered.has(f) && wins(f) && !foundAsWritten(f))))];
        // Whatever else the destination holds goes, as Jekyll's cleaner removes it before an incremental
        // write too (an output of a build with other options since, a file put there by hand); keep_files
        // stay. A language of several writing one destination removes only its outputs of the last build.
        const removed = part
          ? [...new Set([...loaded.walked.records.values()].flatMap((r) => r.outputs.map((f) => f.path)))].filter((p) => !now.has(p) && part.owns(p))
          : strayEntries(fs, destination, [...now.values()], next.build.site.config.keep_files ?? [], warm?.destinationEntries?.(next.build.site.config.keep_files));
        try {
          signal?.throwIfAborted();
          // What the cache left unread at the paths written or removed now is read first (cached-outputs.ts).
          readNow(files, new Set([...written.map((f) => f.path), ...removed]));
          warm?.changed?.([...written.map((f) => f.path), ...removed]);
          writeChanges(destination, written, removed);
        } catch (e) {
          state = undefined;
          throw e;
        }
      }
      await writeHooks(next, walked, destination, files);
    }
    if (disk) {
      // What this build wrote is in the destination (of outputs sharing a path, the one written last).
      const now = state!.byPath;
      const written = (f: OutputFile): boolean => shouldWrite && destination !== undefined && now.get(f.path) === f && (!part || part.owns(f.path));
      saveCache(disk.dir, disk.key, next.build, disk.hashes, prints, next.units, walked, rewritesOnRead(next.build), written, shouldWrite ? destination : undefined, loaded?.kept);
    }
    // The warm record of what the destination now holds (the whole site, as a clean build's).
    if (shouldWrite && destination) warm?.save(owned(files), diagnostics, next.build.site.config.keep_files);
    return { ...resultOf(files, diagnostics, t0, tRender), rendered: walked.rendered };
  };

  // --incremental: the disk cache of a folder source, unless disable_disk_cache.
  // (`stamps`: the hashes a one-off build's warm key took of the files: warm-start.ts)
  const diskCacheFor = ({ build, pluginNames }: Prepared, stamps?: WarmStart['stamps']): { dir: string; key: string; hashes: Map<string, string> } | undefined => {
    // In <cache_dir>/kyll, as Jekyll's cache is in cache_dir; none for a safe site (cache-folder.ts).
    const kyllDir = options.incremental && root ? kyllCacheDir(root, build.site.config) : undefined;
    if (!kyllDir) return undefined;
    // JavaScript plugins may read anything: their sites are not cached (every build renders all).
    if (pluginNames.length > 0) return undefined;
    return { dir: cacheDir(kyllDir, part?.cacheName), key: cacheKey(build, pluginNames), hashes: sourceHashes(build, stamps) };
  };

  const update = async (changedPaths: readonly string[]): Promise<UpdateResult> => {
    if (!state) {
      const result = await build();
      return { written: result.files, removed: [], result, rendered: result.rendered };
    }
    const t0 = performance.now();
    const old = state;
    const pause = yieldPoint(signal);
    const paths = new Set(changedPaths.map(sourcePathOf).filter((p): p is string => p !== undefined));
    const plugged = old.pluginNames.length > 0;
    const all = [...paths].some((p) => configFiles.has(p)) || (paths.size > 0 && (old.opaque || old.counted));
    const changes: Changes = { all, paths, keys: pathKeys(paths, sassDirOf(old.build), old.units) };
    // What the memo keeps of the changed files (of everything, for the config or plugins) is read again.
    if (all || plugged) memo.entries.clear();
    else for (const p of paths) forget(memo, p);
    let next: Prepared = old;
    let prints = old.prints;
    let fresh = false;
    // Bodies and plain fields go into the model in place; anything else reads the site again.
    let patched = paths.size > 0 && !changes.all && !plugged && !rewritesOnRead(old.build) ? patchBodies(old.build, old.units, paths) : undefined;
    // A document that uses a counter now: counters run through the whole build (see Prepared#counted).
    if (patched && docsAt(old.units, paths).some((u) => mayUseCounters(u.doc?.content ?? ''))) {
      changes.all = true;
      memo.entries.clear();
      patched = undefined;
    }
    if (patched && patched.size > 0) {
      for (const k of patched) changes.keys.add(k);
      prints = repaint(old.prints, old.build.ctx.drops, old.units, paths);
    }
    if (paths.size > 0 && (changes.all || plugged || !patched)) {
      try {
        next = await prepare(pause);
      } catch (e) {
        state = undefined; // a site that cannot be read: the next update reads it all again, as a clean build
        throw e;
      }
      fresh = true;
      prints = modelPrints(next.build.site, next.build.ctx.drops, next.units, old.prints);
      for (const k of modelKeys(old.prints, prints)) changes.keys.add(k);
      // A new read takes the clock again (Site#reset): what shows site.time renders again, as in a
      // fresh build now. (A body patched in place keeps the model, its time with it.)
      if (next.build.site.time.getTime() !== old.build.site.time.getTime()) changes.keys.add(Keys.time);
      if (plugged) pluginChanges(old.build.site.config, next.build.site.config, changes);
      // What plugins did to the texts as read (a JavaScript plugin, jekyll-relative-links' links to files
      // that came or went) counts as changed; a text the read memo kept is the same string.
      const before = new Map(old.units.map((u) => [u.key, u.doc?.content]));
      textChanges(next.units, (u) => before.get(u.key) !== u.doc!.content, changes);
    }
    let walked: WalkResult;
    try {
      walked =
        paths.size === 0
          ? old.walked
          : fresh
            ? await walk(next.build, next.units, { log, previous: old.walked, changes, fresh, destination, pause })
            : await fastWalk(next.build, next.units, log, old.walked, changes, destination);
    } catch (e) {
      state = undefined; // stopped part way (a signal): the model was patched, the next update builds it all again
      throw e;
    }
    // Only rendered units can have new bytes; only they and units gone can leave outputs behind.
    const touched = new Set(walked === old.walked ? [] : walked.renderedKeys);
    if (fresh) for (const key of old.walked.records.keys()) if (!walked.records.has(key)) touched.add(key);
    // The paths the rendered units wrote before and write now; what the destination held at each.
    const oldPaths = new Set<string>();
    const touchedPaths = new Set<string>();
    for (const key of touched) {
      for (const f of (fresh ? old.walked.records.get(key) : walked.before.get(key))?.outputs ?? []) oldPaths.add(f.path), touchedPaths.add(f.path);
      for (const f of walked.records.get(key)?.outputs ?? []) touchedPaths.add(f.path);
    }
    const before = new Map([...touchedPaths].map((p) => [p, old.byPath.get(p)]));
    const { files, diagnostics } = finish(next, walked, prints, fresh);
    if (walked !== old.walked) afterRender(next.build.ctx);
    const current = state!.byPath;
    // The same units, the same paths: the map of outputs is updated in place (a fresh read made it anew).
    if (!fresh) settlePaths(files, touchedPaths, current);
    // At a path that outputs share, the one Jekyll writes last is what a clean build leaves, whichever was edited.
    const written: OutputFile[] = [];
    for (const p of touchedPaths) {
      const now = current.get(p);
      if (now && !sameContents(before.get(p), now)) written.push(now);
    }
    const removed = [...oldPaths].filter((p) => !current.has(p));
    const tRender = performance.now();
    if (shouldWrite && destination && (written.length > 0 || removed.length > 0)) {
      try {
        signal?.throwIfAborted();
        writeChanges(destination, owned(written), part ? removed.filter(part.owns) : removed);
      } catch (e) {
        // The destination holds the site before this update (update-journal.ts): the next update builds it all again.
        state = undefined;
        folderTimes = undefined;
        throw e;
      }
    }
    if (shouldWrite && destination && walked !== old.walked) await writeHooks(next, walked, destination, files);
    return { written, removed, result: resultOf(files, diagnostics, t0, tRender), rendered: paths.size === 0 ? 0 : walked.rendered };
  };

  // Jekyll cleans the destination and writes every output on each rebuild (site.rb#process: cleaner.rb,
  // then write): a file put there by hand goes (keep_files stay), an output deleted by hand comes back.
  // A language of several writing one destination cleans its own folder (see below).
  const tidy = async (): Promise<TidyResult> => {
    if (!state || !shouldWrite || !destination) return { written: [], removed: [] };
    folderTimes ??= new FolderTimes(fs, destination);
    // A language's build cleans its own folder as Jekyll's Cleaner does in polyglot's process_language: the
    // default one DEST (its keep_files name the other languages' folders), another one DEST/LANG.
    const drift = folderTimes.drift(state.byPath, state.build.site.config.keep_files ?? []);
    const written = owned(drift.missing);
    const removed = drift.strays;
    if (written.length === 0 && removed.length === 0) return { written, removed };
    try {
      signal?.throwIfAborted();
      writeChanges(destination, written, removed);
    } catch (e) {
      state = undefined;
      folderTimes = undefined;
      throw e;
    }
    folderTimes.wrote([...written.map((f) => f.path), ...removed]);
    return { written, removed };
  };

  return { build, update, tidy };
}

/** The write hooks, as renderSite runs them once the site is written (site-hooks.ts). */
async function writeHooks(prepared: Prepared, walked: WalkResult, destination: string, files: readonly OutputFile[]): Promise<void> {
  const { ctx } = prepared.build;
  if (!ctx.hooked?.length) return;
  await afterWrite(ctx, renderedEntries(prepared.units, (key) => walked.records.get(key)?.outputs), { destination, paths: files.map((f) => f.path) });
}
