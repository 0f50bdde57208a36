// Configuration loading as Jekyll.configuration does it (jekyll.rb, jekyll/configuration.rb):
// config files merged in order, then overrides, over DEFAULTS; then default collections and excludes.
import { rubyInspect } from '../liquid/ruby/to-s.js';
import { implicitName } from '../liquid/filters/spaceship.js';
import { noMethodText as noMethod } from '../liquid/filters/no-method.js';
import { RubyFloat } from '../values/ruby-float.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Source } from '../source/index.js';
import type { Data, Diagnostic, SiteConfig } from '../types.js';
import { KyllError } from '../errors/index.js';
import { parseYamlWithBom, yamlFileText } from '../read/yaml.js';
import { parseToml, parseTomlFile, TomlError } from './toml.js';
import { PsychArgumentError } from '../read/psych-scalar.js';
import { styleToTemplate } from '../url/permalink.js';
import { DEFAULT_EXCLUDES, jekyllDefaults } from './defaults.js';
import { deepMerge, isPlainHash } from './merge.js';
import { noteSourceAsGiven } from './source-as-given.js';
import { gemfileRequiresGithubPages, githubPagesConfig, githubPagesEnabled } from '../plugins/github-pages/profile.js';

export interface LoadConfigOptions {
  /** `--config a.yml,b.yml`: paths relative to the source; later files win. Default: `_config.yml` (or `.yaml`, `.toml`). */
  configFiles?: readonly string[];
  /** Values that win over every file (command-line flags, the API caller's options). */
  overrides?: Data;
  /** The folder the build writes to, shown as `site.destination`; default the configured one, else `<source root>/_site`. */
  destination?: string;
  /** JEKYLL_ENV and DISABLE_WHITELIST, read by the GitHub Pages profile; default none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Told of a configuration file Jekyll would skip with a warning ("Error reading configuration. Using defaults"). */
  onWarning?: (diagnostic: Diagnostic) => void;
  /** Told of each configuration file as it is read (Jekyll's `Configuration file:` line). */
  onFile?: (file: string) => void;
}

/** What loadConfig reads the configuration files through: the site's Source, or the disk (configured-source.ts). */
export type ConfigReader = Pick<Source, 'exists' | 'readText'> & Partial<Pick<Source, 'readBytes'>>;

/**
 * The configuration files merged in order, before the defaults: `configFiles`, or the first of
 * `_config.yml`, `.yaml`, `.toml` that exists (Configuration#config_files; none is fine).
 * An absolute path is read from the disk (a site whose files are in its `source:` folder, configured-source.ts).
 */
export function readConfigFiles(reader: ConfigReader, configFiles?: readonly string[], onFile?: (file: string) => void): { files: string[]; config: Data; warning?: { file: string; message: string } } {
  const onDisk: ConfigReader = {
    exists: (f) => (path.isAbsolute(f) ? fs.existsSync(f) : reader.exists(f)),
    // Psych refuses a file that is not UTF-8 ("invalid leading UTF-8 octet"): read strictly where the bytes are at hand.
    readText: (f) => (path.isAbsolute(f) ? yamlFileText(fs.readFileSync(f), f) : 'readBytes' in reader ? yamlFileText((reader as Source).readBytes(f), f) : reader.readText(f)),
    readBytes: (f) => (path.isAbsolute(f) ? fs.readFileSync(f) : reader.readBytes ? reader.readBytes(f) : new TextEncoder().encode(reader.readText(f))),
  };
  const given = configFiles?.filter((f) => f !== '') ?? [];
  const found = given.length > 0 ? undefined : ['yml', 'yaml', 'toml'].map((ext) => `_config.${ext}`).find((f) => onDisk.exists(f));
  const files = given.length > 0 ? given : found ? [found] : [];
  let config: Data = {};
  for (const file of files) {
    if (!onDisk.exists(file)) {
      throw new KyllError('CONFIG_NOT_FOUND', `The configuration file '${file}' could not be found.`, { file });
    }
    onFile?.(file);
    try {
      config = deepMerge(config, readConfigFile(onDisk, file));
    } catch (e) {
      // Configuration#read_config_files rescues an ArgumentError (a file that is no mapping, a bad
      // `!float`): the files merged so far are kept, the rest are not read, and the build goes on.
      if (!isArgumentError(e)) throw e;
      const detail = e.cause instanceof PsychArgumentError ? e.cause.message : e.cause instanceof TomlError ? e.cause.rubyMessage : e.message;
      return { files, config, warning: { file, message: `Error reading configuration. Using defaults (and options). ${detail}` } };
    }
  }
  return { files, config };
}

function isArgumentError(e: unknown): e is KyllError {
  if (!(e instanceof KyllError)) return false;
  if (e.cause instanceof TomlError) return e.cause.isArgumentError;
  return e.cause instanceof PsychArgumentError || (e.code === 'INVALID_CONFIG' && /^(Configuration file: \(INVALID\)|No parser for )/.test(e.message));
}

/** Read and merge the site configuration. */
export function loadConfig(source: Source, options: LoadConfigOptions = {}): SiteConfig {
  const read = readConfigFiles(source, options.configFiles, options.onFile);
  if (read.warning) options.onWarning?.({ level: 'warning', code: 'INVALID_CONFIG', message: read.warning.message, file: read.warning.file });
  let config = read.config;
  validate(config);
  config = addDefaultCollections(config);
  let merged = deepMerge(deepMerge(jekyllDefaults(), config), options.overrides ?? {});
  validate(merged);
  // A Gemfile whose jekyll_plugins group has the github-pages gem turns the profile on as `github_pages: true` does.
  if (!githubPagesEnabled(merged) && gemfileRequiresGithubPages(source, options.env ?? {})) merged.github_pages = true;
  if (githubPagesEnabled(merged)) {
    const userSetExclude = 'exclude' in config || 'exclude' in (options.overrides ?? {});
    // Jekyll.configuration adds the default excludes (#add_default_excludes) before the site's
    // after_init hook runs the gem, so #exclude_cname puts CNAME after them.
    merged = githubPagesConfig({ config: addDefaultExcludes(merged), userSetExclude, env: options.env ?? {} });
  }
  const final = addDefaultExcludes(addDefaultCollections(merged));
  // Site#config= expands config["source"] (-s, `source:`) into Site#source, kyll's config.source; Liquid sees it as given
  const given = options.overrides?.source ?? config.source;
  if (options.overrides?.source === undefined || (typeof given === 'string' && !path.isAbsolute(given) && path.isAbsolute(source.root))) final.source = source.root;
  noteSourceAsGiven(final, given);
  // Jekyll's default destination is absolute (Configuration::DEFAULTS: File.join(Dir.pwd, "_site")); a
  // destination given (-d, `destination:`) stays as given. Without one: the folder the build writes to, else <source>/_site.
  if (!('destination' in config) && options.overrides?.destination === undefined) final.destination = options.destination ?? path.join(source.root, '_site');
  return final as SiteConfig;
}

/** Configuration#safe_load_file: Tomlrb for .toml, YAML for .yml/.yaml; a file that is not a mapping is an error. */
function readConfigFile(source: ConfigReader, file: string): Data {
  // Jekyll matches File.extname unanchored (%r!\.toml!i): `.tomlx` reads as TOML too, `x.toml.bak` not.
  if (/\.toml/i.test(path.extname(file))) {
    try {
      return source.readBytes ? parseTomlFile(source.readBytes(file)) : parseToml(source.readText(file));
    } catch (e) {
      // Nesting deep enough to exhaust the stack (Ruby: SystemStackError, past ~10,000 levels here): named, not a crash
      if (e instanceof RangeError) throw new KyllError('INVALID_CONFIG', `stack level too deep (values nested too deeply) in ${file}`, { file });
      if (!(e instanceof TomlError)) throw e;
      // Jekyll stops with Tomlrb's exception (a ParseError, or a Ruby error of its handler), but
      // for an ArgumentError, which readConfigFiles turns into a warning.
      throw new KyllError('INVALID_CONFIG', `${e.message} in ${file}`, { file, line: e.line }, {
        cause: e,
        hint: 'Jekyll reads TOML with Tomlrb 1.3.0, which refuses this (it has no dotted keys, no 0x/0o/0b integers, no local times).',
      });
    }
  }
  if (!/\.ya?ml/i.test(path.extname(file))) {
    throw new KyllError('INVALID_CONFIG', `No parser for '${file}' is available. Use a .y(a)ml or .toml file instead.`, { file });
  }
  // Configuration#safe_load_file reads the file with no `bom|`.
  const value = parseYamlWithBom(source.readText(file), file);
  if (value === null || value === false) return {};
  if (!isPlainHash(value)) {
    throw new KyllError('INVALID_CONFIG', `Configuration file: (INVALID) ${file}`, { file }, {
      hint: 'A configuration file must be a mapping of keys to values.',
    });
  }
  return value;
}

/** Configuration#validate: `plugins`, `include` and `exclude` must be arrays; and what Site stops on in the settings. */
function validate(config: Data): void {
  if ('plugins' in config && !Array.isArray(config.plugins)) {
    throw new KyllError('INVALID_CONFIG', `'plugins' should be set as an array, but was: ${rubyInspect(config.plugins)}.`, { file: '_config.yml' }, {
      hint: "Use 'plugins_dir' instead to set the directory for your non-gemified Ruby plugins.",
    });
  }
  for (const option of ['include', 'exclude']) {
    if (option in config && !Array.isArray(config[option])) {
      throw new KyllError('INVALID_CONFIG', `'${option}' should be set as an array, but was: ${rubyInspect(config[option])}.`, { file: '_config.yml' });
    }
  }
  // Configuration#style_to_permalink and Site#config= call `to_sym` on the permalink, which only a
  // string has: any other value but nil (5, false, a list, a date) stops Jekyll with Ruby's NoMethodError
  const permalink = config.permalink;
  if (permalink !== null && permalink !== undefined && typeof permalink !== 'string') {
    throw new KyllError('INVALID_CONFIG', noMethod('to_sym', permalink), { file: '_config.yml' }, {
      hint: "'permalink' must be a string: a style (date, pretty, ordinal, weekdate, none) or a template such as /:year/:title/.",
    });
  }
  // Site#initialize expands the source, then the destination (File.expand_path), which takes only a
  // string: anything else but nil is Ruby's TypeError, before anything is read
  for (const option of ['source', 'destination']) {
    const dir = config[option];
    if (dir !== null && dir !== undefined && typeof dir !== 'string') {
      throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(dir)} into String`, { file: '_config.yml' }, { hint: `'${option}' must be the path of a folder.` });
    }
  }
  // Markdown#extname_list calls `split` on markdown_ext when the first page is rendered: only a String has it
  const markdownExt = config.markdown_ext;
  if (markdownExt !== null && markdownExt !== undefined && typeof markdownExt !== 'string') {
    throw new KyllError('INVALID_CONFIG', noMethod('split', markdownExt), { file: '_config.yml' }, {
      hint: "'markdown_ext' must be a string of extensions separated by commas, such as \"markdown,md\".",
    });
  }
  // Site#configure (every build, safe or not) sets site.plugins to PluginManager#plugins_path:
  // File.expand_path of each of Array(plugins_dir) (a mapping's pairs are Arrays), which takes only strings
  const pluginsDir = config.plugins_dir;
  if (pluginsDir !== null && pluginsDir !== undefined) {
    const dirs: unknown[] = Array.isArray(pluginsDir) ? pluginsDir : isPlainHash(pluginsDir) ? Object.entries(pluginsDir) : [pluginsDir];
    const bad = dirs.findIndex((d) => typeof d !== 'string');
    if (bad >= 0) {
      throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(dirs[bad])} into String`, { file: '_config.yml' }, {
        hint: "'plugins_dir' must be a folder name or a list of folder names, such as _plugins.",
      });
    }
  }
  // Jekyll.set_timezone sets ENV["TZ"] to any truthy timezone, and only a string converts (TypeError)
  const timezone = config.timezone;
  if (timezone !== null && timezone !== undefined && timezone !== false && typeof timezone !== 'string') {
    throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(timezone)} into String`, { file: '_config.yml' }, {
      hint: "'timezone' must be a string naming an IANA zone, such as Europe/Berlin.",
    });
  }
  // Converters::SmartyPants#initialize, in every build: `config["kramdown"].dup || {}`, then
  // `[:input] = :SmartyPants`, which only a mapping takes
  const kramdown = config.kramdown;
  if (kramdown !== null && kramdown !== undefined && kramdown !== false && !isPlainHash(kramdown)) {
    const message = typeof kramdown === 'string' || Array.isArray(kramdown) ? 'no implicit conversion of Symbol into Integer' : noMethod('[]=', kramdown);
    throw new KyllError('INVALID_CONFIG', message, { file: '_config.yml' }, { hint: "'kramdown' must be a mapping of kramdown's options (input: GFM, ...)." });
  }
  // LiquidRenderer#initialize, in every build: config["liquid"]["error_mode"].to_sym
  const liquid = config.liquid;
  if (liquid !== null && liquid !== undefined) {
    let failure: string | undefined;
    if (isPlainHash(liquid)) {
      const mode = liquid.error_mode;
      if (mode !== null && mode !== undefined && typeof mode !== 'string') failure = noMethod('to_sym', mode);
    } else if (typeof liquid === 'string') {
      // String#[] is the substring: nil (nil.to_sym) unless the text holds "error_mode"
      if (!liquid.includes('error_mode')) failure = noMethod('to_sym', null);
    } else if (Array.isArray(liquid) || typeof liquid === 'bigint' || (typeof liquid === 'number' && Number.isInteger(liquid))) {
      failure = 'no implicit conversion of String into Integer';
    } else failure = noMethod('[]', liquid);
    if (failure !== undefined) {
      throw new KyllError('INVALID_CONFIG', failure, { file: '_config.yml' }, { hint: "'liquid' must be a mapping of Liquid's options (error_mode: warn, strict_filters: true, ...)." });
    }
  }
  // Every build reads these folders, in Reader#read's order: the layouts and the data through
  // Jekyll.sanitized_path, whose PathManager.sanitize_and_join calls start_with? on the name, which
  // only a string has; between them the posts, where Reader#outside_configured_directory? asks
  // collections_dir `empty?`, which a string, a list and a hash have
  const folders: ReadonlyArray<readonly [string, string, (v: unknown) => boolean]> = [
    ['layouts_dir', 'start_with?', (v) => typeof v === 'string'],
    ['collections_dir', 'empty?', (v) => typeof v === 'string' || Array.isArray(v) || isPlainHash(v)],
    ['data_dir', 'start_with?', (v) => typeof v === 'string'],
  ];
  for (const [option, method, has] of folders) {
    const dir = config[option];
    if (dir !== null && dir !== undefined && !has(dir)) {
      throw new KyllError('INVALID_CONFIG', noMethod(method, dir), { file: '_config.yml' }, { hint: `'${option}' must be the name of a folder of the site.` });
    }
  }
  // Utils#merged_file_read_opts, for every page, layout and document read: a truthy encoding gets
  // `downcase`, which only a string has (site.file_read_opts takes it only when truthy)
  const encoding = config.encoding;
  if (encoding !== null && encoding !== undefined && encoding !== false && typeof encoding !== 'string') {
    throw new KyllError('INVALID_CONFIG', noMethod('downcase', encoding), { file: '_config.yml' }, { hint: "'encoding' must be the name of an encoding, such as utf-8." });
  }
  // Site#reset
  // (limit_posts.negative?, which only a number has)
  const limit = config.limit_posts;
  if (limit !== null && limit !== undefined && typeof limit !== 'number' && typeof limit !== 'bigint' && !(limit instanceof RubyFloat)) {
    throw new KyllError('INVALID_CONFIG', noMethod('negative?', limit), { file: '_config.yml' }, { hint: "'limit_posts' must be a whole number." });
  }
  if (typeof limit === 'number' && limit < 0) {
    throw new KyllError('INVALID_CONFIG', 'limit_posts must be a non-negative number', { file: '_config.yml' });
  }
  // (keep_files that are not a list of strings stop the build at Site#cleanup, after the render: keep-files.ts)
  // Configuration#add_default_collections fails on anything but a hash, an array or nil, merging it
  // into { "posts" => {} } (Hash#merge!'s TypeError, Jekyll's message); Site#collection_names' words as the hint
  const collections = config.collections;
  if (collections != null && !Array.isArray(collections) && !isPlainHash(collections)) {
    throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(collections)} into Hash`, { file: '_config.yml' }, {
      hint: `Your \`collections\` key must be a hash or an array, but was: ${rubyInspect(collections)}.`,
    });
  }
}

/**
 * Configuration#add_default_collections: an array of names becomes a hash;
 * `posts` always exists, with output true and the site permalink style's template.
 */
export function addDefaultCollections(config: Data): Data {
  if (config.collections === null || config.collections === undefined) return config;
  let collections = config.collections;
  if (Array.isArray(collections)) collections = Object.fromEntries(collections.map((name) => [String(name), {}]));
  if (!isPlainHash(collections)) return config;
  const merged = deepMerge({ posts: {} }, collections);
  const posts: Data = { ...(isPlainHash(merged.posts) ? merged.posts : {}), output: true };
  if (config.permalink && (posts.permalink === null || posts.permalink === undefined || posts.permalink === false)) {
    posts.permalink = styleToTemplate(String(config.permalink));
  }
  merged.posts = posts;
  return { ...config, collections: merged };
}

/** Configuration#add_default_excludes. */
function addDefaultExcludes(config: Data): Data {
  if (!Array.isArray(config.exclude)) return config;
  return { ...config, exclude: [...new Set([...config.exclude, ...DEFAULT_EXCLUDES])] };
}

