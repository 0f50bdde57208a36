// Seeded random edits of a fixture site beyond fixture-edits.ts's: the ones a
// writer makes less often but that move outputs around — permalinks (a post's,
// a page's, the site's), drafts (added, edited, published, taken back), files
// moved into and out of an excluded folder or a category folder (dir/_posts),
// pages renamed or hidden behind an underscore, a page turned into a static
// file and back, layouts, includes, _data files and Sass partials added and
// removed, static folders renamed, collection documents, future dates, and
// _config.yml (title, permalink style, front matter defaults, the excluded
// folder itself), and own-edits.ts's edits of the site's own layouts, includes, data files and
// posts, and a collection of its own. Each edit says which paths it changed and which it moved
// (the on-disk harnesses rename those, as an editor or `git mv` does).
import { prng } from './edit-site.js';
import { fixtureEditor, join, POST, setKey, split, text, type FixtureEdit, type Files } from './fixture-edits.js';
import { ownEdits } from './own-edits.js';

export interface WideEdit extends FixtureEdit {
  /** Renames among `changed` ([from, to], files or folders), for a harness that writes to disk. */
  readonly moves?: ReadonlyArray<readonly [string, string]>;
}

export interface WideOptions {
  /** The site is built with show_drafts (`--drafts`). */
  readonly drafts?: boolean;
  /** Mixes in fixture-edits.ts's edits too (1 in 3). */
  readonly plain?: boolean;
}

/** The folder the harness excludes (set up by `prepareWide`). */
export const ATTIC = 'kyll-attic';

const ZONE = '# kyll wide edits';
/** Site-wide settings the edits set, kept in a block at the end of _config.yml. */
type Block = Record<string, string | undefined>;

/**
 * Adds `kyll-attic` to the site's `exclude:` (before the first build). False when
 * the config's exclude list has a shape this does not edit.
 */
export function prepareWide(files: Files): boolean {
  const config = text(files.get('_config.yml'));
  const m = /^exclude:[ \t]*(.*)$/m.exec(config);
  let after: string | undefined;
  if (!m) after = `${config.replace(/\n*$/, '\n')}exclude: [${ATTIC}]\n`;
  else if (/^\[.*\]\s*$/.test(m[1]!)) after = config.replace(m[0], `exclude: [${ATTIC}, ${m[1]!.trim().slice(1)}`);
  else if (m[1]!.trim() === '' && /^exclude:[ \t]*\n([ \t]*)- /m.test(config)) after = config.replace(/^exclude:[ \t]*\n([ \t]*)- /m, `exclude:\n$1- ${ATTIC}\n$1- `);
  if (after === undefined) return false;
  files.set('_config.yml', after);
  return true;
}

/** A function applying one random edit to `files`. */
export function wideEditor(files: Files, seed: number, options: WideOptions = {}): () => WideEdit {
  const r = prng(seed);
  const plain = options.plain ? fixtureEditor(files, seed + 7919) : undefined;
  let n = 0;
  const hidden = new Set<string>();
  /** An edit that mends what the last one broke on purpose. */
  let repair: (() => WideEdit) | undefined;
  const block: Block = {};
  const originalConfig = text(files.get('_config.yml'));
  const hasKey = (k: string): boolean => new RegExp(`^${k}\\s*:`, 'm').test(originalConfig);
  const day = (): string => `20${r.int(19, 24)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const paths = (test: (p: string) => boolean): string[] => [...files.keys()].filter(test).sort();
  const underscored = (p: string): boolean => p.split('/').some((s) => s.startsWith('_') || s.startsWith('.'));
  const fronted = (p: string): boolean => /^---\r?\n/.test(text(files.get(p)).slice(0, 10));
  const inAttic = (p: string): boolean => p.startsWith(`${ATTIC}/`);
  const posts = (): string[] => paths((p) => POST.test(p) && !p.includes('_drafts/') && !inAttic(p));
  const drafts = (): string[] => paths((p) => /^_drafts\/[^/]+\.(md|markdown|html)$/.test(p));
  const pages = (): string[] => paths((p) => !underscored(p) && !inAttic(p) && fronted(p) && /\.(md|markdown|html)$/.test(p) && !/(^|\/)index\.html$/.test(p));
  const layouts = (): string[] => paths((p) => /^_layouts\/[^/]+\.html$/.test(p)).map((l) => l.slice('_layouts/'.length, -'.html'.length));
  const collections = (): string[] => {
    const known = new Set(['_posts', '_drafts', '_layouts', '_includes', '_data', '_sass', '_plugins', '_site', '_config.yml']);
    const labels = new Set<string>();
    for (const p of files.keys()) {
      const top = p.split('/')[0]!;
      if (top.startsWith('_') && !known.has(top) && p.includes('/') && /\.(md|markdown|html)$/.test(p) && hasCollection(top.slice(1))) labels.add(top);
    }
    return [...labels].sort();
  };
  const hasCollection = (label: string): boolean => new RegExp(`^[ \\t]+${label}:`, 'm').test(originalConfig);

  const set = (p: string, t: string | Uint8Array | undefined): string => {
    if (t === undefined) files.delete(p);
    else files.set(p, t);
    return p;
  };
  const move = (from: string, to: string, what: string, content?: string): WideEdit | undefined => {
    if (from === to || files.has(to) || !files.has(from)) return undefined;
    const c = content ?? files.get(from);
    set(from, undefined);
    set(to, c);
    return { what: `${what} ${from} → ${to}`, changed: [from, to], moves: content === undefined ? [[from, to]] : undefined };
  };
  const front = (what: string, list: string[], change: (fm: string[], body: string) => { fm: string[]; body: string }): WideEdit | undefined => {
    if (list.length === 0) return undefined;
    const p = r.pick(list);
    const parts = split(text(files.get(p)));
    if (!parts) return undefined;
    const after = change(parts.fm, parts.body);
    return { what: `${what} of ${p}`, changed: [set(p, join(after.fm, after.body))] };
  };
  const config = (what: string, key: string, value: string | undefined): WideEdit | undefined => {
    if (hasKey(key)) return undefined;
    block[key] = value;
    const lines = Object.entries(block).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
    const base = text(files.get('_config.yml')).split(`\n${ZONE}\n`)[0]!;
    return { what: `config ${what}`, changed: [set('_config.yml', lines.length ? `${base}\n${ZONE}\n${lines.join('\n')}\n` : base)] };
  };
  const PERMALINKS = ['/p/:title/', '/:categories/:year/:month/:day/:title:output_ext', 'none', 'pretty', '/:year/:title.html', '/kyll-shared/'];

  const edits: Array<() => WideEdit | undefined> = [
    () => front('post permalink', posts(), (fm, body) => ({ fm: setKey(fm, 'permalink', r.int(0, 3) ? r.pick(PERMALINKS) : undefined), body })),
    () => front('page permalink', pages(), (fm, body) => ({ fm: setKey(fm, 'permalink', r.int(0, 2) ? r.pick(['/kyll-page/', '/kyll/:basename.html', '/kyll-shared/']) : undefined), body })),
    () => front('post layout', posts(), (fm, body) => ({ fm: setKey(fm, 'layout', r.int(0, 3) ? r.pick([...layouts(), 'kyll-missing', 'null']) : undefined), body })),
    () => front('future date', posts(), (fm, body) => ({ fm: setKey(fm, 'date', `2027-0${r.int(1, 9)}-1${r.int(0, 9)} 10:00:00`), body })),
    () => front('page published', pages(), (fm, body) => ({ fm: setKey(fm, 'published', fm.some((l) => /^published:\s*false/.test(l)) ? undefined : 'false'), body })),
    () => front('excerpt separator', posts(), (fm, body) => ({ fm: setKey(fm, 'excerpt_separator', r.int(0, 1) ? '"<!--cut-->"' : undefined), body: `Lead ${++n}.\n\n<!--cut-->\n\n${body}` })),
    // Into the excluded folder, and back where it came from.
    () => {
      const list = [...posts(), ...pages()];
      if (list.length < 2) return undefined;
      const p = r.pick(list);
      return move(p, `${ATTIC}/${p}`, 'exclude');
    },
    () => {
      const list = paths(inAttic);
      if (!list.length) return undefined;
      const p = r.pick(list);
      return move(p, p.slice(ATTIC.length + 1), 'unexclude');
    },
    // A category folder: posts under dir/_posts/ have the category dir.
    () => {
      const list = paths((p) => /^_posts\/[^/]+$/.test(p) && POST.test(p));
      if (!list.length) return undefined;
      const p = r.pick(list);
      return move(p, `kyll-cat/${p}`, 'into category folder');
    },
    () => {
      const list = paths((p) => p.startsWith('kyll-cat/_posts/'));
      if (!list.length) return undefined;
      const p = r.pick(list);
      return move(p, p.slice('kyll-cat/'.length), 'out of category folder');
    },
    // Drafts.
    () => {
      const p = `_drafts/kyll-draft-${++n}.md`;
      return { what: `add draft ${p}`, changed: [set(p, join([`title: Draft ${n}`, ...(r.int(0, 1) ? ['categories: [drafty]'] : [])], `Draft body ${n} {{ page.date | date: "%Y" }}.\n`))] };
    },
    () => front('draft body', drafts(), (fm, body) => ({ fm, body: `${body}\nDraft edit ${++n}.\n` })),
    () => {
      const list = drafts();
      if (!list.length) return undefined;
      const p = r.pick(list);
      return move(p, `_posts/${day()}-${p.slice('_drafts/'.length)}`, 'publish draft');
    },
    () => {
      const list = posts().filter((p) => /^_posts\/[^/]+$/.test(p));
      if (list.length < 2) return undefined;
      const p = r.pick(list);
      return move(p, `_drafts/${POST.exec(p)![3]}.${POST.exec(p)![4]}`, 'unpublish to drafts');
    },
    // Pages renamed, hidden, turned static and back.
    () => {
      const list = pages();
      if (!list.length) return undefined;
      const p = r.pick(list);
      const dot = p.lastIndexOf('.');
      return move(p, r.int(0, 1) ? `${p.slice(0, dot)}-moved${p.slice(dot)}` : `${p.slice(0, dot)}.html`, 'rename page');
    },
    () => {
      const list = pages();
      if (!list.length) return undefined;
      const p = r.pick(list);
      const slash = p.lastIndexOf('/');
      const to = `${p.slice(0, slash + 1)}_${p.slice(slash + 1)}`;
      const e = move(p, to, 'hide page');
      if (e) hidden.add(to);
      return e;
    },
    () => {
      const list = [...hidden].filter((p) => files.has(p));
      if (!list.length) return undefined;
      const p = r.pick(list);
      hidden.delete(p);
      const slash = p.lastIndexOf('/');
      return move(p, `${p.slice(0, slash + 1)}${p.slice(slash + 2)}`, 'unhide page');
    },
    () => {
      const list = pages().filter((p) => p.endsWith('.html'));
      if (!list.length) return undefined;
      const p = r.pick(list);
      const parts = split(text(files.get(p)))!;
      return { what: `drop front matter of ${p}`, changed: [set(p, parts.body)] };
    },
    () => {
      const list = paths((p) => !underscored(p) && !inAttic(p) && /\.html$/.test(p) && !fronted(p));
      if (!list.length) return undefined;
      const p = r.pick(list);
      return { what: `add front matter to ${p}`, changed: [set(p, join([`title: Fronted ${++n}`], text(files.get(p))))] };
    },
    // Layouts, includes, data, Sass.
    () => {
      const p = `_layouts/kyll-${r.int(0, 1)}.html`;
      if (files.has(p)) return { what: `delete layout ${p}`, changed: [set(p, undefined)] };
      const parent = r.int(0, 1) ? layouts().filter((l) => !l.startsWith('kyll-')) : [];
      const fm = parent.length ? join([`layout: ${r.pick(parent)}`], '') : '';
      return { what: `add layout ${p}`, changed: [set(p, `${fm}<section class="k${++n}">{{ content }}</section>{{ page.title }}\n`)] };
    },
    () => {
      const p = '_includes/kyll-inc.html';
      if (files.has(p) && r.int(0, 2) === 0) {
        // A page may include it: the build fails until the next edit puts it back.
        const was = files.get(p)!;
        repair = () => ({ what: `put back include ${p}`, changed: [set(p, was)] });
        return { what: `delete include ${p}`, changed: [set(p, undefined)] };
      }
      return { what: `write include ${p}`, changed: [set(p, `<em>inc ${++n} {{ include.x }} {{ site.data.kyll_extra.name }}</em>\n`)] };
    },
    () => {
      const p = `kyll-uses.md`;
      if (files.has(p) && r.int(0, 1)) return { what: `remove ${p}`, changed: [set(p, undefined)] };
      const l = layouts();
      const inc = '_includes/kyll-inc.html';
      const also = files.has(inc) ? [] : [set(inc, `<em>inc {{ include.x }}</em>\n`)];
      return { what: `write ${p}`, changed: [...also, set(p, join([`title: Uses ${++n}`, ...(l.length ? [`layout: ${r.pick(l)}`] : [])], `{% include kyll-inc.html x="${n}" %} {{ site.data.kyll.deep.v }} {% for row in site.data.kyll.rows %}{{ row.v }}{% endfor %} {{ site.static_files | size }} {{ site.pages | size }}\n`))] };
    },
    () => {
      const p = r.pick(['_data/kyll_extra.yml', '_data/kyll/deep.json', '_data/kyll/rows.csv']);
      if (p.endsWith('.csv') && !(files.has(p) && r.int(0, 1))) return { what: `write data ${p}`, changed: [set(p, `name,v\nrow,${++n}\n`)] };
      if (files.has(p) && r.int(0, 1)) return { what: `delete data ${p}`, changed: [set(p, undefined)] };
      return { what: `write data ${p}`, changed: [set(p, p.endsWith('.json') ? `{"v": "deep ${++n}"}\n` : `name: Extra ${++n}\n`)] };
    },
    () => {
      const main = paths((p) => /^_sass\/[^/]+\.scss$/.test(p) && !p.includes('kyll'));
      if (!main.length) return undefined;
      const host = main[0]!;
      const part = '_sass/_kyll-part.scss';
      const line = '\n@import "kyll-part";\n';
      if (files.has(part) && r.int(0, 1)) {
        const hosts = main.filter((h) => text(files.get(h)).includes(line));
        for (const h of hosts) set(h, text(files.get(h)).replace(line, ''));
        return { what: `remove Sass partial ${part}`, changed: [...hosts, set(part, undefined)] };
      }
      const changed = [set(part, `.kyll-part { width: ${++n}px; }\n`)];
      if (!text(files.get(host)).includes(line)) changed.push(set(host, text(files.get(host)) + line));
      return { what: `write Sass partial ${part}`, changed };
    },
    // Static files: nested ones, a folder renamed.
    () => {
      const p = `assets/kyll/deep/s${r.int(0, 2)}.txt`;
      return { what: files.has(p) ? `delete static ${p}` : `add static ${p}`, changed: [set(p, files.has(p) ? undefined : `static ${++n}\n`)] };
    },
    () => {
      const [from, to] = r.int(0, 1) ? ['assets/kyll', 'assets/kyll2'] : ['assets/kyll2', 'assets/kyll'];
      const list = paths((p) => p.startsWith(`${from}/`));
      if (!list.length || paths((p) => p.startsWith(`${to}/`)).length) return undefined;
      for (const p of list) set(`${to}/${p.slice(from.length + 1)}`, files.get(p)), set(p, undefined);
      return { what: `rename folder ${from} → ${to}`, changed: [...list, ...list.map((p) => `${to}/${p.slice(from.length + 1)}`)], moves: [[from, to]] };
    },
    // Collections.
    () => {
      const labels = collections();
      if (!labels.length) return undefined;
      const p = `${r.pick(labels)}/kyll-doc-${r.int(0, 2)}.md`;
      if (files.has(p)) return r.int(0, 1) ? { what: `delete document ${p}`, changed: [set(p, undefined)] } : front('document title', [p], (fm, body) => ({ fm: setKey(fm, 'title', `Doc ${++n}`), body }));
      return { what: `add document ${p}`, changed: [set(p, join([`title: Doc ${++n}`], `Document {{ page.title }} ${n}.\n`))] };
    },
    // _config.yml.
    () => config('title', 'title', r.int(0, 3) ? `"Wide ${++n}"` : undefined),
    () => config('permalink', 'permalink', r.int(0, 2) ? r.pick(['pretty', 'date', '/:categories/:title/', 'ordinal']) : undefined),
    () => config('defaults', 'defaults', r.int(0, 2) ? `[{scope: {path: "", type: ${r.pick(['posts', 'pages'])}}, values: {kyll_default: "d${++n}"${r.int(0, 1) && layouts().length ? `, layout: ${r.pick(layouts())}` : ''}}}]` : undefined),
    () => config('excerpt_separator', 'excerpt_separator', r.int(0, 1) ? '"\\n\\n\\n"' : undefined),
    () => config('future', 'future', r.int(0, 1) ? 'true' : undefined),
    () => config('baseurl', 'baseurl', r.int(0, 1) ? '/kb' : undefined),
    () => config('timezone', 'timezone', r.int(0, 1) ? r.pick(['America/New_York', 'Asia/Tokyo']) : undefined),
    () => config('kramdown', 'kramdown', r.int(0, 1) ? '{auto_ids: false, smart_quotes: ["apos", "apos", "quot", "quot"]}' : undefined),
    () => config('sass', 'sass', r.int(0, 1) ? '{style: compressed}' : undefined),
    () => config('limit_posts', 'limit_posts', r.int(0, 1) ? String(r.int(1, 3)) : undefined),
    () => {
      // A dot file, ignored until `include:` names it.
      const p = '.kyll-hidden.txt';
      if (!files.has(p)) return { what: `add ${p}`, changed: [set(p, `hidden ${++n}\n`)] };
      return config('include', 'include', r.int(0, 1) ? `[${p}]` : undefined);
    },
    () => config('show_drafts', 'show_drafts', options.drafts ? undefined : r.int(0, 1) ? 'true' : undefined),
    () => {
      // The excluded folder no longer excluded (another name in its place) and back.
      const before = text(files.get('_config.yml'));
      const after = before.includes(`${ATTIC}-off`) ? before.replace(`${ATTIC}-off`, ATTIC) : before.replace(ATTIC, `${ATTIC}-off`);
      return after === before ? undefined : { what: 'config exclude toggled', changed: [set('_config.yml', after)] };
    },
    ...ownEdits({ files, r, paths, set, move, config, repairWith: (e) => void (repair = e), next: () => ++n }),
  ];
  return () => {
    const fix = repair;
    repair = undefined;
    if (fix) return fix();
    for (let tries = 0; ; tries++) {
      if (plain && r.int(0, 2) === 0) return plain();
      const e = r.pick(edits)();
      if (e) return e;
      if (tries > 200) return { what: 'nothing', changed: [] };
    }
  };
}

/** Puts every file back as in `good`: the paths that differ. */
export function revert(files: Files, good: ReadonlyMap<string, string | Uint8Array>): WideEdit {
  const changed: string[] = [];
  for (const p of [...files.keys()]) if (!good.has(p)) files.delete(p), changed.push(p);
  for (const [p, c] of good) if (files.get(p) !== c) files.set(p, c), changed.push(p);
  return { what: `revert ${changed.length} file(s) to the last good build`, changed };
}
