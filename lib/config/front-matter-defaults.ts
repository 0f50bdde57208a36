// Front matter defaults (jekyll/frontmatter_defaults.rb, FrontmatterDefaults#all): scope by path (globs too) and type.
import type { Data, SiteConfig } from '../types.js';
import { deepMerge, isPlainHash } from './merge.js';
import { RubyHash } from '../values/ruby-hash.js';
import { typedRecord } from '../values/typed-keys.js';
import { KyllError } from '../errors/kyll-error.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import { implicitName, rubyClass } from '../liquid/filters/spaceship.js';
import { rubyInspect } from '../liquid/ruby/to-s.js';
import { parseDate } from '../read/parse-date.js';

interface DefaultSet {
  scope?: Data;
  values: Data;
}

// FrontmatterDefaults#update_deprecated_types
const DEPRECATED_TYPES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' };

/**
 * The defaults that apply to the file at `relativePath` (relative to the
 * source, or to `collections_dir` for documents) of `type` (`posts`, `pages`,
 * `drafts` or a collection label): every matching set merged, a set with a
 * longer scope path (or, at equal length, one with a type) winning.
 */
export function defaultsFor(config: Pick<SiteConfig, 'defaults'> & Data, relativePath: string, type: string): Data {
  return combinedDefaults(config, relativePath, type, 'all', mergeSets);
}

/**
 * FrontmatterDefaults#find for each key the matching sets give: what a Page's data answers for a key
 * its front matter lacks (Page#initialize's default_proc), and so its layout, permalink, published.
 * Only the sets holding the key take part in the precedence: `{path: ""}` sets after a `{type: pages}`
 * set take over each key they share with an earlier `{path: ""}` set, where #all (the page's Liquid
 * drop) keeps the earlier value, the typed set having come between.
 */
export function foundDefaultsFor(config: Pick<SiteConfig, 'defaults'> & Data, relativePath: string, type: string): Data {
  return combinedDefaults(config, relativePath, type, 'find', findEach);
}

/** The sets that apply to the file, combined by `combine` once for each combination of sets (`way` names the combination's kind). */
function combinedDefaults(config: Pick<SiteConfig, 'defaults'> & Data, relativePath: string, type: string, way: string, combine: (sets: readonly DefaultSet[]) => Data): Data {
  const collectionsDir = typeof config.collections_dir === 'string' ? config.collections_dir : '';
  const sets = setsOf(config.defaults, typeof config.timezone === 'string' && config.timezone !== '' ? config.timezone : undefined);
  if (sets.error) throw sets.error;
  // Which sets apply: the result depends on that alone.
  const applying: DefaultSet[] = [];
  let key = `${way}:${type}`;
  sets.valid.forEach((set, i) => {
    if (set.scope && !applies(set.scope, relativePath, type, collectionsDir)) return;
    applying.push(set);
    key += `,${i}`;
  });
  let combined = sets.merged.get(key);
  if (!combined) {
    combined = combine(applying);
    sets.merged.set(key, combined);
  }
  // A hash of its own for each file, as a fresh merge gives (with the notes of typed keys: typed-keys.ts).
  return { ...combined };
}

// FrontmatterDefaults#find, for every key at once: each key's value from the last set holding it that has precedence over the one before.
function findEach(sets: readonly DefaultSet[]): Data {
  const found: Data = {};
  const oldScopes = new Map<string, Data | undefined>();
  for (const set of sets) {
    for (const key of Object.keys(set.values)) {
      if (!hasPrecedence(oldScopes.get(key), set.scope)) continue;
      found[key] = set.values[key];
      oldScopes.set(key, set.scope);
    }
  }
  return found;
}

/**
 * FrontmatterDefaults#has_precedence? reads `new_scope["path"]`: a set without `scope` that applies
 * after one with a scope is nil's `[]`. Jekyll stops on it, but where it reads a post or a
 * collection document (Document#read's handle_read_error: logged, the file's content left unread).
 */
export class DefaultsPrecedenceError extends KyllError {
  constructor(message = "undefined method `[]' for nil:NilClass", hint = "a 'defaults' entry without 'scope' comes after one with a scope that applies to the same file: give it a scope (path: \"\").") {
    super('INVALID_CONFIG', message, { file: '_config.yml' }, { hint });
  }
}

/**
 * FrontmatterDefaults#valid_sets runs update_deprecated_types on every valid set, whose
 * `set["scope"].key?("type")` is Ruby's NoMethodError for a `scope` that is there but no mapping
 * (`scope: x`, `scope:`): every lookup of the defaults raises it, as the precedence error above
 * does for the files it concerns (a document's read logs it; a page's stops the build).
 */
function scopeError(set: Data): DefaultsPrecedenceError | undefined {
  if (!Object.hasOwn(set, 'scope') || isPlainHash(set.scope)) return undefined;
  return new DefaultsPrecedenceError(noMethodText('key?', set.scope ?? null), "a 'defaults' entry's scope must be a mapping (`scope: {path: \"\"}`).");
}

/**
 * FrontmatterDefaults#ensure_time!, which valid_sets runs after update_deprecated_types: a `date`
 * value that is no Time becomes Utils.parse_date's (Time.parse(...).localtime), written into the
 * config's own set, so `site.defaults` shows the Time too. A string Time.parse cannot read is
 * InvalidDateError (fatal everywhere); any other value (a YAML date `2020-02-02`, a number) is
 * Time.parse's TypeError, which every lookup raises as the scope error above does.
 */
function dateError(set: Data, zone: string | undefined): KyllError | undefined {
  const values = set.values as Data;
  if (!Object.hasOwn(values, 'date')) return undefined;
  const date = values.date;
  if (date instanceof Date && rubyClass(date) === 'Time') return undefined;
  if (typeof date !== 'string') return new DefaultsPrecedenceError(`no implicit conversion of ${implicitName(date)} into String`, "a 'defaults' date must be a time (`2020-02-02 10:00:00`) or a quoted date (`\"2020-02-02\"`).");
  try {
    values.date = parseDate(date, `An invalid date format was found in a front-matter default set: ${rubyInspect(set)}`, zone, { file: '_config.yml' });
  } catch (e) {
    if (e instanceof KyllError) return e;
    throw e;
  }
  return undefined;
}

/** The first error valid_sets meets, set by set (converting the `date` values before it). */
function setsError(sets: readonly unknown[], zone: string | undefined): KyllError | undefined {
  for (const set of sets) {
    if (!isPlainHash(set) || !isPlainHash(set.values)) continue;
    const error = scopeError(set) ?? dateError(set, zone);
    if (error) return error;
  }
  return undefined;
}

function mergeSets(sets: readonly DefaultSet[]): Data {
  let defaults: Data = {};
  // Ruby's old_scope: nil until a set applies, and after a set without a scope
  let oldScope: Data | undefined;
  for (const set of sets) {
    const scope = set.scope;
    if (hasPrecedence(oldScope, scope)) {
      defaults = deepMerge(defaults, set.values);
      oldScope = scope;
    } else {
      defaults = deepMerge(set.values, defaults);
    }
  }
  return defaults;
}

/** A `defaults` list read once: its valid sets, and the merges made of them so far. */
interface ReadSets {
  readonly list: readonly unknown[];
  readonly valid: readonly DefaultSet[];
  readonly merged: Map<string, Data>;
  /** Raised by every lookup (scopeError). */
  readonly error?: KyllError;
}

// Per `defaults` list (a config's own array): kept while the list holds the same sets.
const readSets = new WeakMap<readonly unknown[], ReadSets>();
const NO_SETS: ReadSets = { list: [], valid: [], merged: new Map() };

function setsOf(list: unknown, zone: string | undefined): ReadSets {
  if (!Array.isArray(list) || list.length === 0) return NO_SETS;
  const hit = readSets.get(list);
  if (hit && hit.list.length === list.length && hit.list.every((set, i) => set === list[i])) return hit;
  const error = setsError(list, zone);
  const sets: ReadSets = { list: [...list], valid: error ? [] : validSets(list), merged: new Map(), ...(error ? { error } : {}) };
  readSets.set(list, sets);
  return sets;
}

function validSets(sets: readonly unknown[]): DefaultSet[] {
  return sets.filter((set): set is DefaultSet => isPlainHash(set) && isPlainHash(set.values)).map((set) => {
    // values with keys of other types (`5: five`) are a RubyHash: a plain hash noting them, as front matter is
    if (set.values instanceof RubyHash) set = { ...set, values: typedRecord(set.values) };
    if (!isPlainHash(set.scope) || typeof set.scope.type !== 'string') return set;
    const type = DEPRECATED_TYPES[set.scope.type] ?? set.scope.type;
    return { ...set, scope: { ...set.scope, type } };
  });
}

function applies(scope: Data, path: string, type: string, collectionsDir: string): boolean {
  // applies? tests the path first: a type that is no String only fails for the files a scope's path reaches.
  if ('type' in scope && typeof scope.type !== 'string') return appliesPath(scope, path, type, collectionsDir) && appliesType(scope, type);
  return appliesType(scope, type) && appliesPath(scope, path, type, collectionsDir);
}

// FrontmatterDefaults#applies_type?: `type&.to_sym.eql?(scope["type"].to_sym)`. A static file outside
// collections has no type (nil skips the call: no set with a type applies); any other file calls
// to_sym on the scope's type, Ruby's NoMethodError for one that is no String (`type: 5`), raised at
// every lookup as the precedence error is (a document's read logs it; a page's stops the build).
function appliesType(scope: Data, type: string): boolean {
  if (!('type' in scope)) return true;
  if (type === 'static_files') return false;
  if (typeof scope.type !== 'string') {
    throw new DefaultsPrecedenceError(noMethodText('to_sym', scope.type ?? null, TO_SYM_CALL), "a 'defaults' scope's type must be a name: posts, pages, drafts or a collection's label.");
  }
  return scope.type === type;
}
const TO_SYM_CALL = { line: '!scope.key?("type") || type&.to_sym.eql?(scope["type"].to_sym)', call: '.to_sym' };

// FrontmatterDefaults#applies_path?: a plain prefix test, or a glob matched against the file and its folders.
// #glob_scope globs the source and strips `collections_dir/` from what it finds, then compares with the
// file's relative path: a document's (relative to collections_dir) can only meet the stripped paths, so
// its folders are tested as `collections_dir/<folder>`; a page's or static file's (relative to the source)
// only the paths outside collections_dir (`coll/*` never applies to `assets/x.css`, `*` never to a document).
function appliesPath(scope: Data, path: string, type: string, collectionsDir: string): boolean {
  const scopePath = scope.path;
  if (typeof scopePath !== 'string' || scopePath === '') return true;
  const sanitized = sanitizePath(path);
  if (scopePath.includes('*')) {
    // Pathname#join with a path that starts with `/` gives that path itself: the glob searches the
    // file system's root, not the site, and finds nothing in it (`/criteria/*` never applies).
    if (scopePath.startsWith('/')) return false;
    const pattern = globWithinSite(scopePath);
    if (pattern === undefined) return false;
    // Dir.glob('x*/') finds folders only (Pathname#relative_path_from then drops their slash): such a
    // glob meets the file's folders, each tested with its slash, never the file itself.
    const foldersOnly = scopePath.endsWith('/');
    const glob = cachedGlob(pattern);
    const inside = collectionsDir === '' ? '' : `${collectionsDir}/`;
    const isDocument = inside !== '' && type !== 'pages' && type !== 'static_files' && !sanitized.startsWith(inside);
    const segments = sanitized.split('/');
    for (let i = 1; i <= segments.length - (foldersOnly ? 1 : 0); i++) {
      const candidate = segments.slice(0, i).join('/') + (foldersOnly ? '/' : '');
      if (isDocument ? glob.test(inside + candidate) : glob.test(candidate) && (inside === '' || !candidate.startsWith(inside))) return true;
    }
    return false;
  }
  return sanitized.startsWith(stripCollectionsDir(scopePath, collectionsDir));
}

/**
 * The glob as the paths it finds read once Pathname#relative_path_from has cleaned them: `.` and
 * empty segments dropped (`./a/*`, `a//b/*`), `x/..` taken away (`c/../a/*` finds a's files);
 * undefined when it leaves the site (`../*`: what it finds is never a site path).
 */
function globWithinSite(scopePath: string): string | undefined {
  const out: string[] = [];
  for (const segment of scopePath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.pop() === undefined) return undefined;
    } else out.push(segment);
  }
  return out.join('/') + (scopePath.endsWith('/') && out.length > 0 ? '/' : '');
}

function stripCollectionsDir(path: string, collectionsDir: string): string {
  if (collectionsDir === '' || !path.startsWith(`${collectionsDir}/`)) return path;
  return path.replace(`${collectionsDir}/`, '');
}

// FrontmatterDefaults#has_precedence?
function hasPrecedence(oldScope: Data | undefined, newScope: Data | undefined): boolean {
  if (oldScope === undefined) return true;
  if (newScope === undefined) throw new DefaultsPrecedenceError();
  const newPath = sanitizePath(newScope.path);
  const oldPath = sanitizePath(oldScope.path);
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length;
  if ('type' in newScope) return true;
  return !('type' in oldScope);
}

// FrontmatterDefaults#sanitize_path: a leading slash dropped.
function sanitizePath(path: unknown): string {
  if (typeof path !== 'string' || path === '') return '';
  return path.startsWith('/') ? path.slice(1) : path;
}

/** Dir.glob syntax: `*` (not across `/`, not a leading dot), `**\/` (any folders), `?`, `[...]`, `{a,b}`. */
// Every post is checked against the same few scope globs: compile each once.
const globs = new Map<string, RegExp>();
function cachedGlob(glob: string): RegExp {
  let re = globs.get(glob);
  if (!re) globs.set(glob, (re = globToRegExp(glob)));
  return re;
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*' && glob[i + 2] === '/') {
      re += '(?:[^/.][^/]*/)*';
      i += 2;
    } else if (ch === '*') {
      // At a name's start it matches no leading dot; a whole name (`*/_posts`) is never empty.
      const atStart = i === 0 || glob[i - 1] === '/';
      const wholeName = atStart && (i + 1 === glob.length || glob[i + 1] === '/');
      re += wholeName ? '[^/.][^/]*' : atStart ? '(?:[^/.][^/]*)?' : '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (ch === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(escapeRe).join('|')})`;
        i = end;
      }
    } else {
      re += escapeRe(ch);
    }
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
