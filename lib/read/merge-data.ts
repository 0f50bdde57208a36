// Document#merge_data!, #merge_categories!, #merge_date!, #categories_from_path, #populate_categories
// and #populate_tags (jekyll/document.rb), with Utils.pluralized_array_from_hash (jekyll/utils.rb).
import type { Data } from '../types.js';
import { JekyllTime } from '../time/index.js';
import { deepMerge } from '../config/merge.js';
import { setKey } from '../values/own-keys.js';
import { invalidDateError, parseRubyTime } from './parse-date.js';
import { quickParseDate } from './quick-date.js';
import { RubyDateTime } from './ruby-datetime.js';
import { RubyFloat } from '../values/ruby-float.js';
import { RubySymbol } from '../values/ruby-symbol.js';
import { frontMatterToS } from '../values/front-matter-to-s.js';

export interface MergeContext {
  /** The document's relative path, for messages. */
  readonly relativePath: string;
  readonly zone?: string;
  /** 1-based line of the `date:` key when it comes from the front matter (asked only for an error's place). */
  readonly dateLine?: () => number | undefined;
  readonly now?: JekyllTime;
  /** Told when a date took something from `now` (a `10:00` is today's). */
  readonly onNow?: () => void;
}

/** Merge `other` into `data` (a new object): categories strings split and unioned, `date` parsed in the site zone. */
export function mergeData(data: Data, other: Data, source: string, ctx: MergeContext): Data {
  // (keys of other types than String keep their type and place: deepMerge, typed-keys.ts)
  const merged = deepMerge(data, other);
  // merge_categories!: a string is split on spaces, and two lists are joined (Array#|).
  const incoming = other.categories;
  if (incoming != null) {
    const list = typeof incoming === 'string' ? splitWords(incoming) : incoming;
    if (Array.isArray(data.categories) && Array.isArray(list)) merged.categories = union(data.categories, list);
    // Array#| with a number, a boolean, a hash or a date raises, before anything is merged.
    else if (Array.isArray(data.categories)) throw new CategoriesTypeError(`no implicit conversion of ${implicitName(list)} into Array`);
    else if (list !== incoming) merged.categories = list;
  }
  if ('date' in merged && !(merged.date === data.date && isSettled(merged.date, ctx.zone))) mergeDate(merged, source, ctx);
  return merged;
}

/**
 * Ruby's TypeError from merge_categories! (`categories: 2020`): Document#read rescues it
 * (handle_read_error), so the document keeps only what was merged before.
 */
export class CategoriesTypeError extends Error {}

// How Ruby names a value in "no implicit conversion of X into Array".
function implicitName(v: unknown): string {
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number' || typeof v === 'bigint') return typeof v === 'number' && !Number.isInteger(v) ? 'Float' : 'Integer';
  if (v instanceof RubyFloat) return 'Float';
  if (v instanceof RubyDateTime) return 'DateTime';
  if (v instanceof Date) return (v as { isDate?: boolean }).isDate === true ? 'Date' : 'Time';
  if (v instanceof RubySymbol) return 'Symbol';
  return 'Hash';
}

/**
 * mergeData(data, { [key]: list }) into `data` itself, a hash this read made: what
 * Document#populate_categories and #populate_tags merge, without copying the data.
 */
export function mergeListInto(data: Data, key: 'categories' | 'tags', list: unknown[], source: string, ctx: MergeContext): Data {
  setKey(data, key, key === 'categories' && Array.isArray(data.categories) ? union(data.categories, list) : list);
  if ('date' in data && !isSettled(data.date, ctx.zone)) mergeDate(data, source, ctx);
  return data;
}

// merge_date!: Utils.parse_date(date.to_s) after every merge.
function mergeDate(merged: Data, source: string, ctx: MergeContext): void {
  // date.to_s: a list or a mapping is its inspect in the message
  const date = quickParseDate(merged.date, ctx.zone) ?? parseDateText(frontMatterToS(merged.date), source, ctx);
  if (roundTrips(date)) settled.set(date, ctx.zone);
  merged.date = date;
}

// Utils.parse_date(date.to_s, "Document '...' does not have a valid date in the <source>.").
function parseDateText(text: string, source: string, ctx: MergeContext): JekyllTime {
  const date = parseRubyTime(text, ctx.zone, ctx.now, ctx.onNow);
  if (typeof date !== 'string') return date;
  // The line of `date:` is looked for only now, for the error's place.
  const line = source === 'YAML front matter' ? ctx.dateLine?.() : undefined;
  throw invalidDateError(text, `Document '${ctx.relativePath}' does not have a valid date in the ${source}.`, { file: ctx.relativePath, line });
}

// merge_data! parses `date` again on every merge (populate_categories and populate_tags merge
// too), from the Time's to_s. Utils.parse_date's result is the instant shown in the site zone
// (Time#localtime), so parsing its to_s again gives the same time whenever to_s keeps the whole
// instant: no fraction of a second, an offset in whole minutes (not a zone's old local mean time),
// a four-digit year. Such times, made here, are not parsed again when a later merge keeps them.
const settled = new WeakMap<JekyllTime, string | undefined>();

function roundTrips(t: JekyllTime): boolean {
  const year = t.local().year;
  return t.getTime() % 1000 === 0 && t.utcOffset % 60 === 0 && year >= 1000 && year <= 9999;
}

function isSettled(value: unknown, zone: string | undefined): boolean {
  return value instanceof JekyllTime && settled.has(value) && settled.get(value) === zone;
}

/** Folders above the collection folder (`news/sports/_posts/x.md` → news, sports); none below it. */
export function categoriesFromPath(relativePath: string, specialDir: string): string[] {
  if (relativePath.startsWith(specialDir)) return [];
  const at = relativePath.indexOf(specialDir);
  const above = at === -1 ? relativePath : relativePath.slice(0, at);
  const base = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return above.split('/').filter((c) => c !== '' && c !== specialDir && c !== base);
}

/** Document#populate_categories: categories plus `category` (or categories again), as strings, unique. */
export function populateCategories(data: Data): string[] {
  const out = new Set<string>();
  for (const c of toArray(data.categories)) out.add(frontMatterToS(c));
  for (const c of pluralizedArray(data, 'category', 'categories')) out.add(frontMatterToS(c));
  return [...out];
}

/** Document#populate_tags: `tag`, else `tags` (a string is split on spaces). */
export function populateTags(data: Data): unknown[] {
  return pluralizedArray(data, 'tag', 'tags');
}

// Utils.pluralized_array_from_hash
// ([value].flatten.compact as written in Ruby: nested lists flattened, nil left out.)
function pluralizedArray(data: Data, singular: string, plural: string): unknown[] {
  let value: unknown = data[singular];
  if (value == null || value === false) {
    const v = data[plural];
    value = typeof v === 'string' ? splitWords(v) : Array.isArray(v) ? v : null;
  }
  const out: unknown[] = [];
  const add = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(add);
    else if (x != null) out.push(x);
  };
  add(value);
  return out;
}

/** Ruby's String#split with no argument: on runs of whitespace, leading whitespace ignored. */
export function splitWords(s: string): string[] {
  return s.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '');
}

// Ruby's Array#|: order of first appearance, duplicates dropped.
function union(a: unknown[], b: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of [...a, ...b]) if (!out.includes(x)) out.push(x);
  return out;
}

function toArray(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Ruby's to_s for the values front matter holds (a Time prints as `2022-02-11 22:22:45 +0800`). */
export function rubyToS(value: unknown): string {
  if (value == null) return '';
  return String(value);
}
