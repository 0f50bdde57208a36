// jekyll-paginate-v2 3.0.0 AutoPages (autopages/*.rb): with `autopages: enabled`,
// a pagination template for every tag, category and collection, made from the
// layouts listed (`autopage_tags.html`...): the layout's front matter, its
// name as the layout, `permalink` and `title` with `:tag`/`:cat`/`:coll`
// (slugified by `slugify: mode/cased`, `none` by default), and the site's
// `pagination:` with the tag (category, collection) to list.
import type { Data, Document, Site } from '../../types.js';
import type { Source } from '../../source/index.js';
import { KyllError } from '../../errors/index.js';
import { deepMerge } from '../../config/merge.js';
import { slugify } from '../../url/slugify.js';
import { fileJoin } from '../shared/text.js';
import { isHash, toS, truthy } from '../shared/values.js';
import { implicitName } from '../../liquid/filters/spaceship.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { rubySplit } from '../../values/ruby-split.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';

/** What the pagination generator needs of a template page. */
export interface PaginationTemplate {
  readonly relativePath: string;
  readonly url: string;
  readonly data: Data;
  readonly content: string;
}

const KINDS = [
  { key: 'tags', index: 'tags', macro: ':tag', filter: 'tag', layout: 'autopage_tags.html', title: 'Posts tagged with :tag', permalink: '/tag/:tag' },
  { key: 'categories', index: 'categories', macro: ':cat', filter: 'category', layout: 'autopage_category.html', title: 'Posts in category :cat', permalink: '/category/:cat' },
  { key: 'collections', index: '__coll', macro: ':coll', filter: 'collection', layout: 'autopage_collection.html', title: 'Posts in collection :coll', permalink: '/collection/:coll' },
] as const;

function defaults(): Data {
  const out: Data = { enabled: false };
  for (const k of KINDS) out[k.key] = { layouts: [k.layout], title: k.title, permalink: k.permalink, enabled: true, slugify: { mode: 'none', cased: false } };
  return out;
}

/**
 * Utils.ap_index_posts_by: each lower-cased value with the first spelling met (its display name).
 * A list's items are each `strip`ped as they are: a tag that is no text (`tags: [2019]`, which
 * Document#populate_tags keeps an Integer) stops Jekyll 4.3.1 (NoMethodError).
 */
function indexBy(docs: readonly { doc: Document; coll: string }[], key: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const { doc, coll } of docs) {
    const value = key === '__coll' ? coll : doc.data[key];
    if (value === undefined || value === null) continue;
    if ((typeof value === 'string' || Array.isArray(value)) && value.length === 0) continue;
    if (toS(value).trim() === '') continue;
    const keys = typeof value === 'string' ? rubySplit(value, /;|,|\s/) : Array.isArray(value) ? value : [value];
    for (const k of keys) {
      if (typeof k !== 'string') {
        throw new KyllError('PLUGIN_ERROR', `jekyll-paginate-v2: ${noMethodText('strip', k ?? null)} (NoMethodError)`, { file: doc.relativePath }, {
          hint: `autopages index the ${key} as text: quote ${toS(k)} in the front matter.`,
        });
      }
      for (const raw of rubySplit(k.trim(), /;|,/)) {
        const name = rubyDowncase(raw).trim();
        if (!index.has(name)) index.set(name, raw);
      }
    }
  }
  return index;
}

/** How autopages reach the site's files: BaseAutoPage reads `_layouts/<name>` from the site's own folder. */
export interface AutopageReader {
  readonly source?: Source;
  warn(message: string, file?: string): void;
}

/**
 * BaseAutoPage#initialize: read_yaml of `<source>/_layouts/<name>` exactly as named (a theme's
 * layouts are not looked at). A file that is not there is Convertible#read_yaml's warning, and
 * the page goes on with no front matter (under `strict_front_matter` the error stops the build).
 */
function layoutData(site: Site, layoutName: string, reader: AutopageReader): Data {
  const path = fileJoin('_layouts', layoutName);
  const layout = site.layouts[layoutName.replace(/\.[^.]*$/, '')];
  const there = reader.source ? reader.source.exists(path) : layout !== undefined;
  if (there && layout) return layout.data;
  if (there) return {};
  const abs = `${toS(site.config.source ?? '').replace(/\\/g, '/').replace(/\/+$/, '')}/${path}`;
  const reason = `No such file or directory @ rb_sysopen - ${abs}`;
  if (site.config.strict_front_matter === true) throw new KyllError('FILE_NOT_FOUND', reason, { file: path });
  reader.warn(`Error reading file ${abs}: ${reason}`, path);
  return {};
}

/** `given || {}` for deep_merge_hashes: nil and false are none, any other value but a Hash stops (Hash#merge!'s TypeError). */
function mergeable(given: unknown): Data {
  if (given === undefined || given === null || given === false) return {};
  if (!isHash(given)) throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(given)} into Hash`, { file: '_config.yml' });
  return given;
}

/** Ruby's `value[key]` on an autopages setting: a Hash's entry, or the key itself when a String holds it. */
function lookup(value: unknown, key: string): unknown {
  if (typeof value === 'string') return value.includes(key) ? key : null;
  return (value as Data)[key];
}

/** What Ruby says when autopage_create indexes (or iterates over) a setting that is no Hash. */
function subConfigFailure(key: string, value: unknown, method = '[]'): KyllError {
  const text = method === '[]' && ((typeof value === 'number' && Number.isInteger(value)) || Array.isArray(value))
    ? 'no implicit conversion of String into Integer'
    : noMethodText(method, value);
  return new KyllError('INVALID_CONFIG', `${text} (jekyll-paginate-v2: autopages.${key} in _config.yml must be a mapping)`, { file: '_config.yml' });
}

export function autopageTemplates(site: Site, paginationDefaults: Data, reader: AutopageReader): PaginationTemplate[] {
  // create_autopages: deep_merge_hashes(DEFAULT, site.config['autopages'] || {}), then the same for
  // `pagination`, before it looks at `enabled`: Hash#merge! takes no other value (a TypeError)
  const config = deepMerge(defaults(), mergeable(site.config.autopages));
  const pagination = deepMerge(paginationDefaults, mergeable(site.config.pagination));
  if (!truthy(config.enabled)) return [];
  // Utils.collect_all_docs: every collection's documents but pagination pages.
  const docs = Object.entries(site.collections).flatMap(([coll, c]) =>
    c.docs.filter((d) => !Object.prototype.hasOwnProperty.call(d.data, 'pagination')).map((doc) => ({ doc, coll })),
  );
  const templates: PaginationTemplate[] = [];
  for (const kind of KINDS) {
    const sub = config[kind.key];
    if (sub === undefined || sub === null) continue;
    if (!isHash(sub) && !(typeof sub === 'string')) throw subConfigFailure(kind.key, sub);
    // autopage_create reads ap_sub_config['enabled'] (on a String, a substring) and ['layouts']
    if (!truthy(lookup(sub, 'enabled'))) continue;
    const index = indexBy(docs, kind.index);
    const layouts = lookup(sub, 'layouts');
    if (index.size > 0 && !Array.isArray(layouts) && !isHash(layouts)) throw subConfigFailure(kind.key, layouts, 'each');
    // (past here, with documents to index, `sub` is a Hash: a String holds no list of layouts)
    for (const [value, displayName] of index) {
      for (const layoutName of [layouts].flat().map(toS)) {
        const layoutFm = layoutData(site, layoutName, reader);
        const pageConfig = deepMerge(pagination, isHash(layoutFm.pagination) ? layoutFm.pagination : {});
        const apConfig = deepMerge(sub as Data, isHash(layoutFm.autopages) ? layoutFm.autopages : {});
        pageConfig[kind.filter] = value;
        // TagAutoPage#initialize (and Category-, Collection-): the slugify settings are the site's
        // (`autopages.tags.slugify`), not those of the layout's `autopages` front matter, and
        // Utils.format_tag_macro asks them `has_key?`, which only a Hash has (NoMethodError).
        const slug = (sub as Data).slugify;
        if (!isHash(slug)) throw new KyllError('INVALID_CONFIG', `${noMethodText('has_key?', slug ?? null)} (jekyll-paginate-v2: autopages.${kind.key}.slugify in _config.yml must be a mapping of mode and cased)`, { file: '_config.yml' });
        // Utils.format_tag_macro (and _cat_, _coll_): `toFormat.sub(...)`, which only text has
        const macro = (pattern: unknown): string => textOrStop(pattern, 'sub', `autopages.${kind.key}`).replace(kind.macro, slugify(value, slug.mode == null ? null : toS(slug.mode), truthy(slug.cased), (message) => reader.warn(message)));
        const permalink = macro(apConfig.permalink);
        templates.push({
          relativePath: fileJoin('_layouts', layoutName),
          url: fileJoin(permalink, 'index.html'),
          content: '',
          data: {
            ...layoutFm,
            permalink,
            layout: layoutName.replace(/\.[^.]*$/, ''),
            title: macro(apConfig.title),
            pagination: pageConfig,
            autopage: { layout_path: fileJoin('_layouts', layoutName), display_name: displayName },
          },
        });
      }
    }
  }
  return templates;
}

/** A pattern jekyll-paginate-v2 calls a String method on: Jekyll 4.3.1 stops (NoMethodError) on any other value. */
export function textOrStop(v: unknown, method: string, setting: string): string {
  if (typeof v === 'string') return v;
  throw new KyllError('INVALID_CONFIG', `${noMethodText(method, v ?? null)} (${setting} must give its title and permalink as text)`, { file: '_config.yml' });
}
