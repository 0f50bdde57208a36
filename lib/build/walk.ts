// One pass over the units in render order, rendering those a change reaches
// and taking the others' outputs from the last pass. Every drop shows, at
// each step, what it would show at that step of a clean build: units not yet
// reached their raw text, units passed their rendered content. Jekyll's
// carried `layout`/`content` (renderer.rb) is replayed the same way.
import { KyllError } from '../errors/kyll-error.js';
import type { RenderedSiteView } from '../plugins/plugin.js';
import type { PreparedBuild } from '../render/prepare-build.js';
import { textFile } from '../render/outputs.js';
import { createSassCompiler } from '../render/sass.js';
import type { Drop } from '../site/drops.js';
import type { Diagnostic, OutputFile } from '../types.js';
import { hits, type Changes } from './changes.js';
import { fingerprint } from './signature.js';
import { Keys, type ReadLog } from './track.js';
import { mayReadCarry, rawOf, renderStatic, renderTemplated, type Unit } from './units.js';

interface Carry {
  readonly layout: Drop | null;
  readonly content: string | undefined;
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
}

export interface WalkResult {
  readonly records: Map<string, UnitRecord>;
  /** Outputs in render order, before the destination check. */
  readonly outputs: Array<[OutputFile, Unit]>;
  readonly rendered: number;
  readonly errors: KyllError[];
  /** The URLs the computed outputs saw. */
  readonly urls: string;
}

/** Which units to render: all of them (`previous` undefined), or those `changes` reach. */
export async function walk(build: PreparedBuild, units: readonly Unit[], log: ReadLog, previous: WalkResult | undefined, changes: Changes): Promise<WalkResult> {
  const { ctx } = build;
  const records = new Map<string, UnitRecord>();
  const outputs: Array<[OutputFile, Unit]> = [];
  const errors: KyllError[] = [];
  let rendered = 0;
  const sass = createSassCompiler(build.source, build.site.config, String(ctx.jekyll.environment), build.theme);
  // Before the pass, every drop as a clean build starts it.
  for (const u of units) {
    if (!u.drop || u.kind === 'computed') continue;
    u.drop.content = rawOf(u);
    // A document drop has `output` from the start; a page's appears once rendered (page.rb).
    if (u.kind === 'document') u.drop.output = undefined;
    else delete u.drop.output;
  }
  let carry: Carry = { layout: null, content: undefined };
  const mustRender = (u: Unit, rec: UnitRecord | undefined): rec is undefined =>
    !rec ||
    changes.all ||
    rec.sig !== u.sig ||
    changes.paths.has(u.sourcePath) ||
    hits(rec.deps, changes.keys) ||
    (!sameCarry(carry, rec.carryIn) && (mayReadCarry(u) || u.carryRole === 'changes'));
  const run = async (u: Unit, rec: UnitRecord | undefined, make: () => OutputFile[] | Promise<OutputFile[]>): Promise<void> => {
    const deps = new Set<string>(u.kind === 'generated' && (u.generated?.scope || u.generated?.scopeFor) ? [Keys.allLists] : []);
    if (u.kind === 'page' && /^\.s[ac]ss$/.test(u.doc?.ext ?? '')) deps.add('sass');
    const mark = ctx.diagnostics.length;
    ctx.carry.layout = carry.layout;
    ctx.carry.content = carry.content;
    log.current = deps;
    let made: OutputFile[] = [];
    try {
      made = await make();
    } catch (e) {
      if (e instanceof KyllError) errors.push(e);
      else throw e;
    } finally {
      log.current = undefined;
    }
    rendered++;
    const carryIn = carry;
    if (u.carryRole !== 'passes') carry = { layout: ctx.carry.layout, content: ctx.carry.content };
    const now: UnitRecord = { sig: u.sig, outputs: made, deps, diagnostics: ctx.diagnostics.slice(mark), carryIn, carryOut: carry, content: u.drop?.content, output: u.drop?.output };
    records.set(u.key, now);
    for (const f of made) outputs.push([f, u]);
    // Its readers further on render again when what they would read changed.
    if (rec && u.doc && (rec.content !== now.content || rec.output !== now.output)) changes.keys.add(Keys.content(u.sourcePath));
  };
  const reuse = (u: Unit, rec: UnitRecord): void => {
    records.set(u.key, rec);
    for (const f of rec.outputs) outputs.push([f, u]);
    if (u.drop && u.kind !== 'computed') {
      u.drop.content = rec.content;
      if (u.kind === 'document' || rec.output !== undefined) u.drop.output = rec.output;
    }
    if (u.carryRole !== 'passes') carry = rec.carryOut;
  };

  for (const u of units) {
    if (u.kind === 'static' || u.kind === 'computed') continue;
    const rec = previous?.records.get(u.key);
    if (mustRender(u, rec)) await run(u, rec, () => renderTemplated(u, build, sass));
    else reuse(u, rec);
  }
  for (const u of units) {
    if (u.kind !== 'static') continue;
    const rec = previous?.records.get(u.key);
    if (!rec || changes.all || rec.sig !== u.sig || changes.paths.has(u.sourcePath)) await run(u, rec, () => renderStatic(u, build));
    else reuse(u, rec);
  }
  // Outputs computed from the whole rendered site: what they read is recorded as for templates.
  const urls = outputs.map(([f]) => f.url);
  const urlPrint = fingerprint(urls);
  if (previous && previous.urls !== urlPrint) changes.keys.add('urls');
  const view = (): RenderedSiteView => {
    const site = ctx.drops.site;
    return { posts: site.posts as Drop[], pages: site.pages as Drop[], documents: site.documents as Drop[], siteDrop: site, urls };
  };
  for (const u of units) {
    if (u.kind !== 'computed') continue;
    const rec = previous?.records.get(u.key);
    if (!rec || changes.all || rec.sig !== u.sig || hits(rec.deps, changes.keys)) {
      await run(u, rec, () => {
        log.current!.add('urls').add(Keys.allLists).add(Keys.pages).add(Keys.statics).add(Keys.data);
        const g = u.generated!;
        return [textFile(g.outputPath, g.url, g.render!(view()))];
      });
    } else reuse(u, rec);
  }
  return { records, outputs, rendered, errors, urls: urlPrint };
}

function sameCarry(a: Carry, b: Carry): boolean {
  if (a === b) return true;
  if (a.content !== b.content) return false;
  return a.layout === b.layout || fingerprint(a.layout) === fingerprint(b.layout);
}
