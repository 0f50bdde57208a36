// Edit sequences on which the long-lived builder once gave other files than a
// clean build (found by fixture-edits.test.ts), each cut down to a small
// site: after every step the update equals renderSite of the same source.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

type Step = Record<string, string | undefined>;

interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  /** Each step writes (or, undefined, deletes) some files. */
  readonly steps: readonly Step[];
  /** A file whose text the steps must change in the clean build: the case shows what it means to. */
  readonly watch?: string;
}

const post = (title: string, extra: string, body: string): string => `---\ntitle: ${title}\n${extra}---\n${body}\n`;

const CASES: readonly Case[] = [
  {
    // site.rb#post_attr_hash's default block: a page after the categories page adds "first" (map over the hash).
    name: 'a key a later page adds to site.categories is not there for an earlier page rendering again',
    files: {
      '_posts/2024-01-01-a.md': post('A', 'categories: [news]\n', 'A.'),
      'cats.html': '---\n---\n{% for c in site.categories %}{{ c[0] }};{% endfor %} {{ site.posts.first.content }}',
      'tags.html': '---\n---\n{{ site.categories | map: "first" | join: "|" }}',
    },
    steps: [{ '_posts/2024-01-01-a.md': post('A', 'categories: [news]\n', 'A, edited.') }],
    watch: 'cats.html',
  },
  {
    // The README's former "Not yet": keys added by outputs that do not render again are kept.
    name: 'keys added by the outputs not rendered again stay for the outputs after them',
    files: {
      '_data/d.yml': 'v: 1\n',
      '_posts/2022-01-01-one.md': post('One', 'tags: [x]\n', 'One.'),
      'adder.html': '---\n---\n{% assign seen = site.tags[7] | size %}{{ seen }}',
      'z.html': '---\n---\n{{ site.tags | size }} keys, data {{ site.data.d.v }}',
    },
    // The site is read again; adder.html does not render again, z.html does.
    steps: [{ '_data/d.yml': 'v: 2\n' }, { '_posts/2022-01-01-one.md': post('One', 'tags: [x]\n', 'One, edited.') }],
    watch: 'z.html',
  },
  {
    // jekyll-archives: "Ruby" and "ruby" make two pages at one URL; page.posts follows the posts.
    name: 'archive pages sharing a path, and their page.posts, follow the posts',
    files: {
      '_config.yml': 'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags]\n  layout: tag\n',
      '_layouts/tag.html': '{{ page.title }}:{% for p in page.posts %}{{ p.title }},{% endfor %}',
      '_posts/2024-01-01-a.md': post('A', 'tags: [ruby]\n', 'A.'),
      '_posts/2024-01-02-b.md': post('B', 'tags: [Ruby]\n', 'B.'),
      'index.html': '---\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}',
    },
    steps: [{ '_posts/2024-01-02-b.md': post('B', 'tags: [Ruby]\npublished: false\n', 'B.') }, { '_posts/2024-01-03-c.md': post('C', 'tags: [Ruby]\n', 'C.') }, { '_posts/2024-01-01-a.md': undefined }],
    watch: 'tag/ruby/index.html',
  },
  {
    // Archive#to_liquid has no content until the page renders.
    name: 'an archive page read before its render has no content',
    files: {
      '_config.yml': 'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags]\n  layout: tag\n',
      '_layouts/tag.html': '{{ page.title }}',
      '_posts/2024-01-01-a.md': post('A', 'tags: [x]\n', 'A.'),
      'pages.html': '---\n---\n{% for p in site.pages %}{{ p.url }}={{ p.content | size }}/{{ p | jsonify | size }} {% endfor %}',
    },
    steps: [{ 'assets/new.txt': 'new' }, { 'pages.html': '---\n---\n{% for p in site.pages %}{{ p.url }}:{{ p | jsonify | size }} {% endfor %}' }],
  },
  {
    // With _posts included, Jekyll reads a post in nested _posts folders twice: page.previous follows both places.
    name: 'a post listed twice gets its new neighbour when the post before it goes',
    files: {
      '_config.yml': 'include: [_posts]\n',
      '_layouts/post.html': '{{ page.previous.url }} < {{ page.url }} > {{ page.next.url }}',
      '_posts/2020-01-01-a.md': post('A', 'layout: post\n', 'A.'),
      '_posts/2020-01-07-i.md': post('I', 'layout: post\n', 'I.'),
      'blog/_posts/sub/_posts/2020-01-09-e.md': post('E', 'layout: post\n', 'E.'),
    },
    steps: [{ '_posts/2020-01-07-i.md': undefined }],
    watch: 'blog/2020/01/09/e.html',
  },
  {
    name: 'a file read both as a post and as a page (include: [_posts]) is patched as both',
    files: { '_config.yml': 'include: [_posts]\n', '_posts/2020-05-10-first.md': post('First', '', 'first post') },
    steps: [{ '_posts/2020-05-10-first.md': post('First', '', 'first post, edited') }],
    watch: '2020/05/10/first.html',
  },
  {
    // Liquid's increment writes the one payload of the build: counters go on from output to output.
    name: 'counters count from zero through every output again',
    files: {
      '_posts/2024-01-01-a.md': post('A', '', 'A {% increment n %}'),
      '_posts/2024-01-02-b.md': post('B', '', 'B {% increment n %}'),
      'page.html': '---\n---\n{% increment n %}',
    },
    steps: [{ '_posts/2024-01-02-b.md': post('B', '', 'B, edited {% increment n %}') }, { 'page.html': '---\n---\nagain {% increment n %}' }],
  },
  {
    // page.rb#to_liquid is taken before the render: page.content in a page's layout is its text.
    name: "a page rendering again shows its own text as page.content in its layout, and the pages' contents",
    files: {
      '_layouts/l.html': 'PAGE[{{ page.content | strip }}]{% for p in site.pages %}{{ p.name }}=[{{ p.content | strip }}]{% endfor %}',
      'a.md': '---\nlayout: l\n---\n*a* {{ 1 | plus: 1 }}',
      'b.md': '---\nlayout: l\n---\n*b*',
    },
    steps: [{ 'b.md': '---\nlayout: l\n---\n*b*, edited' }, { 'a.md': '---\nlayout: l\n---\n*a*, edited' }],
    watch: 'a.html',
  },
  {
    // Renderer#run: while a document's Liquid runs, its content is its text.
    name: 'a document rendering again reads its own content as its text',
    files: { '_posts/2020-01-02-first.md': post('First', '', 'First *post*: {{ page.content | size }} {{ site.posts.first.content | size }}') },
    steps: [{ '_posts/2020-01-02-first.md': post('First', '', 'First *post*, edited: {{ page.content | size }} {{ site.posts.first.content | size }}') }],
    watch: '2020/01/02/first.html',
  },
  {
    name: 'scssify in a page, and a Sass document of a collection, compile again when a partial changes',
    files: {
      '_config.yml': 'collections:\n  styles:\n    output: true\n',
      '_sass/_vars.scss': '$c: red;\n',
      'index.html': '---\n---\n{% capture s %}@import "vars"; a { color: $c; }{% endcapture %}{{ s | scssify }}',
      '_styles/main.scss': '---\n---\n@import "vars"; b { color: $c; }\n',
    },
    steps: [{ '_sass/_vars.scss': '$c: blue;\n' }],
    watch: 'index.html',
  },
  {
    // Document#date dates an undated post when first called (its layout reading page.date); SiteDrop#posts sorts
    // when first read, by path while a post is undated: a new read of the site dates it again at its turn.
    name: 'a post dated by its own render, which does not render again, is dated for the outputs after it',
    files: {
      '_config.yml': 'future: true\ndefaults:\n  - scope: {path: news}\n    values: {layout: dated}\n',
      '_layouts/dated.html': '{{ page.date }}{{ content }}',
      'news/_posts/2020-02-02-broken.md': '---\ntitle: b\nnotes: [never closed\n---\nBroken.',
      '_posts/2031-01-01-far.md': post('Far', '', 'Far.'),
      'z.html': '---\n---\n{{ site.static_files.size }} {% for p in site.posts %}{{ p.path }} {% endfor %}',
    },
    steps: [{ 'assets/new.txt': 'new' }, { '_posts/2031-01-01-far.md': post('Far', '', 'Far, edited.') }, { 'assets/new.txt': undefined }],
  },
  {
    // Configuration#config_files reads _config.yml where the build starts, then `source:` moves the site's files:
    // the changed paths are named from the top folder.
    name: 'a site that `source:` moves takes edits named from the folder of its configuration',
    files: { '_config.yml': 'source: docs\ntitle: One\n', 'docs/index.html': '---\n---\n{{ site.title }} {{ site.posts.first.title }}', 'docs/_posts/2024-01-01-a.md': post('A', '', 'A.') },
    steps: [{ 'docs/_posts/2024-01-01-a.md': post('B', '', 'A.') }, { '_config.yml': 'source: docs\ntitle: Two\n' }, { 'docs/_config.yml': 'title: Not read\n' }],
    watch: 'index.html',
  },
  {
    name: 'after a read that fails, an edit the model could take in place fails as a clean build',
    files: { '_data/d.yml': 'a: 1\n', '_posts/2024-01-01-a.md': post('A', '', 'A {{ site.data.d.a }}') },
    steps: [{ '_data/d.yml': 'a: [1\n' }, { '_posts/2024-01-01-a.md': post('A', '', 'A, edited {{ site.data.d.a }}') }],
  },
];

/** The files and diagnostics, or the error's message. */
async function outcome(p: Promise<{ files: Parameters<typeof contentsByPath>[0]; diagnostics: ReadonlyArray<{ message: string }> }>): Promise<unknown> {
  try {
    const r = await p;
    return { files: [...contentsByPath(r.files)], diagnostics: r.diagnostics.map((d) => d.message) };
  } catch (e) {
    return { error: String(e) };
  }
}

test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
  const source = mutableSource(c.files);
  const builder = await createBuilder({ source, env: FIXED_ENV, write: false });
  const first = await builder.build();
  const watched = (files: Parameters<typeof contentsByPath>[0]): string | undefined => (c.watch ? contentsByPath(files).get(c.watch) : undefined);
  const seen = new Set([watched(first.files)]);
  for (const [i, step] of c.steps.entries()) {
    for (const [p, text] of Object.entries(step)) (text === undefined ? source.files.delete(p) : source.files.set(p, text));
    const got = await outcome(builder.update(Object.keys(step)).then((u) => u.result));
    const clean = await renderSite({ source, env: FIXED_ENV, write: false }).catch((e: unknown) => e);
    const want = await outcome(clean instanceof Error ? Promise.reject(clean) : Promise.resolve(clean as Awaited<ReturnType<typeof renderSite>>));
    expect({ step: i, got }).toEqual({ step: i, got: want });
    if (!(clean instanceof Error)) seen.add(watched((clean as Awaited<ReturnType<typeof renderSite>>).files));
  }
  if (c.watch) expect(seen.size).toBeGreaterThan(1);
});

// The disk cache rebuilds the layout and content each document leaves for the next (renderer.rb):
// with nested layouts, the content is what the outermost layout got, not the output.
test('--incremental: the content a post in nested layouts carries to the next is the inner layouts\' output', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-carry-'));
  try {
    const site = path.join(dir, 'site');
    const write = (rel: string, text: string | undefined): void => {
      if (text === undefined) return void fs.rmSync(path.join(site, rel));
      fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
      fs.writeFileSync(path.join(site, rel), text);
    };
    write('_layouts/outer.html', '<html>{{ content }}</html>');
    write('_layouts/post.html', '---\nlayout: outer\n---\n<article>{{ content }}</article>');
    write('_posts/2020-01-01-first.md', post('First', 'layout: post\n', 'First.'));
    write('_posts/2020-01-02-second.md', post('Second', 'layout: post\n', 'Before me: {{ content | size }}'));
    write('_posts/2020-01-03-third.md', post('Third', 'layout: post\n', 'Third.'));
    const options = { source: site, destination: path.join(dir, 'out'), env: FIXED_ENV, incremental: true };
    await (await createBuilder(options)).build();
    // Second renders again after a read of the whole site; First comes from the cache.
    write('_posts/2020-01-03-third.md', undefined);
    write('_posts/2020-01-02-second.md', post('Second', 'layout: post\n', 'Before me, edited: {{ content | size }}'));
    const cached = await (await createBuilder(options)).build();
    const clean = await renderSite({ source: site, write: false, env: FIXED_ENV });
    expect([...contentsByPath(cached.files)]).toEqual([...contentsByPath(clean.files)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
