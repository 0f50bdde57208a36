// Command-line arguments, in jekyll's spelling where kyll has the same option.

export interface CliOptions {
  command: 'build' | 'serve' | 'help' | 'version';
  source: string;
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
  watch: boolean;
  /** build: keep what is needed in <source>/.jekyll-cache/kyll to render only what changed next time. */
  incremental: boolean;
  /** --disable-disk-cache: no .jekyll-cache (and no --incremental). */
  disableDiskCache: boolean;
  quiet: boolean;
  verbose: boolean;
  /** `--github-pages`: build as GitHub Pages does (`github_pages: true`). */
  githubPages: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: kyll <command> [options]

commands:
  build               render the site into the destination (default ./_site)
  serve               build, then serve the destination and rebuild on changes
  help, version

options:
  -s, --source DIR         site source (default .)
  -d, --destination DIR    output folder (default <source>/_site)
      --config A.yml,B.yml config files, later wins (default _config.yml)
  -D, --drafts             render posts in _drafts
      --future             render posts dated in the future
      --unpublished        render posts with published: false
      --safe               safe mode: no links out of the source, only whitelisted plugins
      --strict_front_matter  stop on front matter that cannot be read
      --limit_posts N      render only the N most recent posts
  -b, --baseurl URL        override baseurl
      --github-pages       build as GitHub Pages does (its plugins and settings)
  -P, --port N             serve: port (default 4000)
  -H, --host HOST          serve: host (default 127.0.0.1)
  -w, --watch              build: rebuild what changes until interrupted (serve: the default)
      --no-watch           serve: do not rebuild on changes
  -I, --incremental        build: render only what changed since the last build (.jekyll-cache/kyll)
      --disable-disk-cache build: write nothing to .jekyll-cache
  -q, --quiet              print only errors
  -V, --verbose            print every file written`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { command: 'help', source: '.', drafts: false, future: false, unpublished: false, port: 4000, host: '127.0.0.1', watch: true, incremental: false, disableDiskCache: false, quiet: false, verbose: false, githubPages: false };
  let watchGiven = false;
  const rest = [...argv];
  const first = rest[0];
  if (first && !first.startsWith('-')) {
    rest.shift();
    if (first === 'build' || first === 'b') opts.command = 'build';
    else if (first === 'serve' || first === 's' || first === 'server') opts.command = 'serve';
    else if (first === 'help') opts.command = 'help';
    else if (first === 'version') opts.command = 'version';
    else throw new UsageError(`unknown command '${first}'`);
  }
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
      case '-s': case '--source': opts.source = value(flag); break;
      case '-d': case '--destination': opts.destination = value(flag); break;
      case '--config': opts.configFiles = value(flag).split(',').map((s) => s.trim()).filter(Boolean); break;
      case '-D': case '--drafts': opts.drafts = true; break;
      case '--future': opts.future = true; break;
      case '--unpublished': opts.unpublished = true; break;
      case '--safe': opts.safe = true; break;
      case '--strict_front_matter': case '--strict-front-matter': opts.strictFrontMatter = true; break;
      case '--limit_posts': case '--limit-posts': {
        const n = Number(value(flag));
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit_posts needs a positive whole number');
        opts.limitPosts = n;
        break;
      }
      case '-b': case '--baseurl': opts.baseurl = value(flag); break;
      case '-P': case '--port': {
        const n = Number(value(flag));
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port needs a port number');
        opts.port = n;
        break;
      }
      case '--github-pages': opts.githubPages = true; break;
      case '-H': case '--host': opts.host = value(flag); break;
      case '--no-watch': opts.watch = false; break;
      case '-w': case '--watch': opts.watch = true; watchGiven = true; break;
      case '-I': case '--incremental': opts.incremental = true; break;
      case '--disable-disk-cache': opts.disableDiskCache = true; break;
      case '-q': case '--quiet': opts.quiet = true; break;
      case '-V': case '--verbose': opts.verbose = true; break;
      case '-h': case '--help': opts.command = 'help'; break;
      case '-v': case '--version': opts.command = 'version'; break;
      default: throw new UsageError(`unknown option ${flag}`);
    }
  }
  // `kyll build` watches only when asked to; `kyll serve` unless told not to.
  if (opts.command === 'build') opts.watch = watchGiven;
  return opts;
}

/** The config overrides the flags stand for (Jekyll's command-line options). */
export function configOverrides(opts: CliOptions): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (opts.drafts) o.show_drafts = true;
  if (opts.future) o.future = true;
  if (opts.unpublished) o.unpublished = true;
  if (opts.safe) o.safe = true;
  if (opts.strictFrontMatter) o.strict_front_matter = true;
  if (opts.limitPosts !== undefined) o.limit_posts = opts.limitPosts;
  if (opts.baseurl !== undefined) o.baseurl = opts.baseurl;
  if (opts.githubPages) o.github_pages = true;
  if (opts.disableDiskCache) o.disable_disk_cache = true;
  return o;
}
