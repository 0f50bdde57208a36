// jekyll-polyglot 1.5.1: the site built once per language (language-builds.ts runs the builds);
// in each, the documents of the active language (coordinate.ts), links into the language's
// folder (relativize.ts), site.default_lang/languages/active_lang and the Liquid tags (tags.ts).
import type { HookDocument } from '../hooks.js';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { coordinateSite } from './coordinate.js';
import { relativizer, type Relativizer } from './relativize.js';
import { POLYGLOT, polyglotSettings } from './settings.js';
import type { Site, StaticFile } from '../../types.js';
import type { Source } from '../../source/source.js';
import fs from 'node:fs';
import { registerPolyglotTags } from './tags.js';

const byConfig = new WeakMap<object, Relativizer>();

// hooks/process.rb runs at :site :post_render over every page and collection document with output.
function relativize(doc: HookDocument, ctx: PluginContext): void {
  if (doc.output === undefined || !doc.write) return;
  const config = ctx.site.config;
  let rewrite = byConfig.get(config);
  if (!rewrite) byConfig.set(config, (rewrite = relativizer(config)));
  doc.output = rewrite(doc.output);
}

/**
 * patches/jekyll/static_file.rb: in another language's build, a static file (the theme's too)
 * whose relative_path without its first character starts with an `exclude_from_localization`
 * entry is not written; Site#prepare gave an entry naming a folder a trailing slash.
 */
function writesStaticFile(file: StaticFile, site: Site, source: Source): boolean {
  const s = polyglotSettings(site.config);
  if (s.activeLang === s.defaultLang) return true;
  // Site and theme files are named from their folder with a leading slash, collection files are not: [1..-1] takes a character off either.
  const relative = file.collection === null ? file.relativePath.replace(/^\/?/, '') : file.relativePath.slice(1);
  return !s.excludeFromLocalization.some((e) => relative.startsWith(!e.endsWith('/') && isSourceFolder(source, e) ? `${e}/` : e));
}

/** File.directory? from the site folder (Jekyll's working directory): a folder on disk; a memory source has none. */
function isSourceFolder(source: Source, relativePath: string): boolean {
  const abs = source.absolute?.(relativePath);
  if (abs === undefined) return false;
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

export const polyglotPlugin: KyllPlugin = {
  name: POLYGLOT,
  writesStaticFile,
  registerLiquid: (engine) => registerPolyglotTags(engine),
  hooks: {
    site: { post_read: (site) => coordinateSite(site) },
    pages: { post_render: relativize },
    documents: { post_render: relativize },
  },
};
