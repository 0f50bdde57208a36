// The names `require` finds wherever Jekyll 4.3.1 runs with the plugin gems kyll stands in for: Jekyll,
// the gems it and those plugins depend on (their gemspecs' runtime dependencies and theirs, by the file
// each is required as, and the Debian package's own dependencies), and Ruby 3.1's standard library.
// A `plugins:` name (or a theme's runtime dependency) kyll has no plugin for and that is none of these
// is a gem Jekyll cannot require: External.require_with_graceful_fail stops the build (Dependency Error).
// (Checked with `ruby -rjekyll -e 'require NAME'` on Jekyll 4.3.1, Ruby 3.1.)

const JEKYLL_AND_ITS_GEMS = [
  'jekyll', 'addressable', 'colorator', 'concurrent', 'concurrent-ruby', 'em-websocket', 'eventmachine', 'ffi', 'http_parser',
  'http_parser.rb', 'i18n', 'jekyll-sass-converter', 'jekyll-watch', 'kramdown', 'kramdown-parser-gfm', 'liquid', 'listen',
  'mercenary', 'pathutil', 'public_suffix', 'rb-inotify', 'rexml', 'rouge', 'sassc', 'terminal-table', 'webrick',
];

// What kyll's plugins' gems bring and `require` finds by the gem's name: jekyll-github-metadata and
// jekyll-gist's octokit (faraday, sawyer), jekyll-toc's nokogiri, jekyll-commonmark's commonmarker,
// jekyll-last-modified-at's posix-spawn, jemoji's gemoji, jekyll-mentions' activesupport's tzinfo
// and zeitwerk. A theme naming octokit in its gemspec (insights4you) builds in Jekyll. Not here:
// activesupport and html-pipeline, which are required as active_support and html/pipeline.
const PLUGIN_GEMS_DEPENDENCIES = [
  'commonmarker', 'faraday', 'gemoji', 'nokogiri', 'octokit', 'posix-spawn', 'sawyer', 'tzinfo', 'zeitwerk',
];

// Plugin gems installed beside Jekyll that take no part in a build: jekyll-compose 0.12.0 only adds
// the `post`, `draft`, `page`, `publish`, `unpublish`, `rename` and `compose` commands (lib/jekyll-compose.rb
// requires them and registers no hook nor generator), so `plugins: [jekyll-compose]` builds as without it.
const NO_BUILD_PLUGIN_GEMS = ['jekyll-compose'];

// The reference Jekyll is Debian's jekyll 4.3.1 package, whose Depends add gems the gemspec does not
// name: the old Markdown and highlighting gems (redcarpet, rdiscount, coderay, pygments.rb), lsi's
// classifier-reborn (and its fast-stemmer), tomlrb, yajl and mime-types (and mime-types-data), with
// terminal-table's unicode-display_width. `plugins: [redcarpet]` (GitHub Pages-era configs: mildronize's
// blog) loads quietly there; `markdown: redcarpet` still fails, Jekyll 4 having no such converter.
const DEBIAN_JEKYLL_DEPENDENCIES = [
  'classifier-reborn', 'coderay', 'fast-stemmer', 'fast_stemmer', 'stemmer', 'mime-types', 'mime/types', 'mime-types-data',
  'mime/types/data', 'pygments', 'pygments.rb', 'rdiscount', 'redcarpet', 'tomlrb', 'unicode/display_width', 'yajl',
];

// Ruby 3.1's library: its files and extensions at the top level, and the folders holding more (`net/http`).
const RUBY_LIBRARY = [
  'English', 'abbrev', 'base64', 'benchmark', 'bigdecimal', 'bundler', 'cgi', 'coverage', 'csv', 'date', 'delegate', 'did_you_mean',
  'digest', 'drb', 'erb', 'error_highlight', 'expect', 'fiddle', 'fileutils', 'find', 'forwardable', 'getoptlong', 'ipaddr', 'irb', 'json',
  'kconv', 'logger', 'mkmf', 'monitor', 'mutex_m', 'objspace', 'observer', 'open-uri', 'open3', 'openssl', 'optionparser', 'optparse',
  'ostruct', 'pathname', 'pp', 'prettyprint', 'pstore', 'psych', 'racc', 'rdoc', 'readline', 'reline', 'resolv-replace', 'resolv',
  'ripper', 'rubygems', 'securerandom', 'set', 'shellwords', 'singleton', 'socket', 'tempfile', 'time', 'timeout', 'tmpdir', 'tsort',
  'un', 'uri', 'weakref', 'yaml', 'continuation', 'etc', 'fcntl', 'nkf', 'pty', 'stringio', 'strscan', 'syslog', 'zlib', 'rbconfig',
  // Its bundled gems, and those Debian's ruby3.1 still installs beside it (net-telnet, xmlrpc, sdbm).
  'debug', 'matrix', 'minitest', 'power_assert', 'prime', 'rake', 'rbs', 'rss', 'test-unit', 'typeprof', 'net-telnet', 'xmlrpc', 'sdbm',
];
const RUBY_LIBRARY_FOLDERS = ['io', 'net', 'random', 'rinda', 'unicode_normalize', 'enc', ...RUBY_LIBRARY];

const NOT_AS_RB = new Set(['gemoji', 'stemmer', 'sdbm']);

const FOUND = new Set([...JEKYLL_AND_ITS_GEMS, ...PLUGIN_GEMS_DEPENDENCIES, ...NO_BUILD_PLUGIN_GEMS, ...DEBIAN_JEKYLL_DEPENDENCIES, ...RUBY_LIBRARY]);

/** Whether Ruby's `require name` finds a file on a machine with Jekyll and no other gem. */
export function requireableWithJekyll(name: string): boolean {
  if (FOUND.has(name)) return true;
  // `require "json.rb"` finds json too; these few are found by their name alone (a compiled
  // extension not yet loaded, a gem whose file is named otherwise)
  if (name.endsWith('.rb') && FOUND.has(name.slice(0, -3)) && !NOT_AS_RB.has(name.slice(0, -3))) return true;
  const slash = name.indexOf('/');
  return slash > 0 && RUBY_LIBRARY_FOLDERS.includes(name.slice(0, slash));
}

/**
 * External.require_with_graceful_fail's Dependency Error for a gem it cannot require (the logger
 * folds its lines into one). Ruby's LoadError message may add did_you_mean's guess among the
 * machine's gems; kyll names none.
 */
export function dependencyErrorMessage(name: string): string {
  return (
    `Dependency Error: Yikes! It looks like you don't have ${name} or one of its dependencies installed. ` +
    `In order to use Jekyll as currently configured, you'll need to install this gem. ` +
    `If you've run Jekyll with \`bundle exec\`, ensure that you have included the ${name} gem in your Gemfile as well. ` +
    `The full error message from Ruby is: 'cannot load such file -- ${name}' ` +
    `If you run into trouble, you can find helpful resources at https://jekyllrb.com/help/!`
  );
}
