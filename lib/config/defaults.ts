// Jekyll 4.3.1's Configuration::DEFAULTS and DEFAULT_EXCLUDES (jekyll/configuration.rb).
import type { Data } from '../types.js';

/**
 * The defaults every configuration starts from. `source` and `destination`
 * are filled in by loadConfig (Jekyll uses the working directory); keys whose
 * Ruby default is nil (`baseurl`, `timezone`, `show_drafts`) are null.
 */
export function jekyllDefaults(): Data {
  return {
    source: '.',
    destination: '_site',
    collections_dir: '',
    cache_dir: '.jekyll-cache',
    plugins_dir: '_plugins',
    layouts_dir: '_layouts',
    data_dir: '_data',
    includes_dir: '_includes',
    collections: {},
    safe: false,
    include: ['.htaccess'],
    exclude: [],
    keep_files: ['.git', '.svn'],
    encoding: 'utf-8',
    markdown_ext: 'markdown,mkdown,mkdn,mkd,md',
    strict_front_matter: false,
    show_drafts: null,
    limit_posts: 0,
    future: false,
    unpublished: false,
    whitelist: [],
    plugins: [],
    markdown: 'kramdown',
    highlighter: 'rouge',
    lsi: false,
    excerpt_separator: '\n\n',
    incremental: false,
    detach: false,
    port: '4000',
    host: '127.0.0.1',
    baseurl: null,
    show_dir_listing: false,
    permalink: 'date',
    paginate_path: '/page:num',
    timezone: null,
    quiet: false,
    verbose: false,
    defaults: [],
    liquid: {
      error_mode: 'warn',
      strict_filters: false,
      strict_variables: false,
    },
    kramdown: {
      auto_ids: true,
      toc_levels: [1, 2, 3, 4, 5, 6],
      entity_output: 'as_char',
      smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
      input: 'GFM',
      hard_wrap: false,
      guess_lang: true,
      footnote_nr: 1,
      show_warnings: false,
    },
  };
}

/** Configuration::DEFAULT_EXCLUDES, appended to every `exclude` list. */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/',
];
