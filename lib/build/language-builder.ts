// The builder of a jekyll-polyglot site: one long-lived build per language, as renderSite runs
// one build per language (polyglot/language-builds.ts, after Site#process), each writing its own
// folder (the default language the destination, the others DEST/LANG). An update goes to every
// language's build in the same order, so that each gives what a clean build gives. A site
// without the plugin has a single build. A change of the configuration that changes the plan
// keeps the builds of the languages still there (each updated as by any configuration edit, with
// its new settings), builds the new languages, and removes the folders of those gone; only
// turning the plugin on or off, or another default language, builds everything again.
import fs from 'node:fs';
import path from 'node:path';
import { followConfiguredSource } from '../config/configured-source.js';
import { loadConfig } from '../config/load-config.js';
import { defaultBuildOwns, languagePlan, languagesMemo, mergeLanguages, prefixed, type LanguageBuild } from '../plugins/polyglot/language-builds.js';
import { memoForBuild } from '../plugins/generator-memo.js';
import { usesPolyglot } from '../plugins/polyglot/settings.js';
import { openSource } from '../site/build-collections.js';
import type { Data, OutputFile } from '../types.js';
import { writeChanges } from '../write/changes.js';
import type { BuilderOptions, BuildPart, BuildResult, Builder, TidyResult, UpdateResult } from './builder.js';

type MakeBuilder = (options: BuilderOptions, part?: BuildPart) => Promise<Builder>;

const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'];

interface Languages {
  /** What the plan was made from: a different one after a config change means a new plan. */
  readonly planKey: string;
  readonly config: Data;
  readonly builds: ReadonlyArray<readonly [LanguageBuild, Builder]>;
}

/** A language's build as its builder reads it: its settings can change with the plan. */
interface LanguageSlot {
  build: LanguageBuild;
  /** The output paths of its last build or update, relative to its destination. */
  paths: readonly string[];
}

export async function languageBuilder(given: BuilderOptions, make: MakeBuilder): Promise<Builder> {
  // A build given `active_lang` is one language's already (as renderSite's).
  if (given.config?.active_lang !== undefined) return make(given);
  const options = followConfiguredSource(given);
  const root = typeof options.source === 'string' ? path.resolve(options.source) : undefined;
  const destination = options.destination ?? (root ? path.join(root, '_site') : undefined);
  const write = options.write ?? (root !== undefined || options.destination !== undefined);
  const configNames = new Set((options.configFiles ?? CONFIG_FILES).map((f) => path.basename(f)));
  let single: Builder | undefined;
  let languages: Languages | undefined;
  // After a failed update some languages may not have seen the change: the next one builds all again.
  let stale = false;

  const readPlan = (): { planKey: string; config: Data; plan?: LanguageBuild[] } => {
    const config = loadConfig(openSource(options.source, destination), { configFiles: options.configFiles, overrides: options.config, env: options.env ?? process.env });
    if (!usesPolyglot(config)) return { planKey: 'single', config };
    const plan = languagePlan(config, options.source, destination, given.config);
    return { planKey: JSON.stringify(plan), config, plan };
  };

  // Each language's settings and last outputs, read by its builder at each read (BuildPart#overrides).
  const slots = new Map<Builder, LanguageSlot>();
  // What the default language's build writes: not the other languages' folders (the current plan's).
  let owns: (outputPath: string) => boolean = () => true;
  // The generators' memo of the languages' Site (the first language's values, kept by its every update).
  let memo: Map<string, unknown> | undefined;
  const builderFor = async (b: LanguageBuild, index: number): Promise<Builder> => {
    const slot: LanguageSlot = { build: b, paths: [] };
    const generatorMemo = memo && memoForBuild(memo, index);
    const part: BuildPart = { owns: b.isDefault ? (p) => owns(p) : () => true, cacheName: `lang-${b.lang}`, nested: !b.isDefault, overrides: () => slot.build.config, generatorMemo };
    const builder = await make({ ...given, config: b.config, destination: b.destination, write }, part);
    slots.set(builder, slot);
    return builder;
  };
  const noted = <T extends { files: readonly OutputFile[] }>(builder: Builder, result: T): T => {
    slots.get(builder)!.paths = result.files.map((f) => f.path);
    return result;
  };

  const build = async (): Promise<BuildResult> => {
    stale = false;
    const { planKey, config, plan } = readPlan();
    if (!plan) {
      languages = undefined;
      single ??= await make(given);
      return single.build();
    }
    single = undefined;
    slots.clear();
    owns = defaultBuildOwns(config);
    memo = languagesMemo(config);
    const builds: Array<readonly [LanguageBuild, Builder]> = [];
    for (const [i, b] of plan.entries()) builds.push([b, await builderFor(b, i)]);
    languages = { planKey, config, builds };
    const results: Array<[LanguageBuild, BuildResult]> = [];
    try {
      for (const [b, builder] of builds) results.push([b, noted(builder, await builder.build())]);
    } catch (e) {
      stale = true;
      throw e;
    }
    return { ...mergeLanguages(config, results), rendered: results.reduce((n, [, r]) => n + r.rendered, 0) };
  };

  /**
   * The languages changed (or their settings): the languages kept update as for any configuration
   * edit (an output whose bytes stay is not written again), a new one builds into its folder, and
   * the folder of one gone is removed (the default build's cleaner no longer keeps it). The update
   * names only what changed, for live reload.
   */
  const replan = async (paths: readonly string[], next: { planKey: string; config: Data; plan: LanguageBuild[] }): Promise<UpdateResult> => {
    const before = languages!;
    const kept = new Map(before.builds.map(([b, builder]) => [b.lang, builder]));
    languages = undefined;
    stale = true; // until every language has its update
    owns = defaultBuildOwns(next.config);
    const gone = before.builds.filter(([b]) => !next.plan.some((n) => n.lang === b.lang));
    const removed: string[] = [];
    for (const [b, builder] of gone) {
      removed.push(...slots.get(builder)!.paths.map((p) => `${b.lang}/${p}`));
      slots.delete(builder);
      if (write && b.destination) fs.rmSync(b.destination, { recursive: true, force: true });
    }
    const builds: Array<readonly [LanguageBuild, Builder]> = [];
    const updates: Array<[LanguageBuild, UpdateResult]> = [];
    for (const [i, b] of next.plan.entries()) {
      const builder = kept.get(b.lang);
      if (builder) {
        slots.get(builder)!.build = b;
        builds.push([b, builder]);
        const u = await builder.update(paths);
        noted(builder, u.result);
        updates.push([b, u]);
      } else {
        const fresh = await builderFor(b, i);
        builds.push([b, fresh]);
        const result = noted(fresh, await fresh.build());
        updates.push([b, { written: result.files, removed: [], result, rendered: result.rendered }]);
      }
    }
    languages = { ...next, builds };
    stale = false;
    // What the default build writes in a folder that was a language's (rare) comes back after its removal.
    const mainUpdate = updates.find(([b]) => b.isDefault)?.[1];
    const intoGone = (mainUpdate?.result.files ?? []).filter((f) => owns(f.path) && gone.some(([b]) => f.path.startsWith(`${b.lang}/`)));
    if (write && destination && intoGone.length > 0) writeChanges(destination, intoGone, []);
    const merged = mergedUpdate(next.config, updates);
    const rewritten = new Set(merged.written.map((f) => f.path));
    return { ...merged, written: [...merged.written, ...intoGone.filter((f) => !rewritten.has(f.path))], removed: [...merged.removed, ...removed.filter((p) => !merged.result.files.some((f) => f.path === p))] };
  };

  /** The languages' updates as one: paths in the main destination, the default build's own only. */
  const mergedUpdate = (config: Data, updates: ReadonlyArray<readonly [LanguageBuild, UpdateResult]>): UpdateResult => {
    const inMain = (b: LanguageBuild, files: readonly OutputFile[]): OutputFile[] => (b.isDefault ? files.filter((f) => owns(f.path)) : files.map((f) => prefixed(f, b.lang)));
    return {
      written: updates.flatMap(([b, u]) => inMain(b, u.written)),
      removed: updates.flatMap(([b, u]) => (b.isDefault ? u.removed.filter(owns) : u.removed.map((p) => `${b.lang}/${p}`))),
      result: mergeLanguages(config, updates.map(([b, u]) => [b, u.result] as const)),
      rendered: updates.reduce((n, [, u]) => n + u.rendered, 0),
    };
  };

  const rebuild = async (): Promise<UpdateResult> => {
    const result = await build();
    return { written: result.files, removed: [], result, rendered: result.rendered };
  };

  const update = async (changedPaths: readonly string[]): Promise<UpdateResult> => {
    if (stale || (!single && !languages)) return rebuild();
    // The other languages' destinations are inside the main one: what changes there is output, not source.
    const dest = destination === undefined ? undefined : path.resolve(destination);
    const paths = dest === undefined ? changedPaths : changedPaths.filter((p) => !(path.isAbsolute(p) && (p === dest || p.startsWith(dest + path.sep))));
    if (changedPaths.some((p) => configNames.has(path.basename(p)))) {
      let next: ReturnType<typeof readPlan>;
      try {
        next = readPlan();
      } catch (e) {
        stale = true; // a configuration that cannot be read: the builds have not seen the change
        throw e;
      }
      if (next.planKey !== (languages?.planKey ?? 'single')) {
        // The plugin turned on or off, or another default language (another build owns the destination).
        const mainLang = (l: Languages): string | undefined => l.builds.find(([b]) => b.isDefault)?.[0].lang;
        if (!next.plan || !languages || next.plan.find((b) => b.isDefault)?.lang !== mainLang(languages)) return rebuild();
        try {
          return await replan(paths, { planKey: next.planKey, config: next.config, plan: next.plan });
        } catch (e) {
          stale = true;
          throw e;
        }
      }
    }
    if (single) return single.update(changedPaths);
    const { config, builds } = languages!;
    const updates: Array<[LanguageBuild, UpdateResult]> = [];
    try {
      for (const [b, builder] of builds) updates.push([b, await builder.update(paths)]);
    } catch (e) {
      stale = true;
      throw e;
    }
    builds.forEach(([, builder], i) => noted(builder, updates[i]![1].result));
    return mergedUpdate(config, updates);
  };

  // Each language writes again the outputs its folder lacks and removes what else its folder holds
  // (the default language's keep_files keep the other languages' folders, as polyglot's fetch_languages adds them).
  const tidy = async (): Promise<TidyResult> => {
    if (stale) return { written: [], removed: [] };
    if (single) return single.tidy();
    if (!languages) return { written: [], removed: [] };
    const written: OutputFile[] = [];
    const removed: string[] = [];
    for (const [b, builder] of languages.builds) {
      const t = await builder.tidy();
      written.push(...(b.isDefault ? t.written.filter((f) => owns(f.path)) : t.written.map((f) => prefixed(f, b.lang))));
      removed.push(...(b.isDefault ? t.removed : t.removed.map((p) => `${b.lang}/${p}`)));
    }
    return { written, removed };
  };

  return { build, update, tidy };
}
