// wide-edits.ts's edits of what the site already has (not the files the edits add): its own
// layouts renamed away and back (pages keep naming the old one, Jekyll warns and builds them
// bare), a layout's front matter changed (its parent, a value its pages read as layout.*), its
// own includes deleted (the build fails until they come back), its data files renamed (a new key
// in site.data) or given another extension (.yml → .yaml, the same key), a post given another
// Markdown extension, and a collection declared in _config.yml with documents, its output and
// permalink switched.
import type { WideEdit } from './wide-edits.js';
import { join, POST, setKey, split, text, type Files } from './fixture-edits.js';

export interface OwnContext {
  readonly files: Files;
  readonly r: { int(lo: number, hi: number): number; pick<T>(a: readonly T[]): T };
  readonly paths: (test: (p: string) => boolean) => string[];
  readonly set: (p: string, t: string | Uint8Array | undefined) => string;
  readonly move: (from: string, to: string, what: string) => WideEdit | undefined;
  readonly config: (what: string, key: string, value: string | undefined) => WideEdit | undefined;
  /** Sets the edit that runs next (mending what this one broke). */
  readonly repairWith: (edit: () => WideEdit) => void;
  readonly next: () => number;
}

const MOVED = '-kyll-moved';
const NOTES = '_kyll_notes';

export function ownEdits(c: OwnContext): Array<() => WideEdit | undefined> {
  const { files, r, paths, set, move } = c;
  const own = (dir: string, ext: RegExp) => paths((p) => p.startsWith(`${dir}/`) && ext.test(p) && !p.includes('kyll'));
  const moved = (dir: string) => paths((p) => p.startsWith(`${dir}/`) && p.includes(MOVED));
  const unmove = (p: string): string => p.replace(MOVED, '');
  return [
    // a layout renamed away, and back
    () => {
      const list = own('_layouts', /\.html$/);
      if (!list.length) return undefined;
      const p = r.pick(list);
      return move(p, p.replace(/(\.\w+)$/, `${MOVED}$1`), 'rename layout');
    },
    () => {
      const list = moved('_layouts');
      const p = list.length ? r.pick(list) : undefined;
      return p === undefined ? undefined : move(p, unmove(p), 'rename layout back');
    },
    // a layout's front matter: its parent dropped or set, a value its pages read
    () => {
      const list = own('_layouts', /\.html$/);
      if (!list.length) return undefined;
      const p = r.pick(list);
      const t = text(files.get(p));
      const parts = split(t) ?? { fm: [], body: t };
      const names = list.map((l) => l.slice('_layouts/'.length, -'.html'.length)).filter((l) => `_layouts/${l}.html` !== p);
      const fm = r.int(0, 1) ? setKey(parts.fm, 'kyll_layout_value', `"v${c.next()}"`) : setKey(parts.fm, 'layout', names.length && r.int(0, 1) ? r.pick(names) : undefined);
      const body = parts.body.includes('{{ layout.kyll_layout_value }}') ? parts.body : `${parts.body}<i>{{ layout.kyll_layout_value }}</i>\n`;
      return { what: `layout front matter of ${p}`, changed: [set(p, join(fm, body))] };
    },
    // an include of the site's own deleted (the build may fail), put back at the next edit
    () => {
      const list = own('_includes', /\.(html|md|txt|svg|liquid)$/);
      if (!list.length) return undefined;
      const p = r.pick(list);
      const was = files.get(p)!;
      c.repairWith(() => ({ what: `put back include ${p}`, changed: [set(p, was)] }));
      return { what: `delete include ${p}`, changed: [set(p, undefined)] };
    },
    // a data file under another name, or another extension of the same name (.yml ↔ .yaml)
    () => {
      const list = own('_data', /\.(ya?ml|json|csv|tsv)$/);
      if (!list.length) return undefined;
      const p = r.pick(list);
      const to = r.int(0, 1) ? p.replace(/(\.\w+)$/, `${MOVED}$1`) : /\.yml$/.test(p) ? p.replace(/\.yml$/, '.yaml') : /\.yaml$/.test(p) ? p.replace(/\.yaml$/, '.yml') : p.replace(/(\.\w+)$/, `${MOVED}$1`);
      return move(p, to, 'rename data');
    },
    () => {
      const list = moved('_data');
      const p = list.length ? r.pick(list) : undefined;
      return p === undefined ? undefined : move(p, unmove(p), 'rename data back');
    },
    // a post given another Markdown extension (its URL keeps .html; its id and path change)
    () => {
      const list = paths((p) => POST.test(p) && /\.(md|markdown)$/.test(p) && !p.startsWith('kyll-attic/'));
      if (!list.length) return undefined;
      const p = r.pick(list);
      return move(p, p.endsWith('.md') ? p.replace(/\.md$/, '.markdown') : p.replace(/\.markdown$/, '.md'), 'post extension');
    },
    // a collection of the edits' own: declared, its documents written, its output and permalink switched
    () => {
      const p = `${NOTES}/note-${r.int(0, 2)}.md`;
      if (files.has(p) && r.int(0, 1)) return { what: `delete note ${p}`, changed: [set(p, undefined)] };
      return { what: `write note ${p}`, changed: [set(p, join([`title: Note ${c.next()}`, ...(r.int(0, 2) ? [] : [`date: 2021-0${r.int(1, 9)}-1${r.int(0, 9)}`])], `A note {{ page.title }} in {{ page.collection }}; {{ site.kyll_notes | size }} notes.\n`))] };
    },
    () => {
      const output = r.int(0, 2);
      const value = output === 0 ? undefined : `{kyll_notes: {output: ${output === 1 ? 'true' : 'false'}${r.int(0, 1) ? `, permalink: ${r.pick(['/notes/:title/', '/:collection/:path:output_ext', '/n/:name'])}` : ''}${r.int(0, 1) ? ', sort_by: title' : ''}}}`;
      // (a site that declares collections of its own keeps its key: config() leaves it alone)
      return c.config('collections', 'collections', value);
    },
  ];
}
