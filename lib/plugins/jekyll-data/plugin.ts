// jekyll-data 1.1.1 on Jekyll 4 (lib/jekyll-data.rb): Jekyll 4 already reads a theme gem's
// _config.yml and _data, so what the gem still changes is how a site with a theme is read and
// what Liquid's `theme` is. Loaded by name (`plugins:`, the Gemfile's jekyll_plugins group) or,
// most often, as a runtime dependency of the theme's gemspec (minimal-mistakes depends on it).
// - JekyllData::Reader#read_theme_data: once the site is read, the theme's folder named by the
//   site's `data_dir` is read as data too (when the theme has a `_data`) and merged under site.data.
// - jekyll/theme_drop.rb replaces UnifiedPayloadDrop#theme: `theme` is
//   site.config[site.config["theme"]], the theme's own settings (`{{ theme.skin }}` for a
//   `my-theme: {skin: dark}` in either _config.yml), instead of the ThemeDrop (nil without a theme).
import type { KyllPlugin } from '../plugin.js';

export const jekyllDataPlugin: KyllPlugin = {
  name: 'jekyll-data',
  theme: { dataDir: true, configVariable: true },
};
