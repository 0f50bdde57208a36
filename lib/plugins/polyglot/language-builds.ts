// jekyll-polyglot's Site#process (patches/jekyll/site.rb): the whole site built once per language,
// the default language into the destination, each other one into DEST/LANG with the
// `exclude_from_localization` paths added to `exclude`; the default build keeps the language folders.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../../errors/kyll-error.js';
import type { Data, OutputFile, RenderResult } from '../../types.js';
import { buildLanguages, polyglotSettings } from './settings.js';

type Build = (config: Data, destination: string | undefined) => Promise<RenderResult>;

export async function renderLanguages(config: Data, source: unknown, destination: string | undefined, given: Data | undefined, build: Build): Promise<RenderResult> {
  const s = polyglotSettings(config);
  // Site#prepare: an excluded folder gets a trailing slash (File.directory? from the site folder, Jekyll's working directory).
  const localOnly = s.excludeFromLocalization.map((e) =>
    typeof source === 'string' && !e.endsWith('/') && isDirectory(path.join(source, e)) ? `${e}/` : e,
  );
  const exclude = Array.isArray(config.exclude) ? config.exclude.map(String) : [];
  const keep = Array.isArray(config.keep_files) ? config.keep_files.map(String) : [];
  const results: Array<[string, RenderResult]> = [];
  for (const lang of buildLanguages(s)) if (lang !== s.defaultLang) ensureLanguageFolder(lang);
  for (const lang of buildLanguages(s)) {
    const own: Data = { default_lang: s.defaultLang, languages: s.languages, active_lang: lang };
    for (const v of s.langVars) own[v] = lang;
    const isDefault = lang === s.defaultLang;
    if (isDefault) own.keep_files = [...keep, ...s.languages.filter((l) => l !== s.defaultLang)];
    else own.exclude = [...exclude, ...localOnly];
    const dest = isDefault || destination === undefined ? destination : path.join(destination, lang);
    results.push([lang, await build({ ...given, ...own }, dest)]);
  }
  const main = results.find(([lang]) => lang === s.defaultLang)![1];
  const files: OutputFile[] = [];
  const others = s.languages.filter((l) => l !== s.defaultLang);
  for (const [lang, r] of results) {
    // The other languages' folders are their builds' destinations: what the default build wrote there
    // (a page at /fr/...) the language build's cleaner removes (Jekyll's Cleaner for DEST/LANG).
    if (lang === s.defaultLang) files.push(...r.files.filter((f) => !others.some((o) => f.path.startsWith(`${o}/`))));
    else files.push(...r.files.map((f) => prefixed(f, lang)));
  }
  const diagnostics = results.flatMap(([, r]) => r.diagnostics);
  // Sequential builds (`parallel_localization: false`) share Site#file_langs: a default language built after
  // another starts with that language's choices (process_default_language does not reset it). Not reproduced.
  const order = buildLanguages(s);
  if (config.parallel_localization === false && order[0] !== s.defaultLang) {
    diagnostics.push({ level: 'warning', message: `jekyll-polyglot: parallel_localization: false with '${s.defaultLang}' not first in languages is not supported; each language is built on its own (as in parallel builds).` });
  }
  return { ...main, files, diagnostics };
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
function prefixed(file: OutputFile, lang: string): OutputFile {
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
