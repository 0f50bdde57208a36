// renderSite: read → generate → render → write, as Jekyll's Site#process.
// Everything up to the write happens in memory; `write: false` returns the
// files without touching the disk.
import { lsiOn } from './lsi/related.js';
import { asBuildCommand } from '../config/build-command.js';
import { bundlerPluginNames } from '../plugins/gemfile.js';
import os from 'node:os';
import path from 'node:path';
import { KyllError, atSourceFile, withDiagnostics } from '../errors/kyll-error.js';
import type { PluginSpec } from '../plugins/load.js';
import type { Drop, Drops } from '../site/drops.js';
import { staticFilesToWrite } from '../site/static-files.js';
import { DOCUMENT_DROP } from '../values/document-drop-mark.js';
import type { Source } from '../source/source.js';
import type { Data, Diagnostic, Document, OutputFile, RenderResult, SiteConfig } from '../types.js';
import { ensureSourceFolder } from '../source/source-folder.js';
import { followConfiguredSource } from '../config/configured-source.js';
import { ensureNotInDestination, ensureNotSourceFolder, findUrlConflicts, themeFileName, inDestination, UNCHECKED_RUBY_CLASS, inWriteOrder, writeOrderKey, WRITE_RANK, type WriteRank } from '../write/index.js';
import { keepFilesError } from '../write/keep-files.js';
import { openSiteWriter, type SiteWriter } from '../write/site-writer.js';
import type { WrittenOutput } from '../write/written-output.js';
import { documentSink, outputFromDisk, pathPlan, type WriteTo } from './staged-outputs.js';
import { firstWriteClash, type WriteStep } from '../write/path-clash.js';
import { DocumentQueue, firstFailure, renderDocumentsInWorkers, workerCountFor, type Failure, type RenderedDocument, type WorkerRun } from './parallel.js';
import { documentsInRenderOrder, prepareBuildSteps, type BuildInputs, type PreparedBuild } from './prepare-build.js';
import { firstMisplaced } from './unplaced.js';
import { afterRender, afterWrite, renderedEntry, type RenderedEntry } from './site-hooks.js';
import { computedAfterHooks, renderWithHooks } from './hooked-render.js';
import { withRenderedExcerpts } from './rendered-site.js';
import { renderComputed, renderPages, sourceMapOutputs, startSassPages, type SassSetup } from './render-pages.js';
import { sassDiskCache } from './sass-cache.js';
import { EARLY_SASS, startEarlySassThread, startSassThread, type SassThread } from './sass-thread.js';
import { loadSitePlugins } from './site-plugins.js';
import { withCacheDir } from '../build/cache-gitignore.js';
import { warmAfterBuild, warmStart } from '../build/warm-start.js';
import { warmRecordIn } from '../build/warm.js';
import { kyllCacheDir } from '../build/cache-folder.js';
import { uncacheable } from '../build/warm-key.js';
import { keepsLinks, outputEncoder, staticOutput, textFile } from './outputs.js';
import { createRenderProfile } from './profile.js';
import { traceThread } from './thread-trace.js';
import { touchKey } from '../values/default-hash.js';
import { usesPolyglot } from '../plugins/polyglot/settings.js';
import type { GeneratorMemo } from '../plugins/generator-memo.js';
import { renderLanguages } from '../plugins/polyglot/language-builds.js';
import { usesMultipleLanguages } from '../plugins/multiple-languages/settings.js';
import { renderLanguages as renderTranslations } from '../plugins/multiple-languages/language-builds.js';
import { createFilterCache, type FilterCache } from '../liquid/filters/url.js';
import { runStepsPausing, yieldPoint, type YieldPoint } from './yield-point.js';
import { markdownThreadFor, startMarkdownThread, type MarkdownThread } from './markdown-thread.js';
import { readAheadFor, readingAhead } from '../read/read-ahead.js';

/** The Site#filter_cache a build shares with the builds of the same Site before it (jekyll-multiple-languages-plugin). */
const FILTER_CACHE = Symbol('kyll.filterCache');
// What the generators memoize in the first of the builds of one Site (generator-memo.ts).
const GENERATOR_MEMO = Symbol('kyll.generatorMemo');
/**
 * A language's build into a folder of the site's destination (DEST/LANG): the previous copy its
 * swap sets aside (DEST/.LANG.kyll-old-...) stands among the site's files, so it goes before the
 * build returns, not in the background (a deploy right after `kyll build` would take it along).
 */
const NESTED = Symbol('kyll.nestedDestination');

export { JEKYLL_VERSION } from './prepare-build.js';

export interface RenderSiteOptions {
  /** The site folder, or a Source (`memorySource({...})`) to render without a disk. */
  source: string | Source;
  /** Where to write; default `<source>/_site`. Ignored when `write` is false. */
  destination?: string;
  /** Overrides merged over `_config.yml`. */
  config?: Data;
  configFiles?: readonly string[];
  /** Write the files (default true when the source is a folder, false for a memory Source). */
  write?: boolean;
  /** Environment for SOURCE_DATE_EPOCH and JEKYLL_ENV; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Extra plugins besides the built-in ones named in `plugins:` and the site's
   * `_plugins/*.js`/`*.mjs`: objects, or `{ path }` of a module whose default
   * export is the plugin (those also load in render workers).
   */
  plugins?: readonly PluginSpec[];
  theme?: Source;
  /**
   * Render posts and documents on this many threads. Default: one per two cores
   * (up to 8 cores) for sites read from a folder with 8,000 posts or more, else one
   * (thread-count.ts: on 2 cores, one at every size). Extra
   * plugins and themes given as objects keep rendering on the main thread;
   * plugins given by path and `_plugins` modules load in every worker.
   */
  threads?: number;
  /** Time each document, layout and include (`--profile`); the rows come back in `result.profile`. Renders on one thread. */
  profile?: boolean;
  /**
   * `--verbose`: Jekyll's debug lines (Rendering:, Writing:...) in `result.diagnostics`, level
   * `debug`, in Jekyll's order (render/debug-trail.ts). Renders on one thread, never from the cache.
   */
  verbose?: boolean;
  /**
   * Stops the build when aborted (the CLI's SIGINT and SIGTERM): the read and the render give the
   * event loop a turn every ~50 ms to notice (yield-point.ts), then throw the signal's reason; nothing
   * of the build reaches the destination (its staging folder is removed).
   */
  signal?: AbortSignal;
}

export async function renderSite(given: RenderSiteOptions): Promise<RenderResult> {
  const t0 = performance.now();
  const options = followConfiguredSource(given);
  traceThread('renderSite');
  const env = options.env ?? process.env;
  const destination =
    options.destination ?? (typeof options.source === 'string' ? path.join(options.source, '_site') : undefined);
  const shouldWrite = options.write ?? (typeof options.source === 'string' || options.destination !== undefined);
  // Before anything reads or writes: a missing source, or a destination that would swallow it, stop the build.
  if (typeof options.source === 'string') {
    ensureSourceFolder(options.source);
    if (shouldWrite && destination) ensureNotInDestination(options.source, destination);
  }
  const generatorMemo = (options as { [GENERATOR_MEMO]?: GeneratorMemo })[GENERATOR_MEMO];
  const base = { source: options.source, destination, config: asBuildCommand(options.config), configFiles: options.configFiles, env, generatorMemo };
  // JavaScript plugins load first (by path, so that workers can load them too).
  let loaded = await loadSitePlugins({ ...base, plugins: options.plugins });
  // The configuration names the folders the site reads: the destination must be none of them.
  if (typeof options.source === 'string' && shouldWrite && destination) ensureNotSourceFolder(options.source, destination, loaded.config);
  // jekyll-polyglot: one build per language (a build given `active_lang` is one of them).
  const polyglot = usesPolyglot(loaded.config);
  if (polyglot && options.config?.active_lang === undefined) {
    return renderLanguages(loaded.config, options.source, destination, options.config, (config, dest, memo) =>
      renderSite({ ...given, config, destination: dest, write: shouldWrite, [GENERATOR_MEMO]: memo, [NESTED]: dest !== destination } as RenderSiteOptions),
    );
  }
  // jekyll-multiple-languages-plugin: one build per language (a build given `translations` is one of them), on this thread.
  const translated = usesMultipleLanguages(loaded.config);
  if (translated && options.config?.translations === undefined) {
    const read = (file: string): string | undefined => (loaded.opened.exists(file) ? loaded.opened.readText(file) : undefined);
    const filterCache = createFilterCache();
    return renderTranslations(loaded.config, destination, options.config, read, (config, dest) =>
      renderSite({ ...given, config, destination: dest, write: shouldWrite, threads: 1, [FILTER_CACHE]: filterCache, [NESTED]: dest !== destination } as RenderSiteOptions),
    );
  }
  // Jekyll's cache folder, made before reading (cache-gitignore.ts): past the guards, in each language's build.
  if (typeof options.source === 'string' && shouldWrite && destination) loaded = withCacheDir(loaded, options.source, destination);
  // Nothing changed since the last build of this folder: its files are this build's (lib/build/warm.ts).
  // With a record of the last build, checked first; without, after the build or while the workers start.
  const warmable = typeof options.source === 'string' && shouldWrite && destination !== undefined && !options.theme && !options.profile && !options.verbose && !options.plugins?.length && !polyglot && !translated;
  // The record is kept in <cache_dir>/kyll, as Jekyll keeps its cache in cache_dir; none for a safe site or with disable_disk_cache.
  const warmCache = warmable ? kyllCacheDir(options.source as string, loaded.config) : undefined;
  const warmInputs = warmCache && destination !== undefined ? { root: path.resolve(options.source as string), cache: warmCache, destination, env, loaded, t0 } : undefined;
  let warm = warmInputs && warmRecordIn(warmInputs.cache) ? warmStart(warmInputs) : undefined;
  if (warm?.result) return warm.result;
  // LSI's related posts read the posts as they stand when first asked for: Jekyll's render order, one thread
  const canUseWorkers = typeof options.source === 'string' && loaded.loadableByWorkers && !options.theme && !options.profile && !options.verbose && !lsiOn(loaded.config);
  // Workers start now, loading the engine while this thread reads the site (they get what it read).
  const threads = canUseWorkers ? workerCountFor(options.source as string, destination, options.threads) : 0;
  // One render thread: the posts are read ahead on a thread of their own (read/read-ahead.ts).
  const ahead = threads <= 1 && typeof options.source === 'string' ? readAheadFor(options.source, destination) : undefined;
  const read = ahead ? { ...loaded, opened: readingAhead(loaded.opened, ahead) } : loaded;
  // No record and no worker: nothing to take from the cache, and the key is made after the
  // build from the files it read (warm-start.ts#warmAfterBuild). With workers, made while they start.
  const after = warmInputs && !warm && threads <= 1 ? warmAfterBuild({ ...warmInputs, loaded: read }) : undefined;
  warm ??= after;
  const queue = new DocumentQueue(Math.max(1, threads));
  // Outputs go to disk as they are rendered, by whichever thread renders them (site-writer.ts).
  // When the build leaves a warm record, the writer thread notes what it wrote (warm.ts#saveWarmRecord).
  const recordStats = warmInputs !== undefined && uncacheable(loaded.config, env, loaded.plugins.length, bundlerPluginNames(loaded.opened, env)) === undefined;
  const writer = shouldWrite && destination ? openSiteWriter(destination, { removePrevious: (options as { [NESTED]?: boolean })[NESTED] ? 'now' : 'background', recordStats, source: typeof options.source === 'string' ? options.source : undefined }) : undefined;
  const writeTo = writer?.staging !== undefined ? { staging: writer.staging, destination: writer.destination, previous: writer.previous } : undefined;
  const workers = threads > 1 ? renderDocumentsInWorkers({ ...base, source: options.source as string, pluginUrls: loaded.urls }, threads, queue, writeTo) : undefined;
  // libsass takes longest to load: on its own thread from the start when the site seems to have
  // Sass that the cache (in its default folder) cannot answer yet.
  // (The library's renderSite may have started it already, while the engine loaded.)
  const handed = (options as { [EARLY_SASS]?: SassThread })[EARLY_SASS];
  const earlySass = handed ?? (typeof options.source === 'string' ? startEarlySassThread(options.source) : undefined);
  const stops: Array<() => void> = [];
  if (ahead) stops.push(ahead.stop);
  if (after?.stop) stops.push(after.stop);
  if (earlySass) stops.push(earlySass.stop);
  // One render thread: Markdown is converted ahead on a thread of its own (markdown-thread.ts).
  const threadable = threads <= 1 && typeof options.source === 'string' && !options.profile;
  const markdownThread = threadable ? markdownThreadFor(options.source as string, destination, shouldWrite) : undefined;
  if (markdownThread) stops.push(markdownThread.stop);
  // Else a site of few posts may still start one once it is read (late-markdown-thread.ts).
  const lateMarkdownThread =
    threadable && !markdownThread && os.availableParallelism() > 1
      ? (youngGenerationMb?: number): MarkdownThread | undefined => {
          const started = startMarkdownThread({ writeCache: shouldWrite, fromTheEnd: true, ...(youngGenerationMb ? { youngGenerationMb } : {}) });
          if (started) stops.push(started.stop);
          return started;
        }
      : undefined;
  // Compiled Sass is kept in a site folder's .jekyll-cache (read only by a build that writes nothing).
  const sassRoot = read.opened.root;
  const sassCache = typeof options.source === 'string' ? (config: SiteConfig) => sassDiskCache(sassRoot, config, writer === undefined) : undefined;
  const inputs = { ...base, sassCache, opened: after?.source ?? read.opened, plugins: loaded.plugins, theme: options.theme, profile: options.profile ? createRenderProfile() : undefined, verbose: options.verbose, pluginDiagnostics: loaded.pluginDiagnostics, markdownThread, lateMarkdownThread, filterCache: (options as { [FILTER_CACHE]?: FilterCache })[FILTER_CACHE] };
  earlySass?.warm(workers !== undefined);
  try {
    warm ??= warmInputs ? warmStart(warmInputs) : undefined;
    if (warm?.result) return warm.result;
    options.signal?.throwIfAborted();
    const pause = yieldPoint(options.signal);
    const result = await render({ inputs, queue, workers, t0, threads, destination, writer, writeTo, stops, earlySass, pause, signal: options.signal });
    warm?.save(result.files, result.diagnostics, result.site.config.keep_files);
    return result;
  } finally {
    await writer?.abort();
    workers?.stop();
    for (const stop of stops) stop();
  }
}

/**
 * `--verbose`: Site#write's `Writing:` lines (Page#write, Document#write), in its order: the pages
 * as site.pages holds them (generated ones with them), then the documents; no static file.
 */
function writingLines(debug: (topic: string, message: string) => void, destination: string, build: PreparedBuild, docs: readonly Document[]): void {
  const { site, ctx, generated, generatedDrops, replaced } = build;
  const outputOf = new Map<Drop, string>();
  for (const page of site.pages) if (!replaced.has(page.relativePath) && page.outputPath) outputOf.set(ctx.drops.dropFor(page), page.outputPath);
  for (const g of generated) if (g.outputPath) outputOf.set(generatedDrops.get(g)!, g.outputPath);
  const at = (p: string): string => path.join(destination, p);
  for (const drop of ctx.drops.pages) {
    const out = outputOf.get(drop) ?? sourceMapOutputs.get(drop);
    if (out !== undefined) debug('Writing:', at(out));
  }
  for (const doc of docs) if (doc.write && doc.outputPath) debug('Writing:', at(doc.outputPath));
}

/** One build's running state: what it reads, its threads, when it started. */
interface BuildRun {
  readonly inputs: BuildInputs & { readonly pluginDiagnostics: readonly Diagnostic[] };
  readonly queue: DocumentQueue;
  readonly workers: WorkerRun | undefined;
  readonly t0: number;
  readonly threads: number;
  readonly destination: string | undefined;
  /** Writes the outputs (a build that writes to a destination). */
  readonly writer: SiteWriter | undefined;
  /** Where this thread and the workers write documents as they render them (a staging folder). */
  readonly writeTo: WriteTo | undefined;
  /** Threads started during the build (Sass), ended when it ends. */
  readonly stops: Array<() => void>;
  /** The Sass thread started before the site was read, if any. */
  readonly earlySass?: SassThread;
  /** A turn of the event loop now and then, where the build may be stopped (yield-point.ts). */
  readonly pause: YieldPoint;
  /** The build's stop signal, for the wait for the last writes. */
  readonly signal?: AbortSignal;
}

async function render(run: BuildRun): Promise<RenderResult> {
  // The workers, started before the read, prepare their build from the site read here.
  // They also parse a share of the posts as this thread reads them (parallel-read.ts).
  const { opened } = run.inputs;
  const shared = run.workers && opened && !run.inputs.memo ? { onRead: run.workers.send, memo: run.workers.readMemo(opened) } : run.workers ? { onRead: run.workers.send } : {};
  // The read pauses between files too, where a signal can stop it (yield-point.ts).
  const build = await runStepsPausing(prepareBuildSteps({ ...run.inputs, ...shared }), run.pause);
  build.diagnostics.unshift(...run.inputs.pluginDiagnostics);
  try {
    return await renderPrepared(run, build);
  } catch (e) {
    // What was reported before the error is printed before it, as Jekyll prints its warnings as they come.
    throw withDiagnostics(e, build.diagnostics);
  }
}

async function renderPrepared(run: BuildRun, build: PreparedBuild): Promise<RenderResult> {
  const { inputs, queue, workers, t0, threads, destination, writer, pause } = run;
  const { site, ctx, generated, replaced, diagnostics, source } = build;
  const rendered: RenderedEntry[] = [];
  const sass = startSassPages(build, prepareSass(build, run.earlySass, workers !== undefined));
  if (sass.thread) run.stops.push(sass.thread.stop);
  const tRead = t0 + build.readMs;
  const tGenerate = performance.now();

  // Render: every collection's documents (posts first), then pages (site.rb#render).
  const files: OutputFile[] = [];
  const origins = new Map<OutputFile, string>();
  // Outputs sharing a path: Jekyll writes pages (in site.pages order, generated ones too), static
  // files, then documents (in collection order, a document's stand-in in its place: conflicts.ts),
  // where this build emits documents first and computed pages last; the highest key listed at each path.
  const ranks: number[] = [];
  const topRank = new Map<string, number>();
  let shared = false;
  const pagePlace = new Map<Drop, number>(ctx.drops.pages.map((d, i) => [d, i]));
  const allDocs = documentsInRenderOrder(site, new Set());
  const docPlace = new Map<Drop, number>(allDocs.map((d, i) => [ctx.drops.dropFor(d), i]));
  const orderKey = (rank: WriteRank, drop: Drop | undefined): number => {
    if (drop && DOCUMENT_DROP in drop) return writeOrderKey(WRITE_RANK.document, docPlace.get(drop), allDocs.length);
    if (rank === WRITE_RANK.page) return writeOrderKey(rank, drop && pagePlace.get(drop), ctx.drops.pages.length);
    return rank;
  };
  const listed = (file: OutputFile, from: string, rank: number = WRITE_RANK.document): OutputFile => {
    files.push(file);
    ranks.push(rank);
    origins.set(file, from);
    const top = topRank.get(file.path);
    if (top !== undefined) shared = true;
    if (top === undefined || rank > top) topRank.set(file.path, rank);
    return file;
  };
  // Every output passes lib/write's Jekyll.sanitized_path here, so that the
  // paths reported in memory are the ones written: inside the destination.
  // One that Jekyll writes before an output already listed at its path (a page where a post is) is not written.
  const encode = outputEncoder(site, build.ctx.utf8Outputs);
  // An output in the way of another's folder waits: the build stops after rendering (path-clash.ts).
  const inTheWay = writer && destination ? pathPlan(build, destination).inTheWay : undefined;
  // Outputs the doctor does not check for conflicts (redirect pages: conflicts.ts)
  const uncheckedDrops = new Set<Drop>();
  // and the Page#path the doctor names a generated page by, where it is not its relativePath
  const pathOfDrop = new Map<Drop, string>();
  for (const g of generated) {
    if (g.rubyClass === UNCHECKED_RUBY_CLASS) uncheckedDrops.add(build.generatedDrops.get(g)!);
    if (g.messagePath !== undefined) pathOfDrop.set(build.generatedDrops.get(g)!, g.messagePath);
  }
  const unchecked = new Set<OutputFile>();
  const conflictPaths = new Map<OutputFile, string>();
  const emitAs = (kind: WriteRank) => (output: OutputFile, from: string, drop?: Drop): OutputFile => {
    const file = inDestination(encode ? encode(output) : output, destination);
    const rank = orderKey(kind, drop);
    const shadowed = (topRank.get(file.path) ?? rank) > rank;
    const out = listed(writer && !shadowed && !inTheWay?.has(file.path) ? writeFrom(file, from) : file, from, rank);
    if (drop && uncheckedDrops.has(drop)) unchecked.add(out);
    const named = drop && pathOfDrop.get(drop);
    if (named !== undefined) conflictPaths.set(out, named);
    return out;
  };
  // An output that cannot be written (a name too long, a NUL byte in a permalink) names its source file.
  const writeFrom = (file: OutputFile, from: string): OutputFile => {
    try {
      return writer!.write(file);
    } catch (e) {
      throw atSourceFile(e, from);
    }
  };
  const emit = emitAs(WRITE_RANK.page);
  const emitDocument = emitAs(WRITE_RANK.document);
  const docs = documentsInRenderOrder(site, replaced);
  // A small site's outputs are written on this thread (site-writer.ts#SMALL_BUILD).
  const staticFiles = staticFilesToWrite(site);
  writer?.expect(docs.length + site.pages.length + staticFiles.length + generated.length);
  // This thread takes documents from the same queue as the workers (alone, it takes them all).
  // Jekyll's build stops at the first document that fails: so does this one, and the workers.
  // What this thread rendered: the output, or the file it wrote it to (then only on disk).
  const mine = new Map<number, string | OutputFile>();
  const write = run.writeTo && writer ? documentSink(build, run.writeTo, (file) => writer.write(file)) : undefined;
  // Warnings raised while rendering each document here, reported in document order with the workers' ones.
  const warned = new Map<number, Diagnostic[]>();
  const beforeDocs = diagnostics.length;
  let failed: Failure | undefined;
  traceThread('documents');
  for (let i = queue.take(); i < docs.length; i = queue.take()) {
    const doc = docs[i]!;
    try {
      const turn = pause();
      if (turn) await turn;
      const drop = ctx.drops.dropFor(doc);
      const mark = diagnostics.length;
      const output = renderWithHooks(doc, drop, ctx).output;
      if (diagnostics.length > mark) warned.set(i, diagnostics.splice(mark));
      const written = write?.(doc, output);
      if (written) outputFromDisk(drop, written);
      mine.set(i, written ?? output);
    } catch (error) {
      if (!(error instanceof KyllError)) throw error;
      failed = { error, index: i };
      queue.stop();
      workers?.cancel(i);
      break;
    }
  }
  queue.idle();
  traceThread(`rendered ${mine.size} of ${docs.length} documents`);
  const fromWorkers = workers ? await workers.done : undefined;
  traceThread('workers done');
  const first = firstFailure([failed, fromWorkers?.failure]);
  if (first) {
    // The warnings of the documents before the failing one come before the failing one's own.
    const earlier = docs.slice(0, first.index).flatMap((doc, i) => warned.get(i) ?? fromWorkers?.docs.get(doc.relativePath)?.diagnostics ?? []);
    diagnostics.splice(beforeDocs, 0, ...earlier);
    throw first.error;
  }
  // Site#cleanup, after the render, asks each written document where it goes (Document#destination),
  // pages and static files first, then the documents in render order: the first whose URL cannot be
  // made stops the build (its own templates or another's that read its url stopped it before).
  let unplaced: Error | undefined;
  docs.forEach((doc, i) => {
    const drop = ctx.drops.dropFor(doc);
    const adopted = fromWorkers && !mine.has(i) ? adoptRendered(fromWorkers.docs, doc, drop, ctx.drops) : undefined;
    // a worker's output that is a UTF-8 String (render-document.ts#noteUtf8Output)
    if (adopted && ctx.utf8Outputs) {
      if (adopted.utf8 && adopted.output !== undefined) ctx.utf8Outputs.set(doc.outputPath, adopted.output);
      else ctx.utf8Outputs.delete(doc.outputPath);
    }
    const warnings = adopted ? adopted.diagnostics : warned.get(i);
    if (warnings) diagnostics.push(...warnings);
    const r = adopted?.written !== undefined ? onDisk(writer!, drop, { path: adopted.written, url: doc.url, size: adopted.size, text: true }) : (adopted?.output ?? mine.get(i));
    if (r === undefined || !doc.write) return;
    // Rendered, but it has no place to go: the build stops once the site is rendered.
    if (doc.urlError ?? doc.destinationError) return void (unplaced ??= doc.urlError ?? doc.destinationError);
    const file = typeof r === 'string' ? emitDocument(textFile(doc.outputPath, doc.url, r, adopted?.size), doc.relativePath, drop) : listed(r, doc.relativePath, orderKey(WRITE_RANK.document, drop));
    rendered.push(renderedEntry(doc, file));
  });
  // What computed outputs (feeds, sitemaps) read of the site: every drop is there before rendering.
  const view = {
    // Read when used: SiteDrop#posts is sorted when first read (site/first-dated.ts).
    get posts() {
      return ctx.drops.site.posts as Drop[];
    },
    pages: ctx.drops.pages,
    documents: ctx.drops.site.documents as Drop[],
    siteDrop: ctx.drops.site,
    get urls() {
      return files.map((f) => f.url);
    },
  };
  const computed = await renderPages(build, emit, rendered, sass, view, pause);

  // StaticFile#copy_file: FileUtils.cp (a copy) in safe mode and in production, else copy_entry (links stay links).
  const keepLinks = keepsLinks(site.config, ctx.jekyll.environment);
  const emitStatic = emitAs(WRITE_RANK.static);
  for (const file of staticFiles) {
    const turn = pause();
    if (turn) await turn;
    if (file.outputPath && build.plugins.every((p) => p.writesStaticFile?.(file, site, source) !== false)) {
      const out = emitStatic(staticOutput(file.fromTheme && build.theme ? build.theme : source, file, keepLinks, writer !== undefined), file.relativePath);
      const named = themeFileName(file, build.theme);
      if (named !== undefined) conflictPaths.set(out, named);
    }
  }
  // Outputs computed from the rendered site (feeds, sitemaps) are written last.
  for (const g of generated) if (g.render) emit(textFile(g.outputPath, g.url, computedAfterHooks(g, computed.get(g) ?? renderComputed(g, view), ctx)), g.relativePath, build.generatedDrops.get(g));
  afterRender(ctx);
  // Site#cleanup makes the URL of each written document (pages and static files have no slugs).
  for (const doc of docs) if (doc.write) for (const message of doc.urlWarnings ?? []) diagnostics.push({ level: 'warning', message });
  // Site#cleanup reads keep_files first (Cleaner#existing_files: keep-files.ts), then asks pages,
  // then static files, then documents where they go; it picks the documents to write
  // (Document#write?) before it asks any of them.
  const keepLoop = keepFilesError(site.config.keep_files, destination);
  if (keepLoop) throw keepLoop;
  const misplaced = firstMisplaced(build) ?? docs.find((doc) => doc.writeError)?.writeError ?? unplaced;
  if (misplaced) throw misplaced;
  // Site#write logs the doctor's conflicts before its `Writing:` lines: they go in here, once known
  const writingAt = diagnostics.length;
  if (ctx.debug && destination) writingLines(ctx.debug, destination, build, docs);
  const tRender = performance.now();
  traceThread('pages');

  if (inTheWay?.size) {
    const clash = firstWriteClash(inJekyllOrder(files, ranks, origins), destination!);
    if (clash) throw clash;
    // What was planned in the way was not emitted after all: the outputs that waited are written now (the last one at a path).
    const last = new Map<string, number>();
    files.forEach((f, i) => {
      if (!inTheWay.has(f.path)) return;
      const j = last.get(f.path);
      if (j === undefined || ranks[i]! >= ranks[j]!) last.set(f.path, i);
    });
    for (const i of last.values()) {
      const from = origins.get(files[i]!) ?? files[i]!.path;
      const was = files[i]!;
      files[i] = writeFrom(was, from);
      origins.set(files[i]!, from);
      if (unchecked.has(was)) unchecked.add(files[i]!);
      if (conflictPaths.has(was)) conflictPaths.set(files[i]!, conflictPaths.get(was)!);
    }
  }
  // (the outputs of a rank that names its source by its absolute path, before the reorder below)
  const absolute = shared ? new Set(files.filter((_, i) => ranks[i]! >= WRITE_RANK.static)) : undefined;
  if (shared) {
    // In memory too, the last output listed at a path is the one Jekyll leaves there.
    const order = inWriteOrder(files.map((_, i) => i), (i) => files[i]!.path, (i) => ranks[i]!).map((i) => files[i]!);
    order.forEach((f, i) => (files[i] = f));
  }
  // Doctor#conflicting_urls names documents and static files by their absolute path, pages by theirs
  if (absolute) diagnostics.splice(writingAt, 0, ...findUrlConflicts(files, origins, unchecked, conflictPaths, { destination, root: source.root, absolute: (f) => absolute.has(f) }));
  if (writer && destination) {
    diagnostics.push(...(await writer.finish(site.config.keep_files, run.signal)).diagnostics);
    await afterWrite(ctx, rendered, { destination, paths: files.map((f) => f.path) });
  }
  const tEnd = performance.now();
  traceThread('written');

  return {
    site: withRenderedExcerpts(site, ctx.drops),
    files,
    diagnostics,
    destination: writer ? destination : undefined,
    timings: {
      read: tRead - t0,
      generate: tGenerate - tRead,
      render: tRender - tGenerate,
      write: tEnd - tRender,
      total: tEnd - t0,
    },
    threads: Math.max(1, threads),
    ...(inputs.profile ? { profile: inputs.profile.rows() } : {}),
  };
}

/** A document's output that a thread wrote: listed as written, and read back from disk by its drop. */
function onDisk(writer: SiteWriter, drop: Drop, out: WrittenOutput): OutputFile {
  const file = writer.written(out);
  outputFromDisk(drop, file);
  return file;
}

/** A document rendered by a worker: its drop gets the same content and output as if rendered here. */
function adoptRendered(rendered: ReadonlyMap<string, RenderedDocument>, doc: Document, drop: Drop, drops: Drops): RenderedDocument {
  const r = rendered.get(doc.relativePath);
  if (!r) throw new Error(`internal: no worker rendered ${doc.relativePath}`);
  // What the worker's pre_render hooks set in the document's data shows here too.
  if (r.dataChanges) Object.assign(drop, r.dataChanges);
  // So do the keys its templates added to site.categories and site.tags (post_attr_hash's default block).
  for (const [attr, key] of r.indexKeys ?? []) touchKey(drops.site[attr] as object, key);
  // The excerpts it rendered are not rendered again here (Excerpt#output is rendered once).
  for (const [path, excerpt] of r.excerpts ?? []) {
    const owner = drops.byPath.get(path);
    if (owner) owner.excerpt = excerpt;
  }
  drop.content = r.content;
  drop.output = r.output; // a written output: read from disk (outputFromDisk)
  return r;
}


/**
 * The Sass disk cache (only a site on disk has Jekyll's .jekyll-cache), and
 * when the site has Sass pages that the cache cannot answer yet, libsass
 * loading on its own thread while documents render.
 */
function prepareSass(build: PreparedBuild, early: SassThread | undefined, renderWorkers: boolean): SassSetup {
  const { site, ctx, replaced, sassCache: cache } = build;
  const hasSass = site.pages.some((p) => !replaced.has(p.relativePath) && ['sass', 'scss'].includes(ctx.converters.kindFor(p.ext)));
  if (!hasSass || (cache && !cache.empty())) {
    early?.stop();
    return { cache };
  }
  const thread = early ?? startSassThread();
  thread?.warm(renderWorkers);
  return { cache, thread };
}

/** The outputs as Jekyll writes them (Site#each_site_file): by their write-order keys, ties as listed. */
function inJekyllOrder(files: readonly OutputFile[], ranks: readonly number[], origins: ReadonlyMap<OutputFile, string>): WriteStep[] {
  const order = files.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  return order.map((i) => ({ path: files[i]!.path, isStatic: ranks[i] === WRITE_RANK.static, from: origins.get(files[i]!) }));
}
