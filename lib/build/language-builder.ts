// The builder of a jekyll-polyglot site: one long-lived build per language, as renderSite runs
// one build per language (polyglot/language-builds.ts, after Site#process), each writing its own
// folder (the default language the destination, the others DEST/LANG). An update goes to every
// language's build in the same order, so that each gives what a clean build gives. A site
// without the plugin has a single build. A change of the configuration that changes the plan
// (the plugin named or not, the languages, their settings) builds everything again.
import path from 'node:path';
import { followConfiguredSource } from '../config/configured-source.js';
import { loadConfig } from '../config/load-config.js';
import { defaultBuildOwns, languagePlan, mergeLanguages, prefixed, type LanguageBuild } from '../plugins/polyglot/language-builds.js';
import { usesPolyglot } from '../plugins/polyglot/settings.js';
import { openSource } from '../site/build-collections.js';
import type { Data, OutputFile, RenderResult } from '../types.js';
import type { BuilderOptions, BuildPart, BuildResult, Builder, TidyResult, UpdateResult } from './builder.js';

type MakeBuilder = (options: BuilderOptions, part?: BuildPart) => Promise<Builder>;

const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'];

interface Languages {
  /** What the plan was made from: a different one after a config change means a new start. */
  readonly planKey: string;
  readonly config: Data;
  readonly builds: ReadonlyArray<readonly [LanguageBuild, Builder]>;
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

  const build = async (): Promise<BuildResult> => {
    stale = false;
    const { planKey, config, plan } = readPlan();
    if (!plan) {
      languages = undefined;
      single ??= await make(given);
      return single.build();
    }
    single = undefined;
    const owns = defaultBuildOwns(config);
    const builds: Array<readonly [LanguageBuild, Builder]> = [];
    for (const b of plan) {
      const part: BuildPart = { owns: b.isDefault ? owns : () => true, cacheName: `lang-${b.lang}`, nested: !b.isDefault };
      builds.push([b, await make({ ...given, config: b.config, destination: b.destination, write }, part)]);
    }
    languages = { planKey, config, builds };
    const results: Array<[LanguageBuild, BuildResult]> = [];
    try {
      for (const [b, builder] of builds) results.push([b, await builder.build()]);
    } catch (e) {
      stale = true;
      throw e;
    }
    return { ...mergeLanguages(config, results), rendered: results.reduce((n, [, r]) => n + r.rendered, 0) };
  };

  const rebuild = async (): Promise<UpdateResult> => {
    const result = await build();
    return { written: result.files, removed: [], result, rendered: result.rendered };
  };

  const update = async (changedPaths: readonly string[]): Promise<UpdateResult> => {
    if (stale || (!single && !languages)) return rebuild();
    if (changedPaths.some((p) => configNames.has(path.basename(p)))) {
      let planKey: string;
      try {
        planKey = readPlan().planKey;
      } catch (e) {
        stale = true; // a configuration that cannot be read: the builds have not seen the change
        throw e;
      }
      if (planKey !== (languages?.planKey ?? 'single')) return rebuild();
    }
    if (single) return single.update(changedPaths);
    const { config, builds } = languages!;
    // The other languages' destinations are inside the main one: what changes there is output, not source.
    const dest = destination === undefined ? undefined : path.resolve(destination);
    const paths = dest === undefined ? changedPaths : changedPaths.filter((p) => !(path.isAbsolute(p) && (p === dest || p.startsWith(dest + path.sep))));
    const updates: Array<[LanguageBuild, UpdateResult]> = [];
    try {
      for (const [b, builder] of builds) updates.push([b, await builder.update(paths)]);
    } catch (e) {
      stale = true;
      throw e;
    }
    const owns = defaultBuildOwns(config);
    const inMain = (b: LanguageBuild, files: readonly OutputFile[]): OutputFile[] => (b.isDefault ? files.filter((f) => owns(f.path)) : files.map((f) => prefixed(f, b.lang)));
    const result: RenderResult = mergeLanguages(config, updates.map(([b, u]) => [b, u.result] as const));
    return {
      written: updates.flatMap(([b, u]) => inMain(b, u.written)),
      removed: updates.flatMap(([b, u]) => (b.isDefault ? u.removed.filter(owns) : u.removed.map((p) => `${b.lang}/${p}`))),
      result,
      rendered: updates.reduce((n, [, u]) => n + u.rendered, 0),
    };
  };

  // Each language writes again the outputs its folder lacks; what else the shared destination holds stays.
  const tidy = async (): Promise<TidyResult> => {
    if (stale) return { written: [], removed: [] };
    if (single) return single.tidy();
    if (!languages) return { written: [], removed: [] };
    const owns = defaultBuildOwns(languages.config);
    const written: OutputFile[] = [];
    for (const [b, builder] of languages.builds) {
      const t = await builder.tidy();
      written.push(...(b.isDefault ? t.written.filter((f) => owns(f.path)) : t.written.map((f) => prefixed(f, b.lang))));
    }
    return { written, removed: [] };
  };

  return { build, update, tidy };
}
