// jekyll-polyglot's settings (patches/jekyll/site.rb#prepare, #fetch_languages), read from the config.
import type { Data } from '../../types.js';
import { requiredGem } from '../required-gem.js';

export const POLYGLOT = 'jekyll-polyglot';

/** Whether the site names the plugin (`plugins:` or the older `gems:`). */
export function usesPolyglot(config: Readonly<Record<string, unknown>>): boolean {
  return [config.plugins, config.gems].flat().some((name) => typeof name === 'string' && requiredGem(name) === POLYGLOT);
}

export interface PolyglotSettings {
  readonly defaultLang: string;
  /** `languages:`, unique, in the order given. */
  readonly languages: readonly string[];
  /** The language this build renders (`active_lang`, set by the per-language builds). */
  readonly activeLang: string;
  readonly excludeFromLocalization: readonly string[];
  /** Config keys set to the active language (`lang_vars`). */
  readonly langVars: readonly string[];
  readonly langFromPath: boolean;
  /** `parallel_localization` (`config.fetch(..., true)`: a key given as null is false). */
  readonly parallel: boolean;
}

const list = (v: unknown, fallback: string[]): string[] => (Array.isArray(v) ? v.map(String) : fallback);

export function polyglotSettings(config: Data): PolyglotSettings {
  const defaultLang = String(config.default_lang ?? 'en');
  return {
    defaultLang,
    languages: [...new Set(list(config.languages, ['en']))],
    activeLang: String(config.active_lang ?? defaultLang),
    excludeFromLocalization: list(config.exclude_from_localization, []),
    langVars: list(config.lang_vars, []),
    langFromPath: config.lang_from_path === true,
    parallel: !Object.prototype.hasOwnProperty.call(config, 'parallel_localization') || (config.parallel_localization !== false && config.parallel_localization != null),
  };
}

/** Site#process: every language once, the default one too (its output at the root, the others under LANG/). */
export function buildLanguages(s: PolyglotSettings): string[] {
  return [...new Set([...s.languages, s.defaultLang])];
}
