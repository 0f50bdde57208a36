// PluginManager.require_from_bundler (Jekyll 4.3.1, called by exe/jekyll before the site is
// read): with a Gemfile in the working directory (the site folder, where Jekyll is run) and no
// JEKYLL_NO_BUNDLER_REQUIRE, Bundler.require(:jekyll_plugins) loads every gem of that group,
// whether `plugins:` names it or not, and before the gems `plugins:` names (load order).
// A gemspec's dependencies (`gemspec`) are not in that group.
import type { Source } from '../source/source.js';

// A line that opens a Ruby block closed by `end`: `group ... do`, `platforms ... do`, `if`, ...
const OPENS_BLOCK = /(?:\bdo\s*(?:\|[^|]*\|\s*)?$)|^\s*(?:if|unless|case|begin|while|until)\b/;
const GEM_LINE = /^\s*gem[\s(]+["']([^"']+)["'](.*)$/;
// `group: :jekyll_plugins`, `groups: [:x, :jekyll_plugins]`, `:group => :jekyll_plugins`
const GEM_IN_GROUP = /\bgroups?(?::|\s*=>)\s*(?:\[[^\]]*)?["':]jekyll_plugins\b/;

/** The gems of the site's Gemfile that Bundler.require(:jekyll_plugins) loads, in Gemfile order. */
export function gemfilePlugins(source: Source, env: Readonly<Record<string, string | undefined>>): string[] {
  if (env.JEKYLL_NO_BUNDLER_REQUIRE || !source.exists('Gemfile')) return [];
  const names: string[] = [];
  const blocks: boolean[] = []; // for each open block: is it a jekyll_plugins group?
  for (const raw of source.readText('Gemfile').split('\n')) {
    const line = raw.replace(/#.*$/, '');
    if (/^\s*end\b/.test(line)) {
      blocks.pop();
      continue;
    }
    const gem = GEM_LINE.exec(line);
    if (gem && (blocks.includes(true) || GEM_IN_GROUP.test(gem[2]!)) && !names.includes(gem[1]!)) names.push(gem[1]!);
    if (OPENS_BLOCK.test(line)) blocks.push(/^\s*group\b[^#]*["':]jekyll_plugins\b/.test(line));
  }
  return names;
}
