// Which converter a file goes through, by extension, and what it outputs
// (Jekyll's converters: Markdown for `markdown_ext`, Sass for .scss/.sass,
// Identity for the rest). renderer.rb#output_ext: a permalink's extension wins.
import type { SiteConfig } from '../types.js';

export type ConverterKind = 'markdown' | 'sass' | 'scss' | 'identity';

export interface ConverterTable {
  kindFor(ext: string): ConverterKind;
  outputExt(ext: string): string;
}

export function createConverterTable(config: SiteConfig): ConverterTable {
  const markdownExts = new Set(
    String(config.markdown_ext ?? 'markdown,mkdown,mkdn,mkd,md')
      .split(',')
      .map((e) => `.${e.trim().toLowerCase()}`),
  );
  const kindFor = (ext: string): ConverterKind => {
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
      if (kind === 'markdown') return '.html';
      if (kind === 'scss' || kind === 'sass') return '.css';
      return ext;
    },
  };
}
