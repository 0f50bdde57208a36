// Which files of the source Jekyll reads: Jekyll's EntryFilter (entry_filter.rb).
// Names starting with `.`, `_`, `#` or `~`, and backups ending in `~`, are
// skipped unless `include` lists them; `exclude` patterns match relative paths
// as File.fnmatch (no FNM_PATHNAME: `*` crosses `/`) or as a plain prefix.

import type { Source } from '../source/source.js';

export interface EntryFilter {
  /** Does the entry `name`, found in folder `dir` (relative, '' for the root), pass? */
  accepts(dir: string, name: string): boolean;
  isExcluded(relativePath: string): boolean;
  /** EntryFilter#excluded?: isExcluded, and a folder a pattern names with a trailing slash (`vendor/bundle/`). */
  excludedEntry(relativePath: string, folder: boolean): boolean;
  /** EntryFilter#included?: `include` matches the path or its base name. */
  included(relativePath: string): boolean;
}

/**
 * `sourceFolder(path)`: is `<source>/<path>` a folder? glob_include? also matches a folder by a
 * pattern that names it with a trailing slash (`include: [_pages/]`); it asks File.directory? of the
 * entry as given joined to the source, so an entry name found deeper is looked up at the root.
 */
export function createEntryFilter(include: readonly string[], exclude: readonly string[], sourceFolder?: (path: string) => boolean): EntryFilter {
  const includeSet = include.map(String);
  const excludeList = exclude.map(String).filter((p) => !includeSet.includes(p));
  // Each list's patterns as one regexp (every file of the site is tested against both lists).
  const includeRe = anyOf(includeSet);
  const excludeRe = anyOf(excludeList);

  const includeBare = includeSet.map(stripSlashes);
  const excludeBare = excludeList.map(stripSlashes);
  const matches = (bare: readonly string[], re: RegExp | undefined, entry: string): boolean =>
    re !== undefined && (re.test(entry) || bare.some((p) => entry.startsWith(p)));

  // Entries a trailing-slash `include` pattern names as a folder (`_pages/` -> `_pages`).
  const includeFolders = new Set(includeBare.filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1)));
  const isIncluded = (name: string): boolean =>
    matches(includeBare, includeRe, name) || (includeFolders.has(name) && sourceFolder !== undefined && sourceFolder(name));
  const isExcluded = (rel: string): boolean => matches(excludeBare, excludeRe, rel);

  return {
    isExcluded,
    excludedEntry: (rel, folder) => isExcluded(rel) || (folder && excludeBare.includes(`${rel}/`)),
    included: (rel) => isIncluded(rel) || isIncluded(basename(rel)),
    accepts(dir, name) {
      if (name.endsWith('.')) return false;
      const rel = dir ? `${dir}/${name}` : name;
      const included = isIncluded(name) || isIncluded(basename(name));
      if (isExcluded(rel) && !included) return false;
      if (included) return true;
      return !isSpecial(name) && !isSpecial(basename(name)) && !name.endsWith('~');
    },
  };
}

/** createEntryFilter's `sourceFolder` for a Source: some file or empty folder lies under the path (asked for few names only). */
export function isSourceFolder(source: Source): (path: string) => boolean {
  return (path) => {
    const under = `${path}/`;
    return source.list().some((f) => f.startsWith(under)) || (source.emptyFolders?.() ?? []).some((f) => f === path || f.startsWith(under));
  };
}

/** Matches what any of `patterns` matches as fnmatchRegExp; undefined for none. */
function anyOf(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(patterns.map((p) => `(?:${fnmatchRegExp(p).source})`).join('|'), 's');
}

function isSpecial(name: string): boolean {
  const c = name.charAt(0);
  return c === '.' || c === '_' || c === '#' || c === '~';
}

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

// glob_include? compares PathManager.join(source, pattern), i.e. File.join, which folds the
// slashes at the joint but keeps a `./`: such a pattern matches nothing (run with jekyll 4.3.1).
function stripSlashes(p: string): string {
  return p.replace(/^\/+/, '');
}

/** Ruby's File.fnmatch without flags: `*` and `?` match any character including `/`, `[...]` classes, `\` escapes. */
export function fnmatchRegExp(pattern: string): RegExp {
  const p = stripSlashes(pattern);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = p.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        let cls = p.slice(i + 1, end);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < p.length) re += escapeRe(p[++i]!);
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 's');
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
