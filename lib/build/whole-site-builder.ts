// The builder of a jekyll-multiple-languages-plugin site: its languages are builds of one Site one
// after another (Site#process once per language, sharing Site#filter_cache), so serve, --watch
// and -I build the whole site again as `kyll build` does (renderSite) on every change; a change
// that drops the plugin from the configuration goes back to the ordinary builder.
import path from 'node:path';
import { followConfiguredSource } from '../config/configured-source.js';
import { loadConfig } from '../config/load-config.js';
import { usesMultipleLanguages } from '../plugins/multiple-languages/settings.js';
import { renderSite } from '../render/render-site.js';
import { openSource } from '../site/build-collections.js';
import type { BuilderOptions, BuildResult, Builder, TidyResult, UpdateResult } from './builder.js';

/** Whether the site's configuration names jekyll-multiple-languages-plugin. */
export function namesMultipleLanguages(given: BuilderOptions): boolean {
  const options = followConfiguredSource(given);
  const root = typeof options.source === 'string' ? path.resolve(options.source) : undefined;
  const destination = options.destination ?? (root ? path.join(root, '_site') : undefined);
  const config = loadConfig(openSource(options.source, destination), { configFiles: options.configFiles, overrides: options.config, env: options.env ?? process.env });
  return usesMultipleLanguages(config);
}

export function wholeSiteBuilder(given: BuilderOptions, otherwise: () => Promise<Builder>): Builder {
  const { incremental: _incremental, ...options } = given;
  let last: readonly string[] = [];
  let other: Builder | undefined;
  const build = async (): Promise<BuildResult> => {
    if (!namesMultipleLanguages(given)) return (other ??= await otherwise()).build();
    other = undefined;
    const result = await renderSite(options);
    last = result.files.map((f) => f.path);
    return { ...result, rendered: result.files.length };
  };
  return {
    build,
    update: async (changedPaths: readonly string[]): Promise<UpdateResult> => {
      if (other && !namesMultipleLanguages(given)) return other.update(changedPaths);
      const before = new Set(last);
      const result = await build();
      const now = new Set(result.files.map((f) => f.path));
      return { written: result.files, removed: [...before].filter((p) => !now.has(p)), result, rendered: result.rendered };
    },
    tidy: async (): Promise<TidyResult> => (other ? other.tidy() : { written: [], removed: [] }),
  };
}
