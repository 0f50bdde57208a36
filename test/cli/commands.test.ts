// kyll new, clean, doctor, help and --trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMAND_USAGE } from '../../lib/cli/args.js';
import { run } from '../../lib/cli/run.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, printer: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('kyll commands besides build and serve', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-cmd-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('new --blank makes the folders and a page that builds; a folder that is not empty needs --force', async () => {
    const site = path.join(dir, 'blank');
    const c = capture();
    expect(await run(['new', site, '--blank'], c.printer)).toBe(0);
    expect(c.out[0]).toBe(`New jekyll site installed in ${site}. `);
    for (const d of ['_data', '_drafts', '_includes', '_posts']) expect(fs.statSync(path.join(site, d)).isDirectory()).toBe(true);
    expect(await run(['build', '-s', site, '-q'], c.printer)).toBe(0);
    expect(fs.readFileSync(path.join(site, '_site', 'index.html'), 'utf8')).toContain('<h2 id="ready">Ready</h2>');
    expect(fs.existsSync(path.join(site, '_site', 'assets', 'css', 'main.css'))).toBe(true);
    const again = capture();
    expect(await run(['new', site], again.printer)).toBe(1);
    // jekyll new (4.3.1) on a folder that is not empty: its two lines, topics right-aligned
    expect(again.err).toEqual([
      `          Conflict: ${site} exists and is not empty.`,
      `                    Ensure ${site} is empty or else try again with \`--force\` to proceed and overwrite any files.`,
    ]);
    fs.writeFileSync(path.join(site, 'about.md'), 'mine');
    expect(await run(['new', site, '--force'], again.printer)).toBe(0);
    // Jekyll's starter names: the site's own about.md is kept.
    expect(fs.existsSync(path.join(site, 'about.markdown'))).toBe(true);
    expect(fs.readFileSync(path.join(site, 'about.md'), 'utf8')).toBe('mine');
    expect(await run(['new'], again.printer)).toBe(1);
    // A build with Sass: libsass loads, seconds on a busy 2-core machine (5 s timed out).
  }, 60000);

  // jekyll new (4.3.1): `new two words --blank --skip-bundle` makes "two words" and says `Bundle install skipped.`;
  // new-theme `my  cool theme` makes my_cool_theme (ThemeBuilder: words joined by _, runs of _ squeezed), naming
  // each folder and file on a `create` line, then the two closing lines; a second time it is a Conflict (exit 1).
  test('new joins its words with spaces and says --skip-bundle; new-theme makes the theme scaffold as jekyll new-theme does', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const c = capture();
      expect(await run(['new', 'two', 'words', '--blank', '--skip-bundle'], c.printer)).toBe(0);
      expect(c.out.slice(0, 2)).toEqual([`New jekyll site installed in ${path.join(dir, 'two words')}. `, 'Bundle install skipped. ']);
      const t = capture();
      expect(await run(['new-theme', 'my  cool', 'theme'], t.printer)).toBe(0);
      const theme = path.join(dir, 'my_cool_theme');
      const made = ['assets', '_data', '_layouts', '_includes', '_sass', '_layouts/page.html', '_layouts/post.html', '_layouts/default.html', 'Gemfile', 'my_cool_theme.gemspec', 'README.md', 'LICENSE.txt'];
      expect(t.out).toEqual([
        ...made.map((f) => `             create ${path.join(theme, f)}`),
        `         initialize ${path.join(theme, '.git')}`,
        `             create ${path.join(theme, '.gitignore')}`,
        `Your new Jekyll theme, my_cool_theme, is ready for you in ${theme}! `,
        `For help getting started, read ${theme}/README.md. `,
      ]);
      const read = (f: string): string => fs.readFileSync(path.join(theme, f), 'utf8');
      expect(read('_layouts/post.html')).toBe('---\nlayout: default\n---\n\n{{ content }}\n');
      expect(read('_layouts/default.html')).toBe('{{ content }}\n');
      expect(read('Gemfile')).toBe('# frozen_string_literal: true\n\nsource "https://rubygems.org"\ngemspec\n');
      expect(read('my_cool_theme.gemspec')).toContain('  spec.name          = "my_cool_theme"\n  spec.version       = "0.1.0"\n');
      expect(read('my_cool_theme.gemspec')).toContain('select { |f| f.match(%r!^(assets|_data|_layouts|_includes|_sass|LICENSE|README|_config\\.yml)!i) }');
      expect(read('my_cool_theme.gemspec')).toContain('  spec.add_runtime_dependency "jekyll", "~> 4.3"\n');
      expect(read('.gitignore')).toBe('*.gem\n.bundle\n.jekyll-cache\n.sass-cache\n_site\nGemfile.lock\n');
      expect(read('LICENSE.txt')).toMatch(new RegExp(`^The MIT License \\(MIT\\)\\n\\nCopyright \\(c\\) ${new Date().getFullYear()} `));
      expect(fs.existsSync(path.join(theme, 'CODE_OF_CONDUCT.md'))).toBe(false);
      const again = capture();
      expect(await run(['new-theme', 'my_cool_theme', '-c'], again.printer)).toBe(1);
      expect(again.err).toEqual([`          Conflict: ${theme} already exists.`]);
      expect(await run(['new-theme', 'other', '-c', '-q'], again.printer)).toBe(0);
      expect(fs.existsSync(path.join(dir, 'other', 'CODE_OF_CONDUCT.md'))).toBe(true);
      expect(await run(['new-theme'], again.printer)).toBe(1);
      // the theme folder builds as a site
      expect(await run(['build', '-s', theme, '-q'], again.printer)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  }, 60000);

  test('new over a file, or inside one, says so and exits 1 (Jekyll: Errno::EEXIST / ENOTDIR)', async () => {
    const file = path.join(dir, 'file');
    fs.writeFileSync(file, 'x');
    const c = capture();
    expect(await run(['new', file], c.printer)).toBe(1);
    expect(c.err).toEqual([`kyll: ${file} exists and is not a folder.`]);
    expect(await run(['new', path.join(file, 'sub'), '--blank'], c.printer)).toBe(1);
    expect(c.err[1]).toMatch(new RegExp(`^kyll: could not create the site in ${path.join(file, 'sub')}: ENOTDIR`));
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  test('new makes a blog with a dated first post that builds offline', async () => {
    const site = path.join(dir, 'blog');
    const c = capture();
    // The post is dated by the real clock: a SOURCE_DATE_EPOCH in the environment (build time) would make it a future post.
    const epoch = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      expect(await run(['new', site], c.printer)).toBe(0);
      const posts = fs.readdirSync(path.join(site, '_posts'));
      // jekyll new (4.3.1)'s tree: its post's name, and a Gemfile for Jekyll at its version
      expect(posts).toEqual([`${new Date().toISOString().slice(0, 10)}-welcome-to-jekyll.markdown`]);
      expect(fs.readdirSync(site).sort()).toEqual(['404.html', 'Gemfile', '_config.yml', '_posts', 'about.markdown', 'index.markdown']);
      expect(fs.readFileSync(path.join(site, 'Gemfile'), 'utf8')).toMatch(/^gem "jekyll", "~> 4\.3\.1"$[\s\S]*^ {2}gem "jekyll-feed", "~> 0\.12"$/m);
      // Dated now (jekyll new's Time.now): a later hour of today would be a future post, not built.
      const date = /^date: (\S+) (\S+) \+0000$/m.exec(fs.readFileSync(path.join(site, '_posts', posts[0]!), 'utf8'));
      const age = Date.now() - Date.parse(`${date![1]}T${date![2]}Z`);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThan(60_000);
      expect(await run(['build', '-s', site], c.printer)).toBe(0);
      expect(c.err).toEqual([]);
      const out = fs.readdirSync(path.join(site, '_site'), { recursive: true }) as string[];
      expect(out).toEqual(expect.arrayContaining(['index.html', '404.html', 'feed.xml', path.join('about', 'index.html')]));
      expect(fs.readFileSync(path.join(site, '_site', 'index.html'), 'utf8')).toContain('Welcome');
      // kyll serve and --watch read an edited config again (watch-replay.test.ts): the starter says so.
      expect(fs.readFileSync(path.join(site, '_config.yml'), 'utf8').split('\n')[0]).toMatch(/`kyll serve` reads this file again when it is saved/);
    } finally {
      if (epoch !== undefined) process.env.SOURCE_DATE_EPOCH = epoch;
    }
  }, 60000);

  test('clean removes the destination, .jekyll-metadata, the cache and .sass-cache, and says so', async () => {
    for (const d of ['_site/x', '.jekyll-cache/y', '.sass-cache/z']) fs.mkdirSync(path.join(dir, d), { recursive: true });
    fs.writeFileSync(path.join(dir, '.jekyll-metadata'), '');
    fs.writeFileSync(path.join(dir, 'index.md'), 'keep me');
    const c = capture();
    expect(await run(['clean', '-s', dir], c.printer)).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['index.md']);
    // as jekyll clean (4.3.1) prints them: the configuration file it read, then each Cleaner line, its topic right-aligned
    // (no _config.yml here: `Configuration file: none` on stderr)
    expect(c.err).toEqual(['Configuration file: none']);
    expect(c.out).toEqual([
      `           Cleaner: Removing ${path.join(dir, '_site')}...`,
      `           Cleaner: Removing ${path.join(dir, '.jekyll-metadata')}...`,
      `           Cleaner: Removing ${path.join(dir, '.jekyll-cache')}...`,
      `           Cleaner: Removing ${path.join(dir, '.sass-cache')}...`,
    ]);
    const again = capture();
    expect(await run(['clean', '-s', dir], again.printer)).toBe(0);
    expect(again.out[0]).toBe(`           Cleaner: Nothing to do for ${path.join(dir, '_site')}.`);
    const quiet = capture();
    expect(await run(['clean', '-s', dir, '-q'], quiet.printer)).toBe(0);
    expect([...quiet.out, ...quiet.err]).toEqual([]);
  });

  test('clean refuses a destination that holds the source', async () => {
    fs.writeFileSync(path.join(dir, 'index.md'), 'keep me');
    const c = capture();
    expect(await run(['clean', '-s', dir, '-d', dir], c.printer)).toBe(1);
    expect(fs.existsSync(path.join(dir, 'index.md'))).toBe(true);
  });

  // Jekyll's Clean#process removes File.join(source, cache_dir): real Jekyll 4.3.1 with `cache_dir: ..`
  // removed the site and everything beside it. kyll refuses such a cache_dir and removes nothing.
  test.each(['..', '.', '', '../sib', 'x/../..'])('clean refuses cache_dir %p (not inside the site) and removes nothing', async (cacheDir) => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, '_site'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'sib'));
    fs.writeFileSync(path.join(site, '_config.yml'), `cache_dir: ${JSON.stringify(cacheDir)}\n`);
    fs.writeFileSync(path.join(site, 'index.md'), 'keep me');
    const c = capture();
    expect(await run(['clean', '-s', site], c.printer)).toBe(1);
    expect(c.err[0]).toBe(`             Error: cache_dir '${cacheDir}' is not a folder inside the site: kyll clean would remove ${path.join(site, cacheDir)}.`);
    expect(fs.readdirSync(dir).sort()).toEqual(['sib', 'site']);
    expect(fs.readdirSync(site).sort()).toEqual(['_config.yml', '_site', 'index.md']);
  });

  test('clean: an absolute cache_dir is a folder of the source, as File.join makes it', async () => {
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(path.join(outside, 'keep'), { recursive: true });
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, outside), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), `cache_dir: ${outside}\n`);
    const c = capture();
    expect(await run(['clean', '-s', site], c.printer)).toBe(0);
    expect(c.out).toContain(`           Cleaner: Removing ${path.join(site, outside)}...`);
    expect(fs.existsSync(path.join(outside, 'keep'))).toBe(true);
    expect(fs.existsSync(path.join(site, outside))).toBe(false);
  });

  test('doctor: a healthy site, then conflicts, case collisions, old keys, a missing url, bad front matter', async () => {
    fs.writeFileSync(path.join(dir, '_config.yml'), 'url: https://example.com\n');
    fs.writeFileSync(path.join(dir, 'index.md'), '---\n---\nhi\n');
    const ok = capture();
    expect(await run(['doctor', '-s', dir], ok.printer)).toBe(0);
    // jekyll doctor (4.3.1): the configuration file, then `  Your test results are in. Everything looks fine.`
    expect(ok.out).toEqual([`Configuration file: ${path.join(dir, '_config.yml')}`, '  Your test results are in. Everything looks fine.']);

    fs.writeFileSync(path.join(dir, '_config.yml'), 'gems: [jekyll-feed]\nrelative_permalinks: true\n');
    fs.writeFileSync(path.join(dir, 'a.md'), '---\npermalink: /same.html\n---\na\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '---\npermalink: /same.html\n---\nb\n');
    fs.writeFileSync(path.join(dir, 'Case.md'), '---\npermalink: /Case.html\n---\nc\n');
    fs.writeFileSync(path.join(dir, 'case2.md'), '---\npermalink: /case.html\n---\nc\n');
    fs.mkdirSync(path.join(dir, '_posts'));
    fs.writeFileSync(path.join(dir, '_posts', '2024-01-01-bad.md'), '---\ntitle: [unclosed\n---\nx\n');
    const bad = capture();
    expect(await run(['hyde', '-s', dir], bad.printer)).toBe(1);
    const text = bad.err.join('\n');
    expect(text).toContain('Conflict: The following destination is shared by multiple files.');
    expect(text).toContain('only differ by case');
    expect(text).toContain('Case.html, case.html');
    expect(text).toContain("The 'gems' configuration option is no longer read; use 'plugins' instead.");
    expect(text).toContain('relative permalinks');
    expect(bad.err).toContain("           Warning: You didn't set an URL in the config file, you may encounter problems with some plugins.");
    expect(text).toContain('YAML Exception');
    expect(text).toContain('2024-01-01-bad.md');
  });

  test('doctor: _posts outside collections_dir names the folder as site.in_source_dir does', async () => {
    // Jekyll 4.3.1 with collections_dir: ./coll/ says "... into the custom directory at '<source>/coll'".
    fs.writeFileSync(path.join(dir, '_config.yml'), 'url: https://example.com\ncollections_dir: ./coll/\n');
    fs.mkdirSync(path.join(dir, '_posts'));
    fs.mkdirSync(path.join(dir, 'coll'));
    const c = capture();
    expect(await run(['doctor', '-s', dir], c.printer)).toBe(1);
    expect(c.err.join('\n')).toContain(`Please move '${path.join(dir, '_posts')}' into the custom directory at '${path.join(dir, 'coll')}'`);
  });

  test('each command has its --help', async () => {
    for (const cmd of ['build', 'serve', 'new', 'new-theme', 'clean', 'doctor'] as const) {
      const c = capture();
      expect(await run([cmd, '--help'], c.printer)).toBe(0);
      expect(c.out).toEqual([COMMAND_USAGE[cmd]]);
      expect(c.out[0]).toContain(`usage: kyll ${cmd}`);
    }
    const c = capture();
    expect(await run(['help', 'serve'], c.printer)).toBe(0);
    expect(c.out[0]).toContain('--livereload-port');
  });

  test('--profile prints the phase summary and each template\'s count, bytes and time, as Jekyll\'s profiler lays them out', async () => {
    fs.mkdirSync(path.join(dir, '_layouts'));
    fs.mkdirSync(path.join(dir, '_includes'));
    fs.writeFileSync(path.join(dir, '_layouts', 'default.html'), '<main>{% include nav.html %}{{ content }}</main>\n');
    fs.writeFileSync(path.join(dir, '_includes', 'nav.html'), '<nav>{{ page.title }}</nav>');
    fs.writeFileSync(path.join(dir, 'a.md'), '---\nlayout: default\ntitle: A\n---\n{{ page.title }}\n');
    fs.writeFileSync(path.join(dir, 'b.html'), '---\nlayout: default\ntitle: B\n---\nb\n');
    const c = capture();
    expect(await run(['build', '-s', dir, '--profile'], c.printer)).toBe(0);
    const text = c.out.join('\n');
    // jekyll build --profile (4.3.1): the tables come before `done in`, with its six phases; --quiet prints none of it
    expect(text).toMatch(/Build Process Summary: \n\n\| PHASE      \|   TIME \|\n\+------------\+--------\+\n\| RESET      \| \d+\.\d{4} \|\n\| READ       \| \d+\.\d{4} \|\n\| GENERATE   \| \d+\.\d{4} \|\n\| RENDER     \| \d+\.\d{4} \|\n\| CLEANUP    \| \d+\.\d{4} \|\n\| WRITE      \| \d+\.\d{4} \|\n\| TOTAL TIME \| \d+\.\d{4} \|/);
    expect(c.out.findIndex((l) => l.startsWith('Site Render Stats'))).toBeLessThan(c.out.findIndex((l) => /^ +done in /.test(l)));
    const quiet = capture();
    expect(await run(['build', '-s', dir, '-q', '--profile'], quiet.printer)).toBe(0);
    expect(quiet.out).toEqual([]);
    const row = (file: string) => c.out.find((l) => l.startsWith(`| ${file} `))?.split('|').map((x) => x.trim());
    // The same rows and numbers `jekyll build --profile` prints for this site: the layout twice, 63 bytes in all.
    expect(row('_layouts/default.html')?.slice(1, 4)).toEqual(['_layouts/default.html', '2', '0.06K']);
    expect(row('_includes/nav.html')?.slice(1, 4)).toEqual(['_includes/nav.html', '2', '0.02K']);
    expect(row('a.md')?.slice(1, 3)).toEqual(['a.md', '1']);
    expect(row('b.html')).toBeUndefined(); // no Liquid in it: never rendered by Liquid, as in Jekyll
    expect(c.out.find((l) => l.startsWith('| TOTAL ('))).toMatch(/^\| TOTAL \(for 3 files\) +\| +5 \| 0\.09K \| +\d+\.\d{3} \|$/);
    const plain = capture();
    await run(['build', '-s', dir, '-q'], plain.printer);
    expect(plain.out.join('\n')).not.toContain('Site Render Stats');
  });

  test('--profile counts the bytes of each include\'s own output (nested too), and the pages are those of a build without it', async () => {
    fs.mkdirSync(path.join(dir, '_layouts'));
    fs.mkdirSync(path.join(dir, '_includes'));
    const long = 'x'.repeat(5000);
    fs.writeFileSync(path.join(dir, '_layouts', 'default.html'), `${long}{% for i in (1..3) %}{% include outer.html n=i %}{% endfor %}{{ content }}`);
    fs.writeFileSync(path.join(dir, '_includes', 'outer.html'), '[é{{ include.n }}{% include inner.html %}]');
    fs.writeFileSync(path.join(dir, '_includes', 'inner.html'), '<i>€</i>');
    fs.writeFileSync(path.join(dir, 'a.md'), '---\nlayout: default\n---\na\n');
    const c = capture();
    expect(await run(['build', '-s', dir, '-d', path.join(dir, 'p'), '--profile'], c.printer)).toBe(0);
    const row = (file: string) => c.out.find((l) => l.startsWith(`| ${file} `))?.split('|').map((x) => x.trim());
    // inner: 3 x 10 bytes; outer: 3 x (1 + 2 + 1 + 10 + 1) = 45 bytes.
    expect(row('_includes/inner.html')?.slice(1, 4)).toEqual(['_includes/inner.html', '3', '0.03K']);
    expect(row('_includes/outer.html')?.slice(1, 4)).toEqual(['_includes/outer.html', '3', '0.04K']);
    const plain = capture();
    expect(await run(['build', '-s', dir, '-d', path.join(dir, 'q'), '-q'], plain.printer)).toBe(0);
    const page = fs.readFileSync(path.join(dir, 'p', 'a.html'), 'utf8');
    expect(page).toBe(`${long}[é1<i>€</i>][é2<i>€</i>][é3<i>€</i>]<p>a</p>\n`);
    expect(fs.readFileSync(path.join(dir, 'q', 'a.html'), 'utf8')).toBe(page);
  });

  test('--trace prints the stack with the error', async () => {
    fs.writeFileSync(path.join(dir, 'index.md'), '---\n---\n{% if %}\n');
    const plain = capture();
    expect(await run(['build', '-s', dir], plain.printer)).toBe(1);
    expect(plain.err.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const traced = capture();
    expect(await run(['build', '-s', dir, '--trace'], traced.printer)).toBe(1);
    expect(traced.err.join('\n')).toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
