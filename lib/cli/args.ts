// Command-line arguments, in jekyll's spelling where kyll has the same option.
import path from 'node:path';

export interface CliOptions {
  command: Command | 'help' | 'version';
  /** `kyll help build`, `kyll build --help`: the command whose help to print. */
  helpFor?: Command;
  /** `kyll new PATH` (its words joined by spaces, as Jekyll's), `kyll new-theme NAME` (joined by `_`). */
  path?: string;
  /** new --skip-bundle: said so after the site is made (kyll runs no bundle install either way). */
  skipBundle?: boolean;
  /** new-theme -c: a CODE_OF_CONDUCT.md too. */
  codeOfConduct?: boolean;
  source: string;
  /** -s was given: it wins over `source:` in the configuration file, as Jekyll's override does (config/configured-source.ts). */
  sourceGiven?: boolean;
  destination?: string;
  configFiles?: string[];
  drafts: boolean;
  future: boolean;
  unpublished: boolean;
  safe?: boolean;
  strictFrontMatter?: boolean;
  limitPosts?: number;
  baseurl?: string;
  port: number;
  host: string;
  /** -P / -H given: they win over `port:` / `host:` of _config.yml. */
  portGiven?: boolean;
  hostGiven?: boolean;
  watch: boolean;
  /** -w or --no-watch given: it wins over `watch:` of _config.yml (an override, as Jekyll's flags are). */
  watchGiven?: boolean;
  /** -I: rebuild only what a change affects. */
  incremental: boolean;
  livereload: boolean;
  /** -l given (kyll reloads by default; Jekyll only with -l): it wins over -B, as in Jekyll. */
  livereloadGiven?: boolean;
  livereloadPort: number;
  /** --livereload-ignore: globs (File.fnmatch) of changed outputs that do not reload the browsers. */
  livereloadIgnore: string[];
  /** --livereload-min-delay / --livereload-max-delay: the client's reconnect delays (livereload.js mindelay/maxdelay, milliseconds). */
  livereloadMinDelay?: number;
  livereloadMaxDelay?: number;
  /** --show-dir-listing: a folder shows its listing even when it has an index file. */
  showDirListing: boolean;
  /** --ssl-cert / --ssl-key: serve over HTTPS (paths relative to the source, as Jekyll reads them). */
  sslCert?: string;
  sslKey?: string;
  /** -B, --detach: serve from a background process and return. */
  detach: boolean;
  skipInitialBuild: boolean;
  openUrl: boolean;
  /** new: an empty site without posts or theme; overwrite a folder that is not empty. */
  blank: boolean;
  force: boolean;
  /** Print stack traces with errors. */
  trace: boolean;
  /** Print the templates and documents that took longest. */
  profile: boolean;
  /** --disable-disk-cache: no .jekyll-cache (and no --incremental). */
  disableDiskCache: boolean;
  quiet: boolean;
  verbose: boolean;
  /** `--github-pages`: build as GitHub Pages does (`github_pages: true`). */
  githubPages: boolean;
  /** --layouts DIR: `layouts_dir`. */
  layoutsDir?: string;
  /** -p, --plugins DIR1[,DIR2]: `plugins_dir`. */
  pluginsDirs?: string[];
  /** --force_polling: watch by polling the source (`force_polling`), where file events do not arrive. */
  forcePolling: boolean;
  /** --lsi: `lsi: true`: related posts from a latent semantic index, as Jekyll's classifier-reborn. */
  lsi: boolean;
}

export type Command = 'build' | 'serve' | 'new' | 'new-theme' | 'clean' | 'doctor';

/** Command names and Jekyll's aliases for them. */
const COMMANDS: Record<string, Command> = { build: 'build', b: 'build', serve: 'serve', s: 'serve', server: 'serve', new: 'new', 'new-theme': 'new-theme', clean: 'clean', doctor: 'doctor', hyde: 'doctor' };

export class UsageError extends Error {}

const SITE_OPTIONS = `  -s, --source DIR         site source (default .)
  -d, --destination DIR    output folder (default <source>/_site)
      --config A.yml,B.yml config files, later wins (default _config.yml)`;

const BUILD_OPTIONS = `${SITE_OPTIONS}
  -D, --drafts             render posts in _drafts
      --future             render posts dated in the future
      --unpublished        render posts with published: false
      --safe               safe mode: no links out of the source, only whitelisted plugins
      --strict_front_matter  stop on front matter that cannot be read
      --limit_posts N      render only the N most recent posts
  -b, --baseurl URL        override baseurl
      --layouts DIR        layouts folder (layouts_dir, default _layouts)
  -p, --plugins DIR1[,DIR2]  plugin folders (plugins_dir: kyll loads the .js/.mjs plugins there, names the Ruby ones it skips)
      --lsi                lsi: true (related posts by latent semantic indexing)
      --github-pages       build as GitHub Pages does (its plugins and settings)
  -w, --watch / --no-watch rebuild on changes (serve: on by default)
      --force_polling      watch by polling the source each second (for mounts without file events)
  -I, --incremental        render only what changed since the last build (.jekyll-cache/kyll)
      --disable-disk-cache write nothing to .jekyll-cache
      --profile            print the templates and documents that took longest
  -t, --trace              print stack traces with errors
  -q, --quiet              print only errors
  -V, --verbose            print Jekyll's debug lines (Reading:, Rendering:, Writing:...)`;

export const USAGE = `usage: kyll <command> [options]

commands:
  build, b            render the site into the destination (default ./_site)
  serve, s            build, then serve the destination and rebuild on changes
  new PATH            create a starter site in PATH
  new-theme NAME      create the scaffold of a theme gem in ./NAME
  clean               remove the destination and the caches
  doctor              look for problems in the site (URL conflicts, deprecated settings)
  help [COMMAND], version

'kyll help COMMAND' or 'kyll COMMAND --help' shows a command's options.`;

export const COMMAND_USAGE: Record<Command, string> = {
  build: `usage: kyll build [options]\n\nRender the site into the destination.\n\n${BUILD_OPTIONS}`,
  serve: `usage: kyll serve [options]

Build the site, serve it under its baseurl, rebuild on changes and reload the browsers.

${BUILD_OPTIONS}
  -P, --port N             port (default 4000)
  -H, --host HOST          host (default 127.0.0.1)
  -l, --livereload         reload browsers after a rebuild (default on)
      --no-livereload      do not inject the live reload script
      --livereload-port N  port for live reload (default 35729)
      --livereload-ignore GLOB1[,GLOB2]  changed files (destination paths) that do not reload the browsers
      --livereload-min-delay MS, --livereload-max-delay MS  the browser's reconnect delays (default 1000, 60000)
      --show-dir-listing   show a folder's listing instead of its index file
      --ssl-cert CERT, --ssl-key KEY  serve over HTTPS (PEM files, relative to the source)
  -B, --detach             run the server in the background and print its PID
  -o, --open-url           open the site in a browser ($BROWSER, else the system's)
      --skip-initial-build serve the destination as it is until the first change`,
  new: `usage: kyll new PATH [options]

Create a starter blog in PATH: a config, a home page, an about page and a first post.

      --blank              an empty site: folders and an index page, no posts, no theme
      --force              write into PATH even if it is not empty
      --skip-bundle        accepted as jekyll new takes it (kyll runs no bundle install; the site's Gemfile is for Jekyll)`,
  'new-theme': `usage: kyll new-theme NAME [options]

Create a theme's scaffold in ./NAME: its folders, layouts, a Gemfile and NAME.gemspec to
package it as a gem (for Jekyll ~> 4.3), README.md, LICENSE.txt and .gitignore; git init.

  -c, --code-of-conduct    add a CODE_OF_CONDUCT.md`,
  clean: `usage: kyll clean [options]\n\nRemove the destination, .jekyll-cache, .jekyll-metadata and .sass-cache.\n\n${SITE_OPTIONS}`,
  doctor: `usage: kyll doctor [options]

Look for problems: outputs written twice (URL conflicts), names that differ only in case,
deprecated settings, posts whose front matter cannot be read.

${SITE_OPTIONS}`,
};

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = {
    command: 'help', source: '.', drafts: false, future: false, unpublished: false, port: 4000, host: '127.0.0.1',
    watch: false, incremental: false, livereload: true, livereloadPort: 35729, livereloadIgnore: [], showDirListing: false, detach: false, skipInitialBuild: false, openUrl: false,
    blank: false, force: false, trace: false, profile: false, disableDiskCache: false, quiet: false, verbose: false, githubPages: false,
    forcePolling: false, lsi: false,
  };
  const rest = [...argv];
  const first = rest[0];
  if (first && !first.startsWith('-')) {
    rest.shift();
    if (COMMANDS[first]) opts.command = COMMANDS[first];
    else if (first === 'help') {
      opts.command = 'help';
      const about = rest[0] && COMMANDS[rest[0]];
      if (about) {
        opts.helpFor = about;
        rest.shift();
      }
    } else if (first === 'version') opts.command = 'version';
    else throw new UsageError(`unknown command '${first}'`);
  }
  // Serve#init_with_program: serve watches unless told not to.
  if (opts.command === 'serve') opts.watch = true;
  // Commands::New joins its words with spaces (`new my blog`), NewTheme with `_`
  const words: string[] = [];
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || v.startsWith('-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length > 0) {
    const raw = rest.shift()!;
    const [flag, inline] = raw.includes('=') && raw.startsWith('--') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (inline !== undefined) rest.unshift(inline);
    switch (flag) {
      case '-s': case '--source': opts.source = value(flag); opts.sourceGiven = true; break;
      case '-d': case '--destination': opts.destination = value(flag); break;
      // OptionParser's Array: split on commas, nothing trimmed (`a.yml, b.yml` names ' b.yml', which Jekyll
      // cannot find); empty pieces are skipped (Configuration#read_config_files).
      case '--config': opts.configFiles = value(flag).split(',').filter(Boolean); break;
      case '-D': case '--drafts': opts.drafts = true; break;
      case '--future': opts.future = true; break;
      case '--unpublished': opts.unpublished = true; break;
      case '--safe': opts.safe = true; break;
      case '--strict_front_matter': case '--strict-front-matter': opts.strictFrontMatter = true; break;
      case '--limit_posts': case '--limit-posts': {
        const n = optionInteger(value(flag));
        // 0 is Jekyll's default, every post (Site#reset limits only a positive count): it overrides the config's
        if (n === undefined || n < 0) throw new UsageError('--limit_posts needs a whole number (0: every post)');
        opts.limitPosts = n;
        break;
      }
      case '-b': case '--baseurl': opts.baseurl = value(flag); break;
      case '-P': case '--port': {
        const n = Number(value(flag));
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port needs a port number');
        opts.port = n;
        opts.portGiven = true;
        break;
      }
      case '--github-pages': opts.githubPages = true; break;
      case '--layouts': opts.layoutsDir = value(flag); break;
      // Jekyll's `Array` option: a comma-separated list.
      case '-p': case '--plugins': opts.pluginsDirs = value(flag).split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--force_polling': case '--force-polling': opts.forcePolling = true; break;
      case '--lsi': opts.lsi = true; break;
      case '-H': case '--host': opts.host = value(flag); opts.hostGiven = true; break;
      case '--no-watch': opts.watch = false; opts.watchGiven = true; break;
      case '-w': case '--watch': opts.watch = true; opts.watchGiven = true; break;
      case '-I': case '--incremental': opts.incremental = true; break;
      case '--disable-disk-cache': opts.disableDiskCache = true; break;
      case '-l': case '--livereload': opts.livereload = true; opts.livereloadGiven = true; break;
      case '--no-livereload': opts.livereload = false; break;
      case '--livereload-port': case '--livereload_port': {
        const n = Number(value(flag));
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--livereload-port needs a port number');
        opts.livereloadPort = n;
        break;
      }
      case '--livereload-ignore': case '--livereload_ignore': opts.livereloadIgnore.push(...value(flag).split(',').map((g) => g.trim()).filter(Boolean)); break;
      case '--livereload-min-delay': case '--livereload_min_delay': opts.livereloadMinDelay = delay(flag, value(flag)); break;
      case '--livereload-max-delay': case '--livereload_max_delay': opts.livereloadMaxDelay = delay(flag, value(flag)); break;
      case '--show-dir-listing': case '--show_dir_listing': opts.showDirListing = true; break;
      case '--ssl-cert': case '--ssl_cert': opts.sslCert = value(flag); break;
      case '--ssl-key': case '--ssl_key': opts.sslKey = value(flag); break;
      case '-B': case '--detach': opts.detach = true; break;
      case '-o': case '--open-url': opts.openUrl = true; break;
      case '--skip-initial-build': opts.skipInitialBuild = true; break;
      case '--blank': opts.blank = true; break;
      case '--force': opts.force = true; break;
      case '-c': case '--code-of-conduct': case '--code_of_conduct':
        if (opts.command !== 'new-theme') throw new UsageError(`unknown option ${flag}`);
        opts.codeOfConduct = true;
        break;
      // `jekyll new --skip-bundle`: kyll runs no `bundle install` to skip.
      case '--skip-bundle': case '--skip_bundle':
        if (opts.command !== 'new') throw new UsageError(`unknown option ${flag}`);
        opts.skipBundle = true;
        break;
      case '-t': case '--trace': opts.trace = true; break;
      case '--profile': opts.profile = true; break;
      case '-q': case '--quiet': opts.quiet = true; break;
      case '-V': case '--verbose': opts.verbose = true; break;
      case '-h': case '--help':
        if (opts.command !== 'help' && opts.command !== 'version') opts.helpFor = opts.command;
        opts.command = 'help';
        break;
      case '-v': case '--version': opts.command = 'version'; break;
      default:
        if ((opts.command === 'new' || opts.command === 'new-theme') && !flag.startsWith('-')) words.push(flag);
        else throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (words.length > 0) opts.path = words.join(opts.command === 'new' ? ' ' : '_');
  if (opts.configFiles) opts.configFiles = opts.configFiles.map((f) => configFileFor(f, opts.source));
  return opts;
}

// Jekyll reads each --config file from the working folder (Configuration#read_config_file:
// File.expand_path), not from the source: `-s site --config site/_config.yml`. The engine reads a
// config file relative to the source, or an absolute one from the disk: one inside the source keeps
// its relative name (the watcher knows it by that), any other becomes absolute.
function configFileFor(file: string, source: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(path.resolve(source), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

/**
 * OptionParser's Integer acceptor (optparse.rb), which reads Jekyll's --limit_posts: a sign, then
 * decimal, 0b / 0x or a leading-0 octal, with `_` between digits; no spaces. `010` is 8; `08`, ` 3`
 * and `1.5` are its "invalid argument" (undefined here).
 */
export function optionInteger(v: string): number | undefined {
  if (!/^[-+]?(?:0(?:[0-7]+(?:_[0-7]+)*|b[01]+(?:_[01]+)*|x[\da-f]+(?:_[\da-f]+)*)?|\d+(?:_\d+)*)$/i.test(v)) return undefined;
  const sign = v.startsWith('-') ? -1 : 1;
  const digits = v.replace(/^[-+]/, '').replace(/_/g, '');
  const base = /^0b/i.test(digits) ? 2 : /^0x/i.test(digits) ? 16 : /^0./.test(digits) ? 8 : 10;
  const body = base === 2 || base === 16 ? digits.slice(2) : digits;
  // Kernel#Integer refuses what the pattern let through as decimal but is no octal: `08`, `0_9`.
  if (base === 8 && /[89]/.test(body)) return undefined;
  return sign * parseInt(body, base);
}

function delay(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} needs a number of milliseconds`);
  return n;
}

/** The config overrides the flags stand for (Jekyll's command-line options). */
/** The absolute folder a command writes or serves: `-d` (or the configuration's `destination:`, filled in by run.ts), else SOURCE/_site. */
export function destinationOf(opts: CliOptions): string {
  return path.resolve(opts.destination ?? path.join(path.resolve(opts.source), '_site'));
}

export function configOverrides(opts: CliOptions): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  // as given, as Jekyll's override is (site.source shows it so); Site#config= expands it (config/source-as-given.ts)
  if (opts.sourceGiven) o.source = opts.source;
  if (opts.drafts) o.show_drafts = true;
  if (opts.future) o.future = true;
  if (opts.unpublished) o.unpublished = true;
  if (opts.safe) o.safe = true;
  if (opts.strictFrontMatter) o.strict_front_matter = true;
  if (opts.limitPosts !== undefined) o.limit_posts = opts.limitPosts;
  if (opts.baseurl !== undefined) o.baseurl = opts.baseurl;
  // site.destination shows it as given, as Jekyll's override does; where the site is written is resolved by each command.
  if (opts.destination !== undefined) o.destination = opts.destination;
  if (opts.githubPages) o.github_pages = true;
  if (opts.disableDiskCache) o.disable_disk_cache = true;
  if (opts.layoutsDir !== undefined) o.layouts_dir = opts.layoutsDir;
  if (opts.pluginsDirs !== undefined) o.plugins_dir = opts.pluginsDirs;
  if (opts.forcePolling) o.force_polling = true;
  if (opts.lsi) o.lsi = true;
  // -I, --profile, -w / --no-watch are options Jekyll merges into the configuration too (site.incremental, site.profile, site.watch);
  // serve watches unless told not to (Serve's action sets watch). (-q and -V are left out: they would change -I's cache key.)
  if (opts.incremental) o.incremental = true;
  if (opts.profile) o.profile = true;
  if (opts.watchGiven || opts.command === 'serve') o.watch = opts.watch;
  return o;
}
