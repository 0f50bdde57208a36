// The plugin gems a site's Gemfile brings in. Jekyll's exe calls PluginManager.require_from_bundler
// (plugin_manager.rb) before anything else: with a Gemfile in the working folder and no
// JEKYLL_NO_BUNDLER_REQUIRE, Bundler.require(:jekyll_plugins) requires every gem of that group,
// whatever `plugins:` and safe mode say (the whitelist only guards PluginManager#require_gems).
// We read the Gemfile's Ruby DSL (Bundler's dsl.rb) as data: `group :jekyll_plugins do ... end`
// blocks and `gem "x", group(s): ...` options; Bundler.require skips gems with `require: false`
// and gems for other platforms (`platforms:` / `platforms ... do`).
import type { Source } from '../source/source.js';

const PLUGIN_GROUP = 'jekyll_plugins';

/** Bundler's platform names that include MRI (the Ruby Jekyll runs on). */
const MRI_PLATFORM = /^(?:ruby|mri)(?:_\d+)?$/;

/** A line without its `#` comment (a `#` inside a quoted string stays). */
function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** The symbols and strings of a Ruby argument list (`:a, "b"`, `[:a, :b]`, `%w[a b]`). */
function names(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/:"([^"]*)"|:(\w+)|"([^"]*)"|'([^']*)'|%[wi][[(]([^\])]*)[\])]/g)) {
    if (m[5] !== undefined) out.push(...m[5].split(/\s+/).filter(Boolean));
    else out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return out;
}

/** The value text of option `key` (`key: v` or `:key => v`) in a gem line's options, or undefined. */
function option(options: string, key: string): string | undefined {
  const m = new RegExp(`(?:^|[,\\s])(?:${key}:|:${key}\\s*=>)\\s*(\\[[^\\]]*\\]|%[wi][[(][^\\])]*[\\])]|[^,]+)`).exec(options);
  return m?.[1]!.trim();
}

const runsOnMri = (platforms: readonly string[]): boolean => platforms.length === 0 || platforms.some((p) => MRI_PLATFORM.test(p));

interface Block { groups: string[]; platforms: string[]; path?: string; conditional?: boolean }

/** One `gem` line: its name, the groups and platforms around and on it, its options' text. */
interface GemLine { name: string; groups: string[]; platforms: string[]; options: string; path?: string }

/** The `gem` lines of a Gemfile with the blocks they sit in (`group`, `platforms`, `path ... do`). */
function gemLines(gemfile: string): GemLine[] {
  const blocks: Block[] = [];
  const out: GemLine[] = [];
  for (const raw of gemfile.split(/\r?\n/)) {
    const line = withoutComment(raw).trim();
    if (/^end\b/.test(line)) {
      blocks.pop();
      continue;
    }
    // Ruby statements closed by `end` (`if ENV[...]`): their `end` closes them. Their conditions
    // are not evaluated here: the gems inside are left out.
    if (/^(?:if|unless|case|while|until|begin)\b/.test(line)) {
      blocks.push({ groups: [], platforms: [], conditional: true });
      continue;
    }
    const block = /^(\w+)\b(.*?)\bdo(?:\s*\|[^|]*\|)?$/.exec(line);
    if (block) {
      const [, keyword, args] = block;
      blocks.push({
        groups: keyword === 'group' ? names(args!) : [],
        platforms: keyword === 'platforms' || keyword === 'platform' ? names(args!) : [],
        path: keyword === 'path' ? names(args!)[0] : undefined,
      });
      continue;
    }
    const gem = /^gem\s*\(?\s*(["'])([^"']+)\1(.*)$/.exec(line);
    // A trailing `if`/`unless` modifier (`gem "wdm" if Gem.win_platform?`) is a condition too.
    if (!gem || blocks.some((b) => b.conditional) || /\s(?:if|unless)\s/.test(`${gem[3]!} `)) continue;
    const options = gem[3]!;
    out.push({
      name: gem[2]!,
      groups: [...blocks.flatMap((b) => b.groups), ...names(option(options, 'groups?') ?? '')],
      platforms: blocks.flatMap((b) => b.platforms),
      options,
      path: names(option(options, 'path') ?? '')[0] ?? blocks.findLast((b) => b.path !== undefined)?.path,
    });
  }
  return out;
}

/** The gems of the Gemfile text that Bundler.require(:jekyll_plugins) requires, in Gemfile order. */
export function gemfilePluginNames(gemfile: string): string[] {
  const out: string[] = [];
  for (const gem of gemLines(gemfile)) {
    const own = option(gem.options, 'platforms?');
    if (!gem.groups.includes(PLUGIN_GROUP) || option(gem.options, 'require') === 'false') continue;
    if (!runsOnMri(gem.platforms) || (own !== undefined && !runsOnMri(names(own)))) continue;
    if (!out.includes(gem.name)) out.push(gem.name);
  }
  return out;
}

/**
 * The folder a Gemfile gives gem `name` with `path:` (or a `path "dir" do` block), relative to
 * the Gemfile: Bundler.setup puts that folder before the installed gems, so that
 * Gem::Specification.find_by_name (Jekyll's Theme#gemspec) finds it there.
 */
export function gemfilePathOf(gemfile: string, name: string): string | undefined {
  const given = gemLines(gemfile).find((g) => g.name === name)?.path;
  return given === undefined ? undefined : given.replace(/^(?:\.\/+)+|\/+$/g, '').replace(/^\.$/, '');
}

/**
 * The version requirements a Gemfile gives gem `name` (`gem "minima", "~> 2.5", ">= 2.5.1"`): the
 * strings after its name, before its options. Bundler.setup activates the newest installed version
 * that meets them all (when no Gemfile.lock pins one).
 */
export function gemfileRequirements(gemfile: string, name: string): string[] {
  const gem = gemLines(gemfile).find((g) => g.name === name);
  const out: string[] = [];
  let rest = gem?.options ?? '';
  for (let m = /^\s*,\s*(["'])([^"']*)\1/.exec(rest); m; m = /^\s*,\s*(["'])([^"']*)\1/.exec(rest)) {
    out.push(m[2]!);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** Does Jekyll run Bundler for this site (PluginManager.require_from_bundler)? */
export function usesBundler(source: Source, env: Readonly<Record<string, string | undefined>>): boolean {
  return !env.JEKYLL_NO_BUNDLER_REQUIRE && source.exists('Gemfile');
}

/** PluginManager.require_from_bundler: the plugin gems of the site's Gemfile, if Jekyll would load them. */
export function bundlerPluginNames(source: Source, env: Readonly<Record<string, string | undefined>>): string[] {
  return !usesBundler(source, env) ? [] : gemfilePluginNames(source.readText('Gemfile'));
}
