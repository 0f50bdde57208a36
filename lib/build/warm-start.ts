// renderSite's use of the warm record (warm.ts): before reading the site,
// hash what it depends on; when the last build had the same hash and left
// the destination as it wrote it, that build's result is this one's.
import { bundlerPluginNames } from '../plugins/gemfile.js';
import { configuredDir } from '../config/site-dir.js';
import { JEKYLL_VERSION } from '../render/prepare-build.js';
import type { SitePlugins } from '../render/site-plugins.js';
import { readSite } from '../site/build-collections.js';
import { siteTime } from '../site/site-time.js';
import { themeForConfig } from '../site/theme.js';
import type { Diagnostic, OutputFile, RenderResult } from '../types.js';
import { kyllVersion } from './kyll-identity.js';
import type { Source } from '../source/source.js';
import { signaturesNow, stampingSource, uncacheable, warmKey, type FileStamp, type WarmKeyInputs } from './warm-key.js';
import { backgroundCandidates, startBackgroundStamps } from './background-stamps.js';
import { outsideStyleFiles, type OutsideFiles } from './warm-style-files.js';
import { destinationAsRecorded, readWarmRecord, recordedEntries, saveWarmRecord, warmResult } from './warm.js';
import { SeenDestination } from './seen-destination.js';

export interface WarmStart {
  /** The last build's result, when nothing changed since. */
  readonly result?: RenderResult;
  /** Notes a full build's written files for the next build (a no-op when the cache is off); `keepFiles`: the site's keep_files. */
  save(files: readonly OutputFile[], diagnostics: readonly Diagnostic[], keepFiles: unknown): void;
  /**
   * What the destination holds, as the last build left it, when that can be said without reading
   * its folders (warm.ts#recordedEntries); undefined otherwise. Asked right before the destination
   * is cleaned.
   */
  destinationEntries?(keepFiles: unknown): Map<string, boolean> | undefined;
  /** The build wrote or removed these paths of the destination (relative to it): `save` looks at them and their folders again. */
  changed?(paths: Iterable<string>): void;
  /** Ends what it runs beside the build (the build failed, or is over). */
  stop?(): void;
  /** The stamps (content hashes) of the source's and theme's files as keyed before the build, by `site:` or `theme:` and path. */
  readonly stamps?: Readonly<Record<string, FileStamp>>;
}

const OFF: WarmStart = { save: () => undefined };

export interface WarmStartInputs {
  readonly root: string;
  /** kyll's cache folder, where the record is kept (cache-folder.ts#kyllCacheDir). */
  readonly cache: string;
  readonly destination: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly loaded: SitePlugins;
  readonly t0: number;
}

export function warmStart(inputs: WarmStartInputs): WarmStart {
  const keyed = warmKeying(inputs);
  if (!keyed) return OFF;
  const record = readWarmRecord(inputs.cache);
  let keyedNow: ReturnType<typeof keyed.key>;
  try {
    keyedNow = keyed.key({ known: record?.stamps });
  } catch {
    // A file the key cannot read (unreadable, removed meanwhile): a full build, which meets it and
    // says so as Jekyll does (Errno::EACCES naming it), and leaves no record.
    return OFF;
  }
  const { key, stamps } = keyedNow;
  // What the build sees of the destination before it writes, for the record it saves after (seen-destination.ts).
  const seen = new SeenDestination();
  const save = (files: readonly OutputFile[], diagnostics: readonly Diagnostic[], keepFiles: unknown): void => saveWarmRecord(inputs.cache, key, stamps, inputs.destination, files, diagnostics, keepFiles, seen);
  const changed = (paths: Iterable<string>): void => seen.changed(paths);
  if (!record || record.key !== key || !destinationAsRecorded(record, inputs.destination)) {
    const destinationEntries = record ? (keepFiles: unknown) => recordedEntries(record, inputs.destination, keepFiles, seen) : undefined;
    return { save, stamps, changed, ...(destinationEntries ? { destinationEntries } : {}) };
  }
  const { config, opened: source } = inputs.loaded;
  const read = () => readSite(source, config, siteTime(inputs.env, config), keyed.theme);
  return { result: warmResult(record, inputs.destination, config, read, inputs.t0), save, stamps };
}

/**
 * A build with no record of an earlier one (nothing to take from the cache): the key is
 * computed after the build, from the stamps of the files it read through `source`
 * (warm-key.ts#stampingSource: no second read or stat of those), and from the others' bytes,
 * then saved with its files, unless one of those changed while the build ran.
 */
export function warmAfterBuild(inputs: WarmStartInputs): WarmStart & { readonly source?: Source } {
  const keyed = warmKeying(inputs);
  if (!keyed) return OFF;
  const stamping = stampingSource(inputs.loaded.opened);
  // A post is read through `source` or not at all; any other file changed during the build means no record.
  const groups = [
    { label: 'site', source: inputs.loaded.opened, signatures: signaturesNow(inputs.loaded.opened, 'site') },
    ...(keyed.theme ? [{ label: 'theme', source: keyed.theme, signatures: signaturesNow(keyed.theme, 'theme') }] : []),
    ...keyed.outside.map((o) => ({ label: o.label, source: o.source, signatures: signaturesNow(o.source, o.label, o.paths) })),
  ];
  const before: Record<string, string> = Object.assign({}, ...groups.map((g) => g.signatures));
  // The big files the build will not read (most of them), hashed meanwhile on a thread (background-stamps.ts).
  const background = startBackgroundStamps(backgroundCandidates(groups));
  return {
    source: stamping.source,
    save: (files, diagnostics, keepFiles) => {
      let keyedNow: ReturnType<typeof warmKey>;
      try {
        keyedNow = keyed.key({ read: stamping.stamps, before, ...(background ? { background } : {}) });
      } catch {
        return; // a file removed while the build ran: no record, the next build is a full one
      } finally {
        background?.stop();
      }
      if (!keyedNow.changed) saveWarmRecord(inputs.cache, keyedNow.key, keyedNow.stamps, inputs.destination, files, diagnostics, keepFiles);
    },
    ...(background ? { stop: background.stop } : {}),
  };
}

/** How this build's warm key is computed (given the stamps known of its files), unless it cannot be cached. */
function warmKeying({ root, env, loaded }: WarmStartInputs): { theme: Source | undefined; outside: readonly OutsideFiles[]; key: (stamps: Pick<WarmKeyInputs, 'known' | 'read' | 'before'>) => ReturnType<typeof warmKey> } | undefined {
  const config = loaded.config;
  if (uncacheable(config, env, loaded.plugins.length, bundlerPluginNames(loaded.opened, env)) !== undefined) return undefined;
  const source = loaded.opened;
  const theme = themeForConfig(config, env, root, undefined, loaded.opened);
  const sass = String((config.sass as { sass_dir?: unknown } | undefined)?.sass_dir ?? '_sass');
  const templateDirs = [
    configuredDir(config, 'layouts_dir', '_layouts', root),
    configuredDir(config, 'includes_dir', '_includes', root),
    configuredDir(config, 'data_dir', '_data', root),
    configuredDir(config, 'sass_dir', sass, root),
  ];
  const outside = outsideStyleFiles(source, config);
  return { theme, outside, key: (stamps) => warmKey({ kyllVersion: kyllVersion(), jekyllVersion: JEKYLL_VERSION, config, env, source, theme, outside, templateDirs, ...stamps }) };
}
