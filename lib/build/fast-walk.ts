// The pass of walk.ts for changes that leave the model as it was (new bodies
// only): instead of looking at every unit, it starts from the units that read
// what changed (an index from each read to its readers) and follows what
// their new renders change in turn (their content, the carried layout and
// content), in render order. Its result is the one walk.ts would give.
import { createSassCompiler } from '../render/sass.js';
import type { PreparedBuild } from '../render/prepare-build.js';
import type { Drop } from '../site/drops.js';
import type { OutputFile } from '../types.js';
import type { KyllError } from '../errors/kyll-error.js';
import { docsAt, type Changes } from './changes.js';
import { Keys, type ReadLog } from './track.js';
import { dependsOnCarry, mayReadCarry, rejoinSourceMap, showUnrendered, renderStatic, renderTemplated, type Unit } from './units.js';
import { computeOutput, contentChanged, keepFirstReads, renderUnit, setUpsBefore, sameCarry, type Carry, type Pass, type UnitRecord, type WalkResult } from './walk.js';
import { replayKeys, sameKeys } from './index-keys.js';

/** Where each unit stands, and who read what. */
export interface WalkIndex {
  readonly positions: ReadonlyMap<string, number>;
  readonly readers: Map<string, Set<number>>;
  /** Units whose drops are not documents' (pages, generated pages, computed pages in their turn), in render order. */
  readonly pageLike: readonly number[];
  /** Where each unit's outputs start in the pass's output list. */
  readonly offsets: readonly number[];
}

export function indexOf(units: readonly Unit[], walked: WalkResult): WalkIndex {
  const positions = new Map<string, number>();
  const readers = new Map<string, Set<number>>();
  const pageLike: number[] = [];
  const offsets: number[] = [];
  let at = 0;
  units.forEach((u, i) => {
    positions.set(u.key, i);
    const rec = walked.records.get(u.key);
    offsets.push(at);
    at += rec?.outputs.length ?? 0;
    for (const k of rec?.deps ?? []) addTo(readers, k, i);
    if (u.drop && u.kind !== 'document') pageLike.push(i);
  });
  offsets.push(at);
  pageLike.sort((a, b) => turnOf(units, a) - turnOf(units, b));
  return { positions, readers, pageLike, offsets };
}

/** Where a unit renders: its place, or its turn among the pages (a computed page without a layout). */
function turnOf(units: readonly Unit[], i: number): number {
  return units[i]!.turn ?? i;
}

function addTo(map: Map<string, Set<number>>, key: string, i: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(i);
}

export async function fastWalk(build: PreparedBuild, units: readonly Unit[], log: ReadLog, previous: WalkResult & { index?: WalkIndex }, changes: Changes, destination?: string): Promise<WalkResult & { index: WalkIndex }> {
  const index = previous.index ?? indexOf(units, previous);
  const records = previous.records;
  const errors: KyllError[] = [];
  const before = new Map<string, UnitRecord | undefined>();
  const renderedKeys: string[] = [];
  const pass: Pass = { build, log, destination, sass: createSassCompiler(build.source, build.site.config, String(build.ctx.jekyll.environment), build.theme), errors };
  const forced = new Set<number>();
  log.pass++;
  log.changed = changes.keys;
  const maybe = new Set<number>();
  const turn = (i: number): number => turnOf(units, i);
  const readersOf = (key: string, after: number): void => {
    for (const i of index.readers.get(key) ?? []) if (turn(i) > after) forced.add(i);
    if (key.startsWith('list:') || key.startsWith('meta:')) for (const i of index.readers.get(Keys.allLists) ?? []) if (turn(i) > after) forced.add(i);
  };
  for (const u of docsAt(units, changes.paths)) {
    const i = index.positions.get(u.key);
    if (i !== undefined) forced.add(i);
  }
  for (const k of changes.keys) readersOf(k, -1);

  // Pages and generated pages from the first render on show their unrendered state meanwhile (a
  // page rendering again, too: its `page` in Liquid is what page.rb#to_liquid gives before the render).
  const first = Math.min(...[...forced].map(turn));
  const pending = index.pageLike.filter((i) => turn(i) >= first);
  for (const i of pending) setDrop(units[i]!, undefined, build);
  let restored = 0;
  const restoreBefore = (limit: number): void => {
    for (; restored < pending.length && turn(pending[restored]!) < limit; restored++) setDrop(units[pending[restored]!]!, records.get(units[pending[restored]!]!.key), build);
  };
  const carryBefore = (i: number): Carry => {
    for (let j = i - 1; j >= 0; j--) {
      const u = units[j]!;
      if (u.kind !== 'static' && u.kind !== 'computed' && u.carryRole !== 'passes') return records.get(u.key)!.carryOut;
    }
    return { layout: null, content: undefined };
  };
  const view = () => {
    const site = build.ctx.drops.site;
    return { posts: site.posts as Drop[], pages: build.ctx.drops.pages, documents: site.documents as Drop[], siteDrop: site, urls: previous.urlList };
  };
  // site.categories and site.tags as a clean build has them at a unit's turn: the keys of the units before it (index-keys.ts).
  let keysAdded = [...records.values()].some((r) => r.added) || build.ctx.drops.addedKeys.length > 0;
  let order: number[] | undefined;
  const byTurn = (): number[] => (order ??= units.map((_, i) => i).sort((a, b) => turn(a) - turn(b)));
  const keysBefore = (limit: number): void => {
    build.ctx.drops.forgetAddedKeys();
    for (const j of byTurn()) if (turn(j) < limit) replayKeys(build.ctx.drops, records.get(units[j]!.key)?.added);
  };
  // site.kramdown as a clean build shows it at a unit's turn: filled in by a conversion before it (walk.ts#setUpsBefore).
  const setUpsAt = (limit: number): void => setUpsBefore(build.ctx.drops, byTurn().filter((j) => turn(j) < limit).map((j) => records.get(units[j]!.key)));
  let sameShape = true;
  while (forced.size > 0 || maybe.size > 0) {
    const i = nextInTurn(units, forced, maybe);
    const must = forced.delete(i);
    maybe.delete(i);
    const u = units[i]!;
    const rec = records.get(u.key)!;
    const carryIn = u.kind === 'static' || u.kind === 'computed' ? rec.carryIn : carryBefore(i);
    if (!must && sameCarry(carryIn, rec.carryIn)) continue;
    restoreBefore(turn(i));
    if (keysAdded) keysBefore(turn(i));
    if (build.ctx.drops.setUps.size > 0) setUpsAt(turn(i));
    const now = await renderUnit(pass, u, u.kind === 'computed' ? Number.POSITIVE_INFINITY : i, carryIn, () => {
      if (u.kind === 'static') return renderStatic(u, build);
      if (u.kind !== 'computed') return renderTemplated(u, build, pass.sass);
      return computeOutput(u, log, view, build.ctx);
    });
    before.set(u.key, rec);
    records.set(u.key, keepFirstReads(now, rec));
    renderedKeys.push(u.key);
    if (now.outputs.length !== rec.outputs.length) sameShape = false;
    for (const k of rec.deps) index.readers.get(k)?.delete(i);
    for (const k of now.deps) addTo(index.readers, k, i);
    if (!sameKeys(rec.added, now.added)) {
      keysAdded = true;
      readersOf(Keys.addedKeys, turn(i));
    }
    if (contentChanged(u, rec, now)) {
      changes.keys.add(Keys.content(u.sourcePath));
      readersOf(Keys.content(u.sourcePath), turn(i));
    }
    // The layout and content it leaves for the next documents (renderer.rb), when they changed.
    if (u.carryRole !== 'passes' && !sameCarry(now.carryOut, rec.carryOut)) {
      for (let j = i + 1; j < units.length; j++) {
        const v = units[j]!;
        if (v.kind === 'static' || v.kind === 'computed') break;
        if (mayReadCarry(v) || dependsOnCarry(v)) maybe.add(j);
        if (v.carryRole !== 'passes') break;
      }
    }
  }
  restoreBefore(Number.POSITIVE_INFINITY);
  if (keysAdded) keysBefore(Number.POSITIVE_INFINITY);
  if (build.ctx.drops.setUps.size > 0) setUpsAt(Number.POSITIVE_INFINITY);
  log.changed = undefined;

  let outputs: Array<[OutputFile, Unit]>;
  let offsets = index.offsets;
  if (sameShape) {
    outputs = previous.outputs.slice();
    for (const key of renderedKeys) {
      const i = index.positions.get(key)!;
      records.get(key)!.outputs.forEach((f, k) => (outputs[offsets[i]! + k] = [f, units[i]!]));
    }
  } else {
    outputs = [];
    const next: number[] = [];
    for (const u of units) {
      next.push(outputs.length);
      for (const f of records.get(u.key)?.outputs ?? []) outputs.push([f, u]);
    }
    next.push(outputs.length);
    offsets = next;
  }
  return {
    records,
    outputs,
    rendered: renderedKeys.length,
    renderedKeys,
    errors,
    urlList: previous.urlList,
    urls: previous.urls,
    before,
    index: { ...index, offsets },
  };
}

/** The unit of `a` or `b` that renders first. */
function nextInTurn(units: readonly Unit[], a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let best = -1;
  for (const set of [a, b]) for (const i of set) if (best < 0 || turnOf(units, i) < turnOf(units, best)) best = i;
  return best;
}

/** A page's drop as rendered (`rec`), or as it is before its render. */
function setDrop(u: Unit, rec: UnitRecord | undefined, build: PreparedBuild): void {
  rejoinSourceMap(u, build, rec?.outputs);
  if (!rec) return showUnrendered(u);
  const drop = u.drop!;
  drop.content = rec.content;
  if (rec.output !== undefined) drop.output = rec.output;
  else delete drop.output;
}
