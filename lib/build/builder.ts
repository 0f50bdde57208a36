// A build that stays alive between changes (kyll serve, kyll build --watch):
// it keeps the site model, the Liquid engine with its parsed templates, every
// output and what each output read, and on a change renders again only the
// outputs whose reads changed. An update always gives the files a clean build
// would give.
import path from 'node:path';
import { BuildError } from '../errors/kyll-error.js';
import { prepareBuild, type BuildInputs, type PreparedBuild } from '../render/prepare-build.js';
import type { RenderSiteOptions } from '../render/render-site.js';
import { ensureSourceFolder } from '../source/source-folder.js';
import type { Diagnostic, OutputFile, RenderResult } from '../types.js';
import { ensureNotInDestination, findUrlConflicts, inDestination, writeSite } from '../write/index.js';
import { writeChanges } from '../write/changes.js';
import { listPrints, modelKeys, pathKeys, type Changes, type ListPrints } from './changes.js';
import { patchBodies } from './patch.js';
import { instrumentFor, readLog } from './track.js';
import { unitsOf, type Unit } from './units.js';
import { walk, type WalkResult } from './walk.js';

export interface BuilderOptions extends Omit<RenderSiteOptions, 'threads'> {
  /**
   * Keep what a later process needs in `<source>/.jekyll-cache/kyll/` (a folder
   * source only; off with `disable_disk_cache: true`), so that its first build
   * renders only what changed since. Default false.
   */
  incremental?: boolean;
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

export interface Builder {
  /** A full build; writes like renderSite. */
  build(): Promise<RenderResult>;
  /** Renders again what the changed files (source-relative or absolute) affect, and writes only that. */
  update(changedPaths: readonly string[]): Promise<UpdateResult>;
}

interface State {
  readonly build: PreparedBuild;
  readonly units: readonly Unit[];
  readonly byKey: ReadonlyMap<string, Unit>;
  readonly walked: WalkResult;
  readonly prints: ListPrints;
  readonly files: readonly OutputFile[];
  readonly byPath: Map<string, OutputFile>;
  /** URL conflicts (they change only when the site is read again). */
  readonly conflicts: readonly Diagnostic[];
  /** Diagnostics of the read and generate steps. */
  readonly prepared: readonly Diagnostic[];
}

interface Prepared {
  readonly build: PreparedBuild;
  readonly units: readonly Unit[];
  readonly prepared: readonly Diagnostic[];
}

const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'];

export async function createBuilder(options: BuilderOptions): Promise<Builder> {
  const env = options.env ?? process.env;
  const root = typeof options.source === 'string' ? path.resolve(options.source) : undefined;
  const destination = options.destination ?? (root ? path.join(root, '_site') : undefined);
  const shouldWrite = options.write ?? (root !== undefined || options.destination !== undefined);
  if (root) {
    ensureSourceFolder(root);
    if (shouldWrite && destination) ensureNotInDestination(root, destination);
  }
  const log = readLog();
  const inputs: BuildInputs = {
    source: options.source,
    destination,
    config: options.config,
    configFiles: options.configFiles,
    env,
    plugins: options.plugins,
    theme: options.theme,
    instrument: instrumentFor(log),
  };
  const configFiles = new Set(options.configFiles ?? CONFIG_FILES);
  let state: State | undefined;

  const prepare = (): Prepared => {
    const build = prepareBuild(inputs);
    return { build, units: unitsOf(build), prepared: [...build.diagnostics] };
  };

  const finish = (next: Prepared, walked: WalkResult, prints: ListPrints, fresh: boolean): { files: OutputFile[]; diagnostics: Diagnostic[] } => {
    if (walked.errors.length > 0) {
      state = undefined; // the next update starts again from scratch
      throw walked.errors.length === 1 ? walked.errors[0] : new BuildError(walked.errors);
    }
    const files = walked.outputs.map(([f]) => f);
    let conflicts = state?.conflicts ?? [];
    let byPath = state?.byPath;
    if (fresh || !state || !byPath) {
      const origins = new Map<OutputFile, string>(walked.outputs.map(([f, u]) => [f, u.sourcePath]));
      conflicts = findUrlConflicts(files, origins);
      byPath = new Map(files.map((f) => [f.path, f]));
    }
    const diagnostics = [...next.prepared];
    for (const u of next.units) {
      const d = walked.records.get(u.key)?.diagnostics;
      if (d && d.length > 0) diagnostics.push(...d);
    }
    diagnostics.push(...conflicts);
    state = { ...next, byKey: fresh || !state ? new Map(next.units.map((u) => [u.key, u])) : state.byKey, walked, prints, files, byPath, conflicts };
    return { files, diagnostics };
  };

  const resultOf = (files: OutputFile[], diagnostics: Diagnostic[], t0: number, tRender: number): RenderResult => {
    const tEnd = performance.now();
    return {
      site: state!.build.site,
      files,
      diagnostics,
      destination: shouldWrite ? destination : undefined,
      timings: { render: tRender - t0, write: tEnd - tRender, total: tEnd - t0 },
      threads: 1,
    };
  };

  const build = async (): Promise<RenderResult> => {
    const t0 = performance.now();
    state = undefined;
    const next = prepare();
    const walked = await walk(next.build, next.units, { log, changes: { all: true, paths: new Set(), keys: new Set() }, fresh: true, destination });
    const { files, diagnostics } = finish(next, walked, listPrints(next.build.site), true);
    const tRender = performance.now();
    if (shouldWrite && destination) diagnostics.push(...writeSite(destination, files, { keepFiles: next.build.site.config.keep_files }).diagnostics);
    return resultOf(files, diagnostics, t0, tRender);
  };

  const update = async (changedPaths: readonly string[]): Promise<UpdateResult> => {
    if (!state) {
      const result = await build();
      return { written: result.files, removed: [], result, rendered: state!.walked.rendered };
    }
    const t0 = performance.now();
    const old = state;
    const paths = new Set(changedPaths.map((p) => relativeToSource(p, root, destination)).filter((p): p is string => p !== undefined));
    const sassDir = String((old.build.site.config.sass as { sass_dir?: unknown } | undefined)?.sass_dir ?? '_sass');
    const changes: Changes = { all: [...paths].some((p) => configFiles.has(p)), paths, keys: pathKeys(paths, sassDir) };
    let next: Prepared = old;
    let prints = old.prints;
    let fresh = false;
    if (paths.size > 0 && (changes.all || !patchBodies(old.build, old.byKey, paths))) {
      next = prepare();
      fresh = true;
      prints = listPrints(next.build.site);
      for (const k of modelKeys(old.build.site, next.build.site, old.prints, prints)) changes.keys.add(k);
    }
    const walked = paths.size === 0 ? old.walked : await walk(next.build, next.units, { log, previous: old.walked, changes, fresh, destination });
    // Only rendered units can have new bytes; only they and units gone can leave outputs behind.
    const touched = new Set(walked === old.walked ? [] : walked.renderedKeys);
    if (fresh) for (const key of old.walked.records.keys()) if (!walked.records.has(key)) touched.add(key);
    const written: OutputFile[] = [];
    const oldOutputs: OutputFile[] = [];
    for (const key of touched) {
      oldOutputs.push(...(old.walked.records.get(key)?.outputs ?? []));
      for (const f of walked.records.get(key)?.outputs ?? []) if (!sameContents(old.byPath.get(f.path), f)) written.push(f);
    }
    if (!fresh) {
      // The same units, the same paths: the map of outputs is updated in place.
      for (const f of oldOutputs) old.byPath.delete(f.path);
      for (const key of touched) for (const f of walked.records.get(key)?.outputs ?? []) old.byPath.set(f.path, f);
    }
    const { files, diagnostics } = finish(next, walked, prints, fresh);
    const current = state!.byPath;
    const removed = [...new Set(oldOutputs.map((f) => f.path))].filter((p) => !current.has(p));
    const tRender = performance.now();
    if (shouldWrite && destination && (written.length > 0 || removed.length > 0)) writeChanges(destination, written, removed);
    return { written, removed, result: resultOf(files, diagnostics, t0, tRender), rendered: paths.size === 0 ? 0 : walked.rendered };
  };

  return { build, update };
}

/** A changed path as the source knows it; undefined for paths outside it or in the destination. */
function relativeToSource(p: string, root: string | undefined, destination: string | undefined): string | undefined {
  let rel = p.replace(/\\/g, '/');
  if (root && path.isAbsolute(p)) {
    if (destination && (p === path.resolve(destination) || p.startsWith(path.resolve(destination) + path.sep))) return undefined;
    rel = path.relative(root, p).replace(/\\/g, '/');
  }
  rel = rel.replace(/^\.\//, '');
  if (rel === '' || rel.startsWith('../') || rel.startsWith('.jekyll-cache/')) return undefined;
  return rel;
}

function sameContents(a: OutputFile | undefined, b: OutputFile): boolean {
  if (!a) return false;
  if (a.contents === b.contents) return true;
  if (typeof a.contents === 'string' || typeof b.contents === 'string') return false;
  return Buffer.from(a.contents.buffer, a.contents.byteOffset, a.contents.byteLength).equals(b.contents);
}
