// jekyll-multiple-languages-plugin 1.7.0's Site#process: the whole site built once per language of
// `languages`, in that order, the first (the default) into the destination and each other one
// (every one with `default_locale_in_subfolder`) into DEST/LANG with `baseurl` + "/LANG"; the
// :site :pre_render hook loads `_i18n/LANG.yml` into the one `translations` hash the builds share
// (plugin.ts has the :post_render hook).
import path from 'node:path';
import { KyllError } from '../../errors/kyll-error.js';
import { parseYaml } from '../../read/yaml.js';
import type { Data, OutputFile, RenderResult } from '../../types.js';
import { prefixed } from '../polyglot/language-builds.js';
import { multipleLanguagesSettings } from './settings.js';

/** One language's build: its config overrides and its destination. */
interface LanguageBuild {
  readonly lang: string;
  /** Built into DEST/LANG (every language but the default one, unless `default_locale_in_subfolder`). */
  readonly inSubfolder: boolean;
  readonly config: Data;
  readonly destination: string | undefined;
}

/** Reads a file of the site (`_i18n/en.yml`), or undefined when there is none. */
export type ReadSiteFile = (relativePath: string) => string | undefined;

/** The builds of Site#process, in its order, each given the translations loaded by then. */
function languagePlan(config: Data, destination: string | undefined, given: Data | undefined, read: ReadSiteFile): LanguageBuild[] {
  const s = multipleLanguagesSettings(config);
  if (s.languages.length === 0 || (config.languages as unknown[]).some((l) => l === null || l === false)) {
    throw new KyllError('INVALID_CONFIG', 'You must provide at least one language using the "languages" setting on your _config.yml.', { file: '_config.yml' });
  }
  const baseurl = config.baseurl == null ? '' : String(config.baseurl);
  // The settings the plugin adds to site.config, in its order (`||=` keeps given ones in place).
  const shared: Data = {
    exclude_from_localizations: config.exclude_from_localizations ?? [],
    default_locale_in_subfolder: config.default_locale_in_subfolder ?? false,
    default_lang: s.defaultLang,
  };
  // Site#process: `self.include -= [".htaccess"]` (the reader's list; site.config keeps its own).
  const include = Array.isArray(config.include) ? config.include.filter((e) => e !== '.htaccess') : config.include;
  const translations: Data = {};
  const builds: LanguageBuild[] = [];
  for (const lang of new Set(s.languages)) {
    translations[lang] = loadTranslations(lang, read, config.source);
    const inSubfolder = lang !== s.defaultLang || s.defaultLocaleInSubfolder;
    const own: Data = { ...shared, lang, baseurl_root: baseurl, translations: { ...translations }, include };
    if (inSubfolder) own.baseurl = `${baseurl}/${lang}`;
    const dest = !inSubfolder || destination === undefined ? destination : `${destination}/${lang}`;
    builds.push({ lang, inSubfolder, config: { ...given, ...own }, destination: dest });
  }
  return builds;
}

// The :site :pre_render hook: YAML.load_file("#{site.source}/_i18n/LANG.yml"), which fails when
// there is none, naming the file by that path (a folder source's; in memory, the relative one).
function loadTranslations(lang: string, read: ReadSiteFile, source: unknown): unknown {
  const file = `_i18n/${lang}.yml`;
  const text = read(file);
  if (text === undefined) {
    const named = typeof source === 'string' && path.isAbsolute(source) ? `${source}/${file}` : file;
    throw new KyllError('INVALID_CONFIG', `No such file or directory @ rb_sysopen - ${named}`, { file });
  }
  return parseYaml(text, file);
}

/** The builds' results as one: the default build's site, every language's files (under LANG/ but the default's) and diagnostics. */
function mergeLanguages(results: ReadonlyArray<readonly [LanguageBuild, RenderResult]>): RenderResult {
  const others = results.filter(([b]) => b.inSubfolder).map(([b]) => `${b.lang}/`);
  const files: OutputFile[] = [];
  for (const [b, r] of results) {
    if (!b.inSubfolder) {
      // A later build's Cleaner empties DEST/LANG of what it did not write itself.
      files.push(...r.files.filter((f) => !others.some((o) => f.path.startsWith(o))));
      continue;
    }
    files.push(...r.files.map((f) => prefixed(f, b.lang)));
  }
  const main = results[0]![1];
  return { ...main, files, diagnostics: results.flatMap(([, r]) => r.diagnostics) };
}

export async function renderLanguages(config: Data, destination: string | undefined, given: Data | undefined, read: ReadSiteFile, build: (config: Data, destination: string | undefined) => Promise<RenderResult>): Promise<RenderResult> {
  const results: Array<[LanguageBuild, RenderResult]> = [];
  for (const b of languagePlan(config, destination, given, read)) results.push([b, await build(b.config, b.destination)]);
  return mergeLanguages(results);
}
