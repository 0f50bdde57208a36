// The JavaScript plugins a build runs with, loaded once per read of the site:
// the site's `_plugins` modules, then those given by the caller (objects, or
// `{ path }` modules). renderSite and the long-lived builder (lib/build) both
// start here, so that they run the same plugins.
import { loadConfig } from '../config/load-config.js';
import { loadPlugins, type PluginSpec } from '../plugins/load.js';
import type { KyllPlugin } from '../plugins/plugin.js';
import { openSource } from '../site/build-collections.js';
import type { Source } from '../source/source.js';
import type { Data, Diagnostic, SiteConfig } from '../types.js';

export interface SitePluginsInputs {
  readonly source: string | Source;
  readonly destination?: string;
  readonly config?: Data;
  readonly configFiles?: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly plugins?: readonly PluginSpec[];
}

export interface SitePlugins {
  /** The source, opened once: the plugins were found in it and the build reads it. */
  readonly opened: Source;
  readonly plugins: KyllPlugin[];
  /** Module URLs of the plugins loaded by path, for render workers. */
  readonly urls: string[];
  /** Every plugin came from a module, so workers can load them too. */
  readonly loadableByWorkers: boolean;
  readonly pluginDiagnostics: Diagnostic[];
  /** The configuration as loaded to find the plugins (before any plugin's hooks). */
  readonly config: SiteConfig;
}

/** Opens the source and loads its plugins (Site#setup → PluginManager#conscientious_require). */
export async function loadSitePlugins(inputs: SitePluginsInputs): Promise<SitePlugins> {
  const opened = openSource(inputs.source, inputs.destination);
  const config = loadConfig(opened, { configFiles: inputs.configFiles, overrides: inputs.config, env: inputs.env });
  const loaded = await loadPlugins(opened, config, inputs.plugins);
  return { opened, plugins: loaded.plugins, urls: loaded.urls, loadableByWorkers: loaded.loadableByWorkers, pluginDiagnostics: loaded.diagnostics, config };
}

