// Includes that read nothing of the page, rendered once per build. A blog's header,
// footer or navigation reads only `site.*` and constants, yet Jekyll renders it again
// for every page (the header include was a fifth of the layouts' time on the bench
// blog). An include's output is shared when its templates prove that it cannot differ
// from one page to the next (./include-purity.ts) and when, at the call, every name it
// reads from outside resolves as it did for the first page: `site` is the build's one
// site drop, not hidden by a variable of the page, and no loop or include of the page
// surrounds the call. What the include leaves behind for the rest of the page (the
// variables its `assign`/`capture` set, the `for` offsets it registers) is recorded at
// the first render and set again wherever the output is reused.
import type { Context, Emitter, Template } from 'liquidjs';
import { analyzeInclude, isSiteConstant, type IncludeShape, type Verdict } from './include-purity.js';

type Scopes = { scopes: Array<Record<string, unknown>>; environments: Record<string, unknown>; registers: Record<string, unknown> };

interface Entry {
  readonly output: string;
  /** The variables the include set, with their values. */
  readonly writes: ReadonlyArray<readonly [string, unknown]>;
  /** The registers (`for` offsets) it set. */
  readonly registers: ReadonlyArray<readonly [string, unknown]>;
}

export class SharedIncludes {
  private readonly verdicts = new WeakMap<Template[], Verdict | null>();
  private readonly outputs = new Map<string, Entry>();

  /**
   * `site`: the build's site drop, which nothing changes while pages render but the keys
   * that Hash#[] adds to site.categories and site.tags (site.rb#post_attr_hash's default
   * block, `site.tags | map: "x"`); `indexVersion` moves when one comes, and an output
   * printed before no longer stands.
   */
  constructor(
    readonly site: object,
    private readonly shape: IncludeShape,
    readonly indexVersion: () => number = () => 0,
  ) {}

  /**
   * Writes the include's output: `render(output)` with the one recorded under `key` (its file
   * and its literal parameters), or `render()` to render it into `emitter`, recorded when it may be shared.
   */
  render(key: string, templates: Template[], hasParams: boolean, ctx: Context, emitter: Emitter, render: (output?: string) => void): void {
    const verdict = this.verdictFor(templates, hasParams);
    if (!verdict || !this.resolvesAsBefore(ctx)) return render();
    const c = ctx as unknown as Scopes;
    const bottom = c.scopes[0]!;
    key += `\0${this.indexVersion()}`;
    for (const list of verdict.lists) {
      const docs = (this.site as Record<string, unknown>)[list];
      key += `\0${Array.isArray(docs) ? docs.length : ''}`;
    }
    const hit = this.outputs.get(key);
    if (hit) {
      for (const [name, value] of hit.writes) bottom[name] = value;
      for (const [name, value] of hit.registers) c.registers[name] = value;
      return render(hit.output);
    }
    const buffer = (emitter as { buffer?: unknown }).buffer;
    if (typeof buffer !== 'string') return render();
    // The include reads each name it assigns only after assigning it (./include-purity.ts): hiding
    // the page's values while it renders changes nothing, and shows which names it sets.
    const saved = verdict.assigned.filter((name) => name in bottom).map((name) => [name, bottom[name]] as const);
    for (const name of verdict.assigned) delete bottom[name];
    const registersBefore = { ...c.registers };
    let output: string | undefined;
    let writes: Entry['writes'] = [];
    try {
      render();
      const after = (emitter as { buffer?: unknown }).buffer;
      if (typeof after === 'string' && after.startsWith(buffer)) output = after.slice(buffer.length);
    } finally {
      writes = verdict.assigned.filter((name) => name in bottom).map((name) => [name, bottom[name]] as const);
      for (const [name, value] of saved) if (!(name in bottom)) bottom[name] = value;
    }
    const registers = Object.keys(c.registers)
      .filter((name) => c.registers[name] !== registersBefore[name])
      .map((name) => [name, c.registers[name]] as const);
    // a register holding an object (a `cycle` group) would be shared between pages: not recorded
    if (output === undefined || registers.some(([, v]) => v !== null && typeof v === 'object')) return;
    this.outputs.set(key, { output, writes, registers });
  }

  /** Is this output's value made of literals and `site.*` only (ours; its value is then printed once per build, see ./sync-output.ts)? */
  constantOutput(value: unknown): boolean {
    return isSiteConstant(value, this.shape);
  }

  /** Does `site` read the build's site drop here: no scope of the page (a loop, an include, an assign) names it? */
  siteResolves(ctx: Context): boolean {
    const c = ctx as unknown as Scopes;
    for (const scope of c.scopes) if ('site' in scope) return false;
    return c.environments['site'] === this.site;
  }

  private verdictFor(templates: Template[], hasParams: boolean): Verdict | null {
    let verdict = this.verdicts.get(templates);
    if (verdict === undefined) {
      verdict = analyzeInclude(templates, this.shape, hasParams) ?? null;
      this.verdicts.set(templates, verdict);
    }
    return verdict;
  }

  /**
   * Does every name the include reads from outside resolve as it did at the first render? It
   * reads only `site` (and `include`, its own parameters): Context#findScope finds `site` in
   * the page's variables unless the page assigned none, and in no loop scope when the call is
   * at the page's top level.
   */
  private resolvesAsBefore(ctx: Context): boolean {
    const c = ctx as unknown as Scopes;
    if (c.scopes.length !== 1) return false;
    const bottom = c.scopes[0]!;
    return !('site' in bottom) && !('forloop' in bottom) && c.environments['site'] === this.site;
  }
}
