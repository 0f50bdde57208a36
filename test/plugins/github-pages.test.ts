// The GitHub Pages profile (github_pages: true / --github-pages), themes it
// cannot download, and jekyll-github-metadata without the network.
import fs from 'node:fs';
import path from 'node:path';
import { configOverrides, parseArgs } from '../../lib/cli/args.js';
import { memorySource, renderSite } from '../../lib/index.js';
import { editUrl } from '../../lib/plugins/github-metadata/edit-link.js';
import { pagesEnv } from '../../lib/plugins/github-metadata/pages-env.js';
import { findNwo, originFromGitConfig, repositoryInfo } from '../../lib/plugins/github-metadata/repository.js';
import { GITHUB_PAGES_DEFAULT_PLUGINS, githubPagesConfig } from '../../lib/plugins/github-pages/profile.js';
import { jekyllDefaults } from '../../lib/config/defaults.js';
import { loadConfig } from '../../lib/config/load-config.js';
import { compareWithExpected, isPass, loadFolder } from '../helpers/compare-output.js';
import { build, ENV, output, warnings } from './ghp-helpers.js';

describe('the GitHub Pages profile', () => {
  const profile = (user: Record<string, unknown>, env: Record<string, string> = ENV, userSetExclude = false) =>
    githubPagesConfig({ config: { ...jekyllDefaults(), ...user }, userSetExclude, env });

  test("the gem's defaults, overrides and plugins", () => {
    const c = profile({ plugins: ['jekyll-feed'], safe: false, kramdown: { ...(jekyllDefaults().kramdown as object), math_engine: 'katex' }, markdown: 'redcarpet' });
    expect(c.plugins).toEqual(['jekyll-feed', ...GITHUB_PAGES_DEFAULT_PLUGINS]);
    expect([c.safe, c.lsi, c.highlighter, c.markdown, c.theme, c.future, c.jailed]).toEqual([true, false, 'rouge', 'kramdown', 'jekyll-theme-primer', false, false]);
    expect(c.kramdown).toMatchObject({ input: 'GFM', math_engine: 'mathjax', syntax_highlighter: 'rouge', template: '', gfm_quirks: 'paragraph_end', syntax_highlighter_opts: { default_lang: 'plaintext' } });
    expect(c.whitelist).toContain('jekyll-seo-tag');
    expect(c.whitelist).not.toContain('jekyll-admin');
    expect(c.exclude).toEqual(['CNAME']);
    expect(c.sass).toEqual({ style: 'compressed' });
    expect(c.gist).toEqual({ noscript: false });
  });

  test("site.kramdown in the order Jekyll shows it: the gem's defaults merged into Jekyll's own (#defaults_for_env)", () => {
    expect(Object.keys(profile({}).kramdown as object)).toEqual([
      'auto_ids', 'toc_levels', 'entity_output', 'smart_quotes', 'input', 'hard_wrap', 'guess_lang', 'footnote_nr', 'show_warnings',
      'gfm_quirks', 'syntax_highlighter_opts', 'template', 'math_engine', 'syntax_highlighter',
    ]);
  });

  test('theme: null, markdown: GFM, remote_theme, development, DISABLE_WHITELIST, an exclude of its own', () => {
    const c = profile({ theme: null, markdown: 'GFM', remote_theme: 'pages-themes/cayman@v0.2.0', exclude: ['x'], plugins: ['my-plugin'] }, { JEKYLL_ENV: 'development', DISABLE_WHITELIST: '1' }, true);
    expect(c.theme).toBeNull();
    expect(c.markdown).toBe('CommonMarkGhPages');
    expect(c.commonmark).toEqual({ extensions: ['table', 'strikethrough', 'autolink', 'tagfilter'], options: ['unsafe', 'footnotes'] });
    expect((c.plugins as string[]).at(-1)).toBe('jekyll-remote-theme');
    expect(c.whitelist).toEqual(expect.arrayContaining(['my-plugin', 'jekyll-admin']));
    expect(c.exclude).toEqual(['x']);
    expect(c.sass).toBeUndefined();
  });

  // Jekyll.configuration has added DEFAULT_EXCLUDES before the gem's hook: #exclude_cname appends CNAME after them.
  test('CNAME comes after the default excludes; an exclude of its own gets them but no CNAME', () => {
    const c = loadConfig(memorySource({ '_config.yml': 'github_pages: true\n' }), { env: ENV });
    expect(c.exclude).toEqual(['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/', 'CNAME']);
    expect((loadConfig(memorySource({ '_config.yml': 'github_pages: true\nexclude: [x]\n' }), { env: ENV }).exclude as string[]).slice(0, 2)).toEqual(['x', '.sass-cache']);
    expect(loadConfig(memorySource({ '_config.yml': 'github_pages: true\nexclude: [x]\n' }), { env: ENV }).exclude).not.toContain('CNAME');
  });

  // lib/github-pages.rb's :after_reset hook runs when Bundler.require(:jekyll_plugins) loads the gem.
  test('a Gemfile with the github-pages gem in its jekyll_plugins group turns the profile on', () => {
    const site = (gemfile: string) => memorySource({ Gemfile: `source "https://rubygems.org"\n${gemfile}\n`, '_config.yml': 'markdown: GFM\n' });
    const on = loadConfig(site('gem "github-pages", "~> 232", group: :jekyll_plugins'), { env: ENV });
    expect([on.markdown, on.safe, on.theme]).toEqual(['CommonMarkGhPages', true, 'jekyll-theme-primer']);
    expect(on.plugins).toEqual([...GITHUB_PAGES_DEFAULT_PLUGINS]);
    expect(loadConfig(site('group :jekyll_plugins do\n  gem "github-pages"\nend'), { env: ENV }).markdown).toBe('CommonMarkGhPages');
    // Only installed (another group, require: false, or no Bundler): the site's own configuration.
    for (const [gemfile, env] of [['gem "github-pages"', ENV], ['gem "github-pages", group: :jekyll_plugins, require: false', ENV], ['gem "github-pages", group: :jekyll_plugins', { ...ENV, JEKYLL_NO_BUNDLER_REQUIRE: '1' }]] as const) {
      const off = loadConfig(site(gemfile), { env });
      expect([off.markdown, off.safe, off.github_pages]).toEqual(['GFM', false, undefined]);
    }
  });

  test('--github-pages sets github_pages: true', () => {
    expect(configOverrides(parseArgs(['build', '--github-pages']))).toEqual({ github_pages: true });
  });

  // The seed-shaped fixture spells the profile out in _config.yml for real Jekyll;
  // `github_pages: true` with the site's own four lines must give the same site.
  test('a README-driven blog with github_pages: true builds as GitHub builds it', async () => {
    const files = loadFolder(path.resolve('fixtures/sites/ghp-seed'));
    files['_config.yml'] = Buffer.from('title: 种子博客 Seed\nbaseurl: /seed-blog\nrepository: seeduser/seed-blog\ngithub_pages: true\n');
    const result = await renderSite({ source: memorySource(files), env: ENV });
    const statuses = compareWithExpected(path.resolve('fixtures/expected/ghp-seed'), result.files);
    expect([...statuses].filter(([, s]) => !isPass(s))).toEqual([]);
    // No primer here: said once, with how to provide it.
    expect(warnings(result).filter((w) => w.includes('jekyll-theme-primer'))).toHaveLength(1);
    expect(warnings(result).some((w) => w.includes("'jekyll-gist' is not supported"))).toBe(false);
  }, 60_000); // a whole site with Sass: seconds on a loaded machine
});

describe('themes that cannot be downloaded', () => {
  // Jekyll looks a theme up by gem name (Gem::Specification.find_by_name): Jekyll 4.3.1 says
  // "The ../../other theme could not be found." for every one of these; kyll loaded a folder
  // outside the site through node_modules/<name>.
  test.each(['../../other', '../other', 'x/../../../other', '..', 'node_modules/../../other'])('theme: %s is a name, never a path out of the site', async (name) => {
    const root = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'kyll-theme-path-'));
    try {
      const dir = path.join(root, 'site');
      for (const d of ['other/_layouts', 'site/node_modules/real/_layouts', 'site/_layouts', '_layouts']) fs.mkdirSync(path.join(root, d), { recursive: true });
      fs.writeFileSync(path.join(root, 'other/_layouts/default.html'), 'outside:{{ content }}');
      fs.writeFileSync(path.join(root, '_layouts/default.html'), 'outside:{{ content }}');
      fs.writeFileSync(path.join(dir, '_config.yml'), `theme: ${JSON.stringify(name)}\n`);
      fs.writeFileSync(path.join(dir, 'a.md'), '---\nlayout: default\n---\na');
      await expect(renderSite({ source: dir, write: false, env: ENV })).rejects.toMatchObject({ code: 'INVALID_CONFIG', message: `The ${name} theme could not be found.` });
      const remote = `plugins: [jekyll-remote-theme]\nremote_theme: someone/..\n`;
      fs.writeFileSync(path.join(dir, '_config.yml'), remote);
      await expect(renderSite({ source: dir, write: false, env: ENV })).rejects.toMatchObject({ message: expect.stringContaining('The remote theme someone/.. could not be found') });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('a named theme that is not installed is an error that says how to provide it', async () => {
    await expect(build({ '_config.yml': 'theme: jekyll-theme-cayman\n', 'a.md': '---\n---\na' })).rejects.toMatchObject({
      code: 'INVALID_CONFIG',
      message: 'The jekyll-theme-cayman theme could not be found.',
      hint: expect.stringContaining('node_modules/jekyll-theme-cayman'),
    });
  });

  test('remote_theme is an error unless the theme is on disk; a theme in node_modules is found', async () => {
    await expect(build({ '_config.yml': 'remote_theme: pages-themes/slate@v0.2.0\nplugins: [jekyll-remote-theme]\n' })).rejects.toMatchObject({
      message: expect.stringContaining('The remote theme pages-themes/slate@v0.2.0 could not be found'),
      hint: expect.stringContaining('jekyll-theme-slate'),
    });
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'kyll-theme-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules/jekyll-theme-slate/_layouts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'node_modules/jekyll-theme-slate/_layouts/default.html'), 'slate:{{ content }}');
      fs.writeFileSync(path.join(dir, '_config.yml'), 'remote_theme: pages-themes/slate\nplugins: [jekyll-remote-theme]\n');
      fs.writeFileSync(path.join(dir, 'a.md'), '---\nlayout: default\n---\na');
      const r = await renderSite({ source: dir, write: false, env: ENV });
      expect(output(r, 'a.html')).toBe('slate:<p>a</p>\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// What jekyll-remote-theme 0.4.3 does with the theme it downloads, recorded from Jekyll 4.3.1 with
// the gem (its download replaced by a copy of the same folder) under the github-pages profile:
// "theme=rt-demo greeting= title=site data=from theme data" and jekyll-seo-tag's output.
describe('remote_theme as jekyll-remote-theme sets it', () => {
  const THEME = {
    '_config.yml': 'greeting: from the theme\ntitle: Theme title\n',
    '_layouts/default.html': 'theme={{ site.theme }} greeting={{ site.greeting }} title={{ site.title }} data={{ site.data.t.x }}\n{% seo title=false %}{{ content }}',
    '_data/t.yml': 'x: from theme data\n',
    'rt-demo.gemspec': 'Gem::Specification.new do |s|\n  s.name = "rt-demo"\n  s.add_runtime_dependency "jekyll-seo-tag", "~> 2.0"\n  s.add_dependency("jekyll", "> 3.5")\nend\n',
  };
  const site = (config: string): string => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'kyll-remote-'));
    for (const [f, text] of Object.entries({ ...Object.fromEntries(Object.entries(THEME).map(([f, t]) => [`node_modules/rt-demo/${f}`, t])), '_config.yml': config, 'index.md': '---\nlayout: default\n---\nhello\n' })) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  };

  test("its name in lower case, its _config.yml unread, its gemspec's runtime dependencies loaded, its _data read", async () => {
    const dir = site('remote_theme: Someone/RT-Demo@Main\ntitle: site\nplugins: [jekyll-remote-theme]\n');
    try {
      const html = output(await renderSite({ source: dir, write: false, env: ENV }), 'index.html')!;
      expect(html.split('\n')[0]).toBe('theme=rt-demo greeting= title=site data=from theme data');
      expect(html).toContain('<!-- Begin Jekyll SEO tag v2.8.0 -->');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a gemspec of another name is not read: its dependencies do not load', async () => {
    const dir = site('remote_theme: someone/rt-demo\nplugins: [jekyll-remote-theme]\n');
    try {
      fs.renameSync(path.join(dir, 'node_modules/rt-demo/rt-demo.gemspec'), path.join(dir, 'node_modules/rt-demo/other.gemspec'));
      fs.writeFileSync(path.join(dir, 'node_modules/rt-demo/Gemfile'), 'gemspec\n');
      await expect(renderSite({ source: dir, write: false, env: ENV })).rejects.toMatchObject({ message: expect.stringContaining("Unknown tag 'seo'") });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a value that is no owner/name[@ref] is logged and the build goes on with `theme:`', async () => {
    const dir = site('remote_theme: "someone/rt-demo@feature/x"\nplugins: [jekyll-remote-theme]\n');
    try {
      fs.mkdirSync(path.join(dir, '_layouts'));
      fs.writeFileSync(path.join(dir, '_layouts/default.html'), 'own:{{ site.theme }}:{{ content }}');
      const result = await renderSite({ source: dir, write: false, env: ENV });
      expect(output(result, 'index.html')).toBe('own::<p>hello</p>\n');
      expect(warnings(result)).toContain('Remote Theme: "someone/rt-demo@feature/x" is not a valid remote theme');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('jekyll-github-metadata without the network', () => {
  test('URLs as the gem computes them offline, per PAGES_ENV', () => {
    const dotcom = repositoryInfo('octo/hello-world', pagesEnv({ PAGES_ENV: 'dotcom' }));
    expect([dotcom.htmlUrl, dotcom.userPage, dotcom.source.branch]).toEqual(['http://octo.github.io/hello-world', false, 'gh-pages']);
    const user = repositoryInfo('octo/Octo.github.io', pagesEnv({ PAGES_ENV: 'dotcom' }));
    expect([user.htmlUrl, user.userPage, user.source.branch]).toEqual(['http://octo.github.io', true, 'master']);
    const ghe = repositoryInfo('octo/hello-world', pagesEnv({ PAGES_ENV: 'enterprise', PAGES_GITHUB_HOSTNAME: 'ghe.io', SSL: 'true' }));
    expect([ghe.htmlUrl, ghe.repositoryUrl]).toEqual(['https://ghe.io/pages/octo/hello-world', 'https://ghe.io/octo/hello-world']);
    const isolated = repositoryInfo('octo/hello-world', pagesEnv({ PAGES_ENV: 'test', PAGES_PAGES_HOSTNAME: 'pages.x/' }));
    expect(isolated.htmlUrl).toBe('http://octo.pages.x/hello-world');
  });

  test('the repository: PAGES_REPO_NWO, then `repository:`, then the origin remote in development', () => {
    const pages = pagesEnv({});
    const origin = originFromGitConfig('[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:me/site.git\n\tfetch = +refs/heads/*\n');
    expect(origin).toBe('git@github.com:me/site.git');
    expect(findNwo({ PAGES_REPO_NWO: 'a/b' }, { repository: 'c/d' }, origin, pages, 'development')).toBe('a/b');
    expect(findNwo({}, { repository: 'c/d' }, origin, pages, 'development')).toBe('c/d');
    expect(findNwo({}, {}, origin, pages, 'development')).toBe('me/site');
    expect(findNwo({}, {}, origin, pages, 'production')).toBeUndefined();
  });

  test('site.github, fallbacks and the edit link in a build read from the git remote', async () => {
    const r = await build(
      {
        '_config.yml': 'plugins: [jekyll-github-metadata]\ngithub: { extra: 1 }\n',
        '.git/config': '[remote "origin"]\n\turl = https://github.com/me/site.git\n',
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.git/refs/heads/main': 'abc123\n',
        'index.html': '---\n---\n{{ site.title }}|{{ site.url }}|{{ site.github.repository_url }}|{{ site.github.extra }}|{{ site.github.build_revision }}|{% github_edit_link "e" %}',
      },
      { ...ENV, JEKYLL_ENV: 'development' },
    );
    expect(output(r, 'index.html')).toBe('site||https://github.com/me/site|1|abc123|<a href="https://github.com/me/site/edit/gh-pages/index.html">e</a>');
    expect(warnings(r).filter((w) => w.startsWith('GitHub Metadata'))).toHaveLength(1);
  });

  // MetadataDrop#keys is `super.sort`, and Drop#to_h (jsonify, to_s, inspect) follows the keys:
  // the fields in name order, a `github:` hash's keys among them (real Jekyll 4.3.1).
  test('site.github in jsonify and to_s: its keys sorted, merged keys too', async () => {
    const r = await build(
      { '_config.yml': 'plugins: [jekyll-github-metadata]\ngithub: { zzz: 1, aaa: 2 }\n', 'index.html': '---\n---\n{{ site.github | jsonify }}\n{{ site.github }}' },
      { ...ENV, PAGES_REPO_NWO: 'me/site' },
    );
    const [json, toS] = (output(r, 'index.html') ?? '').split('\n{\n');
    const keys = Object.keys(JSON.parse(json!) as object);
    expect(keys.slice(0, 4)).toEqual(['aaa', 'api_url', 'archived', 'baseurl']);
    expect(keys).toEqual([...keys].sort());
    expect(Object.keys(JSON.parse(`{\n${toS!}`) as object)).toEqual(keys);
  });

  // Real Jekyll 4.3.1 with jekyll-github-metadata 2.15.0 and no repository name: the gem's lazy
  // values raise RepositoryFinder::NoRepositoryError when read, as a Liquid Exception in that file.
  const NO_REPO = "Liquid Exception: No repo name found. Specify using PAGES_REPO_NWO environment variables, 'repository' in your configuration, or set up an 'origin' git remote pointing to your github.com repository. in index.html";
  test('without a repository: a site that reads nothing of it builds, with no warning about it', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-github-metadata]\ntitle: T\n', 'index.html': '---\n---\n{{ site.title }}|{{ site.github.environment }}|{{ site.github.hostname }}' });
    expect(output(r, 'index.html')).toBe('T|production|github.com');
    expect(warnings(r).filter((w) => w.includes('No repo name found'))).toEqual([]);
  });

  test.each([
    ['{{ site.title }}', 'production'],
    ['{{ site.description | default: "d" }}', 'production'],
    ['{{ site.url }}', 'production'],
    ['{{ "/a" | relative_url }}', 'production'],
    ['{{ site.github.repository_url }}', 'development'],
    ['{{ site.github | jsonify }}', 'production'],
    ['[{% github_edit_link %}]', 'development'],
  ])('without a repository, %s fails the build (%s)', async (body, environment) => {
    await expect(build({ '_config.yml': 'plugins: [jekyll-github-metadata]\n', 'index.html': `---\n---\n${body}` }, { ...ENV, JEKYLL_ENV: environment })).rejects.toThrow(NO_REPO);
  });

  // A `github:` hash in _config.yml is merged over the drop at :site :pre_render, which reads every
  // field: without a repository the build stops there, outside Liquid, whatever the site reads.
  test.each(['production', 'development'])('without a repository, a `github:` hash fails the build even when nothing reads it (%s)', async (environment) => {
    const files = { '_config.yml': 'plugins: [jekyll-github-metadata]\ngithub:\n  extra: 1\n', 'index.html': '---\n---\nhello' };
    const error = await build(files, { ...ENV, JEKYLL_ENV: environment }).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toBe("No repo name found. Specify using PAGES_REPO_NWO environment variables, 'repository' in your configuration, or set up an 'origin' git remote pointing to your github.com repository.");
  });

  test('without a repository, a `github:` value that is not a hash replaces the drop: the build goes on', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-github-metadata]\ngithub: plain\n', 'index.html': '---\n---\n{{ site.github }}' }, { ...ENV, JEKYLL_ENV: 'development' });
    expect(output(r, 'index.html')).toBe('plain');
  });

  test('with a repository, a `github:` hash is merged over the drop', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-github-metadata]\nrepository: a/b\ngithub:\n  extra: 1\n', 'index.html': '---\n---\n{{ site.github.extra }}|{{ site.github.repository_url }}' });
    expect(output(r, 'index.html')).toBe('1|https://github.com/a/b');
  });

  test('without a repository, url and baseurl are left alone outside production', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-github-metadata]\n', 'index.html': '---\n---\n[{{ site.url }}|{{ "/a" | relative_url }}]' }, { ...ENV, JEKYLL_ENV: 'development' });
    expect(output(r, 'index.html')).toBe('[|/a]');
    expect(editUrl({ repository_url: 'https://github.com/a/b', source: { branch: 'main', path: '/docs' } }, '/x y.md')).toBe('https://github.com/a/b/edit/main/docs/x%20y.md');
  });
});
