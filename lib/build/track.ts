// Recording what each output reads, where it is read: the drops (site.posts,
// site.data.nav, page.next, another post's content), the layout cache and the
// files Liquid opens (includes, include_relative). Reads are noted into the
// set of the output being rendered; outside a render nothing is noted. A plain
// renderSite never installs any of this.
import { LazyText, resolvingGetters } from './lazy-text.js';
import type { Instrument } from '../render/prepare-build.js';
import type { ParsedLayout } from '../render/context.js';
import type { PageTemplates, TemplateCandidate } from '../render/page-templates.js';
import type { Drop, Drops } from '../site/drops.js';
import type { Source } from '../source/source.js';
import type { Document, Page, Site } from '../types.js';

/** The set the output being rendered records its reads into, if any. */
export interface ReadLog {
  current: Set<string> | undefined;
  /**
   * Render order of each document drop, and the place of the output being
   * rendered: a document further on shows its text before rendering, as in
   * a clean build at that point (its rendered content is kept for later).
   */
  readonly order: WeakMap<Drop, number>;
  position: number;
  /** The keys the pass under way found changed, and which pass it is (excerpts render once per pass). */
  changed?: ReadonlySet<string>;
  pass: number;
}

export function readLog(): ReadLog {
  return { current: undefined, order: new WeakMap(), position: Number.POSITIVE_INFINITY, pass: 0 };
}

/** Keys of what an output can read. */
export const Keys = {
  /**
   * A collection's document list: which documents, in which order, their
   * categories, tags and the names of their fields (site.posts, site.categories...).
   * What a listed document shows is read through its fields (`field`).
   */
  list: (label: string) => `list:${label}`,
  /** One field of a collection document's drop (`post.title`), read from anywhere. */
  field: (path: string, name: string) => `field:${path}:${name}`,
  /** A collection's list or any field of its documents (what the model as post_url sees it shows). */
  meta: (label: string) => `meta:${label}`,
  /** Every list and every document's fields at once (site.documents, site.collections, the paginator, feeds). */
  allLists: 'list:*',
  pages: 'list:pages',
  statics: 'list:static',
  /** A document's or page's content, rendered or not, and its output. */
  content: (path: string) => `content:${path}`,
  /** page.next / page.previous of a document. */
  neighbours: (path: string) => `next:${path}`,
  /** site.data itself (its keys), or one top-level key. */
  data: 'data',
  dataKey: (key: string) => `data:${key}`,
  layout: (name: string) => `layout:${name}`,
  /** The keys of site.categories and site.tags, which templates can add to (index-keys.ts). */
  addedKeys: 'keys:index',
  /** site.time (and Liquid's 'now'). */
  time: 'time',
  /** Code of a JavaScript plugin ran (a filter, tag, hook...): what it read is not known. */
  plugin: 'plugin',
  /** A file Liquid looked for or read, found or not: `_includes/nav.html`. */
  file: (path: string) => `file:${path}`,
} as const;

export function note(log: ReadLog, key: string): void {
  log.current?.add(key);
}

/**
 * Turns the property `key` of `obj` into one that notes `recordKey` when read (a function: the keys
 * of the value read; a thunk: the key, made at the first read). Every read of a drop's field in
 * every output comes through here: a plain value is kept in the accessor's own closure.
 */
function watch(obj: Drop, key: string, log: ReadLog, recordKey: string | (() => string) | ((value: unknown) => string[]), unrendered?: () => unknown, lazyKey = false): void {
  const desc = Object.getOwnPropertyDescriptor(obj, key);
  if (!desc) return;
  let value = desc.value as unknown;
  const { enumerable } = desc;
  if (lazyKey && !desc.get && !desc.set && !unrendered) {
    let k: string | undefined;
    Object.defineProperty(obj, key, {
      enumerable,
      configurable: true,
      get: () => {
        if (log.current) log.current.add((k ??= (recordKey as () => string)()));
        return value;
      },
      set: (v: unknown) => void (value = v),
    });
    return;
  }
  // (a text the disk cache reads when first asked for: lazy-text.ts)
  const stored = desc.get ?? (() => (value instanceof LazyText ? (value = value.get()) : value));
  const get = unrendered ? () => ((log.order.get(obj) ?? -1) > log.position ? unrendered() : stored()) : stored;
  const set = desc.set ?? ((v: unknown) => void (value = v));
  let made: string | undefined;
  const getter = (): unknown => {
    const v = get();
    if (log.current) {
      if (typeof recordKey === 'string') log.current.add(recordKey);
      else if (lazyKey) log.current.add((made ??= (recordKey as () => string)()));
      else for (const k of (recordKey as (value: unknown) => string[])(v)) log.current.add(k);
    }
    return v;
  };
  if (!desc.get) resolvingGetters.add(getter);
  Object.defineProperty(obj, key, { enumerable, configurable: true, get: getter, set });
}

/** A generated or computed page's drop: readers of its content note it (its units render again when it changes). */
export function trackGeneratedContent(drop: Drop, path: string, log: ReadLog): void {
  watch(drop, 'content', log, Keys.content(path));
}

function trackDocumentDrop(drop: Drop, doc: Document | Page, label: string | undefined, log: ReadLog, standIn = false): void {
  const path = doc.relativePath;
  const content = Keys.content(path);
  if (label !== undefined) {
    // Before its render a document shows its text and no output; one a generated page stands in for
    // shows "" for both (redirect-from's generate_redirect_to: doc.content = doc.output = "").
    watch(drop, 'content', log, content, () => (standIn ? '' : doc.content));
    watch(drop, 'output', log, content, () => (standIn ? '' : undefined));
  } else {
    watch(drop, 'content', log, content);
    watch(drop, 'output', log, content);
    // A page's excerpt made from its text (`page_excerpts`) renders lazily, as a document's.
    if (Object.getOwnPropertyDescriptor(drop, 'excerpt')?.get) trackExcerpt(drop, content, log);
  }
  if (label !== undefined) {
    trackExcerpt(drop, content, log);
    watch(drop, 'next', log, Keys.neighbours(path));
    watch(drop, 'previous', log, Keys.neighbours(path));
    for (const name of fieldNames(drop)) watch(drop, name, log, () => Keys.field(path, name), undefined, true);
  }
}

/** The fields of a document drop noted one by one: all but its content, excerpt and neighbours. */
export function fieldNames(drop: Drop): string[] {
  return Object.keys(drop).filter((k) => !NOT_FIELDS.has(k));
}

const NOT_FIELDS = new Set(['content', 'output', 'excerpt', 'next', 'previous']);

/** Whether a change of `key` reaches a reader that read `deps`. */
export function reaches(deps: ReadonlySet<string>, key: string): boolean {
  return deps.has(key) || (deps.has(Keys.allLists) && (key.startsWith('list:') || key.startsWith('meta:')));
}

// The excerpt renders once, lazily, inside whichever output first asks for it:
// what it read is kept apart and handed to every output that reads it.
function trackExcerpt(drop: Drop, content: string, log: ReadLog): void {
  const desc = Object.getOwnPropertyDescriptor(drop, 'excerpt');
  if (!desc?.get) return watch(drop, 'excerpt', log, content);
  const get = desc.get;
  let reads: Set<string> | undefined;
  let pass = -1;
  Object.defineProperty(drop, 'excerpt', {
    enumerable: desc.enumerable,
    configurable: true,
    get: () => {
      const outer = log.current;
      // What it read changed: it renders again, where a clean build would (its first reader, rendering again too).
      if (reads && pass !== log.pass && log.changed && readsChanged(reads, log.changed)) {
        reads = undefined;
        desc.set!(undefined);
      }
      if (!reads) {
        pass = log.pass;
        const own = new Set<string>([content]);
        log.current = own;
        try {
          const v: unknown = get();
          reads = own;
          return v;
        } finally {
          log.current = outer;
          if (outer) for (const k of own) outer.add(k);
        }
      }
      if (outer) for (const k of reads) outer.add(k);
      return get();
    },
    set: (v: unknown) => {
      reads = undefined;
      desc.set!(v);
    },
  });
}

function readsChanged(reads: ReadonlySet<string>, changed: ReadonlySet<string>): boolean {
  for (const k of changed) if (reaches(reads, k)) return true;
  return false;
}

function trackSiteDrop(site: Drop, labels: readonly string[], log: ReadLog): void {
  watch(site, 'time', log, Keys.time);
  if (!('related_posts' in site)) site.related_posts = undefined;
  for (const key of ['posts', 'related_posts']) watch(site, key, log, Keys.list('posts'));
  for (const key of ['categories', 'tags']) watch(site, key, log, () => [Keys.list('posts'), Keys.addedKeys]);
  for (const key of ['pages', 'html_pages']) watch(site, key, log, Keys.pages);
  watch(site, 'static_files', log, Keys.statics);
  watch(site, 'documents', log, Keys.allLists);
  watch(site, 'collections', log, Keys.allLists);
  for (const label of labels) if (label !== 'posts') watch(site, label, log, Keys.list(label));
  // site.data: its key set, and each top-level key apart.
  const data = site.data as Record<string, unknown> | undefined;
  if (data && typeof data === 'object') {
    const tracked: Drop = { ...data };
    for (const key of Object.keys(tracked)) watch(tracked, key, log, Keys.dataKey(key));
    site.data = tracked;
    watch(site, 'data', log, Keys.data);
  }
}

/** A source whose lookups and reads are noted as `file:` reads. */
function trackedSource(source: Source, log: ReadLog): Source {
  const wrapped: Source = {
    root: source.root,
    list: () => source.list(),
    exists: (p) => (note(log, Keys.file(p)), source.exists(p)),
    readText: (p) => (note(log, Keys.file(p)), source.readText(p)),
    readBytes: (p) => (note(log, Keys.file(p)), source.readBytes(p)),
    mtime: (p) => source.mtime(p),
  };
  if (source.readHead) wrapped.readHead = (p, n) => source.readHead!(p, n);
  if (source.absolute) wrapped.absolute = (p) => source.absolute!(p);
  if (source.readOrder) wrapped.readOrder = (p) => source.readOrder!(p);
  if (source.entries) wrapped.entries = (p) => source.entries!(p);
  if (source.emptyFolders) wrapped.emptyFolders = () => source.emptyFolders!();
  return wrapped;
}

/** The model as post_url and link see it: reading its lists notes them. */
function trackedSite(site: Site, log: ReadLog): Site {
  // post_url and link read the documents' model (url, slug, date...), not their drops: any field of any post.
  const keyOf: Record<string, string> = { time: Keys.time, posts: Keys.meta('posts'), collections: Keys.allLists, pages: Keys.allLists, staticFiles: Keys.allLists, categories: Keys.meta('posts'), tags: Keys.meta('posts') };
  return new Proxy(site, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in keyOf) note(log, keyOf[prop]!);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/** The layout cache: every lookup notes the layout's name (found or not). */
class TrackedLayouts extends Map<string, ParsedLayout> {
  constructor(private readonly log: ReadLog) {
    super();
  }
  override get(name: string): ParsedLayout | undefined {
    note(this.log, Keys.layout(name));
    return super.get(name);
  }
}

/**
 * The pages that share a page.path: a page that asks renders the text of the
 * first of them whose Liquid runs, so it reads the list of pages (which share
 * it) and the text of each of them.
 */
class TrackedTemplates extends Map<string, readonly TemplateCandidate[]> {
  constructor(private readonly log: ReadLog, groups: PageTemplates) {
    super(groups);
  }
  override get(path: string): readonly TemplateCandidate[] | undefined {
    const group = super.get(path);
    note(this.log, Keys.pages);
    for (const candidate of group ?? []) note(this.log, Keys.content(candidate.relativePath));
    return group;
  }
}

export function instrumentFor(log: ReadLog): Instrument {
  return {
    // What Sass reads (partials, CSS files) is not seen file by file: a Sass change renders its users again.
    sassify: (filter) => (text, syntax) => (note(log, 'sass'), filter(text, syntax)),
    pageTemplates: (groups) => new TrackedTemplates(log, groups),
    source: (s) => trackedSource(s, log),
    site: (s) => trackedSite(s, log),
    layouts: () => new TrackedLayouts(log),
    drops: (drops: Drops, model: Site, replaced: ReadonlySet<string>) => {
      for (const [label, col] of Object.entries(model.collections)) for (const doc of col.docs) trackDocumentDrop(drops.dropFor(doc), doc, label, log, replaced.has(doc.relativePath));
      for (const page of model.pages) trackDocumentDrop(drops.dropFor(page), page, undefined, log);
      trackSiteDrop(drops.site, Object.keys(model.collections), log);
    },
  };
}
