// Seeded random edits of a real fixture site (fixtures/sites/<name>), of the
// kinds a writer makes while `kyll serve` runs: a post's body, title, date,
// tags, categories or `published`; a post added, deleted or renamed; a layout,
// an include, a _data file, a Sass partial, a static file, _config.yml; a page
// added or removed. The site is a map the test edits between builds, read
// through a Source that always shows the map as it is now.
import type { Source } from '../../lib/index.js';
import { memorySource } from '../../lib/index.js';
import { prng } from './edit-site.js';

export type Files = Map<string, string | Uint8Array>;

/** A Source over `files` as they are at each call (the builder keeps the Source, the test edits the map). */
export function liveSource(files: Files): Source {
  let seen = -1;
  let current: Source = memorySource({});
  let version = 0;
  const now = (): Source => {
    if (seen !== version) current = memorySource(Object.fromEntries(files)), (seen = version);
    return current;
  };
  const source: Source & { touch(): void } = {
    root: '(memory)',
    list: () => now().list(),
    exists: (p) => now().exists(p),
    readText: (p) => now().readText(p),
    readBytes: (p) => now().readBytes(p),
    mtime: () => undefined,
    readOrder: (p) => now().readOrder!(p),
    touch: () => void version++,
  };
  return source;
}

/** Tells a liveSource that its map changed. */
export function touch(source: Source): void {
  (source as Source & { touch(): void }).touch();
}

export interface FixtureEdit {
  readonly what: string;
  /** Source-relative paths it wrote or deleted. */
  readonly changed: string[];
}

export const POST = /(^|\/)_posts\/(?:.*\/)?(\d{4}-\d\d-\d\d)-([^/]+)\.(md|markdown|html)$/;
export const FRONT = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*\r?\n?/;
const TAGS = ['ink', 'alpha', 'news', 'Beta'];

export const text = (c: string | Uint8Array | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));

/** The front matter lines and the body of a file that has front matter. */
export function split(t: string): { fm: string[]; body: string } | undefined {
  const m = FRONT.exec(t);
  if (!m) return undefined;
  return { fm: (m[1] ?? '').split('\n').filter((l) => l !== ''), body: t.slice(m[0].length) };
}

export const join = (fm: string[], body: string): string => `---\n${fm.join('\n')}\n---\n${body}`;

/** Front matter with top-level `key` set to `value` (its old lines, nested ones included, gone); undefined drops it. */
export function setKey(fm: string[], key: string, value: string | undefined): string[] {
  const out: string[] = [];
  let skipping = false;
  for (const line of fm) {
    if (skipping && /^(\s|-\s|-$)/.test(line)) continue;
    skipping = new RegExp(`^${key}\\s*:`).test(line);
    if (!skipping) out.push(line);
  }
  if (value !== undefined) out.push(`${key}: ${value}`);
  return out;
}

const isTemplated = (p: string, files: Files): boolean => {
  const c = files.get(p);
  return FRONT.test(text(c).slice(0, 400));
};

/** A function applying one random edit to `files`, of the kinds the site has files for. */
export function fixtureEditor(files: Files, seed: number): () => FixtureEdit {
  const r = prng(seed);
  let n = 0;
  const day = (): string => `20${r.int(19, 24)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const paths = (test: (p: string) => boolean): string[] => [...files.keys()].filter(test).sort();
  const posts = (): string[] => paths((p) => POST.test(p) && !p.includes('_drafts/'));
  const underscored = (p: string): boolean => p.split('/').some((s) => s.startsWith('_') || s.startsWith('.'));
  const pages = (): string[] => paths((p) => !underscored(p) && isTemplated(p, files) && /\.(md|markdown|html)$/.test(p));
  const statics = (): string[] => paths((p) => !underscored(p) && !isTemplated(p, files) && /\.(txt|css|js|svg|json|xml)$/.test(p));
  const layouts = (): string[] => paths((p) => /^_layouts\/[^/]+\.html$/.test(p));

  const set = (p: string, t: string | undefined): string => {
    if (t === undefined) files.delete(p);
    else files.set(p, t);
    return p;
  };
  const front = (what: string, pick: () => string[], change: (fm: string[], body: string) => { fm: string[]; body: string }): FixtureEdit | undefined => {
    const list = pick();
    if (list.length === 0) return undefined;
    const p = r.pick(list);
    const parts = split(text(files.get(p)));
    if (!parts) return undefined;
    const after = change(parts.fm, parts.body);
    return { what: `${what} of ${p}`, changed: [set(p, join(after.fm, after.body))] };
  };
  const append = (what: string, list: string[], tail: () => string): FixtureEdit | undefined => {
    if (list.length === 0) return undefined;
    const p = r.pick(list);
    return { what: `${what} ${p}`, changed: [set(p, text(files.get(p)) + tail())] };
  };

  const edits: Array<() => FixtureEdit | undefined> = [
    () => front('post body (end)', posts, (fm, body) => ({ fm, body: `${body}\n\nEdited ${++n} in {{ page.title }}.\n` })),
    () => front('post body (start)', posts, (fm, body) => ({ fm, body: `Opening ${++n}, *new*.\n\n${body}` })),
    () => front('post title', posts, (fm, body) => ({ fm: setKey(fm, 'title', `"Title ${++n}"`), body })),
    () => front('post date', posts, (fm, body) => ({ fm: setKey(fm, 'date', `${day()} 1${r.int(0, 9)}:00:00`), body })),
    () => front('post tags', posts, (fm, body) => ({ fm: setKey(fm, 'tags', r.int(0, 3) ? `[${r.pick(TAGS)}, ${r.pick(TAGS)}]` : undefined), body })),
    () => front('post categories', posts, (fm, body) => ({ fm: setKey(fm, 'categories', r.int(0, 3) ? `[${r.pick(TAGS)}]` : undefined), body })),
    () => front('post published', posts, (fm, body) => ({ fm: setKey(fm, 'published', fm.some((l) => /^published:\s*false/.test(l)) ? undefined : 'false'), body })),
    () => front('page body', pages, (fm, body) => ({ fm, body: `${body}\nPage edit ${++n}.\n` })),
    () => {
      const list = posts();
      if (list.length === 0) return undefined;
      const from = r.pick(list);
      const m = POST.exec(from)!;
      const to = from.replace(`${m[2]}-${m[3]}.`, `${day()}-added-${++n}.`);
      const parts = split(text(files.get(from))) ?? { fm: [], body: text(files.get(from)) };
      return { what: `add post ${to}`, changed: [set(to, join(setKey(parts.fm, 'title', `"Added ${n}"`), `Added post ${n}.\n\n${parts.body}`))] };
    },
    () => {
      const list = posts();
      if (list.length < 2) return undefined;
      const p = r.pick(list);
      return { what: `delete post ${p}`, changed: [set(p, undefined)] };
    },
    () => {
      const list = posts();
      if (list.length === 0) return undefined;
      const from = r.pick(list);
      const m = POST.exec(from)!;
      const to = r.int(0, 1) ? from.replace(`-${m[3]}.`, `-renamed-${++n}.`) : from.replace(`${m[2]}-`, `${day()}-`);
      if (to === from || files.has(to)) return undefined;
      const t = files.get(from)!;
      set(from, undefined);
      return { what: `rename post ${from} → ${to}`, changed: [from, set(to, text(t))] };
    },
    () => append('layout', layouts(), () => `\n<!-- layout edit ${++n} -->\n`),
    () => append('include', paths((p) => p.startsWith('_includes/') && /\.html$/.test(p)), () => `<i>include ${++n}</i>\n`),
    () => {
      const list = paths((p) => /^_data\/.*\.(ya?ml|json)$/.test(p));
      if (list.length === 0) return undefined;
      const p = r.pick(list);
      const before = text(files.get(p));
      const after = p.endsWith('.json') ? before.replace(/"([A-Za-z][^"\n]*)"(\s*[,}\]\n])/, `"$1 ${++n}"$2`) : before.replace(/(:[ \t]+)([A-Za-z][^\n#]*)/, `$1$2 ${++n}`);
      return after === before ? undefined : { what: `data ${p}`, changed: [set(p, after)] };
    },
    () => append('Sass partial', paths((p) => /^_sass\/.*\.scss$/.test(p)), () => `\n.edit-${++n} { color: #${r.int(100, 999)}; }\n`),
    () => append('static file', statics(), () => `\n/* static ${++n} */\n`),
    () => {
      const p = 'assets/kyll-added.txt';
      return { what: files.has(p) ? `delete static ${p}` : `add static ${p}`, changed: [set(p, files.has(p) ? undefined : `added ${++n}\n`)] };
    },
    () => {
      const before = text(files.get('_config.yml'));
      const after = /^title:/m.test(before) && r.int(0, 1) ? before.replace(/^title:.*$/m, `title: Config ${++n}`) : `${before}\nkyll_edit: ${++n}\n`;
      return { what: 'config', changed: [set('_config.yml', after)] };
    },
    () => {
      const p = `kyll-page-${r.int(0, 2)}.md`;
      if (files.has(p)) return { what: `remove page ${p}`, changed: [set(p, undefined)] };
      const layout = r.int(0, 2) ? layouts().map((l) => l.slice('_layouts/'.length, -'.html'.length)) : [];
      const fm = [`title: Page ${++n}`, ...(layout.length ? [`layout: ${r.pick(layout)}`] : [])];
      return { what: `add page ${p}`, changed: [set(p, join(fm, `{{ site.posts.size }} posts, {{ site.tags | size }} tags: {{ site.posts.first.title }}.\n`))] };
    },
  ];
  return () => {
    for (;;) {
      const e = r.pick(edits)();
      if (e) return e;
    }
  };
}
