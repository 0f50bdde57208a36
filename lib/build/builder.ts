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
import { instrumentFor, type ReadLog } from './track.js';
import { unitsOf, type Unit } from './units.js';
import { walk, type WalkResult } from './walk.js';

export type BuilderOptions = Omit<RenderSiteOptions, 'threads'>;

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
  /** Diagnostics of the read and generate steps. */
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
  const log: ReadLog = { current: undefined };
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

  const prepare = (): { build: PreparedBuild; units: Unit[]; prepared: Diagnostic[] } => {
    const build = prepareBuild(inputs);
    return { build, units: unitsOf(build), prepared: [...build.diagnostics] };
  };

  const finish = (
    t0: number,
    next: { build: PreparedBuild; units: readonly Unit[]; prepared: readonly Diagnostic[] },
    walked: WalkResult,
    prints: ListPrints,
  ): { files: OutputFile[]; diagnostics: Diagnostic[] } => {
    if (walked.errors.length > 0) {
      state = undefined; // the next update starts again from scratch
      throw walked.errors.length === 1 ? walked.errors[0] : new BuildError(walked.errors);
    }
    const files: OutputFile[] = [];
    const origins = new Map<OutputFile, string>();
    for (const [file, unit] of walked.outputs) {
      const f = inDestination(file, destination);
      files.push(f);
      origins.set(f, unit.sourcePath);
    }
    const diagnostics = [...next.prepared];
    for (const u of next.units) diagnostics.push(...(walked.records.get(u.key)?.diagnostics ?? []));
    diagnostics.push(...findUrlConflicts(files, origins));
    state = { ...next, byKey: new Map(next.units.map((u) => [u.key, u])), walked, prints, files };
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
    const walked = await walk(next.build, next.units, log, undefined, { all: true, paths: new Set(), keys: new Set() });
    const { files, diagnostics } = finish(t0, next, walked, listPrints(next.build.site));
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
    let next: { build: PreparedBuild; units: readonly Unit[]; prepared: readonly Diagnostic[] } = old;
    let prints = old.prints;
    if (paths.size > 0 && (changes.all || !patchBodies(old.build, old.byKey, paths))) {
      next = prepare();
      prints = listPrints(next.build.site);
      for (const k of modelKeys(old.build.site, next.build.site, old.prints, prints)) changes.keys.add(k);
    }
    const walked = paths.size === 0 ? old.walked : await walk(next.build, next.units, log, old.walked, changes);
    const { files, diagnostics } = finish(t0, next, walked, prints);
    const tRender = performance.now();
    const before = new Map(old.files.map((f) => [f.path, f]));
    const written = files.filter((f) => !sameContents(before.get(f.path), f));
    const now = new Set(files.map((f) => f.path));
    const removed = old.files.filter((f) => !now.has(f.path)).map((f) => f.path);
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
