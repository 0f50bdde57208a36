// jekyll-multiple-languages-plugin 1.7.0's settings (Site#process), read from the config.
import type { Data } from '../../types.js';
import { requiredGem } from '../required-gem.js';

export const MULTIPLE_LANGUAGES = 'jekyll-multiple-languages-plugin';

/** Whether the site names the plugin (`plugins:` or the older `gems:`). */
export function usesMultipleLanguages(config: Readonly<Record<string, unknown>>): boolean {
  return [config.plugins, config.gems].flat().some((name) => typeof name === 'string' && requiredGem(name) === MULTIPLE_LANGUAGES);
}

export interface MultipleLanguagesSettings {
  /** `languages:` as given; the first is the default language. */
  readonly languages: readonly string[];
  readonly defaultLang: string;
  /** The language this build renders (`lang`, set by the per-language builds). */
  readonly lang: string;
  readonly excludeFromLocalizations: readonly string[];
  readonly defaultLocaleInSubfolder: boolean;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

export function multipleLanguagesSettings(config: Data): MultipleLanguagesSettings {
  const languages = list(config.languages);
  const defaultLang = languages[0] ?? '';
  return {
    languages,
    defaultLang,
    lang: typeof config.lang === 'string' ? config.lang : defaultLang,
    excludeFromLocalizations: list(config.exclude_from_localizations),
    defaultLocaleInSubfolder: truthy(config.default_locale_in_subfolder),
  };
}

/** PostReader#read_posts: the root's posts come from `_i18n/LANG/_posts` unless `_posts` is excluded from localization. */
export function localizedRead(config: Data): { lang: string; postsFolder?: string } | undefined {
  if (!usesMultipleLanguages(config)) return undefined;
  const s = multipleLanguagesSettings(config);
  return s.excludeFromLocalizations.includes('_posts') ? { lang: s.lang } : { lang: s.lang, postsFolder: `_i18n/${s.lang}` };
}
