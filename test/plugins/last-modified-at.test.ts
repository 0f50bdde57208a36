// jekyll-last-modified-at on a git repository made here with fixed commit
// dates. The expected text is what real Jekyll 4.3.1 with the gem (1.3.0) wrote
// for the same repository (built with TZ=UTC; the site's zone is New York).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite, type HookDocument } from '../../lib/index.js';
import { unquoteGitPath } from '../../lib/plugins/last-modified-at/plugin.js';

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

function commit(repo: string, files: string[], date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', ...files], { cwd: repo, env });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'c'], { cwd: repo, env });
}

const out = (r: Awaited<ReturnType<typeof renderSite>>, p: string): string => Buffer.from(r.files.find((f) => f.path === p)!.contents).toString('utf8');

describe('jekyll-last-modified-at', () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-'));
  const site = path.join(repo, 'site');
  beforeAll(() => {
    execFileSync('git', ['init', '-q', '.'], { cwd: repo });
    write(site, '_config.yml', 'plugins: [jekyll-last-modified-at]\ntimezone: America/New_York\n');
    write(site, 'a.html', '---\n---\nA {{ page.last_modified_at }} | {{ page.last_modified_at | date_to_xmlschema }} | {% last_modified_at %} | {% last_modified_at %Y %} \n');
    write(site, 'b.md', '---\n---\nB {% last_modified_at %Y-%m-%d %H:%M %Z %}|{% last_modified_at %}\n');
    write(site, '_posts/2020-01-01-p.md', '---\n---\nP {{ page.last_modified_at | date: "%F %T %z" }} {% last_modified_at %}\n');
    write(site, 'new.html', '---\n---\nNew {{ page.last_modified_at | date: "%s" }}\n');
    commit(repo, ['site/_config.yml', 'site/a.html', 'site/_posts'], '2023-04-05T06:07:08Z');
    commit(repo, ['site/b.md'], '2024-02-03T04:05:06Z');
    // Not committed: its modification time counts.
    fs.utimesSync(path.join(site, 'new.html'), 1641092645, 1641092645);
  });
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  test('times of the last commits, else of the file; the first formatted text of a file is kept', async () => {
    const r = await renderSite({ source: site, write: false, env: { TZ: 'UTC' } });
    expect(out(r, 'a.html')).toBe('A 2023-04-05 02:07:08 -0400 | 2023-04-05T02:07:08-04:00 | 05-Apr-23 | 05-Apr-23 \n');
    expect(out(r, 'b.html')).toBe(
      '<table>\n  <tbody>\n    <tr>\n      <td>B 2024-02-02 23:05 EST</td>\n      <td>2024-02-02 23:05 EST</td>\n    </tr>\n  </tbody>\n</table>\n',
    );
    expect(out(r, '2020/01/01/p.html')).toBe('<p>P 2023-04-05 02:07:08 -0400 05-Apr-23</p>\n');
    expect(out(r, 'new.html')).toBe('New 1641092645\n');
  });

  // tanish-kr/learning-log has a post named with backspaces (`概要と\b\bインストール`): git log
  // C-quotes such a name even with core.quotepath off; the gem asks git per file, and Jekyll
  // 4.3.1 wrote its commit time (in seo's dateModified and the sitemap), not the file's.
  test('a file whose name git quotes (control characters, quotes, backslashes) has its commit time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-quoted-'));
    try {
      execFileSync('git', ['init', '-q', '.'], { cwd: dir });
      const names = ['概要と\b\bインストール.html', 'q"uote\\d\t.html'];
      write(dir, '_config.yml', 'plugins: [jekyll-last-modified-at]\n');
      for (const n of names) write(dir, n, '---\n---\n{{ page.last_modified_at | date: "%s" }}');
      commit(dir, ['.'], '2020-07-10T06:13:39Z');
      for (const n of names) fs.utimesSync(path.join(dir, n), 1000, 1000);
      const r = await renderSite({ source: dir, write: false, env: { TZ: 'UTC' } });
      for (const n of names) expect(out(r, n)).toBe('1594361619');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // hcn1519/hcn1519.github.io (a clone missing an object): git log stops at the commit it cannot
  // read, after printing the newer ones; the gem's per-file `git log -n 1 -- file` reads git's
  // output whatever its exit status, so Jekyll 4.3.1 gave the files of the newer commits their
  // commit times (in seo's dateModified, the feed and the sitemap).
  test('a repository git cannot read whole: the commits git printed before it stopped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-broken-'));
    try {
      execFileSync('git', ['init', '-q', '.'], { cwd: dir });
      write(dir, '_config.yml', 'plugins: [jekyll-last-modified-at]\n');
      const page = '---\n---\n{{ page.last_modified_at | date: "%s" }}';
      write(dir, 'old.html', page);
      commit(dir, ['.'], '2019-01-01T00:00:00Z');
      write(dir, 'mid.html', page);
      commit(dir, ['mid.html'], '2020-01-01T00:00:00Z');
      write(dir, 'new.html', page);
      commit(dir, ['new.html'], '2021-01-01T00:00:00Z');
      const tree = execFileSync('git', ['rev-parse', 'HEAD~2^{tree}'], { cwd: dir, encoding: 'utf8' }).trim();
      fs.rmSync(path.join(dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
      for (const n of ['old.html', 'mid.html', 'new.html']) fs.utimesSync(path.join(dir, n), 1000, 1000);
      const r = await renderSite({ source: dir, write: false, env: { TZ: 'UTC' } });
      // Executor.sh joins git's stdout and stderr and the gem takes the first digits: of git's
      // "fatal: unable to read tree <hash>" for the files git cannot reach (Jekyll 4.3.1 wrote 6
      // for a tree d6d7...)
      const failed = spawnSync('git', ['log', '-n', '1', '--format=%ct', '--', 'mid.html'], { cwd: dir, encoding: 'utf8' });
      const digits = /\d+/.exec(`${failed.stdout} ${failed.stderr}`)![0];
      expect(failed.stderr).toContain(tree);
      expect([out(r, 'new.html'), out(r, 'mid.html'), out(r, 'old.html')]).toEqual(['1609459200', digits, digits]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('unquoteGitPath reads git\'s C quoting', () => {
    expect(unquoteGitPath('"_posts/a\\bb\\303\\251\\"\\\\.md"')).toBe('_posts/a\bbé"\\.md');
    expect(unquoteGitPath('_posts/plain "x".md')).toBe('_posts/plain "x".md');
  });

  // What jekyll build 4.3.1 gives: the gem sets the key in a :post_init hook, so it is in the
  // page's data (before content, dir... in `page | jsonify`), after the site's own post_init
  // hooks (_plugins load before the gems), and pages that a generator makes from files get it too.
  test('a post_init hook: in the data, after the site’s own hooks, on pages made from files too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-hook-'));
    try {
      write(dir, '_config.yml', 'plugins: [jekyll-optional-front-matter, jekyll-last-modified-at]\n');
      write(dir, 'p.html', '---\n---\n{{ page.seen }}|{{ page | jsonify }}\n');
      write(dir, 'c.md', 'C {{ page.last_modified_at | date: "%s" }}\n');
      for (const f of ['p.html', 'c.md']) fs.utimesSync(path.join(dir, f), 1641092645, 1641092645);
      const seen = { name: 'seen', hooks: { pages: { post_init: (page: HookDocument) => void (page.data.seen = String('last_modified_at' in page.data)) } } };
      const r = await renderSite({ source: dir, write: false, env: { TZ: 'UTC' }, plugins: [seen] });
      expect(out(r, 'p.html')).toBe(
        'false|{"seen":"false","last_modified_at":"2022-01-02 03:04:05 +0000","content":"{{ page.seen }}|{{ page | jsonify }}\\n","dir":"/","excerpt":null,"name":"p.html","path":"p.html","url":"/p.html"}\n',
      );
      expect(out(r, 'c.html')).toBe('<p>C 1641092645</p>\n');
      expect(String(r.site.pages.find((p) => p.relativePath === 'p.html')!.data.last_modified_at)).toBe('2022-01-02 03:04:05 +0000');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  // What jekyll build 4.3.1 gives: RedirectPage.new, PageWithoutAFile.new (redirects.json, feed.xml,
  // sitemap.xml, robots.txt) run Page#initialize, whose :pages post_init hook gives them a
  // Determinator of the file at their path in the source: redirect.html for a redirect page, and
  // generate_redirect_to merges that page's data (its last_modified_at too) into the document's.
  // Without such a file, reading the value stops the build, `{% if %}` included.
  test('pages a generator makes with Page.new get it too: the time of the file at their path, or a failure when read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-gen-'));
    try {
      write(dir, '_config.yml', 'plugins: [jekyll-last-modified-at, jekyll-redirect-from]\nredirect_from: {json: false}\n');
      write(dir, 'a.md', '---\nredirect_from: /old/\n---\nA\n');
      write(dir, 'b.md', '---\nredirect_to: https://example.com/\n---\nB\n');
      write(dir, 'redirect.html', '---\n---\nR\n');
      write(dir, 'list.html', '---\n---\n{% for p in site.pages %}{{ p.url }} {{ p.last_modified_at | date: "%s" }}\n{% endfor %}{% assign r = site.pages | where: "url", "/old/" | first %}{{ r | jsonify }}\n');
      for (const f of ['a.md', 'b.md', 'list.html']) fs.utimesSync(path.join(dir, f), 1400000000, 1400000000);
      fs.utimesSync(path.join(dir, 'redirect.html'), 1600000000, 1600000000);
      const r = await renderSite({ source: dir, write: false, env: { TZ: 'UTC' } });
      expect(out(r, 'list.html')).toBe(
        '/a.html 1400000000\n/b.html 1600000000\n/list.html 1400000000\n/redirect.html 1600000000\n/old/ 1600000000\n' +
          '{"sitemap":false,"layout":"redirect","last_modified_at":"2020-09-13 12:26:40 +0000","permalink":"/old/","redirect":{"from":"/old/","to":"/a.html"},"content":"","dir":"/old/","excerpt":null,"name":"redirect.html","path":"redirect.html","url":"/old/"}\n',
      );
      fs.rmSync(path.join(dir, 'redirect.html'));
      await expect(renderSite({ source: dir, write: false, env: { TZ: 'UTC' } })).rejects.toThrow(
        `Liquid Exception: No such file or directory - ${path.join(dir, 'redirect.html')} does not exist! in list.html`,
      );
      write(dir, 'list.html', '---\n---\n{% for p in site.pages %}{% if p.last_modified_at %}{{ p.url }}{% endif %}{% endfor %}\n');
      await expect(renderSite({ source: dir, write: false, env: { TZ: 'UTC' } })).rejects.toThrow('redirect.html does not exist! in list.html');
      // a site that does not read it builds
      write(dir, 'list.html', '---\n---\n{{ site.pages | size }}\n');
      expect(out(await renderSite({ source: dir, write: false, env: { TZ: 'UTC' } }), 'list.html')).toBe('4\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  // jekyll build 4.3.1: SourceMapPage#initialize triggers the :pages post_init hooks on the map,
  // whose data is the Sass page's own Hash: once the page has rendered, both hold the
  // Determinator of assets/s.css.map, a file the source does not have. A page rendered before
  // still reads the Sass file's time; one rendered after stops the build.
  test('a Sass page’s source map gets it too, on the data it shares with the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-map-'));
    try {
      write(dir, '_config.yml', 'plugins: [jekyll-last-modified-at]\n');
      write(dir, 'assets/s.scss', '---\n---\nb { c: d }\n');
      const probe = '---\n---\n{% assign c = site.pages | where: "name", "s.scss" | first %}{{ c.last_modified_at | date: "%s" }} {{ site.pages | size }}\n';
      write(dir, 'a.html', probe);
      fs.utimesSync(path.join(dir, 'assets/s.scss'), 1400000000, 1400000000);
      const r = await renderSite({ source: dir, write: false, env: { TZ: 'UTC' } });
      expect(out(r, 'a.html')).toBe('1400000000 2\n');
      write(dir, 'z.html', probe);
      await expect(renderSite({ source: dir, write: false, env: { TZ: 'UTC' } })).rejects.toThrow(
        `Liquid Exception: No such file or directory - ${path.join(dir, 'assets/s.css.map')} does not exist! in z.html`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  // jekyll build 4.3.1: jekyll-paginate makes pages 2+ with Page.new(site, source, dir of the
  // template's URL, "index.html"), whose post_init hook names that file. An index.html with
  // `permalink: /blog/` makes them read blog/index.html, which does not exist ("Error reading
  // file"): jekyll-sitemap reads their last_modified_at (html_pages) and the build stops.
  test('jekyll-paginate’s pages 2+ get the time of the file Page.new reads, a missing one failing in sitemap.xml', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-pager-'));
    try {
      write(dir, '_config.yml', 'plugins: [jekyll-last-modified-at, jekyll-paginate, jekyll-sitemap]\npaginate: 1\npaginate_path: /blog/page:num/\n');
      for (const i of [1, 2]) write(dir, `_posts/2020-01-0${i}-p${i}.md`, `---\ntitle: P${i}\n---\nx\n`);
      write(dir, 'index.html', '---\npermalink: /blog/\n---\nI {{ paginator.page }}\n');
      await expect(renderSite({ source: dir, write: false, env: { TZ: 'UTC' } })).rejects.toThrow(
        `Liquid Exception: No such file or directory - ${path.join(dir, 'blog/index.html')} does not exist! in sitemap.xml`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // What jekyll build 4.3.1 gives (boyinblue/boyinblue.github.io prints `{{ page | strip_html }}`):
  // the data holds the Determinator itself, so a page's hash printed whole, and map's results,
  // show its Object#inspect (`#<Jekyll::LastModifiedAt::Determinator:0x... @site_source=...>`,
  // which strip_html takes away), where a lookup gives its Time.
  test('the hash of a page prints the Determinator object, not its time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-lma-inspect-'));
    try {
      write(dir, '_config.yml', 'plugins: [jekyll-last-modified-at]\n');
      const body = '{{ page | strip_html }}\n{% assign a = site.pages | map: "last_modified_at" %}{{ a | strip_html }}\n{{ a | inspect }}\n{{ page.last_modified_at }}\n';
      write(dir, 'p.html', `---\nt: x\n---\n${body}`);
      fs.utimesSync(path.join(dir, 'p.html'), 1641092645, 1641092645);
      const r = await renderSite({ source: dir, write: false, env: { TZ: 'UTC' } });
      // (Ruby's address is another on each run: 0x00007f14019246b0 that time)
      expect(out(r, 'p.html')).toBe(
        '{"t"=>"x", "last_modified_at"=>#, "content"=>"{{ page | strip_html }}\\n{% assign a = site.pages | map: \\"last_modified_at\\" %}{{ a | strip_html }}\\n{{ a | inspect }}\\n{{ page.last_modified_at }}\\n", "dir"=>"/", "excerpt"=>nil, "name"=>"p.html", "path"=>"p.html", "url"=>"/p.html"}\n' +
          '[#]\n' +
          `[#&lt;Jekyll::LastModifiedAt::Determinator:0x0000000000000000 @site_source=&quot;${dir}&quot;, @page_path=&quot;p.html&quot;, @format=&quot;%d-%b-%y&quot;&gt;]\n` +
          '2022-01-02 03:04:05 +0000\n',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
