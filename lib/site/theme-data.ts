// A gem-based theme's data under the site's (reader.rb#read_data: Jekyll::Utils.deep_merge_hashes,
// the site's values win). With jekyll-data loaded, JekyllData::Reader#read_theme_data then reads
// the theme's folder named by the site's `data_dir` as well, when the theme has a `_data`
// (Theme#data_path), and merges that under the result again: the same data for the usual
// `_data`, the theme's `<data_dir>` too for a site that moves its own data elsewhere.
import { configuredDir } from '../config/site-dir.js';
import { deepMerge } from '../config/merge.js';
import { readData } from '../read/data.js';
import type { CsvOptions } from '../read/csv-options.js';
import type { Source } from '../source/source.js';
import type { Data, SiteConfig } from '../types.js';

export interface ThemeDataOptions {
  readonly zone?: string;
  readonly csv?: CsvOptions;
  readonly tsv?: CsvOptions;
  /** jekyll-data is loaded: the theme's `data_dir` folder is read too. */
  readonly dataDir?: boolean;
}

/** site.data with the theme's data under it. */
export function withThemeData(theme: Source, config: SiteConfig, siteData: Data, options: ThemeDataOptions): Data {
  const read = (dataDir: string): Data => readData(theme, { dataDir, zone: options.zone, csv: options.csv, tsv: options.tsv });
  let data = deepMerge(read('_data'), siteData);
  // Theme#data_path: a `_data` folder (the Source lists files only: one that holds any).
  const hasDataPath = theme.list().some((p) => p.startsWith('_data/'));
  if (options.dataDir && hasDataPath) data = deepMerge(read(configuredDir(config, 'data_dir', '_data', theme.root)), data);
  return data;
}
