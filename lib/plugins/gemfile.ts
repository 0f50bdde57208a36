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

interface Block { groups: string[]; platforms: string[] }

/** The gems of the Gemfile text that Bundler.require(:jekyll_plugins) requires, in Gemfile order. */
export function gemfilePluginNames(gemfile: string): string[] {
  const blocks: Block[] = [];
  const out: string[] = [];
  for (const raw of gemfile.split(/\r?\n/)) {
    const line = withoutComment(raw).trim();
    if (/^end\b/.test(line)) {
      blocks.pop();
      continue;
    }
    const block = /^(\w+)\b(.*?)\bdo(?:\s*\|[^|]*\|)?$/.exec(line);
    if (block) {
      const [, keyword, args] = block;
      blocks.push({ groups: keyword === 'group' ? names(args!) : [], platforms: keyword === 'platforms' || keyword === 'platform' ? names(args!) : [] });
      continue;
    }
    const gem = /^gem\s*\(?\s*(["'])([^"']+)\1(.*)$/.exec(line);
    if (!gem) continue;
    const options = gem[3]!;
    const groups = [...blocks.flatMap((b) => b.groups), ...names(option(options, 'groups?') ?? '')];
    const platforms = blocks.flatMap((b) => b.platforms);
    const own = option(options, 'platforms?');
    if (!groups.includes(PLUGIN_GROUP) || option(options, 'require') === 'false') continue;
    if (!runsOnMri(platforms) || (own !== undefined && !runsOnMri(names(own)))) continue;
    if (!out.includes(gem[2]!)) out.push(gem[2]!);
  }
  return out;
}

/** PluginManager.require_from_bundler: the plugin gems of the site's Gemfile, if Jekyll would load them. */
export function bundlerPluginNames(source: Source, env: Readonly<Record<string, string | undefined>>): string[] {
  if (env.JEKYLL_NO_BUNDLER_REQUIRE || !source.exists('Gemfile')) return [];
  return gemfilePluginNames(source.readText('Gemfile'));
}
