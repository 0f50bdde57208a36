// renderSite's use of the warm record (warm.ts): before reading the site,
// hash what it depends on; when the last build had the same hash and left
// the destination as it wrote it, that build's result is this one's.
import { configuredDir } from '../config/site-dir.js';
import { JEKYLL_VERSION } from '../render/prepare-build.js';
import type { SitePlugins } from '../render/site-plugins.js';
import { readSite } from '../site/build-collections.js';
import { siteTime } from '../site/site-time.js';
import { themeForConfig } from '../site/theme.js';
import type { Diagnostic, OutputFile, RenderResult } from '../types.js';
import { kyllVersion } from './disk-cache.js';
import { uncacheable, warmKey } from './warm-key.js';
import { destinationAsRecorded, readWarmRecord, saveWarmRecord, warmResult } from './warm.js';

export interface WarmStart {
  /** The last build's result, when nothing changed since. */
  readonly result?: RenderResult;
  /** Notes a full build's written files for the next build (a no-op when the cache is off). */
  save(files: readonly OutputFile[], diagnostics: readonly Diagnostic[]): void;
}

const OFF: WarmStart = { save: () => undefined };

export interface WarmStartInputs {
  readonly root: string;
  readonly destination: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly loaded: SitePlugins;
  readonly t0: number;
}

export function warmStart({ root, destination, env, loaded, t0 }: WarmStartInputs): WarmStart {
  const config = loaded.config;
  if (uncacheable(config, env, loaded.plugins.length) !== undefined) return OFF;
  const source = loaded.opened;
  const theme = themeForConfig(config, env, root);
  const sass = String((config.sass as { sass_dir?: unknown } | undefined)?.sass_dir ?? '_sass');
  const templateDirs = [
    configuredDir(config, 'layouts_dir', '_layouts', root),
    configuredDir(config, 'includes_dir', '_includes', root),
    configuredDir(config, 'data_dir', '_data', root),
    configuredDir(config, 'sass_dir', sass, root),
  ];
  const record = readWarmRecord(root);
  const { key, stamps } = warmKey({ kyllVersion: kyllVersion(), jekyllVersion: JEKYLL_VERSION, config, env, source, theme, templateDirs, known: record?.stamps });
  const save = (files: readonly OutputFile[], diagnostics: readonly Diagnostic[]): void => saveWarmRecord(root, key, stamps, destination, files, diagnostics);
  if (!record || record.key !== key || !destinationAsRecorded(record, destination)) return { save };
  const read = () => readSite(source, config, siteTime(env, config.timezone), theme);
  return { result: warmResult(record, destination, config, read, t0), save };
}
