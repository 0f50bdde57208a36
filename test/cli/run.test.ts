import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';

function capture(): { out: string[]; err: string[]; printer: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, printer: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

describe('kyll CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-cli-'));
    fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\n');
    fs.mkdirSync(path.join(dir, '_layouts'));
    fs.writeFileSync(path.join(dir, '_layouts', 'default.html'), '<main>{{ content }}</main>\n');
    fs.writeFileSync(path.join(dir, 'index.md'), '---\nlayout: default\n---\n# Hello\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // jekyll build --verbose (Jekyll 4.3.1) on this site printed these lines, in this order (but
  // the timings, 0.0 under faketime). One page per folder:
  // Reader#read_directories takes a folder's entries in readdir's order. The only entry excluded is
  // the cache folder, which Site#configure_cache made (with its .gitignore) before reading.
  test('build --verbose prints Jekyll\'s debug and info lines: Requiring, Source, Reading, the generators, each render step (excerpts where they render), Writing, done in', async () => {
    fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\nplugins: [jekyll-feed]\n');
    fs.writeFileSync(path.join(dir, 'index.md'), '---\nlayout: default\n---\n# {{ site.title }}\n');
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'about.html'), '---\n---\nabout\n');
    fs.writeFileSync(path.join(dir, 'a', 'b', 'plain.md'), '---\nlayout: none\n---\nplain\n');
    fs.mkdirSync(path.join(dir, '_posts'));
    fs.writeFileSync(path.join(dir, '_posts', '2020-01-01-p.md'), '---\ntitle: P\n---\npost *one*\n\nmore\n');
    fs.mkdirSync(path.join(dir, '_data'));
    fs.writeFileSync(path.join(dir, '_data', 'd.yml'), 'k: 1\n');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 's.txt'), 'x\n');
    const steps = (p: string, liquid: boolean, layout: boolean): string[] => [
      `         Rendering: ${p}`, `  Pre-Render Hooks: ${p}`, ...(liquid ? [`  Rendering Liquid: ${p}`] : []),
      `  Rendering Markup: ${p}`, `Post-Convert Hooks: ${p}`, ...(layout ? [`  Rendering Layout: ${p}`] : []),
    ];
    const expected = [
      '  Logging at level: debug',
      '    Jekyll Version: 4.3.1',
      `Configuration file: ${path.join(dir, '_config.yml')}`,
      '         Requiring: jekyll-feed',
      `            Source: ${dir}`,
      `       Destination: ${path.join(dir, '_site')}`,
      ' Incremental build: disabled. Enable with --incremental',
      '      Generating... ',
      // layouts; in each folder its posts, its folders, then its pages; the data
      '           Reading: /_layouts/default.html',
      '       EntryFilter: excluded /.jekyll-cache',
      ...['_posts/2020-01-01-p.md', 'a/b/plain.md', 'a/about.html', 'index.md', '_data/d.yml'].map((p) => `           Reading: ${p}`),
      '       Jekyll Feed: Generating feed for posts',
      '        Generating: JekyllFeed::Generator finished in 0.0 seconds.',
      ...steps('_posts/2020-01-01-p.md', false, true),
      // site.pages sorted by name
      ...steps('a/about.html', false, true),
      ...steps('index.md', true, true),
      ...steps('a/b/plain.md', false, false),
      // the feed's Liquid reads the post's excerpt, which renders then
      ...steps('feed.xml', true, true).slice(0, 3),
      ...steps('_posts/2020-01-01-p.md/#excerpt', false, false),
      ...steps('feed.xml', true, true).slice(3),
      ...['a/about.html', 'index.html', 'a/b/plain.html', 'feed.xml', '2020/01/01/p.html'].map((p) => `           Writing: ${path.join(dir, '_site', p)}`),
      '                    done in 0.0 seconds.',
      ' Auto-regeneration: disabled. Use --watch to enable.',
    ];
    const timed = (l: string): string => l.replace(/(finished|done) in [0-9.e-]+ seconds\./, '$1 in 0.0 seconds.');
    for (const flag of ['--verbose', '-V']) {
      const c = capture();
      expect(await run(['build', '-s', dir, flag], c.printer)).toBe(0);
      expect(c.out.filter((l) => !l.startsWith('kyll: ')).map(timed)).toEqual(expected);
    }
    // Site#hide_cache_dir_from_git's file, as Jekyll writes it
    expect(fs.readFileSync(path.join(dir, '.jekyll-cache', '.gitignore'), 'utf8')).toBe('# ignore everything in this directory\n*\n');
  }, 30_000);

  // EntryFilter#excluded? logs each exclusion at debug level as Jekyll's readers ask it: the
  // layouts' Dir["**/*.*"] (named from the site's root), each folder read_directories walks (its
  // entries in readdir order, before its posts), the Dir["**/*"] of _posts and _drafts, and each
  // collection's entries, dot files too (named without a leading slash). Jekyll 4.3.1 printed these
  // lines (jekyll build --verbose --drafts --disable-disk-cache) on the same files; one excluded
  // entry per folder, so that readdir's order does not matter.
  test('build --verbose names the entries `exclude` leaves out, where Jekyll reads them', async () => {
    fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\ncollections:\n  coll:\n    output: true\nexclude: ["*.txt", "docs/secret"]\n');
    const files: Record<string, string> = {
      'Gemfile.lock': 'x\n', '_posts/a.txt': 't\n', '_posts/2020-01-01-p.md': '---\n---\nhi\n', '_posts/sub/b.txt': 't\n', '_drafts/c.txt': 't\n',
      '_coll/d.txt': 't\n', '_coll/e.md': '---\n---\nc\n', '_coll/.hid/f.txt': 't\n', 'docs/secret/x.md': 's\n', 'docs/pub/i.md': '---\n---\np\n',
      'docs/pub/j.txt': 't\n', '_layouts/z.txt': 'l\n',
    };
    for (const [p, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), text);
    }
    const c = capture();
    expect(await run(['build', '-s', dir, '--verbose', '--drafts', '--disable-disk-cache'], c.printer)).toBe(0);
    // no disk cache: Jekyll makes no cache folder, so no line names it
    expect(fs.existsSync(path.join(dir, '.jekyll-cache', '.gitignore'))).toBe(false);
    expect(c.out.filter((l) => /EntryFilter|Reading/.test(l))).toEqual([
      '       EntryFilter: excluded /z.txt',
      '           Reading: /_layouts/default.html',
      '       EntryFilter: excluded /Gemfile.lock',
      '       EntryFilter: excluded /_posts/a.txt',
      '       EntryFilter: excluded /_posts/sub/b.txt',
      '           Reading: _posts/2020-01-01-p.md',
      '       EntryFilter: excluded /_drafts/c.txt',
      '       EntryFilter: excluded /docs/secret',
      '       EntryFilter: excluded /docs/pub/j.txt',
      '           Reading: docs/pub/i.md',
      '           Reading: index.md',
      '       EntryFilter: excluded _coll/.hid/f.txt',
      '       EntryFilter: excluded _coll/d.txt',
      '           Reading: _coll/e.md',
    ]);
  }, 30_000);

  test('build writes the site and exits 0', async () => {
    const c = capture();
    expect(await run(['build', '-s', dir, '-q'], c.printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'index.html'), 'utf8')).toBe('<main><h1 id="hello">Hello</h1>\n</main>\n');
  });

  // jekyll build (4.3.1), run in a site folder, printed these lines on stdout (the time aside); a
  // site without a configuration file first gets `Configuration file: none` on stderr; --quiet, nothing.
  test("build prints Jekyll's info lines: the configuration file, Source, Destination, Incremental build, Generating..., done in, Auto-regeneration", async () => {
    const c = capture();
    expect(await run(['build', '-s', dir], c.printer)).toBe(0);
    expect(c.out.map((l) => l.replace(/done in [\d.]+ seconds/, 'done in N seconds'))).toEqual([
      `Configuration file: ${path.join(dir, '_config.yml')}`,
      `            Source: ${dir}`,
      `       Destination: ${path.join(dir, '_site')}`,
      ' Incremental build: disabled. Enable with --incremental',
      '      Generating... ',
      '                    done in N seconds.',
      ' Auto-regeneration: disabled. Use --watch to enable.',
    ]);
    expect(c.err).toEqual([]);
    fs.rmSync(path.join(dir, '_config.yml'));
    const none = capture();
    expect(await run(['build', '-s', dir, '-I', '-d', path.join(dir, 'out')], none.printer)).toBe(0);
    expect(none.err).toEqual(['Configuration file: none']);
    expect(none.out.slice(0, 4)).toEqual([`            Source: ${dir}`, `       Destination: ${path.join(dir, 'out')}`, ' Incremental build: enabled', '      Generating... ']);
    const quiet = capture();
    expect(await run(['build', '-s', dir, '-q'], quiet.printer)).toBe(0);
    expect([...quiet.out, ...quiet.err]).toEqual([]);
  });

  // `incremental: true` in _config.yml is the build's `incremental` option (Commands::Build#build reads the merged configuration)
  test('the Incremental build line follows `incremental:` of the configuration file too', async () => {
    fs.writeFileSync(path.join(dir, '_config.yml'), 'incremental: true\n');
    const c = capture();
    expect(await run(['build', '-s', dir], c.printer)).toBe(0);
    expect(c.out[3]).toBe(' Incremental build: enabled');
  });

  // Site#incremental? is `override["incremental"] || config["incremental"]`: the configuration's
  // `incremental: true` builds as -I does (kyll keeps -I's state in .jekyll-cache/kyll/state.bin),
  // and what it writes after an edit is what a clean build writes.
  test('`incremental: true` in _config.yml builds as -I does, its output that of a clean build', async () => {
    const state = path.join(dir, '.jekyll-cache', 'kyll', 'state.bin');
    expect(await run(['build', '-s', dir, '-q'], capture().printer)).toBe(0);
    expect(fs.existsSync(state)).toBe(false);
    fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\nincremental: yes\n');
    fs.writeFileSync(path.join(dir, 'keys.html'), '---\n---\n{{ site.incremental }}|{{ site.title }}');
    expect(await run(['build', '-s', dir, '-q'], capture().printer)).toBe(0);
    expect(fs.existsSync(state)).toBe(true);
    fs.writeFileSync(path.join(dir, 'index.md'), '---\nlayout: default\n---\n# Edited\n');
    expect(await run(['build', '-s', dir, '-q'], capture().printer)).toBe(0);
    expect(await run(['build', '-s', dir, '-q', '-d', path.join(dir, 'clean'), '--disable-disk-cache'], capture().printer)).toBe(0);
    for (const f of ['index.html', 'keys.html']) expect(fs.readFileSync(path.join(dir, '_site', f), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'clean', f), 'utf8'));
    expect(fs.readFileSync(path.join(dir, '_site', 'index.html'), 'utf8')).toContain('Edited');
    expect(fs.readFileSync(path.join(dir, '_site', 'keys.html'), 'utf8')).toBe('true|T');
    // --disable-disk-cache keeps nothing, as it does with -I
    fs.rmSync(path.join(dir, '.jekyll-cache'), { recursive: true });
    expect(await run(['build', '-s', dir, '-q', '--disable-disk-cache'], capture().printer)).toBe(0);
    expect(fs.existsSync(state)).toBe(false);
  });

  test("the build command sets serving: false after the flags, as Jekyll's does (site keys and count)", async () => {
    fs.writeFileSync(path.join(dir, 'keys.html'), '---\n---\n{{ site.serving }}|{{ site.disable_disk_cache }}|{% for k in site %}{% if forloop.rindex < 3 %}{{ k }},{% endif %}{% endfor %}');
    expect(await run(['build', '-s', dir, '-q', '--disable-disk-cache'], capture().printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'keys.html'), 'utf8')).toBe('false|true|disable_disk_cache,serving,');
  });

  // jekyll build -I --profile (4.3.1) renders {{ site.incremental }}|{{ site.profile }}|{{ site.watch }} as true|true|, and with --no-watch true|true|false
  test('-I, --profile and --no-watch are in the configuration, as Jekyll merges its options', async () => {
    fs.writeFileSync(path.join(dir, 'keys.html'), '---\n---\n{{ site.incremental }}|{{ site.profile }}|{{ site.watch }}');
    expect(await run(['build', '-s', dir, '-q', '-I', '--profile'], capture().printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'keys.html'), 'utf8')).toBe('true|true|');
    expect(await run(['build', '-s', dir, '-q', '-I', '--profile', '--no-watch'], capture().printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'keys.html'), 'utf8')).toBe('true|true|false');
  });

  test('a broken template exits 1, names file and line, and keeps the old site', async () => {
    const c = capture();
    expect(await run(['build', '-s', dir, '-q'], c.printer)).toBe(0);
    fs.writeFileSync(path.join(dir, 'index.md'), '---\nlayout: default\n---\nline one\n{% if %}\n');
    const code = await run(['build', '-s', dir], c.printer);
    expect(code).toBe(1);
    const text = c.err.join('\n');
    expect(text).toContain('index.md');
    expect(text).toMatch(/line 5|:5/);
    expect(fs.readFileSync(path.join(dir, '_site', 'index.html'), 'utf8')).toContain('Hello');
  });

  test('warnings are printed with Jekyll\'s wording, and the build still succeeds', async () => {
    fs.writeFileSync(path.join(dir, 'other.md'), '---\nlayout: nowhere\n---\nx\n');
    const c = capture();
    expect(await run(['build', '-s', dir], c.printer)).toBe(0);
    expect(c.err).toContain("     Build Warning: Layout 'nowhere' requested in other.md does not exist.");
    expect(c.out.join('\n')).toMatch(/^ {20}done in \d+(\.\d+)? seconds\.$/m);
  });

  // Jekyll prints its warnings as they come: those of the documents before the failing one show, then the error.
  test('warnings reported before a failing document are printed before its error; later documents are not rendered', async () => {
    fs.mkdirSync(path.join(dir, '_posts'));
    fs.writeFileSync(path.join(dir, '_posts', '2020-01-01-a.md'), '---\n---\nA {{ "x" | append: a.b: 1 }}\n');
    fs.writeFileSync(path.join(dir, '_posts', '2020-01-02-b.md'), '---\n---\nB\n{{ 1 | divided_by: 0 }}\n');
    fs.writeFileSync(path.join(dir, '_posts', '2020-01-03-c.md'), '---\n---\nC {{ "y" | append: c.d: 1 }}\n{{ 1 | divided_by: 0 }}\n');
    const c = capture();
    expect(await run(['build', '-s', dir], c.printer)).toBe(1);
    // a document is named by its absolute path (Document#path), as real Jekyll 4.3.1 prints it
    expect(c.err.slice(0, 2)).toEqual([
      `    Liquid Warning: Liquid syntax error (line 1): Expected end_of_string but found colon in "{{ "x" | append: a.b: 1 }}" in ${path.resolve(dir)}/_posts/2020-01-01-a.md`,
      `  Liquid Exception: Liquid error (line 2): divided by 0 in ${path.resolve(dir)}/_posts/2020-01-02-b.md`,
    ]);
    expect(c.err.join('\n')).not.toContain('2020-01-03-c.md');
  });

  test('site.source and site.destination are absolute paths, as in Jekyll', async () => {
    fs.writeFileSync(path.join(dir, 'where.html'), '---\n---\n{{ site.source }}|{{ site.destination }}');
    expect(await run(['build', '-s', dir, '-q'], capture().printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'where.html'), 'utf8')).toBe(`${path.resolve(dir)}|${path.resolve(dir, '_site')}`);
  });

  // Jekyll 4.3.1: `jekyll build -s ./site/ -d out` renders {{ site.source }} as ./site/ (config["source"] is the
  // override as given; Site#source, what it reads, is expanded), and a _config.yml's `source: docs` as docs.
  test('site.source is the source as given (-s, source: of _config.yml), as Jekyll\'s config["source"] is', async () => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'docs', '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, 'where.html'), '---\n---\n{{ site.source }}|{{ site.destination }}|{{ site | jsonify | slice: 0, 1 }}');
    fs.writeFileSync(path.join(site, 'docs', '_posts', '2020-01-01-p.html'), '---\n---\n{{ site.source }}|{{ page.path }}|{{ page.relative_path }}');
    fs.writeFileSync(path.join(site, 'docs', '_config.yml'), 'source: docs\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await run(['build', '-q', '-s', './site/', '-d', 'out'], capture().printer)).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'out', 'where.html'), 'utf8')).toBe('./site/|out|{');
      // (what it reads is the source expanded: the same site from its folder)
      process.chdir(site);
      fs.writeFileSync(path.join(site, '_config.yml'), 'source: docs\n');
      expect(await run(['build', '-q'], capture().printer)).toBe(0);
      expect(fs.readFileSync(path.join(site, '_site', '2020', '01', '01', 'p.html'), 'utf8')).toBe('docs|_posts/2020-01-01-p.html|_posts/2020-01-01-p.html');
    } finally {
      process.chdir(cwd);
    }
  });

  test("destination: in _config.yml is where build writes, expanded against the working folder as Jekyll's Site does; -d wins", async () => {
    fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\ndestination: public\n');
    fs.writeFileSync(path.join(dir, 'where.html'), '---\n---\n{{ site.destination }}|{{ site.pages | size }}');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      // Twice: the second build does not read the first one's output as source.
      for (let i = 0; i < 2; i++) expect(await run(['build', '-q'], capture().printer)).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'public', 'where.html'), 'utf8')).toBe('public|2');
      expect(fs.existsSync(path.join(dir, '_site'))).toBe(false);
      expect(await run(['build', '-q', '-d', 'out2'], capture().printer)).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'out2', 'where.html'), 'utf8')).toBe('out2|2');
      expect(await run(['clean', '-q'], capture().printer)).toBe(0);
      expect(fs.existsSync(path.join(dir, 'public'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  // Jekyll 4.3.1 run from inside the site: File.expand_path("") is the working folder, the source, and
  // ensure_not_in_dest refuses it (kyll took an empty destination for none and wrote _site).
  test('an empty destination: in _config.yml is the working folder, as -d \'\' is: from inside the site, refused', async () => {
    fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\ndestination: ""\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const c = capture();
      expect(await run(['build'], c.printer)).toBe(1);
      expect(c.err[0]).toBe('             Error: Destination directory cannot be or contain the Source directory.');
      expect(fs.existsSync(path.join(dir, '_site'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  // Expected from `jekyll build --layouts mylayouts -p a,b --lsi` and `jekyll build --force_polling` (Jekyll 4.3.1, this site).
  test('--layouts, -p, --lsi and --force_polling set the keys Jekyll sets, where its overrides put them', async () => {
    fs.mkdirSync(path.join(dir, 'mylayouts'));
    fs.writeFileSync(path.join(dir, 'mylayouts', 'default.html'), 'L2 {{ content }}');
    fs.writeFileSync(path.join(dir, 'keys.html'), '---\n---\n{{ site.layouts_dir }}|{{ site.plugins_dir | inspect }}|{{ site.lsi }}|{{ site.force_polling }}|{% for k in site %}{% if forloop.rindex < 4 %}{{ k }},{% endif %}{% endfor %}\n');
    const c = capture();
    expect(await run(['build', '-s', dir, '--layouts', 'mylayouts', '-p', 'a,b', '--lsi'], c.printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'keys.html'), 'utf8')).toBe('mylayouts|[&quot;a&quot;, &quot;b&quot;]|true||kramdown,title,serving,\n');
    expect(fs.readFileSync(path.join(dir, '_site', 'index.html'), 'utf8')).toBe('L2 <h1 id="hello">Hello</h1>\n');
    // --lsi turns classifier-reborn's related posts on (render/lsi/): nothing to warn about
    expect(c.err.join('\n')).not.toContain('lsi');
    expect(await run(['build', '-s', dir, '-q', '--force_polling'], capture().printer)).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', 'keys.html'), 'utf8')).toBe('_layouts|&quot;_plugins&quot;|false|true|title,force_polling,serving,\n');
  });

  // jekyll 4.3.1: `jekyll frobnicate`, `jekyll build --bogus` and `jekyll build --limit_posts x` exit 1; `jekyll` alone
  // prints its help on stdout, "A subcommand is required." on stderr, and exits 1.
  test("usage errors exit 1, as Jekyll's (OptionParser errors, an unknown subcommand); no subcommand prints the usage and exits 1", async () => {
    const c = capture();
    expect(await run(['frobnicate'], c.printer)).toBe(1);
    expect(c.err.join('\n')).toContain("unknown command 'frobnicate'");
    expect(await run(['build', '--bogus'], capture().printer)).toBe(1);
    expect(await run(['build', '--limit_posts', 'x'], capture().printer)).toBe(1);
    const bare = capture();
    expect(await run([], bare.printer)).toBe(1);
    expect(bare.out.join('\n')).toContain('usage: kyll <command>');
    expect(bare.err).toEqual(['A subcommand is required.']);
  });
});
