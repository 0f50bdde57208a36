// jekyll-multiple-languages-plugin 1.7.0: the site built once per language (language-builds.ts runs
// the builds); in each, the posts of `_i18n/LANG/_posts`, `permalink_LANG` and categories without
// the language folders (read/localized.ts), the translation tags (tags.ts), and the static files of
// `exclude_from_localizations` written by the default language's build only.
import type { Site, StaticFile } from '../../types.js';
import type { KyllPlugin } from '../plugin.js';
import { localizedRead, MULTIPLE_LANGUAGES, multipleLanguagesSettings } from './settings.js';
import { registerTranslationTags } from './tags.js';

/**
 * The :site :post_render hook: in a build of another language than the default one, a static file
 * whose path (StaticFile's @relative_path without its first character) or one of its parent
 * folders is listed in `exclude_from_localizations` is taken out of site.static_files (so is
 * `base.html` with `default_locale_in_subfolder`).
 */
function writesStaticFile(file: StaticFile, site: Site): boolean {
  const s = multipleLanguagesSettings(site.config);
  if (s.lang === s.defaultLang) return true;
  // Site files are named from their folder with a leading slash, collection files are not: [0] = '' takes a character off either.
  const relative = file.collection === null ? file.relativePath.replace(/^\/?/, '') : file.relativePath.slice(1);
  const parts = relative.split('/');
  if (parts[parts.length - 1] === 'base.html' && s.defaultLocaleInSubfolder) return false;
  return !parts.some((_, i) => s.excludeFromLocalizations.includes(parts.slice(0, i + 1).join('/')));
}

export const multipleLanguagesPlugin: KyllPlugin = {
  name: MULTIPLE_LANGUAGES,
  readOptions: (config) => {
    const localized = localizedRead(config);
    return localized && { localized };
  },
  registerLiquid: (engine, ctx) => registerTranslationTags(engine, ctx),
  writesStaticFile,
};
