// One pass over the units in render order, rendering those a change reaches
// and taking the others' outputs from the last pass. Every drop shows, at
// each step, what it would show at that step of a clean build: units not yet
// reached their raw text, units passed their rendered content. Jekyll's
// carried `layout`/`content` (renderer.rb) is replayed the same way.
import { handOver } from './lazy-text.js';
import { KyllError } from '../errors/kyll-error.js';
import type { RenderedSiteView } from '../plugins/plugin.js';
import type { PreparedBuild } from '../render/prepare-build.js';
import { outputEncoder, textFile } from '../render/outputs.js';
import { computeInLayout, renderComputed } from '../render/render-pages.js';
import { computedAfterHooks } from '../render/hooked-render.js';
import { createSassCompiler } from '../render/sass.js';
import { inDestination } from '../write/sanitize.js';
import type { Drop } from '../site/drops.js';
import type { Diagnostic, OutputFile } from '../types.js';
import { hits, type Changes } from './changes.js';
import { keysSeen, replayKeys } from './index-keys.js';
import type { IndexKey } from '../site/index-drops.js';
import type { FirstRead } from '../site/first-dated.js';
import { fingerprint, printOf } from './signature.js';
import { Keys, type ReadLog } from './track.js';
import { dependsOnCarry, mayReadCarry, readsLists, showUnrendered, rejoinSourceMap, renderStatic, renderTemplated, type Unit } from './units.js';

export interface Carry {
  readonly layout: Drop | null;
  readonly content: string | undefined;
  /** The layout's fingerprint, when known (a carry read back from the disk cache). */
  readonly print?: string;
}

/** What one unit made and read, kept until it renders again. */
export interface UnitRecord {
  readonly sig: string;
  readonly outputs: readonly OutputFile[];
  readonly deps: ReadonlySet<string>;
  readonly diagnostics: readonly Diagnostic[];
  readonly carryIn: Carry;
  readonly carryOut: Carry;
  /** Its drop's content and output once rendered. */
  readonly content: unknown;
  readonly output: unknown;
  /** The error its render stopped at (the pass's errors list it too). */
  readonly failed?: KyllError;
  /** The keys its templates added to site.categories and site.tags, and those added before it (index-keys.ts). */
  readonly added?: readonly IndexKey[];
  readonly keysIn?: string;
  /** The first reads its render did (an undated post's date, a list sorted: site/first-dated.ts), and those before it. */
  readonly firstReads?: readonly FirstRead[];
  readonly firstIn?: string;
}

export interface WalkResult {
  readonly records: Map<string, UnitRecord>;
  /** Outputs in render order, inside the destination. */
  readonly outputs: Array<[OutputFile, Unit]>;
  readonly rendered: number;
  /** Keys of the units rendered in this pass. */
  readonly renderedKeys: readonly string[];
  readonly errors: KyllError[];
  /** The URLs the computed outputs saw, and their fingerprint. */
  readonly urlList: readonly string[];
  readonly urls: string;
  /** The records the rendered units had before this pass. */
  readonly before: ReadonlyMap<string, UnitRecord | undefined>;
}

export interface WalkOptions {
  readonly log: ReadLog;
  /** The last pass; undefined renders everything. */
  readonly previous?: WalkResult;
  readonly changes: Changes;
  /** The units and drops are new (the site was read again): clean units' drops get their rendered content back. */
  readonly fresh: boolean;
  readonly destination?: string;
  /** Called before each unit renders: a turn of the event loop now and then, where a signal stops the pass (render/yield-point.ts). */
  readonly pause?: () => Promise<void> | undefined;
}

/** What rendering one unit needs. */
export interface Pass {
  readonly build: PreparedBuild;
  readonly log: ReadLog;
  readonly destination?: string;
  readonly sass: ReturnType<typeof createSassCompiler>;
  readonly errors: KyllError[];
}

/** Renders one unit with the carry it gets, recording what it reads. */
export async function renderUnit(pass: Pass, u: Unit, i: number, carry: Carry, make: () => OutputFile[] | Promise<OutputFile[]>): Promise<UnitRecord> {
  const { build, log, destination, errors } = pass;
  const { ctx } = build;
  const deps = new Set<string>(u.kind === 'generated' && readsLists(u.generated!) ? [Keys.allLists] : []);
  if (u.kind === 'page' && /^\.s[ac]ss$/.test(u.doc?.ext ?? '')) deps.add('sass');
  const mark = ctx.diagnostics.length;
  const keysMark = ctx.drops.addedKeys.length;
  const keysIn = keysSeen(ctx.drops);
  // Only this unit's first reads are kept from the log (orderReads keeps the order's state).
  ctx.drops.firstReads.length = 0;
  const firstIn = firstReadsSeen(ctx.drops);
  ctx.carry.layout = carry.layout;
  ctx.carry.content = carry.content;
  // A document rendering again reads itself as a clean build shows it then: its text, no output yet.
  if (u.kind === 'document' && u.drop) {
    u.drop.content = u.doc!.content;
    u.drop.output = undefined;
  }
  log.current = deps;
  log.position = i;
  let made: OutputFile[] = [];
  let failed: KyllError | undefined;
  try {
    const encode = outputEncoder(build.site, build.ctx.utf8Outputs);
    made = (await make()).map((f) => inDestination(encode ? encode(f) : f, destination));
  } catch (e) {
    if (!(e instanceof KyllError)) throw e;
    errors.push(e);
    failed = e;
  } finally {
    log.current = undefined;
    log.position = Number.POSITIVE_INFINITY;
  }
  const carryOut = u.carryRole === 'passes' ? carry : { layout: ctx.carry.layout, content: ctx.carry.content };
  const added = ctx.drops.addedKeys.slice(keysMark);
  const firstReads = ctx.drops.firstReads.slice();
  const record: UnitRecord = {
    sig: u.sig,
    outputs: made,
    deps,
    diagnostics: ctx.diagnostics.slice(mark),
    carryIn: carry,
    carryOut,
    content: u.drop?.content,
    output: u.drop?.output,
    ...(added.length > 0 ? { added } : {}),
    ...(keysIn !== '' ? { keysIn } : {}),
    ...(firstReads.length > 0 ? { firstReads } : {}),
    ...(firstIn !== '' ? { firstIn } : {}),
  };
  return failed ? { ...record, failed } : record;
}

/** Whether it read the keys of site.categories or site.tags, and the keys added before it are others now. */
export function keysMoved(rec: UnitRecord, drops: PreparedBuild['ctx']['drops']): boolean {
  return rec.deps.has(Keys.addedKeys) && (rec.keysIn ?? '') !== keysSeen(drops);
}

/** The dates and sorts done so far, and what is set up: what an output may read differently when they differ. */
function firstReadsSeen(drops: PreparedBuild['ctx']['drops']): string {
  const reads = drops.orderReads;
  const setUp = [...drops.setUps].filter(([, s]) => s.on).map(([name]) => name);
  return reads.length === 0 && setUp.length === 0 ? '' : JSON.stringify([reads, setUp]);
}

/**
 * Whether the first reads before it are others now (an undated post dated or not, a list sorted
 * earlier or later): what it read of site.posts or a post's neighbours may be in another order.
 */
export function firstReadsMoved(rec: UnitRecord, drops: PreparedBuild['ctx']['drops']): boolean {
  return (rec.firstIn ?? '') !== firstReadsSeen(drops);
}

/**
 * A unit rendered again without a new read of the site: the posts its first render dated stay
 * dated in the model, so it notes none; it keeps those of its record for the next read. Setups
 * are set back to each unit's turn (setUpsBefore): those it notes now are its own.
 */
export function keepFirstReads(now: UnitRecord, rec: UnitRecord): UnitRecord {
  const setUps = (now.firstReads ?? []).filter(([what]) => what === 'setup');
  const reads = [...setUps, ...(rec.firstReads ?? []).filter(([what]) => what !== 'setup')];
  const { firstReads: _now, firstIn: _in, ...rest } = now;
  return { ...rest, ...(reads.length > 0 ? { firstReads: reads } : {}), ...(rec.firstIn !== undefined ? { firstIn: rec.firstIn } : {}) };
}

/** The setups (site.kramdown filled in) as a clean build has them at turn `limit`: those of the units before it. */
export function setUpsBefore(drops: PreparedBuild['ctx']['drops'], recordsInTurn: Iterable<UnitRecord | undefined>): void {
  for (const setUp of drops.setUps.values()) setUp.set(false);
  for (const rec of recordsInTurn) {
    const setUps = rec?.firstReads?.filter(([what]) => what === 'setup');
    if (setUps?.length) drops.replayFirstReads(setUps);
  }
}

/** Whether readers of a document's content or output see something else now. */
export function contentChanged(u: Unit, before: UnitRecord, now: UnitRecord): boolean {
  return (u.doc !== undefined || u.drop !== undefined) && (before.content !== now.content || before.output !== now.output);
}

/** Which units to render: all of them (`previous` undefined), or those `changes` reach. */
export async function walk(build: PreparedBuild, units: readonly Unit[], options: WalkOptions): Promise<WalkResult> {
  const { log, previous, changes, fresh, destination } = options;
  const { ctx } = build;
  const records = new Map<string, UnitRecord>();
  const outputs: Array<[OutputFile, Unit]> = [];
  const errors: KyllError[] = [];
  const renderedKeys: string[] = [];
  const before = new Map<string, UnitRecord | undefined>();
  const sass = createSassCompiler(build.source, build.site.config, String(ctx.jekyll.environment), build.theme);
  // Before the pass, every drop as a clean build starts it: documents further
  // on than the output being rendered show their text (track.ts); pages and
  // generated pages are few and set back here.
  // A unit computed in its turn (units.ts) renders at that turn.
  if (fresh || !previous) units.forEach((u, i) => u.drop && log.order.set(u.drop, u.turn ?? i));
  ctx.drops.forgetAddedKeys();
  for (const u of units) {
    if (u.drop && u.kind !== 'document') showUnrendered(u);
  }
  let carry: Carry = { layout: null, content: undefined };
  const mustRender = (u: Unit, rec: UnitRecord | undefined): rec is undefined =>
    !rec ||
    changes.all ||
    rec.sig !== u.sig ||
    changes.paths.has(u.sourceFile) ||
    hits(rec.deps, changes.keys) ||
    keysMoved(rec, ctx.drops) ||
    (fresh && firstReadsMoved(rec, ctx.drops)) ||
    (!sameCarry(carry, rec.carryIn) && (mayReadCarry(u) || dependsOnCarry(u)));
  const pass: Pass = { build, log, destination, sass, errors };
  log.pass++;
  log.changed = changes.keys;
  const run = async (u: Unit, i: number, rec: UnitRecord | undefined, make: () => OutputFile[] | Promise<OutputFile[]>): Promise<void> => {
    const turn = options.pause?.();
    if (turn) await turn;
    const now = await renderUnit(pass, u, i, carry, make);
    carry = now.carryOut;
    renderedKeys.push(u.key);
    before.set(u.key, rec);
    records.set(u.key, now);
    if (u.turn === undefined) for (const f of now.outputs) outputs.push([f, u]);
    // Its readers further on render again when what they would read changed.
    if (rec && contentChanged(u, rec, now)) changes.keys.add(Keys.content(u.sourcePath));
  };
  const reuse = (u: Unit, rec: UnitRecord): void => {
    records.set(u.key, rec);
    if (u.turn === undefined) for (const f of rec.outputs) outputs.push([f, u]);
    replayKeys(ctx.drops, rec.added);
    // A new read of the site: the dates and sorts its render did first happen again at its turn.
    if (fresh && rec.firstReads) ctx.drops.replayFirstReads(rec.firstReads);
    if (fresh) rejoinSourceMap(u, build, rec.outputs);
    if (u.drop && (fresh || u.kind !== 'document')) {
      // (a text the disk cache reads when first asked for stays unread until then: lazy-text.ts)
      u.drop.content = handOver(rec, 'content', u.drop);
      const output = handOver(rec, 'output', u.drop);
      if (u.kind === 'document' || output !== undefined) u.drop.output = output;
    }
    if (u.carryRole !== 'passes') carry = rec.carryOut;
  };

  // Outputs computed from the whole rendered site: what they read is recorded as for templates.
  // A computed page without a layout is computed in its turn among the pages (units.ts), the others after the static files.
  let urls: string[] = [];
  const view = (): RenderedSiteView => {
    const site = ctx.drops.site;
    return { posts: site.posts as Drop[], pages: ctx.drops.pages, documents: site.documents as Drop[], siteDrop: site, urls };
  };
  const compute = async (u: Unit): Promise<void> => {
    const rec = previous?.records.get(u.key);
    if (!rec || changes.all || rec.sig !== u.sig || hits(rec.deps, changes.keys) || keysMoved(rec, ctx.drops) || (fresh && firstReadsMoved(rec, ctx.drops))) await run(u, Number.POSITIVE_INFINITY, rec, () => computeOutput(u, log, view, ctx));
    else reuse(u, rec);
  };
  const inTurn = units.filter((u) => u.turn !== undefined).sort((a, b) => a.turn! - b.turn!);
  for (let i = 0; i < units.length; i++) {
    while (inTurn.length > 0 && inTurn[0]!.turn! < i) await compute(inTurn.shift()!);
    const u = units[i]!;
    if (u.kind === 'static' || u.kind === 'computed') continue;
    const rec = previous?.records.get(u.key);
    if (mustRender(u, rec)) await run(u, i, rec, () => renderTemplated(u, build, sass));
    else reuse(u, rec);
  }
  for (const u of inTurn) await compute(u);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'static') continue;
    const rec = previous?.records.get(u.key);
    if (!rec || changes.all || rec.sig !== u.sig || changes.paths.has(u.sourceFile)) await run(u, i, rec, () => renderStatic(u, build));
    else reuse(u, rec);
  }
  urls = outputs.map(([f]) => f.url);
  // Without a new read of the site, URLs stay as they were.
  const urlPrint = fresh || !previous ? printOf(urls) : previous.urls;
  if (previous && previous.urls !== urlPrint) changes.keys.add('urls');
  for (const u of units) {
    if (u.kind !== 'computed') continue;
    if (u.turn === undefined) await compute(u);
    else for (const f of records.get(u.key)?.outputs ?? []) outputs.push([f, u]);
  }
  log.changed = undefined;
  return { records, outputs, rendered: renderedKeys.length, renderedKeys, errors, urlList: urls, urls: urlPrint, before };
}

/** A computed output (a feed, a sitemap); in its turn, its text is its drop's content, as renderPages sets it. */
export function computeOutput(u: Unit, log: ReadLog, view: () => RenderedSiteView, ctx: PreparedBuild['ctx']): OutputFile[] {
  log.current!.add('urls').add(Keys.allLists).add(Keys.pages).add(Keys.statics).add(Keys.data);
  const g = u.generated!;
  // One with a layout (the gem's redirect page) shows its content converted (computedInLayout); one standing
  // in for a document (redirect_to) renders with the documents, its output the page.
  const inLayout = u.drop && g.data.layout != null ? computeInLayout(g, u.drop, view(), ctx) : undefined;
  const text = inLayout ?? renderComputed(g, view());
  if (u.drop && g.data.layout == null) u.drop.content = text;
  // The pages' post_render hooks see its output, as in a clean build (render-site.ts).
  return [textFile(g.outputPath, g.url, computedAfterHooks(g, text, ctx))];
}

export function sameCarry(a: Carry, b: Carry): boolean {
  if (a === b) return true;
  if (a.content !== b.content) return false;
  return a.layout === b.layout || (a.print ?? fingerprint(a.layout)) === (b.print ?? fingerprint(b.layout));
}
