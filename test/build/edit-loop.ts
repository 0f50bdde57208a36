// The writing loop against cold builds, on disk, under seeded random edits of a
// real site (a fixture, a conformance site, a fetched blog). One copy of the
// site per way of building it again, each edit saved into every copy (renames as
// renames), then, after each step:
//   - `kyll build --watch`'s path (the CLI's long-lived builder: update, then tidy),
//   - `kyll serve`'s path (the same with `serving: true`, against a cold serve build),
//   - `kyll build -I` in a new process's place (its disk cache),
//   - a plain `kyll build` (its warm record, .jekyll-cache/kyll/warm.json),
// must leave in its destination, byte for byte and file for file, what a cold
// `kyll build --disable-disk-cache` writes into a new folder. The edits are
// wide-edits.ts's (with fixture-edits.ts's mixed in) and this loop's own: files
// put into, changed in and deleted from the destinations by hand, `keep_files`
// keeping some of them, files saved again unchanged, the site's own static
// files deleted. A failed cold build must fail every other way too. The first
// difference throws, naming the site, the seed and the edits so far.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { siteBuilder, type SiteBuilder } from '../../lib/cli/site-build.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';
import { prng } from './edit-site.js';
import { firstDifference } from './edit-compare.js';
import { text, type Files } from './fixture-edits.js';
import { prepareWide, revert, wideEditor, type WideEdit } from './wide-edits.js';

type Tree = Array<[string, string]>;

export interface LoopOptions {
  /** The site's folder (read once; never written). */
  readonly site: string;
  readonly seed: number;
  readonly steps: number;
  /** Builds with --drafts. */
  readonly drafts?: boolean;
  /** Told each step as it is checked. */
  readonly log?: (line: string) => void;
  /** Where the copies go (a temporary folder, removed at the end, when not given). */
  readonly work?: string;
  /** The -I and warm builds as `node BIN build ...` processes of their own (BIN: dist/bundle/bin.cjs), not in this process. */
  readonly bin?: string;
  /**
   * Told after each step's cold build (its site folder, destination and status): what differs from
   * another build of that site (scripts/fuzz-edits.mjs --jekyll: real Jekyll's), else undefined.
   */
  readonly against?: (cold: { site: string; dest: string; status: string; drafts: boolean; step: number }) => Promise<unknown>;
}

/** Folders of a site that are no source: its builds, caches, repository, installed gems and packages. */
const NOT_SOURCE = /^(\.git|_site|\.jekyll-cache|\.sass-cache|node_modules|\.bundle)(\/|$)/;

/** The site's files, as the edits change them. */
export function siteFiles(root: string): Files {
  const files: Files = new Map();
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (NOT_SOURCE.test(child)) continue;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) files.set(child, fs.readFileSync(path.join(root, child)));
    }
  };
  walk('');
  return files;
}

/** Saves an edit into a copy of the site: its moves as renames, then every other path written or deleted. */
export function saveEdit(root: string, files: Files, edit: WideEdit): void {
  const moved = new Set<string>();
  for (const [from, to] of edit.moves ?? []) {
    fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    fs.renameSync(path.join(root, from), path.join(root, to));
    for (const p of edit.changed) if (p === from || p === to || p.startsWith(`${from}/`) || p.startsWith(`${to}/`)) moved.add(p);
  }
  for (const p of edit.changed) {
    if (moved.has(p)) continue;
    const c = files.get(p);
    if (c === undefined) fs.rmSync(path.join(root, p), { force: true });
    else {
      // A file where a folder was (its files deleted before): the folder goes, as `rm -r` takes it.
      if (fs.statSync(path.join(root, p), { throwIfNoEntry: false })?.isDirectory()) fs.rmSync(path.join(root, p), { recursive: true });
      fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
      fs.writeFileSync(path.join(root, p), c);
    }
  }
}

/** Flags a later `kyll build` may be given (the -I and warm builds), each changing what is written. */
const FLAG_SETS: ReadonlyArray<readonly string[]> = [['--drafts'], ['--future'], ['--unpublished'], ['--baseurl', '/kb2'], ['--limit_posts', '2'], ['--future', '--drafts']];

/** A printer that keeps the last error lines (for the failure message). */
function printer(): { out(l: string): void; err(l: string): void; lines: string[] } {
  const lines: string[] = [];
  return { out: () => undefined, err: (l) => void lines.push(l), lines };
}
const quiet = printer();
const KEPT = 'kyll-kept';

/** A tree without what keep_files keeps (kept files are the destination's own, never a clean build's). */
const withoutKept = (t: Tree): Tree => t.filter(([p]) => p !== `${KEPT}/` && !p.startsWith(`${KEPT}/`));

/** Runs the loop; resolves with the number of steps checked, throws at the first difference. */
export async function runEditLoop(options: LoopOptions): Promise<number> {
  const { seed, steps: count, drafts = false, log } = options;
  for (const [k, v] of Object.entries(FIXED_ENV)) process.env[k] = v;
  const work = options.work ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-edit-loop-'));
  const name = path.basename(options.site);
  const files = siteFiles(options.site);
  prepareWide(files);
  const originalConfig = text(files.get('_config.yml'));
  const flags = drafts ? ['--drafts'] : [];
  const ways = ['watch', 'serve', 'incremental', 'warm', 'cold'] as const;
  type Way = (typeof ways)[number];
  const src = (w: Way): string => path.join(work, w, 'site');
  type Cold = 'cold-serve' | 'cold-flags';
  const dest = (w: Way | Cold): string => (w === 'cold-serve' || w === 'cold-flags' ? path.join(work, 'cold', `${w}-out`) : path.join(work, w, 'out'));
  const hand: Way[] = ['watch', 'serve', 'incremental', 'warm'];
  const args = (command: 'build' | 'serve', w: Way | Cold, ...more: string[]) =>
    parseArgs([command, '-s', src(w === 'cold-serve' || w === 'cold-flags' ? 'cold' : w), '-d', dest(w), ...flags, ...more, ...(command === 'serve' ? ['--no-watch', '--no-livereload'] : [])]);
  const steps: string[] = [];
  const say = (how: string, diff: unknown): Error =>
    new Error(`${name}, seed ${seed}${drafts ? ', --drafts' : ''}: ${how} after:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n${JSON.stringify(diff, null, 1).slice(0, 3000)}`);
  try {
    fs.rmSync(work, { recursive: true, force: true });
    for (const w of ways) saveEdit(src(w), files, { what: 'copy', changed: [...files.keys()] });
    const watchPrinter = printer();
    const servePrinter = printer();
    const watch = siteBuilder(args('build', 'watch'), watchPrinter, {}, true);
    const serve = siteBuilder(args('serve', 'serve'), servePrinter, {}, true);
    const rebuild = async (b: SiteBuilder, changed: readonly string[], w: Way): Promise<string> => {
      const o = await b.update(changed.map((p) => path.join(src(w), p)));
      if (o.status === 'ok') await b.tidy();
      return o.status;
    };
    /** A build in a new process's place; `more`: the flags of this run (the -I and warm builds change them now and then). */
    const fresh = async (w: Way | Cold, more: readonly string[] = []): Promise<string> => {
      if (w === 'cold' || w === 'cold-serve' || w === 'cold-flags') {
        fs.rmSync(dest(w), { recursive: true, force: true });
        fs.rmSync(path.join(src('cold'), '.jekyll-cache'), { recursive: true, force: true });
        return (await siteBuilder(args(w === 'cold-serve' ? 'serve' : 'build', w, '--disable-disk-cache', ...more), quiet).build()).status;
      }
      const own = [...(w === 'incremental' ? ['-I'] : []), ...more];
      if (options.bin) {
        const argv = ['build', '-q', '-s', src(w), '-d', dest(w), ...flags, ...own];
        const run = spawnSync(process.execPath, [options.bin, ...argv], { encoding: 'utf8', env: { ...process.env, ...FIXED_ENV } });
        if (run.status !== 0) quiet.err(run.stderr);
        return run.status === 0 ? 'ok' : 'failed';
      }
      return (await siteBuilder(args('build', w, ...own), quiet, {}, w === 'incremental').build()).status;
    };
    if ((await watch.build()).status !== 'ok') throw say('the site does not build', watchPrinter.lines.slice(-6));
    await serve.build();
    await fresh('incremental');
    await fresh('warm');

    const edit = wideEditor(files, seed, { drafts, plain: true });
    const r = prng(seed + 104729);
    let keep = false;
    /** Kept files put into the destinations since keep_files was last turned on. */
    let kept = false;
    let n = 0;
    const shadows = new Set<string>();
    const outputs = (w: Way): string[] => folderTree(dest(w)).filter(([p]) => !p.endsWith('/') && !p.startsWith(`${KEPT}/`)).map(([p]) => p);
    const configWith = (on: boolean): string => {
      const now = text(files.get('_config.yml'));
      return on ? `keep_files: [${KEPT}, .git]\n${now}` : now.replace(`keep_files: [${KEPT}, .git]\n`, '');
    };
    // jekyll-multiple-languages-plugin with every language in a subfolder cleans only those (its Site#process
    // sets @dest to DEST/LANG before each language's cleaner): Jekyll keeps a file put into DEST by hand.
    const rootUncleaned = (): boolean => /jekyll-multiple-languages-plugin/.test(text(files.get('_config.yml'))) && /^default_locale_in_subfolder:\s*true/m.test(text(files.get('_config.yml')));
    /** This loop's own edits: what the wide editor has no map of (the destinations) and saves that change nothing. */
    const own = (): { what: string; changed: string[]; handDone?: () => void } | undefined => {
      const pick = r.int(0, 15);
      if ((pick === 0 || pick === 2) && rootUncleaned()) return undefined;
      switch (pick) {
        case 0:
          return {
            what: 'files put into the destinations by hand',
            changed: [],
            handDone: () => {
              for (const w of hand) {
                fs.mkdirSync(path.join(dest(w), 'assets', 'kyll-stray'), { recursive: true });
                fs.writeFileSync(path.join(dest(w), 'kyll-stray.html'), `stray ${++n}\n`);
                fs.writeFileSync(path.join(dest(w), 'assets', 'kyll-stray', 'x.txt'), `stray ${n}\n`);
              }
            },
          };
        case 1: {
          const list = outputs('watch');
          if (!list.length) return undefined;
          const p = r.pick(list);
          const del = r.int(0, 1) === 0;
          // An output changed by hand: `kyll build -I` and a warm build compare each output with what they
          // wrote; serve and --watch do not look at the bytes (Jekyll's rebuilds write every output again).
          const where: Way[] = del ? hand : ['incremental', 'warm'];
          return {
            what: `output ${p} ${del ? 'deleted' : 'changed'} by hand${del ? '' : ' (-I and warm destinations)'}`,
            changed: [],
            handDone: () => {
              for (const w of where) if (fs.existsSync(path.join(dest(w), p))) del ? fs.rmSync(path.join(dest(w), p)) : fs.writeFileSync(path.join(dest(w), p), `hand ${++n}\n`);
            },
          };
        }
        case 2: {
          if (/^keep_files\s*:/m.test(originalConfig)) return undefined;
          keep = !keep;
          files.set('_config.yml', configWith(keep));
          kept = false;
          return {
            what: keep ? `keep_files: [${KEPT}] and a file put there by hand` : 'keep_files dropped',
            changed: ['_config.yml'],
            handDone: () => {
              if (!keep) return;
              for (const w of hand) fs.mkdirSync(path.join(dest(w), KEPT), { recursive: true }), fs.writeFileSync(path.join(dest(w), KEPT, 'k.txt'), `kept ${++n}\n`);
              kept = true;
            },
          };
        }
        case 3: {
          const list = [...files.keys()].filter((p) => !p.startsWith('.'));
          const p = r.pick(list);
          return { what: `${p} saved again unchanged`, changed: [p] };
        }
        case 4:
          return { what: 'nothing saved', changed: [] };
        case 5: {
          const list = [...files.keys()].filter((p) => !/(^|\/)[_.]/.test(p) && !/^---\r?\n/.test(text(files.get(p)).slice(0, 5)) && !/(^|\/)(Gemfile|Gemfile\.lock|README\.md|LICENSE)/.test(p));
          if (!list.length) return undefined;
          const p = r.pick(list);
          files.delete(p);
          return { what: `static file ${p} deleted`, changed: [p] };
        }
        case 6: {
          // An output that turns from a file into a folder of the same name and back.
          const p = 'kyll-flip.md';
          const permalink = r.pick(['/kyll-flip.html', '/kyll-flip.html/', '/kyll-flip/', '/kyll-flip']);
          files.set(p, `---\npermalink: ${permalink}\n---\nflip ${++n}\n`);
          return { what: `${p} at ${permalink}`, changed: [p] };
        }
        case 7: {
          // A static file that turns into a folder and back.
          const file = 'assets/kyll-node';
          const inner = `${file}/leaf.txt`;
          const [was, now] = files.has(file) ? [file, inner] : files.has(inner) ? [inner, file] : [undefined, file];
          if (was) files.delete(was);
          files.set(now, `node ${++n}\n`);
          return { what: `static ${was ?? '(none)'} → ${now}`, changed: was ? [was, now] : [now] };
        }
        case 8: {
          // A layout or include of the theme (or none) shadowed by the site's own, and the shadow taken away.
          const p = r.pick(['_layouts/post.html', '_layouts/default.html', '_layouts/page.html', '_includes/footer.html', '_includes/head.html']);
          if (files.has(p) && !shadows.has(p)) return undefined;
          if (shadows.has(p)) {
            shadows.delete(p);
            files.delete(p);
            return { what: `shadow ${p} removed`, changed: [p] };
          }
          shadows.add(p);
          files.set(p, p.startsWith('_layouts/') ? `<main class="shadow-${++n}">{{ content }}</main>\n` : `<footer>shadow ${++n} {{ site.title }}</footer>\n`);
          return { what: `shadow ${p} added`, changed: [p] };
        }
        case 9: {
          // A collection that starts and stops being written (its documents and a page that lists them).
          if (/^collections\s*:/m.test(originalConfig)) return undefined;
          const doc = `_kyll_notes/n${r.int(0, 1)}.md`;
          const changed = [doc];
          if (!files.has(doc)) files.set(doc, `---\ntitle: Note ${++n}\n---\nNote {{ page.title }}.\n`);
          else if (r.int(0, 1)) files.delete(doc);
          else {
            const now = text(files.get('_config.yml'));
            const line = 'collections: {kyll_notes: {output: true}}\n';
            files.set('_config.yml', now.includes(line) ? now.replace(line, '') : `${line}${now}`);
            changed.length = 0;
            changed.push('_config.yml');
          }
          return { what: `collection kyll_notes: ${changed[0]}${files.has(changed[0]!) ? '' : ' deleted'}`, changed };
        }
        case 10:
        case 11: {
          // The disk cache deleted (it "can be deleted at any time"), or its files cut short.
          const cut = pick === 11;
          return {
            what: cut ? 'disk cache files cut short' : 'disk cache deleted',
            changed: [],
            handDone: () => {
              for (const w of ['incremental', 'warm'] as const) {
                const cache = path.join(src(w), '.jekyll-cache');
                if (!cut) fs.rmSync(cache, { recursive: true, force: true });
                else for (const [p] of folderTree(cache)) if (!p.endsWith('/')) fs.truncateSync(path.join(cache, p), Math.floor(fs.statSync(path.join(cache, p)).size / 2));
              }
            },
          };
        }
        case 12: {
          // A Sass page (front matter, then Sass) edited.
          const list = [...files.keys()].filter((p) => /\.s[ac]ss$/.test(p) && !/(^|\/)_/.test(p) && /^---\r?\n/.test(text(files.get(p)).slice(0, 5)));
          if (!list.length) return undefined;
          const p = r.pick(list);
          files.set(p, `${text(files.get(p))}\n${p.endsWith('.sass') ? `.kyll-${++n}\n  color: red\n` : `.kyll-${++n} { color: red; }\n`}`);
          return { what: `Sass page ${p}`, changed: [p] };
        }
        case 13:
        case 14: {
          // A plugin (jekyll-sitemap) or a theme (minima) turned on and off, where the site names none.
          const [key, line] = pick === 13 ? ['plugins', 'plugins: [jekyll-sitemap]\n'] : ['theme', 'theme: minima\n'];
          if (new RegExp(`^(${key}|gems)\\s*:`, 'm').test(originalConfig)) return undefined;
          const now = text(files.get('_config.yml'));
          files.set('_config.yml', now.includes(line) ? now.replace(line, '') : `${line}${now}`);
          return { what: `config ${line.trim()} ${now.includes(line) ? 'dropped' : 'added'}`, changed: ['_config.yml'] };
        }
        case 15: {
          // Another page size for jekyll-paginate (paginate:) or jekyll-paginate-v2 (per_page:): pages made and no longer made.
          const now = text(files.get('_config.yml'));
          const m = /^(paginate:[ \t]*|[ \t]+per_page:[ \t]*)(\d+)/m.exec(now);
          if (!m) return undefined;
          const size = String(r.pick([1, 2, 3, 5].filter((k) => String(k) !== m[2])));
          files.set('_config.yml', now.replace(m[0], `${m[1]}${size}`));
          return { what: `config ${m[1].trim()} ${size}`, changed: ['_config.yml'] };
        }
        default:
          return undefined;
      }
    };

    let good = new Map(files);
    let failures = 0;
    for (let i = 0; i < count; i++) {
      let handDone: (() => void) | undefined;
      let e: WideEdit;
      if (failures >= 2) e = revert(files, good);
      else if (r.int(0, 3) === 0) {
        const o = own();
        if (!o) {
          i--;
          continue;
        }
        handDone = o.handDone;
        e = o;
      } else e = edit();
      // A revert may take keep_files back or away.
      if (keep !== text(files.get('_config.yml')).includes(`keep_files: [${KEPT}, .git]\n`)) (keep = !keep), (kept = false);
      steps.push(e.what);
      log?.(`${name} ${seed} ${i + 1}. ${e.what}`);
      for (const w of ways) saveEdit(src(w), files, e);
      handDone?.();
      // Now and then the next -I and warm builds run with other flags (as another command line would).
      const more = r.int(0, 3) === 0 ? r.pick(FLAG_SETS) : [];
      if (more.length) steps[steps.length - 1] += ` (-I and warm builds with ${more.join(' ')})`;
      const want = await fresh('cold');
      const other = await options.against?.({ site: src('cold'), dest: dest('cold'), status: want, drafts, step: i });
      if (other !== undefined) throw say('the cold build differs from the other build', other);
      const wantServe = await fresh('cold-serve');
      const wantFlags = more.length ? await fresh('cold-flags', more) : want;
      const got: Record<Exclude<Way, 'cold'>, string> = {
        watch: await rebuild(watch, e.changed, 'watch'),
        serve: await rebuild(serve, e.changed, 'serve'),
        incremental: await fresh('incremental', more),
        warm: await fresh('warm', more),
      };
      if (wantServe !== want) throw say('a cold serve build and a cold build disagree', { build: want, serve: wantServe });
      const wantOf = (w: Exclude<Way, 'cold'>): string => (w === 'incremental' || w === 'warm' ? wantFlags : want);
      for (const [w, status] of Object.entries(got) as Array<[Exclude<Way, 'cold'>, string]>)
        if (status !== wantOf(w)) throw say(`${w} ${status}, a cold build ${wantOf(w)}`, { watch: watchPrinter.lines.slice(-6), serve: servePrinter.lines.slice(-6), other: quiet.lines.slice(-6) });
      if (want !== 'ok') {
        failures++;
        continue;
      }
      failures = 0;
      good = new Map(files);
      const expected = folderTree(dest('cold'), 'base64');
      const trees: Record<Exclude<Way, 'cold'>, () => Tree | undefined> = {
        watch: () => expected,
        serve: () => folderTree(dest('cold-serve'), 'base64'),
        incremental: () => (wantFlags !== 'ok' ? undefined : more.length ? folderTree(dest('cold-flags'), 'base64') : expected),
        warm: () => (wantFlags !== 'ok' ? undefined : more.length ? folderTree(dest('cold-flags'), 'base64') : expected),
      };
      for (const w of hand) {
        const against = trees[w as Exclude<Way, 'cold'>]();
        if (!against) continue;
        const t = folderTree(dest(w), 'base64');
        const same = keep ? withoutKept(t) : t;
        if (JSON.stringify(same) !== JSON.stringify(against)) throw say(`${w}'s destination differs from a cold build`, firstDifference({ files: same }, { files: against }));
        if (keep && kept && !fs.existsSync(path.join(dest(w), KEPT, 'k.txt'))) throw say(`${w} removed ${KEPT}/k.txt, which keep_files keeps`, {});
      }
    }
    return count;
  } finally {
    if (!options.work) fs.rmSync(work, { recursive: true, force: true });
  }
}
