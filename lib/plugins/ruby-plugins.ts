// Ruby plugins (`_plugins/**/*.rb`, PluginManager#require_plugin_files) cannot
// run here. Jekyll requires them unless the site is in safe mode; kyll says
// once which ones it leaves out, so a site that needs them is not silently wrong.
import type { Source } from '../source/source.js';
import type { Diagnostic } from '../types.js';
import { pluginDirs } from './load.js';

export function rubyPluginsWarning(source: Source, config: Readonly<Record<string, unknown>>): Diagnostic | undefined {
  if (config.safe === true) return undefined; // Jekyll does not load them either
  const dirs = pluginDirs(config);
  const files = source.list().filter((p) => p.endsWith('.rb') && dirs.some((d) => p.startsWith(`${d}/`)));
  if (files.length === 0) return undefined;
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: `Ruby plugins do not run in kyll; skipped: ${files.join(', ')}`,
    file: files[0],
  };
}
