// jekyll-last-modified-at 1.3.0: `page.last_modified_at` (a Time) on every page,
// post and document, and `{% last_modified_at [format] %}` (lib/jekyll-last-
// modified-at/*.rb). The time is the last commit touching the file when the
// site is in a git work tree (`git log -n 1 --format=%ct -- file`; here one
// `git log` for the whole repository, read once), else the file's mtime.
// The tag formats with `last-modified-at: date-format` or '%d-%b-%y', and, as
// the gem's PATH_CACHE does, keeps the first text made for each file.
import path from 'node:path';
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { LiquidFailure } from '../../liquid/errors.js';
import { strftime } from '../../liquid/ruby/strftime.js';
import { zoneName } from '../../liquid/filters/date.js';
import { JekyllTime, fileTime } from '../../time/index.js';
import type { HookDocument } from '../hooks.js';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { isHash, prop, toS } from '../shared/values.js';
import { markRubyObject } from '../../values/document-drop-mark.js';
import { inspectString } from '../../liquid/ruby/to-s.js';

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as `git log --name-only` prints it: even with core.quotepath off, a name holding a
 * control character, `"` or `\` comes C-quoted (`"_posts/a\bb.md"`, bytes as `\ooo`). The gem
 * asks git about each file by name, so such a file has its commit time too.
 */
export function unquoteGitPath(line: string): string {
  if (line.length < 2 || !line.startsWith('"') || !line.endsWith('"')) return line;
  const body = line.slice(1, -1);
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of body.matchAll(/\\([0-7]{3}|[\s\S])/g)) {
    const e = m[1]!;
    parts.push(Buffer.from(body.slice(last, m.index), 'utf8'), Buffer.of(e.length === 3 ? parseInt(e, 8) : (C_ESCAPES[e] ?? e.charCodeAt(0))));
    last = m.index + m[0].length;
  }
  parts.push(Buffer.from(body.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}

/** What git printed before it stopped with an error (the gem reads git's stdout whatever its exit status). */
function printed(e: unknown): string {
  const out = (e as { stdout?: unknown }).stdout;
  if (typeof out === 'string') return out;
  throw e;
}

interface GitTimes {
  readonly top: string;
  /** Unix seconds of each file's last commit, by path relative to the work tree's top. */
  readonly times: Map<string, number>;
  /** When the whole log stopped on an object git cannot read: the time of one file, as the gem asks it. */
  readonly fileTime?: (name: string) => number | undefined;
}

function gitTimes(folder: string): GitTimes | undefined {
  // node:child_process (with node:net and node:dgram) is loaded when a site uses the plugin, not with the engine.
  const git = (args: string[], cwd: string): string => process.getBuiltinModule('node:child_process').execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
  try {
    if (git(['rev-parse', '--is-inside-work-tree'], folder).trim() !== 'true') return undefined;
    const top = git(['rev-parse', '--show-toplevel'], folder).trim();
    const times = new Map<string, number>();
    let current = 0;
    // A damaged or partial clone: git stops at the first object it cannot read, having printed
    // the commits before it (the gem reads git's output whatever its exit status)
    let log: string;
    let complete = true;
    try {
      log = git(['-c', 'core.quotepath=off', 'log', '--format=%x00%ct', '--name-only'], top);
    } catch (e) {
      log = printed(e);
      complete = false;
    }
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) current = Number(line.slice(1));
      else if (line !== '') {
        const name = unquoteGitPath(line);
        if (!times.has(name)) times.set(name, current);
      }
    }
    if (complete) return { top, times };
    // The gem's `git log -n 1 -- file` may still reach a file's commit past that object (history
    // simplification takes another path): each file the log did not reach is asked on its own, and
    // read as the gem reads it: the first digits of git's stdout and stderr joined (Executor.sh),
    // so a failing git gives the digits of its message ("fatal: unable to read tree d6d7..." is 6).
    const asked = new Map<string, number | undefined>();
    const fileTime = (name: string): number | undefined => {
      if (!asked.has(name)) {
        const r = process.getBuiltinModule('node:child_process').spawnSync('git', ['log', '-n', '1', '--format=%ct', '--', name], { cwd: top, encoding: 'utf8' });
        const digits = /\d+/.exec(`${r.stdout ?? ''} ${r.stderr ?? ''}`);
        asked.set(name, digits ? Number(digits[0]) : undefined);
      }
      return asked.get(name);
    };
    return { top, times, fileTime };
  } catch {
    return undefined;
  }
}

class LastModified {
  private repo: ReturnType<typeof gitTimes> | null = null;
  private readonly formatted = new Map<string, string>();

  constructor(private readonly ctx: PluginContext) {}

  private folder(): string | undefined {
    const source = this.ctx.site.config.source;
    return typeof source === 'string' && path.isAbsolute(source) ? source : undefined;
  }

  /** Errno::ENOENT's message for a path that is not in the site's source, or undefined when it is. */
  missing(relativePath: string): string | undefined {
    const source = this.ctx.source;
    if (!source || source.exists(relativePath)) return undefined;
    const folder = this.folder();
    return `No such file or directory - ${folder ? path.join(folder, relativePath) : relativePath} does not exist!`;
  }

  /** Determinator#last_modified_at_time for a path relative to the source. */
  time(relativePath: string): JekyllTime {
    const config = this.ctx.site.config;
    const folder = this.folder();
    if (this.repo === null) this.repo = folder ? gitTimes(folder) : undefined;
    const source = this.ctx.source;
    const missing = this.missing(relativePath);
    if (missing !== undefined) throw new LiquidFailure('plain', missing);
    let seconds: number | undefined;
    if (this.repo && folder) {
      const name = path.relative(this.repo.top, path.join(folder, relativePath)).split(path.sep).join('/');
      seconds = this.repo.times.get(name) ?? this.repo.fileTime?.(name);
    }
    if (seconds === undefined) seconds = Math.floor(fileTime(source?.mtime(relativePath) ?? Date.now(), this.ctx.site.time) / 1000);
    return JekyllTime.inZone(seconds * 1000, config.timezone);
  }

  /** Determinator#formatted_last_modified_date: the first text made for a path is kept. */
  formattedFor(relativePath: string, format: string | undefined): string {
    const known = this.formatted.get(relativePath);
    if (known !== undefined) return known;
    const t = this.time(relativePath);
    const text = strftime(t, format ?? this.configFormat() ?? '%d-%b-%y', zoneName(t, this.ctx.site.config.timezone));
    this.formatted.set(relativePath, text);
    return text;
  }

  configFormat(): string | undefined {
    const c = this.ctx.site.config['last-modified-at'];
    return isHash(c) && c['date-format'] != null ? toS(c['date-format']) : undefined;
  }
}

/**
 * A Determinator whose file does not exist: its to_liquid raises Errno::ENOENT, which Liquid
 * does not catch (not a Liquid::Error), so the build stops with a Liquid Exception naming the
 * file that read it (`{% if page.last_modified_at %}` too: VariableLookup calls to_liquid).
 * Here a lazily computed value (a function in the data, called where a template reads the
 * key) that throws: only reading it fails, and a page no template reads builds.
 */
export function missingFileTime(message: string): () => never {
  return () => {
    // a plain error: "Liquid Exception: <message> in <the file that read it>"
    throw new LiquidFailure('plain', message);
  };
}

const helpers = new WeakMap<PluginContext, LastModified>();
function helperFor(ctx: PluginContext): LastModified {
  let h = helpers.get(ctx);
  if (!h) helpers.set(ctx, (h = new LastModified(ctx)));
  return h;
}

function registerTag(engine: Liquid, ctx: PluginContext): void {
  const helper = helperFor(ctx);
  class LastModifiedAtTag extends Tag {
    private readonly format: string | undefined;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.format = token.args === '' ? undefined : token.args.trim();
    }
    render(scope: Context): string {
      let page: unknown;
      try {
        page = scope.getSync(['page']);
      } catch {
        page = undefined;
      }
      return helper.formattedFor(toS(prop(page, 'path')), this.format);
    }
  }
  engine.registerTag('last_modified_at', LastModifiedAtTag);
}

// Hook.add_determinator_proc, a :post_init hook of posts, pages and documents:
// each gets last_modified_at in its data, a Determinator of the file at its path
// in the site's source. Where there is no such file (a generator's page: redirect.html,
// feed.xml, sitemap.xml; a theme's page) it is still set, and reading it fails.
function setLastModifiedAt(doc: HookDocument, ctx: PluginContext): void {
  const helper = helperFor(ctx);
  const missing = helper.missing(doc.relativePath);
  doc.data.last_modified_at = missing === undefined ? markRubyObject(helper.time(doc.relativePath), determinatorInspect(doc, ctx, helper)) : missingFileTime(missing);
}

// The value in the data is the Determinator; Liquid reads its to_liquid (the Time) through a
// variable lookup, but a page's hash printed whole (`{{ page }}`, `| strip_html`) and map's
// results show the object's own Object#inspect: `#<...Determinator:0x... @site_source=...>`.
// (Ruby's address differs on each run; a fixed one here.)
function determinatorInspect(doc: HookDocument, ctx: PluginContext, helper: LastModified): string {
  const source = ctx.site.config.source;
  const siteSource = typeof source === 'string' ? source : '';
  // Page#path is its relative path, Document#path the absolute one
  const pagePath = doc.kind === 'page' || siteSource === '' ? doc.relativePath : path.join(siteSource, doc.relativePath);
  const format = helper.configFormat() ?? '%d-%b-%y';
  return `#<Jekyll::LastModifiedAt::Determinator:0x0000000000000000 @site_source=${inspectString(siteSource)}, @page_path=${inspectString(pagePath)}, @format=${inspectString(format)}>`;
}

export const lastModifiedAtPlugin: KyllPlugin = {
  name: 'jekyll-last-modified-at',
  registerLiquid: registerTag,
  // :documents covers posts too (Document#trigger_hooks); the gem registers :posts as well, for the same documents.
  hooks: { pages: { post_init: setLastModifiedAt }, documents: { post_init: setLastModifiedAt } },
};
