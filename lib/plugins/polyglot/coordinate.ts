// jekyll-polyglot's post_read hook (hooks/coordinate.rb, Site#coordinate_documents): the
// language data merged over site.data, and one document per URL for the active language.
import type { Data, Document, Post, Site } from '../../types.js';
import { indexPostsBy } from '../../site/indexes.js';
import { isHash } from '../shared/values.js';
import { getKey, setKey } from '../../values/own-keys.js';
import { createEntryFilter } from '../../site/entry-filter.js';
import { buildLanguages, polyglotSettings, type PolyglotSettings } from './settings.js';

// hook_coordinate's merger: hashes merge recursively, anything else (nil too, unlike
// Utils.deep_merge_hashes) is replaced. Keys through own-keys: `__proto__` is a key like any other.
function mergeData(base: Data, over: Data): Data {
  const out: Data = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const old = getKey(out, k);
    setKey(out, k, isHash(old) && isHash(v) ? mergeData(old as Data, v as Data) : v);
  }
  return out;
}

// Site#derive_lang_from_path (with `lang_from_path: true`): `_posts/LANG/...` or `LANG/...`.
const LANG_SEGMENT = /^[a-z]{2,3}(:?[_-](:?[A-Za-z]{2}){1,2}){0,2}$/;
function langFromPath(relativePath: string): string | undefined {
  const segments = relativePath.split('/');
  if (relativePath.startsWith('_') && segments.length > 2 && LANG_SEGMENT.test(segments[1]!)) return segments[1];
  return segments.length > 1 && LANG_SEGMENT.test(segments[0]!) ? segments[0] : undefined;
}

// Site#document_url_regex: `/fr/`, `.fr/`, `/fr.`, `.fr.` in a URL (languages unescaped, as Ruby interpolates them).
const urlRegex = (languages: readonly string[]): RegExp => new RegExp(languages.map((l) => `([/.]${l}[/.])`).join('|'), 'g');

/**
 * Site#coordinate_documents: each document's `permalink` becomes its URL without the language
 * part (its URL stays as first computed: Jekyll memoizes it); of the documents sharing a URL the
 * active language's wins, then the default language's, in the place of the first one seen.
 */
function coordinate<T extends Document>(docs: readonly T[], s: PolyglotSettings, fileLangs: Map<string, string>): T[] {
  const regex = urlRegex(s.languages);
  const approved = new Map<string, T>();
  for (const doc of docs) {
    const lang = String(doc.data.lang || (s.langFromPath ? langFromPath(doc.relativePath) : undefined) || s.defaultLang);
    const exclusive = doc.data['lang-exclusive'];
    const url = doc.url.replace(regex, '/');
    const readData = doc.kind === 'page' ? { readData: (doc as { readData?: Data }).readData ?? doc.data } : {};
    const withPermalink = { ...doc, ...readData, data: { ...doc.data, permalink: url } } as T;
    const seen = fileLangs.get(url);
    if (seen === s.activeLang) continue;
    if (seen === s.defaultLang && lang !== s.activeLang) continue;
    if (Array.isArray(exclusive) && exclusive.length > 0 && !exclusive.map(String).includes(s.activeLang)) continue;
    approved.set(url, withPermalink);
    fileLangs.set(url, lang);
  }
  return [...approved.values()];
}

/** Whether a file was read by a build that also excludes `exclude_from_localization` (EntryFilter, folder by folder). */
function readWithLocalExcludes(site: Site, s: PolyglotSettings): (relativePath: string) => boolean {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const filter = createEntryFilter(list(site.config.include), [...list(site.config.exclude), ...s.excludeFromLocalization]);
  return (relativePath) => {
    const parts = relativePath.split('/');
    return parts.every((_, i) => !filter.isExcluded(parts.slice(0, i + 1).join('/')) || filter.included(parts[i]!));
  };
}

/**
 * The @file_langs the default language's build starts with. Site#process with
 * `parallel_localization: false` builds the languages one after the other in one Site:
 * process_active_language empties @file_langs first, process_default_language does not, so a
 * default language built after another (listed later, or not listed) starts from what that
 * build's coordinate_documents left (a URL it gave the default language is then skipped).
 * That build read the same files but those of `exclude_from_localization`.
 */
function fileLangsAtStart(site: Site, s: PolyglotSettings): Map<string, string> {
  const fileLangs = new Map<string, string>();
  const order = buildLanguages(s);
  const at = order.indexOf(s.defaultLang);
  if (s.parallel || s.activeLang !== s.defaultLang || at <= 0) return fileLangs;
  const before: PolyglotSettings = { ...s, activeLang: order[at - 1]! };
  const read = readWithLocalExcludes(site, s);
  for (const c of Object.values(site.collections)) coordinate(c.docs.filter((d) => read(d.relativePath)), before, fileLangs);
  coordinate(site.pages.filter((p) => read(p.relativePath)), before, fileLangs);
  return fileLangs;
}

export function coordinateSite(site: Site): Site {
  const s = polyglotSettings(site.config);
  let data = site.data;
  if (isHash(data[s.defaultLang])) data = mergeData(data, data[s.defaultLang] as Data);
  if (isHash(data[s.activeLang])) data = mergeData(data, data[s.activeLang] as Data);
  // One @file_langs for the collections (in their order), then the pages.
  const fileLangs = fileLangsAtStart(site, s);
  const collections = Object.fromEntries(
    Object.entries(site.collections).map(([label, c]) => [label, { ...c, docs: coordinate(c.docs, s, fileLangs) }]),
  );
  // site.posts keeps its order (the drops sort it again), with the approved documents.
  const kept = new Map((collections.posts?.docs ?? []).map((d) => [d.relativePath, d as Post]));
  const posts = site.posts.filter((p) => kept.has(p.relativePath)).map((p) => kept.get(p.relativePath)!);
  return {
    ...site,
    data,
    collections,
    posts,
    pages: coordinate(site.pages, s, fileLangs),
    categories: indexPostsBy(posts, 'categories'),
    tags: indexPostsBy(posts, 'tags'),
  };
}
