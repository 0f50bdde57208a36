// jekyll-polyglot's Site#process (patches/jekyll/site.rb): the whole site built once per language,
// the default language into the destination, each other one into DEST/LANG with the
// `exclude_from_localization` paths added to `exclude`; the default build keeps the language folders.
// renderSite runs the plan's builds one after the other; the builder (lib/build/language-builder.ts)
// keeps one long-lived build per language.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../../errors/kyll-error.js';
import type { Data, Diagnostic, OutputFile, RenderResult } from '../../types.js';
import { buildLanguages, polyglotSettings } from './settings.js';
import { memoForBuild, type GeneratorMemo } from '../generator-memo.js';

/** One language's build: its config overrides and its destination. */
export interface LanguageBuild {
  readonly lang: string;
  readonly isDefault: boolean;
  /** The caller's overrides with the language's settings over them. */
  readonly config: Data;
  readonly destination: string | undefined;
}

/** The builds of Site#process, in its order (the languages as listed, then the default one if not among them). */
export function languagePlan(config: Data, source: unknown, destination: string | undefined, given: Data | undefined): LanguageBuild[] {
  const s = polyglotSettings(config);
  // Site#prepare: an excluded folder gets a trailing slash (File.directory? from the site folder, Jekyll's working directory).
  const localOnly = s.excludeFromLocalization.map((e) =>
    typeof source === 'string' && !e.endsWith('/') && isDirectory(path.join(source, e)) ? `${e}/` : e,
  );
  const exclude = Array.isArray(config.exclude) ? config.exclude.map(String) : [];
  const keep = Array.isArray(config.keep_files) ? config.keep_files.map(String) : [];
  for (const lang of buildLanguages(s)) if (lang !== s.defaultLang) ensureLanguageFolder(lang);
  return buildLanguages(s).map((lang) => {
    const own: Data = { default_lang: s.defaultLang, languages: s.languages, active_lang: lang };
    for (const v of s.langVars) own[v] = lang;
    const isDefault = lang === s.defaultLang;
    if (isDefault) own.keep_files = [...keep, ...s.languages.filter((l) => l !== s.defaultLang)];
    else own.exclude = [...exclude, ...localOnly];
    const dest = isDefault || destination === undefined ? destination : path.join(destination, lang);
    return { lang, isDefault, config: { ...given, ...own }, destination: dest };
  });
}

/**
 * Whether the default build lists (and writes) an output: the other languages' folders are their
 * builds' destinations, and what the default build would put there (a page at /fr/...) the
 * language build's cleaner removes (Jekyll's Cleaner for DEST/LANG).
 */
export function defaultBuildOwns(config: Data): (outputPath: string) => boolean {
  const s = polyglotSettings(config);
  const others = s.languages.filter((l) => l !== s.defaultLang).map((l) => `${l}/`);
  return (p) => !others.some((o) => p.startsWith(o));
}

/** A path of a language build's output, relative to the main destination. */
export function inLanguageFolder(build: LanguageBuild, outputPath: string): string {
  return build.isDefault ? outputPath : `${build.lang}/${outputPath}`;
}

/** The builds' results as one: the default build's site, every language's files and diagnostics. */
export function mergeLanguages(config: Data, results: ReadonlyArray<readonly [LanguageBuild, RenderResult]>): RenderResult {
  const owns = defaultBuildOwns(config);
  const main = results.find(([b]) => b.isDefault)![1];
  const files: OutputFile[] = [];
  for (const [b, r] of results) {
    if (b.isDefault) files.push(...r.files.filter((f) => owns(f.path)));
    else files.push(...r.files.map((f) => prefixed(f, b.lang)));
  }
  const diagnostics: Diagnostic[] = results.flatMap(([, r]) => r.diagnostics);
  return { ...main, files, diagnostics };
}

/**
 * The languages' memo of generator values (generator-memo.ts): one Site processes them one after the
 * other under `parallel_localization: false`; forked copies of it (the default) memoize each their own.
 */
export function languagesMemo(config: Data): Map<string, unknown> | undefined {
  return polyglotSettings(config).parallel ? undefined : new Map();
}

export async function renderLanguages(config: Data, source: unknown, destination: string | undefined, given: Data | undefined, build: (config: Data, destination: string | undefined, memo: GeneratorMemo | undefined) => Promise<RenderResult>): Promise<RenderResult> {
  const results: Array<[LanguageBuild, RenderResult]> = [];
  const values = languagesMemo(config);
  for (const [i, b] of languagePlan(config, source, destination, given).entries()) {
    results.push([b, await build(b.config, b.destination, values && memoForBuild(values, i))]);
  }
  return mergeLanguages(config, results);
}

/**
 * Polyglot's process_language builds a language into `@dest + '/' + lang` and Jekyll's Cleaner
 * then empties that folder: a language such as `..`, `../x` or `/tmp` would have the build write
 * outside the destination and delete what is there. A language must name a folder inside it.
 */
function ensureLanguageFolder(lang: string): void {
  const folder = path.posix.normalize(lang.replace(/\\/g, '/'));
  if (lang !== '' && !lang.includes('\0') && !path.posix.isAbsolute(folder) && folder !== '.' && folder !== '..' && !folder.startsWith('../')) return;
  throw new KyllError('INVALID_CONFIG', `jekyll-polyglot: the language ${JSON.stringify(lang)} in 'languages' is not a folder inside the destination; each language's pages are built into DEST/LANGUAGE.`, { file: '_config.yml' }, {
    hint: 'use language codes such as en, fr or pt-BR',
  });
}

// A file of another language's build, relative to the main destination (its contents read lazily as given).
export function prefixed(file: OutputFile, lang: string): OutputFile {
  return Object.defineProperties(Object.create(file) as OutputFile, {
    path: { value: `${lang}/${file.path}`, enumerable: true },
    url: { value: `/${lang}${file.url}`, enumerable: true },
  });
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
