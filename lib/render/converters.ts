// Which converter a file goes through, by extension, and what it outputs
// (Jekyll's converters: Markdown for `markdown_ext`, Sass for .scss/.sass,
// Identity for the rest). renderer.rb#output_ext: a permalink's extension wins.
// Plugin converters (priority :normal) come before Markdown's and the identity's.
import type { KyllPlugin, PluginConverter } from '../plugins/plugin.js';
import { KyllError } from '../errors/kyll-error.js';
import { pluginError } from '../plugins/plugin-errors.js';
import type { SiteConfig } from '../types.js';
import { markdownExtList } from '../config/markdown-ext.js';

export type ConverterKind = 'markdown' | 'sass' | 'scss' | 'identity' | 'plugin';

export interface ConverterTable {
  kindFor(ext: string): ConverterKind;
  outputExt(ext: string): string;
  /** Renderer#convert with the plugin converters that match `ext`, one after another; `file` names the document in errors. */
  convertWithPlugins(text: string, ext: string, file: string): string;
}

/** The converters of `plugins`, each remembered with its plugin (for its errors). */
export function pluginConverters(plugins: readonly KyllPlugin[]): PluginConverter[] {
  return plugins.flatMap((p) => (p.converters ?? []).map((c) => (owners.set(c, p), c)));
}

const owners = new WeakMap<PluginConverter, KyllPlugin>();

/**
 * Renderer#convert: a converter that raises is logged as "Conversion error: CLASS encountered an
 * error while converting 'PATH':" with the exception's message, and the build stops. A JS
 * converter has no class: its plugin's name stands for it; the place is the plugin's line.
 */
function convertOne(c: PluginConverter, text: string, file: string): string {
  try {
    return String(c.convert(text));
  } catch (e) {
    if (e instanceof KyllError) throw e;
    const owner = owners.get(c);
    // pluginError finds the plugin's file and line in the stack
    const named = owner ? pluginError(e, owner, 'convert') : undefined;
    const place = named instanceof KyllError && named.file !== undefined ? { file: named.file, line: named.line, column: named.column } : { file };
    const why = e instanceof Error ? e.message : String(e);
    throw new KyllError('PLUGIN_ERROR', `Conversion error: ${owner ? `Plugin '${owner.name}'` : 'A plugin converter'} encountered an error while converting '${file}': ${why}`, place, {
      cause: e,
      hint: 'run with --trace for the stack',
    });
  }
}

export function createConverterTable(config: SiteConfig, pluginConverters: readonly PluginConverter[] = []): ConverterTable {
  const pluginsFor = (ext: string): PluginConverter[] => pluginConverters.filter((c) => c.matches(ext));
  const markdownExts = new Set(markdownExtList(config.markdown_ext));
  const kindFor = (ext: string): ConverterKind => {
    if (pluginConverters.length > 0 && pluginsFor(ext).length > 0) return 'plugin';
    const e = ext.toLowerCase();
    if (markdownExts.has(e)) return 'markdown';
    if (e === '.scss') return 'scss';
    if (e === '.sass') return 'sass';
    return 'identity';
  };
  return {
    kindFor,
    outputExt: (ext) => {
      const kind = kindFor(ext);
      if (kind === 'plugin') return pluginsFor(ext)[0]!.outputExt(ext);
      if (kind === 'markdown') return '.html';
      if (kind === 'scss' || kind === 'sass') return '.css';
      return ext;
    },
    convertWithPlugins: (text, ext, file) => pluginsFor(ext).reduce((out, c) => convertOne(c, out, file), text),
  };
}
