// Jekyll 4.3.1's Configuration: DEFAULTS, add_default_collections, add_default_excludes, validate.
import { loadConfig } from '../../lib/config/load-config.js';
import { defaultsFor } from '../../lib/config/front-matter-defaults.js';
import { memorySource } from '../../lib/source/index.js';
import type { SiteConfig } from '../../lib/types.js';

describe('loadConfig', () => {
  test('defaults, posts collection, excludes', () => {
    const c = loadConfig(memorySource({ '_config.yml': 'title: T\npermalink: pretty\nexclude: [drafts]\ncollections: [notes]\nbaseurl:\n' }));
    expect(c.title).toBe('T');
    expect(c.markdown_ext).toBe('markdown,mkdown,mkdn,mkd,md');
    expect(c.excerpt_separator).toBe('\n\n');
    expect(c.collections).toEqual({ posts: { output: true, permalink: '/:categories/:year/:month/:day/:title/' }, notes: {} });
    expect(c.exclude).toEqual(['drafts', '.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/']);
    expect(c.baseurl).toBeNull();
    expect((c.kramdown as any).input).toBe('GFM');
  });

  test('later config files and overrides win', () => {
    const src = memorySource({ 'a.yml': 'title: A\nkramdown: {hard_wrap: true}\n', 'b.yml': 'title: B\n' });
    const c = loadConfig(src, { configFiles: ['a.yml', 'b.yml'], overrides: { future: true } });
    expect(c.title).toBe('B');
    expect((c.kramdown as any).hard_wrap).toBe(true);
    expect((c.kramdown as any).input).toBe('GFM');
    expect(c.future).toBe(true);
  });

  // Configuration#read_config_files rescues ArgumentError: checked with jekyll 4.3.1 ("WARNING: Error
  // reading configuration. Using defaults (and options)."), the build going on.
  test('a file that is no mapping, or a bad !float, is skipped with a warning: the files read before it are kept', () => {
    const warnings: string[] = [];
    const onWarning = (d: { message: string }): void => void warnings.push(d.message);
    const list = loadConfig(memorySource({ 'a.yml': 'title: A\n', 'b.yml': '- x\n- y\n', 'c.yml': 'title: C\n' }), { configFiles: ['a.yml', 'b.yml', 'c.yml'], onWarning });
    expect(list.title).toBe('A');
    expect(list.permalink).toBe('date');
    const float = loadConfig(memorySource({ '_config.yml': 'title: T\nv: !float abc\n' }), { onWarning });
    expect(float.title).toBeUndefined();
    expect(warnings).toEqual([
      'Error reading configuration. Using defaults (and options). Configuration file: (INVALID) b.yml',
      'Error reading configuration. Using defaults (and options). wrong number of arguments (given 2, expected 1)',
    ]);
    // Psych::DisallowedClass is no ArgumentError: the build stops.
    expect(() => loadConfig(memorySource({ '_config.yml': 'v: !ruby/object:Foo {}\n' }))).toThrow('Tried to load unspecified class: Foo');
  });

  test('no config file is fine; a missing named one is not', () => {
    expect(loadConfig(memorySource({})).permalink).toBe('date');
    expect(() => loadConfig(memorySource({}), { configFiles: ['nope.yml'] })).toThrow(expect.objectContaining({ code: 'CONFIG_NOT_FOUND' }));
  });

  test('exclude must be an array', () => {
    expect(() => loadConfig(memorySource({ '_config.yml': 'exclude: foo\n' }))).toThrow(`'exclude' should be set as an array, but was: "foo".`);
    // Configuration#check_plugins prints Ruby's inspect: an empty `plugins:` is nil
    expect(() => loadConfig(memorySource({ '_config.yml': 'plugins:\n' }))).toThrow(`'plugins' should be set as an array, but was: nil.`);
  });

  // Jekyll 4.3.1 stops on these (Site#reset's ArgumentError; a TypeError merging `collections`), where kyll built the site
  test('limit_posts below 0 and collections that are neither a hash nor an array stop the build', () => {
    expect(() => loadConfig(memorySource({ '_config.yml': 'limit_posts: -1\n' }))).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', message: 'limit_posts must be a non-negative number' }));
    expect(() => loadConfig(memorySource({ '_config.yml': 'collections: 5\n' }))).toThrow('no implicit conversion of Integer into Hash');
    expect(() => loadConfig(memorySource({ '_config.yml': 'collections: posts\n' }))).toThrow('no implicit conversion of String into Hash');
    expect(() => loadConfig(memorySource({ '_config.yml': 'collections: true\n' }))).toThrow('no implicit conversion of true into Hash');
    expect(() => loadConfig(memorySource({ '_config.yml': 'collections: 1.5\n' }))).toThrow('no implicit conversion of Float into Hash');
    expect(Object.keys(loadConfig(memorySource({ '_config.yml': 'collections: [a]\nlimit_posts: 0\n' })).collections ?? {})).toEqual(['posts', 'a']);
  });

  // Jekyll 4.3.1: Configuration#style_to_permalink and Site#config= call `to_sym` on the site's
  // permalink; only a string has it (NoMethodError, with did_you_mean's suggestions), where kyll built the site
  test.each([
    ['5', '5:Integer Did you mean? to_s'],
    ['5.5', '5.5:Float Did you mean? to_s'],
    ['true', 'true:TrueClass Did you mean? to_s'],
    ['[a]', '["a"]:Array Did you mean? to_s to_set'],
    ['{a: 1}', '{"a"=>1}:Hash Did you mean? to_s to_set'],
    ['false', 'false:FalseClass Did you mean? to_s'],
    ['2020-01-01', '#<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)> Did you mean? to_s'],
  ])('permalink: %s stops the build', (value, who) => {
    expect(() => loadConfig(memorySource({ '_config.yml': `permalink: ${value}\n` }))).toThrow(
      expect.objectContaining({ code: 'INVALID_CONFIG', message: `undefined method \`to_sym' for ${who}` }),
    );
  });

  // Jekyll 4.3.1: Markdown#extname_list calls `split` on markdown_ext (NoMethodError), where kyll failed
  // with a JavaScript TypeError (scripts/fuzz-errors.mjs seed 4072); an empty one keeps the default
  test.each([
    ['42', '42:Integer'],
    ['[md]', '["md"]:Array'],
    ['true', 'true:TrueClass'],
    ['{a: 1}', '{"a"=>1}:Hash'],
    ['2020-01-01', '#<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)>'],
  ])('markdown_ext: %s stops the build', (value, who) => {
    expect(() => loadConfig(memorySource({ '_config.yml': `markdown_ext: ${value}\n` }))).toThrow(
      expect.objectContaining({ code: 'INVALID_CONFIG', message: `undefined method \`split' for ${who}` }),
    );
    expect(loadConfig(memorySource({ '_config.yml': 'markdown_ext:\n' })).markdown_ext).toBe('markdown,mkdown,mkdn,mkd,md');
  });

  test('so does one the posts collection overrides (Site#config=); an empty one keeps the default', () => {
    expect(() => loadConfig(memorySource({ '_config.yml': 'permalink: 5\ncollections:\n  posts:\n    permalink: /:title/\n' }))).toThrow("undefined method `to_sym' for 5:Integer Did you mean? to_s");
    expect(loadConfig(memorySource({ '_config.yml': 'permalink:\n' })).permalink).toBe('date');
  });

  // Jekyll 4.3.1: Jekyll.set_timezone's ENV["TZ"]= (TypeError), Site#reset's limit_posts.negative?
  // (NoMethodError), SmartyPants' kramdown[:input]= and LiquidRenderer's liquid['error_mode'].to_sym stop
  // on values of the wrong type, where kyll built the site
  test.each([
    ['timezone: 5', 'no implicit conversion of Integer into String'],
    ['timezone: true', 'no implicit conversion of true into String'],
    ['timezone: [a]', 'no implicit conversion of Array into String'],
    ['timezone: 2020-01-01', 'no implicit conversion of Date into String'],
    ['limit_posts: x', 'undefined method `negative?\' for "x":String'],
    ['limit_posts: "2"', 'undefined method `negative?\' for "2":String'],
    ['limit_posts: true', 'undefined method `negative?\' for true:TrueClass'],
    ['limit_posts: [1]', 'undefined method `negative?\' for [1]:Array'],
    // Converters::SmartyPants#initialize sets kramdown's [:input]
    ['kramdown: x', 'no implicit conversion of Symbol into Integer'],
    ['kramdown: [a]', 'no implicit conversion of Symbol into Integer'],
    ['kramdown: 5', "undefined method `[]=' for 5:Integer Did you mean? []"],
    ['kramdown: true', "undefined method `[]=' for true:TrueClass"],
    // LiquidRenderer#initialize reads config['liquid']['error_mode'].to_sym
    ['liquid: strict', "undefined method `to_sym' for nil:NilClass"],
    ['liquid: 5', 'no implicit conversion of String into Integer'],
    ['liquid: [a]', 'no implicit conversion of String into Integer'],
    ['liquid: true', "undefined method `[]' for true:TrueClass"],
    ['liquid: false', "undefined method `[]' for false:FalseClass"],
    ['liquid: {error_mode: 5}', "undefined method `to_sym' for 5:Integer Did you mean? to_s"],
    // Site#configure's PluginManager#plugins_path: File.expand_path of each of Array(plugins_dir)
    ['plugins_dir: 5', 'no implicit conversion of Integer into String'],
    ['plugins_dir: true', 'no implicit conversion of true into String'],
    ['plugins_dir: false', 'no implicit conversion of false into String'],
    ['plugins_dir: 5.5', 'no implicit conversion of Float into String'],
    ['plugins_dir: [a, 5]', 'no implicit conversion of Integer into String'],
    ['plugins_dir: {a: 1}', 'no implicit conversion of Array into String'],
    // DataReader and LayoutReader's Jekyll.sanitized_path
    ['data_dir: 5', "undefined method `start_with?' for 5:Integer"],
    ['layouts_dir: [a]', 'undefined method `start_with?\' for ["a"]:Array'],
    // Reader#outside_configured_directory?: collections_dir.empty? (Ruby 3.1's messages)
    ['collections_dir: 5', "undefined method `empty?' for 5:Integer"],
    ['collections_dir: true', "undefined method `empty?' for true:TrueClass"],
    ['collections_dir: 1.5', "undefined method `empty?' for 1.5:Float"],
    // (keep_files of the wrong type stop the build at Site#cleanup, after the render: test/write/keep-files-cleanup.test.ts)
    // Site#initialize: File.expand_path(config["source"]), then of config["destination"]
    ['source: 5', 'no implicit conversion of Integer into String'],
    ['source: [a]', 'no implicit conversion of Array into String'],
    ['destination: true', 'no implicit conversion of true into String'],
    ['destination: {a: 1}', 'no implicit conversion of Hash into String'],
    ['source: 5\ndestination: true', 'no implicit conversion of Integer into String'],
    // Utils#merged_file_read_opts: encoding&.downcase
    ['encoding: 5', "undefined method `downcase' for 5:Integer"],
    ['encoding: [utf-8]', 'undefined method `downcase\' for ["utf-8"]:Array'],
  ])('%s stops the build', (line, message) => {
    expect(() => loadConfig(memorySource({ '_config.yml': `${line}\n` }))).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', message }));
  });

  test('an empty or false timezone or kramdown, and an empty or fractional limit_posts, are fine', () => {
    for (const line of ['timezone:', 'timezone: false', 'limit_posts:', 'limit_posts: 1.5', 'kramdown: false', 'kramdown:', 'liquid:', 'liquid: {error_mode: ~}', 'liquid: {strict_filters: true}', 'encoding: false', 'keep_files:', 'keep_files: []', 'collections_dir: [a]', 'collections_dir: {a: 1}', 'plugins_dir:', "plugins_dir: ''", 'plugins_dir: []', 'plugins_dir: {}', 'plugins_dir: [a, b]', 'source:', 'destination:', "destination: ''"]) {
      expect(() => loadConfig(memorySource({ '_config.yml': `${line}\n` }))).not.toThrow();
    }
  });

  // Configuration#safe_load_file reads with no `bom|`: Psych sees the BOM at column 0 of the first
  // line, and the first key back at column 0 ends the document. Results from Ruby 3.1's YAML.safe_load.
  test('a leading BOM: Psych reads the first line\'s node only, unless that line has none', () => {
    const load = (text: string): Record<string, unknown> => {
      const c = loadConfig(memorySource({ '_config.yml': `\uFEFF${text}` }));
      return Object.fromEntries(['title', 'description', 'a', 'x', 'b'].filter((k) => k in c).map((k) => [k, c[k]]));
    };
    expect(load('title: T\ndescription: D\n')).toEqual({ title: 'T' });
    expect(load('title: T\n\n# comment\n  \ndescription: D\n')).toEqual({ title: 'T' });
    expect(load('# c\ntitle: T\ndescription: D\n')).toEqual({ title: 'T', description: 'D' });
    expect(load('\ntitle: T\ndescription: D\n')).toEqual({ title: 'T', description: 'D' });
    expect(load('a:\n x: 1\nb: 2')).toEqual({ a: null, x: 1 });
    const nested = loadConfig(memorySource({ '_config.yml': '\uFEFFkramdown:\n  input: GFM\n  hard_wrap: true\ntitle: T\n' }));
    expect(nested.kramdown.hard_wrap).toBe(true);
    expect(nested.title).toBeUndefined();
  });
});

describe('defaultsFor', () => {
  const config = {
    defaults: [
      { scope: { path: '' }, values: { layout: 'default', a: 1 } },
      { scope: { path: '', type: 'posts' }, values: { layout: 'post' } },
      { scope: { path: 'projects' }, values: { layout: 'project' } },
      { scope: { path: 'docs/*.md' }, values: { glob: true } },
    ],
  } as unknown as SiteConfig;

  test('type and path scopes, longer path wins', () => {
    expect(defaultsFor(config, '_posts/2020-01-01-x.md', 'posts')).toEqual({ layout: 'post', a: 1 });
    expect(defaultsFor(config, 'about.md', 'pages')).toEqual({ layout: 'default', a: 1 });
    expect(defaultsFor(config, 'projects/p.md', 'pages')).toEqual({ layout: 'project', a: 1 });
    expect(defaultsFor(config, 'docs/a.md', 'pages')).toEqual({ layout: 'default', a: 1, glob: true });
    expect(defaultsFor(config, 'docs/sub/a.md', 'pages')).toEqual({ layout: 'default', a: 1 });
  });

  // Dir.glob('*/_posts') finds only folders one level down (real Jekyll: MrGreen's multilingual posts).
  test('a `*` that is a whole folder name never matches nothing', () => {
    const langs = {
      defaults: [
        { scope: { path: '_posts' }, values: { permalink: '/posts/:path' } },
        { scope: { path: '*/_posts' }, values: { permalink: '/:path' } },
      ],
    } as unknown as SiteConfig;
    expect(defaultsFor(langs, '_posts/2025-05-08-a.md', 'posts')).toEqual({ permalink: '/posts/:path' });
    expect(defaultsFor(langs, 'en/_posts/2025-05-08-a.md', 'posts')).toEqual({ permalink: '/:path' });
  });

  // #glob_scope strips collections_dir from what it globs (real Jekyll: just-the-docs-tests' `collections/*`,
  // fixture realsites6-defaults-collections-dir): documents (paths inside collections_dir) meet only the
  // stripped paths, pages and static files only the others.
  test('globs with collections_dir', () => {
    const c = {
      collections_dir: 'coll',
      defaults: [
        { scope: { path: 'coll/*' }, values: { coll: true } },
        { scope: { path: '*' }, values: { star: true } },
        { scope: { path: '_posts/*' }, values: { posts: true } },
      ],
    } as unknown as SiteConfig;
    expect(defaultsFor(c, '_posts/2024-01-02-a.md', 'posts')).toEqual({ coll: true });
    expect(defaultsFor(c, '_notes/a.md', 'notes')).toEqual({ coll: true });
    expect(defaultsFor(c, 'assets/css/site.css', 'pages')).toEqual({ star: true });
    expect(defaultsFor(c, 'coll/_notes/img.png', 'notes')).toEqual({ star: true });
    expect(defaultsFor({ ...c, collections_dir: '' } as unknown as SiteConfig, '_posts/2024-01-02-a.md', 'posts')).toEqual({ star: true, posts: true });
  });
});
