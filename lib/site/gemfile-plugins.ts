// The gems of a site's Gemfile that Jekyll loads as plugins. Before it reads the configuration,
// Jekyll's executable calls PluginManager.require_from_bundler: with a Gemfile (and no
// JEKYLL_NO_BUNDLER_REQUIRE) it runs Bundler.require(:jekyll_plugins), which requires every gem
// of that group, in the Gemfile's order, whether `plugins:` names it or not (and whatever the
// whitelist says: safe mode only filters the `plugins:` list). A site that lists jekyll-feed only
// in its Gemfile's `group :jekyll_plugins` gets its {% feed_meta %} tag and feed.xml.
//
// The Gemfile is Ruby: this reads the usual forms (`group :jekyll_plugins do ... end`, `gem "x",
// group: :jekyll_plugins`, `:group => ...`, `groups: [...]`) and leaves out what Bundler would not
// require on this machine: `require: false`, gems for other platforms (`platforms:`), and gems
// behind an `if`/`unless` it cannot evaluate (in practice Windows-only ones such as wdm).
import type { Source } from '../source/source.js';

const GROUP = /(?:^|[\s,[(])[:"']?jekyll_plugins\b/;

/** The gem names Bundler.require(:jekyll_plugins) loads for the site's Gemfile, in order; none without one. */
export function gemfilePlugins(site: Pick<Source, 'exists' | 'readText'>, env: Readonly<Record<string, string | undefined>>): string[] {
  if (env.JEKYLL_NO_BUNDLER_REQUIRE || !site.exists('Gemfile')) return [];
  const names: string[] = [];
  // The open blocks: a jekyll_plugins group, another group, or a condition Bundler evaluates and kyll
  // cannot (`platforms :x do`, `if ...`), whose gems are left out.
  const blocks: Array<'plugins' | 'group' | 'condition'> = [];
  for (const raw of site.readText('Gemfile').split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (/^end\b/.test(line)) blocks.pop();
    else if (/^group\b.*\bdo\b/.test(line)) blocks.push(GROUP.test(line.slice(5)) ? 'plugins' : 'group');
    else if (/^(?:if|unless|case|begin|while|until)\b/.test(line) || /\bdo\s*(?:\|[^|]*\|)?$/.test(line)) blocks.push('condition');
    else {
      const gem = /^gem\s*\(?\s*["']([^"']+)["'](.*)$/.exec(line);
      if (!gem || blocks.includes('condition')) continue;
      const options = gem[2]!;
      if (/\b(?:if|unless)\b/.test(options) || /\bplatforms?\s*(?::|=>)/.test(options) || /\brequire\s*(?::|=>)\s*false\b/.test(options)) continue;
      const grouped = /\bgroups?\s*(?::|=>)(.*)$/.exec(options);
      if ((blocks.includes('plugins') || (grouped && GROUP.test(` ${grouped[1]}`))) && !names.includes(gem[1]!)) names.push(gem[1]!);
    }
  }
  return names;
}
