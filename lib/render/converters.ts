// Which converter a file goes through, by extension, and what it outputs
// (Jekyll's converters: Markdown for `markdown_ext`, Sass for .scss/.sass,
// Identity for the rest). renderer.rb#output_ext: a permalink's extension wins.
// Plugin converters (priority :normal) come before Markdown's and the identity's.
import type { PluginConverter } from '../plugins/plugin.js';
import type { SiteConfig } from '../types.js';
import { markdownExtList } from '../config/markdown-ext.js';

export type ConverterKind = 'markdown' | 'sass' | 'scss' | 'identity' | 'plugin';

export interface ConverterTable {
  kindFor(ext: string): ConverterKind;
  outputExt(ext: string): string;
  /** Renderer#convert with the plugin converters that match `ext`, one after another. */
  convertWithPlugins(text: string, ext: string): string;
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
    convertWithPlugins: (text, ext) => pluginsFor(ext).reduce((out, c) => String(c.convert(out)), text),
  };
}
