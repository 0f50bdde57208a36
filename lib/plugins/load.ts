// JavaScript plugins: a site's `_plugins/*.js` and `*.mjs` (PluginManager#require_plugin_files
// requires `_plugins/**/*.rb` unless the site is in safe mode), and plugins given to
// renderSite by path. Each module's default export is a KyllPlugin. Modules are
// loaded by path, so that render workers can load the same ones.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { KyllError } from '../errors/kyll-error.js';
import type { Source } from '../source/source.js';
import type { Diagnostic } from '../types.js';
import type { KyllPlugin } from './plugin.js';
import { rememberPluginOrigin } from './plugin-errors.js';

/** A plugin given to renderSite: the object itself, or the path of a module whose default export it is. */
export type PluginSpec = KyllPlugin | { readonly path: string };

export function isPluginPath(spec: PluginSpec): spec is { readonly path: string } {
  return typeof (spec as { path?: unknown }).path === 'string' && typeof (spec as { name?: unknown }).name !== 'string';
}

const PLUGIN_FILE = /\.(?:m?js)$/;

/** The configured plugin folders (`plugins_dir`, a name or a list), relative to the source. */
export function pluginDirs(config: Readonly<Record<string, unknown>>): string[] {
  return [config.plugins_dir ?? '_plugins']
    .flat()
    .map((d) => String(d).replace(/^\.?\/+|\/+$/g, ''))
    .filter((d) => d !== '' && !d.startsWith('..'));
}

/**
 * The site's JavaScript plugin files, sorted as Jekyll sorts `_plugins/**` (by path).
 * In safe mode none: Jekyll loads no plugin file then; a warning names the skipped ones.
 */
export function sitePluginFiles(source: Source, config: Readonly<Record<string, unknown>>): { files: string[]; diagnostics: Diagnostic[] } {
  const dirs = pluginDirs(config);
  const found = source.list().filter((p) => PLUGIN_FILE.test(p) && dirs.some((d) => p.startsWith(`${d}/`)));
  if (config.safe === true && found.length > 0) {
    const message = `Safe mode: JavaScript plugins are not loaded; skipped: ${found.join(', ')}`;
    return { files: [], diagnostics: [{ level: 'warning', code: 'INVALID_CONFIG', message, file: found[0] }] };
  }
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of found) {
    if (exportsSomething(source.readText(file))) files.push(file);
    else diagnostics.push({ level: 'warning', code: 'INVALID_CONFIG', file, message: `${file} exports nothing, so it is not a plugin: not loaded (a browser script kept beside a Ruby plugin?)` });
  }
  return { files, diagnostics };
}

// Module-export syntax of either kind: `export …` (ES) or `module.exports` / `exports.x` (CommonJS).
const EXPORT_SYNTAX = /(?:^|[;{}\s])export(?:\s*[{*]|\s+(?:default|async|function|class|const|let|var)\b)|\bmodule\.exports\b|\bexports\s*(?:\.|\[|=)/m;

/**
 * Whether a `_plugins` file can export a plugin at all. Jekyll requires only `*.rb` there and
 * never runs a `.js` file; old sites keep browser scripts beside their Ruby plugins (a lazy
 * image loader, a throttle helper). Such a script has no export, and importing it in Node
 * would run it (and fail on `window`), so it is skipped with a warning instead.
 */
function exportsSomething(text: string): boolean {
  return EXPORT_SYNTAX.test(text);
}

/** Where a site plugin file is imported from: its file on disk, else (a memory Source) its text as a data: URL. */
export function pluginModuleUrl(source: Source, relativePath: string): string {
  const onDisk = source.absolute?.(relativePath);
  // The modification time in the URL: `kyll serve` loads a module again once it is edited (Node caches by URL).
  const mtime = source.mtime(relativePath);
  if (onDisk) return pathToFileURL(onDisk).href + (mtime === undefined ? '' : `?mtime=${mtime}`);
  const text = source.readText(relativePath);
  return `data:text/javascript;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
}

/** A module path or URL given by a user: relative paths are taken from the working folder. */
export function moduleUrl(spec: string): string {
  return /^(?:file|data):/.test(spec) ? spec : pathToFileURL(path.resolve(spec)).href;
}

/** Import a plugin module and check that its default export is a plugin. */
export async function importPlugin(url: string, label: string): Promise<KyllPlugin> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new KyllError('INVALID_CONFIG', `Could not load the plugin ${label}: ${why}`, { file: label });
  }
  // A CommonJS module's module.exports arrives as `default`.
  const plugin = (mod.default ?? mod) as Partial<KyllPlugin> | undefined;
  if (!plugin || typeof plugin !== 'object' || typeof plugin.name !== 'string' || plugin.name === '') {
    throw new KyllError('INVALID_CONFIG', `The plugin ${label} must export a plugin object with a \`name\` as its default export.`, { file: label });
  }
  rememberPluginOrigin(plugin as KyllPlugin, label, url);
  return plugin as KyllPlugin;
}

export interface LoadedPlugins {
  readonly plugins: KyllPlugin[];
  /** Module URLs of every plugin loaded by path, in order, for render workers. */
  readonly urls: string[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The site's `_plugins` modules, then the plugins given to renderSite (objects
 * as they are, `{ path }` specifiers imported). `urls` is undefined when some
 * plugin is an object, which workers cannot load.
 */
export async function loadPlugins(source: Source, config: Readonly<Record<string, unknown>>, given: readonly PluginSpec[] = []): Promise<LoadedPlugins & { loadableByWorkers: boolean }> {
  const { files, diagnostics } = sitePluginFiles(source, config);
  const entries = [
    ...files.map((f) => ({ url: pluginModuleUrl(source, f), label: f })),
    ...given.map((spec) => (isPluginPath(spec) ? { url: moduleUrl(spec.path), label: spec.path } : { plugin: spec })),
  ];
  const plugins: KyllPlugin[] = [];
  const urls: string[] = [];
  for (const entry of entries) {
    if ('plugin' in entry) plugins.push(entry.plugin);
    else {
      plugins.push(await importPlugin(entry.url, entry.label));
      urls.push(entry.url);
    }
  }
  return { plugins, urls, diagnostics, loadableByWorkers: plugins.length === urls.length };
}

/** In a worker: the same plugins, from the URLs the main thread loaded. */
export async function loadPluginUrls(urls: readonly string[]): Promise<KyllPlugin[]> {
  const out: KyllPlugin[] = [];
  for (const url of urls) out.push(await importPlugin(url, url.startsWith('data:') ? '(memory plugin)' : url));
  return out;
}
