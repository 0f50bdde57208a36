// Small sites of several shapes (plain posts, collections_dir, a custom
// collection with output, pagination, jekyll-feed, data files, static files,
// drafts, pages sharing a page.path), and one list of edits that each shape
// gets in turn: a body, front matter, a permalink, an added, renamed and
// deleted document, a layout, an include, data, the config, static files.
import fs from 'node:fs';
import path from 'node:path';

export interface Shape {
  readonly name: string;
  readonly files: Record<string, string>;
  /** The folder of the documents the edits change, add, rename and delete. */
  readonly dir: string;
  /** Two documents in it: the first is edited, the second renamed. */
  readonly docs: readonly [string, string];
  /** File names carry a date (posts). */
  readonly dated: boolean;
  /** Edits of what only this shape has, after the common ones. */
  readonly extra: readonly ShapeEdit[];
}

const LAYOUTS = {
  '_layouts/default.html': '<html><title>{{ page.title }} | {{ site.title }}</title>\n<body>{{ content }}\n{% include footer.html %}</body></html>\n',
  '_layouts/post.html': '---\nlayout: default\n---\n<article>{{ content }}</article>\n{% if page.previous %}<a href="{{ page.previous.url }}">{{ page.previous.title }}</a>{% endif %}\n{% if page.next %}<a href="{{ page.next.url }}">{{ page.next.title }}</a>{% endif %}\n',
  '_includes/footer.html': '<footer>{{ site.data.site.owner }} {{ site.time | date: "%Y" }}</footer>\n',
  '_data/site.yml': 'owner: Ann\n',
  'assets/a.txt': 'static a\n',
  'assets/b.css': 'b { color: red }\n',
};

const doc = (title: string, body: string, extra = ''): string => `---\nlayout: post\ntitle: ${title}\n${extra}---\n${body}\n`;

const POSTS = (dir: string): Record<string, string> => ({
  [`${dir}/2024-01-01-first.md`]: doc('First', 'First *post*. {{ site.data.site.owner }}\n\n<!--more-->\n\nMore of the first.', 'tags: [a]\n'),
  [`${dir}/2024-01-02-second.md`]: doc('Second', 'Second post; before it: {{ page.previous.title }}.', 'categories: [news]\n'),
  [`${dir}/2024-01-03-third.md`]: doc('Third', 'Third post.'),
});

const LIST_POSTS = '{% for p in site.posts %}<li><a href="{{ p.url }}">{{ p.title }}</a> {{ p.excerpt | strip_html | strip }}</li>{% endfor %}';

function shape(name: string, config: string, files: Record<string, string>, dir: string, docs: [string, string], dated = true, extra: ShapeEdit[] = []): Shape {
  return { name, files: { '_config.yml': `title: Shapes\nurl: https://shapes.example\n${config}`, ...LAYOUTS, ...files }, dir, docs, dated, extra };
}

const edit = (what: string, apply: (s: SiteFolder) => string[]): ShapeEdit => ({ what, apply });

export const SHAPES: readonly Shape[] = [
  shape('plain posts', '', { ...POSTS('_posts'), 'index.html': `---\nlayout: default\ntitle: Home\n---\n${LIST_POSTS}\n`, 'about.md': '---\nlayout: default\ntitle: About\n---\nAbout {{ site.title }}.\n' }, '_posts', ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md']),
  shape(
    'collections_dir',
    'collections_dir: my_collections\ncollections:\n  docs:\n    output: true\n',
    {
      ...POSTS('my_collections/_posts'),
      'my_collections/_docs/guide.md': '---\ntitle: Guide\n---\nGuide; posts: {{ site.posts.size }}.\n',
      'my_collections/_docs/intro.md': '---\ntitle: Intro\n---\n{% include_relative snippet.txt %}\n',
      'my_collections/_docs/snippet.txt': 'a snippet\n',
      'my_collections/about.md': '---\nlayout: default\ntitle: About\n---\nA page inside collections_dir.\n',
      'index.html': `---\nlayout: default\ntitle: Home\n---\n${LIST_POSTS}{% for d in site.docs %}{{ d.title }}{% endfor %}\n`,
    },
    'my_collections/_posts',
    ['my_collections/_posts/2024-01-01-first.md', 'my_collections/_posts/2024-01-02-second.md'],
    true,
    [
      edit('collection document body', (s) => [s.change('my_collections/_docs/guide.md', 'Guide;', 'The guide;')]),
      edit('include_relative file', (s) => [s.change('my_collections/_docs/snippet.txt', 'a snippet', 'another snippet')]),
      edit('collection document title', (s) => [s.change('my_collections/_docs/guide.md', 'title: Guide', 'title: Guidebook')]),
      edit('page inside collections_dir', (s) => [s.change('my_collections/about.md', 'A page inside', 'Still a page inside')]),
      edit('draft added below collections_dir', (s) => [s.write('my_collections/_drafts/wip.md', doc('WIP', 'Work in progress.'))]),
    ],
  ),
  shape(
    'collections_dir with feed, pagination, sitemap, drafts and an unwritten collection',
    'collections_dir: cols\nshow_drafts: true\nplugins: [jekyll-feed, jekyll-paginate, jekyll-sitemap]\npaginate: 2\ncollections:\n  notes:\n    output: false\n',
    {
      ...POSTS('cols/_posts'),
      'cols/_drafts/draft.md': doc('Draft', 'A draft.'),
      'cols/_notes/one.md': '---\ntitle: Note one\n---\nNote {{ site.title }}.\n',
      'index.html': '---\nlayout: default\ntitle: Home\n---\n{% for p in paginator.posts %}<h2>{{ p.title }}</h2>{{ p.excerpt }}{% endfor %}{{ paginator.page }}/{{ paginator.total_pages }}\n',
      'notes.html': '---\nlayout: default\ntitle: Notes\n---\n{% for n in site.notes %}{{ n.title }}: {{ n.content }}{% endfor %}\n',
    },
    'cols/_posts',
    ['cols/_posts/2024-01-01-first.md', 'cols/_posts/2024-01-02-second.md'],
    true,
    [
      edit('unwritten collection document', (s) => [s.change('cols/_notes/one.md', 'Note {{', 'The note {{')]),
      edit('draft body', (s) => [s.change('cols/_drafts/draft.md', 'A draft.', 'A better draft.')]),
      edit('paginate changed', (s) => [s.change('_config.yml', 'paginate: 2', 'paginate: 1')]),
    ],
  ),
  shape(
    'collections_dir documents',
    'collections_dir: my_collections\ncollections:\n  docs:\n    output: true\n    permalink: /d/:name/\n',
    {
      'my_collections/_docs/guide.md': doc('Guide', 'Guide {{ site.data.site.owner }}.'),
      'my_collections/_docs/intro.md': doc('Intro', 'Intro; next: {{ page.next.title }}.'),
      'index.html': '---\nlayout: default\ntitle: Home\n---\n{% for d in site.docs %}<a href="{{ d.url }}">{{ d.title }}</a>{% endfor %}\n',
    },
    'my_collections/_docs',
    ['my_collections/_docs/guide.md', 'my_collections/_docs/intro.md'],
    false,
  ),
  shape(
    'custom collection with output',
    'collections:\n  recipes:\n    output: true\n    permalink: /r/:path/\n',
    {
      '_recipes/soup.md': doc('Soup', 'Hot soup.'),
      '_recipes/bread.md': doc('Bread', 'Bread; all: {% for r in site.recipes %}{{ r.title }} {% endfor %}'),
      'recipes.html': '---\nlayout: default\ntitle: Recipes\n---\n{% for r in site.recipes %}<a href="{{ r.url }}">{{ r.title }}</a>{% endfor %}\n',
    },
    '_recipes',
    ['_recipes/soup.md', '_recipes/bread.md'],
    false,
  ),
  shape(
    // site.in_source_dir('.') is "<source>/": every document's relative_path is absolute (parse-document.ts#documentRelativePath)
    'collections_dir naming the source itself',
    'collections_dir: ./\ncollections:\n  recipes:\n    output: true\n',
    {
      '_recipes/soup.md': doc('Soup', 'Hot soup. {% include_relative notes.txt %}'),
      '_recipes/bread.md': doc('Bread', 'Bread; all: {% for r in site.recipes %}{{ r.title }} {% endfor %}'),
      '_recipes/notes.txt': 'a note\n',
      'recipes.html': '---\nlayout: default\ntitle: Recipes\n---\n{% for r in site.recipes %}<a href="{{ r.url }}">{{ r.title }}</a>{% endfor %}\n',
    },
    '_recipes',
    ['_recipes/soup.md', '_recipes/bread.md'],
    false,
    [edit('include_relative file', (s) => [s.change('_recipes/notes.txt', 'a note', 'another note')])],
  ),
  shape(
    'pagination',
    'plugins: [jekyll-paginate]\npaginate: 2\n',
    { ...POSTS('_posts'), '_posts/2024-01-04-fourth.md': doc('Fourth', 'Fourth.'), 'index.html': '---\nlayout: default\ntitle: Home\n---\n{% for p in paginator.posts %}<h2>{{ p.title }}</h2>{{ p.excerpt }}{% endfor %}{{ paginator.page }}/{{ paginator.total_pages }} {{ paginator.next_page_path }}\n' },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
  ),
  shape('jekyll-feed', 'plugins: [jekyll-feed]\n', { ...POSTS('_posts'), 'index.html': '---\nlayout: default\n---\n{% feed_meta %}\n' }, '_posts', ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md']),
  shape(
    'data files',
    '',
    {
      ...POSTS('_posts'),
      '_data/people/ann.yml': 'name: Ann\nrole: editor\n',
      '_data/people/bob.json': '{"name": "Bob", "role": "writer"}\n',
      '_data/links.csv': 'title,url\nHome,/\n',
      'people.html': '---\nlayout: default\ntitle: People\n---\n{% for p in site.data.people %}{{ p[0] }}={{ p[1].name }}/{{ p[1].role }} {% endfor %}{% for l in site.data.links %}<a href="{{ l.url }}">{{ l.title }}</a>{% endfor %}\n',
    },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      edit('data file in a folder', (s) => [s.change('_data/people/ann.yml', 'editor', 'publisher')]),
      edit('data file deleted', (s) => [s.remove('_data/people/bob.json')]),
      edit('csv row added', (s) => [s.change('_data/links.csv', 'Home,/\n', 'Home,/\nAbout,/about/\n')]),
    ],
  ),
  shape(
    'static files',
    'exclude: [notes]\n',
    {
      ...POSTS('_posts'),
      'assets/img/logo.svg': '<svg/>\n',
      'notes/skip.txt': 'excluded\n',
      'files.html': '---\nlayout: default\ntitle: Files\n---\n{% for f in site.static_files %}{{ f.path }} {{ f.extname }}; {% endfor %}\n',
    },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      edit('excluded file edited', (s) => [s.change('notes/skip.txt', 'excluded', 'still excluded')]),
      edit('static file in a new folder', (s) => [s.write('assets/fonts/f.woff', 'font\n')]),
      edit('static folder deleted', (s) => {
        fs.rmSync(path.join(s.root, 'assets/img'), { recursive: true });
        return ['assets/img/logo.svg', 'assets/img'];
      }),
    ],
  ),
  shape(
    'drafts',
    'show_drafts: true\n',
    {
      ...POSTS('_posts'),
      '_drafts/idea.md': doc('Idea', 'A draft idea.'),
      '_drafts/plan.md': doc('Plan', 'A draft plan; previous: {{ page.previous.title }}.'),
      'index.html': `---\nlayout: default\ntitle: Home\n---\n${LIST_POSTS}\n`,
    },
    '_drafts',
    ['_drafts/idea.md', '_drafts/plan.md'],
    false,
    [
      edit('draft published', (s) => {
        s.write('_posts/2024-01-05-plan.md', s.read(s.docs[1]!));
        return [s.remove(s.docs[1]!), '_posts/2024-01-05-plan.md'];
      }),
      edit('show_drafts off', (s) => [s.change('_config.yml', 'show_drafts: true', 'show_drafts: false')]),
    ],
  ),
  shape(
    'jekyll-paginate-v2 with two paginated templates (one page.path)',
    "plugins: [jekyll-paginate-v2]\npagination:\n  enabled: true\n  per_page: 2\n  permalink: '/page/:num/'\n",
    {
      ...POSTS('_posts'),
      '_posts/2024-01-04-fourth.md': doc('Fourth', 'Fourth.', 'categories: [news]\n'),
      'index.html': '---\ntitle: Home\npagination:\n  enabled: true\n---\nHOME {% for p in paginator.posts %}{{ p.title }}, {% endfor %}{{ paginator.page }}/{{ paginator.total_pages }}\n',
      'news/index.html': '---\ntitle: News\npagination:\n  enabled: true\n  category: news\n---\nNEWS {% for p in paginator.posts %}{{ p.title }}; {% endfor %}\n',
    },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      edit('first template body', (s) => [s.change('index.html', 'HOME', 'Home page')]),
      edit('second template body', (s) => [s.change('news/index.html', 'NEWS', 'News page')]),
      edit('a post into the category', (s) => [s.change('_posts/2024-01-03-third.md', 'layout: post\n', 'layout: post\ncategories: [news]\n')]),
      edit('per_page', (s) => [s.change('_config.yml', 'per_page: 2', 'per_page: 1')]),
    ],
  ),
  shape(
    'plugins: archives, redirect-from, seo, sitemap, relative-links, titles-from-headings, optional-front-matter',
    'plugins: [jekyll-archives, jekyll-redirect-from, jekyll-seo-tag, jekyll-sitemap, jekyll-relative-links, jekyll-titles-from-headings, jekyll-optional-front-matter]\n' +
      'jekyll-archives:\n  enabled: [categories, tags]\n  layout: archive\n',
    {
      ...POSTS('_posts'),
      '_layouts/archive.html': '---\nlayout: default\n---\n{{ page.type }} {{ page.title }}: {% for p in page.posts %}{{ p.title }} {% endfor %}\n',
      '_posts/2024-01-05-moved.md': doc('Moved', 'Has moved.', 'redirect_from: [/old/]\n'),
      'guide.md': '# The guide\n\nSee [the notes](notes.md) and {{ site.title }}.\n',
      'notes.md': '---\nlayout: default\n---\n# Notes\n\nBack to [the guide](guide.md).\n',
      'index.html': '---\nlayout: default\ntitle: Home\n---\n{% seo title=false %}\n',
    },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      edit('redirect added', (s) => [s.change('_posts/2024-01-03-third.md', 'layout: post\n', 'layout: post\nredirect_from: [/third-old/]\n')]),
      edit('redirect removed', (s) => [s.change('_posts/2024-01-05-moved.md', 'redirect_from: [/old/]\n', '')]),
      edit('heading of a page without front matter', (s) => [s.change('guide.md', '# The guide', '# The new guide')]),
      edit('linked page renamed', (s) => {
        s.write('notes2.md', s.read('notes.md'));
        return [s.remove('notes.md'), 'notes2.md'];
      }),
      edit('a category archive emptied', (s) => [s.change(s.docs[1]!, 'categories: [news]\n', '')]),
    ],
  ),
  shape(
    'jekyll-relative-links alone',
    'plugins: [jekyll-relative-links]\n',
    { ...POSTS('_posts'), 'guide.md': '---\n---\nSee [the notes](notes.md).\n', 'notes.md': '---\n---\nNotes.\n' },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      // guide.md's text as read changes though its file does not: its link's target went.
      edit('link target renamed', (s) => {
        s.write('notes2.md', s.read('notes.md'));
        return [s.remove('notes.md'), 'notes2.md'];
      }),
      edit('link target back', (s) => {
        s.write('notes.md', s.read('notes2.md'));
        return [s.remove('notes2.md'), 'notes.md'];
      }),
    ],
  ),
  shape(
    'theme (minima) with overrides',
    'theme: minima\n',
    { ...POSTS('_posts'), 'index.md': '---\nlayout: home\n---\nWelcome.\n', 'assets/main.scss': '---\n---\n@import "minima";\nbody { margin: 1px; }\n' },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      edit('theme layout overridden', (s) => [s.write('_layouts/home.html', '---\nlayout: default\n---\nMy home {{ content }}\n')]),
      edit('override removed', (s) => [s.remove('_layouts/home.html')]),
      edit('theme include overridden', (s) => [s.write('_includes/header.html', '<header>mine</header>\n')]),
      edit('Sass edited', (s) => [s.change('assets/main.scss', 'margin: 1px', 'margin: 2px')]),
    ],
  ),
  shape(
    'feed and sitemap computed in their turn, read by the pages after them',
    'plugins: [jekyll-feed, jekyll-sitemap, jekyll-paginate]\npaginate: 1\n',
    {
      ...POSTS('_posts'),
      // Jekyll renders feed.xml and sitemap.xml among the pages: page2 and on see their output as page.content.
      'index.html':
        '---\nlayout: default\ntitle: Home\n---\n{% for p in paginator.posts %}{{ p.title }}{% endfor %}\n' +
        "{% if paginator.page > 1 %}{% for p in site.pages %}[{{ p.url }} {{ p.content | size }}: {{ p.content | strip_newlines | xml_escape }}]{% endfor %}{% endif %}\n",
    },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
  ),
  shape(
    'pages sharing a page.path',
    '',
    {
      ...POSTS('_posts'),
      'a.html': '---\nlayout: default\npath: shared.html\ntitle: A\n---\nA shows {{ page.title }}\n',
      'b.html': '---\nlayout: default\npath: shared.html\ntitle: B\n---\nB shows {{ page.title }}\n',
    },
    '_posts',
    ['_posts/2024-01-01-first.md', '_posts/2024-01-02-second.md'],
    true,
    [
      // Jekyll's LiquidRenderer cache lives for one build: b.html shows a.html's text as it is now.
      edit('first sharing page body', (s) => [s.change('a.html', 'A shows', 'A now shows')]),
      edit('second sharing page body', (s) => [s.change('b.html', 'B shows', 'B now shows')]),
      edit('first sharing page without Liquid', (s) => [s.change('a.html', 'A now shows {{ page.title }}', 'A plain')]),
      edit('first sharing page with Liquid again', (s) => [s.change('a.html', 'A plain', 'A again {{ page.title }}')]),
      edit('a third page with the path', (s) => [s.write('0.html', '---\npath: shared.html\ntitle: Zero\n---\nZero {{ page.title }}\n')]),
      edit('first sharing page deleted', (s) => [s.remove('0.html')]),
    ],
  ),
];

/** One edit: a name and what it does to the site folder; returns the paths it changed (source-relative). */
export interface ShapeEdit {
  readonly what: string;
  apply(site: SiteFolder, shape: Shape): string[];
}

/** The site's folder and the documents the edits have made so far. */
export class SiteFolder {
  /** The edited document, and the one renamed, as they are now named. */
  docs: string[];
  constructor(
    readonly root: string,
    shape: Shape,
  ) {
    this.docs = [...shape.docs];
    for (const [rel, text] of Object.entries(shape.files)) this.write(rel, text);
  }
  read(rel: string): string {
    return fs.readFileSync(path.join(this.root, rel), 'utf8');
  }
  write(rel: string, text: string): string {
    fs.mkdirSync(path.dirname(path.join(this.root, rel)), { recursive: true });
    fs.writeFileSync(path.join(this.root, rel), text);
    return rel;
  }
  remove(rel: string): string {
    fs.rmSync(path.join(this.root, rel), { force: true });
    return rel;
  }
  /** Replaces `from` by `to` in a file. */
  change(rel: string, from: string | RegExp, to: string): string {
    const before = this.read(rel);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`edit of ${rel} changed nothing`);
    return this.write(rel, after);
  }
}

const name = (shape: Shape, slug: string): string => `${shape.dir}/${shape.dated ? '2024-02-10-' : ''}${slug}.md`;

export const EDITS: readonly ShapeEdit[] = [
  { what: 'body', apply: (s) => [s.change(s.docs[0]!, /\n---\n[^\n]*/, '\n---\nA new body, *changed*.')] },
  { what: 'body with Liquid', apply: (s) => [s.change(s.docs[0]!, /\n---\n[^\n]*/, '\n---\nNow {{ site.title }} and {{ page.title }}.')] },
  { what: 'front matter: a plain field', apply: (s) => [s.change(s.docs[0]!, /title: [^\n]*/, 'title: Retitled')] },
  { what: 'front matter: tags', apply: (s) => [s.change(s.docs[0]!, /layout: post\n/, 'layout: post\ntags: [b, c]\n')] },
  { what: 'permalink added', apply: (s) => [s.change(s.docs[0]!, /layout: post\n/, 'layout: post\npermalink: /moved/here/\n')] },
  { what: 'add a document', apply: (s, shape) => [s.write(name(shape, 'added'), doc('Added', 'Added {{ page.title }}.'))] },
  {
    what: 'rename a document',
    apply: (s, shape) => {
      const from = s.docs[1]!;
      const to = name(shape, 'renamed');
      s.write(to, s.read(from));
      s.remove(from);
      s.docs[1] = to;
      return [from, to];
    },
  },
  { what: 'delete a document', apply: (s, shape) => [s.remove(name(shape, 'added'))] },
  { what: 'layout', apply: (s) => [s.change('_layouts/post.html', '<article>', '<article class="v2">')] },
  { what: 'layout front matter', apply: (s) => [s.change('_layouts/post.html', 'layout: default\n', 'layout: default\nwide: true\n')] },
  { what: 'include', apply: (s) => [s.change('_includes/footer.html', '<footer>', '<footer class="v2">')] },
  { what: 'data', apply: (s) => [s.change('_data/site.yml', 'Ann', 'Bea')] },
  { what: 'data file added', apply: (s) => [s.write('_data/extra.yml', 'k: v\n')] },
  { what: 'config', apply: (s) => [s.change('_config.yml', 'title: Shapes', 'title: Shapes Two')] },
  { what: 'static file edited', apply: (s) => [s.change('assets/a.txt', 'static a', 'static a, edited')] },
  { what: 'static file added', apply: (s) => [s.write('assets/c.txt', 'c\n')] },
  { what: 'static file deleted', apply: (s) => [s.remove('assets/b.css')] },
  { what: 'permalink removed', apply: (s) => [s.change(s.docs[0]!, 'permalink: /moved/here/\n', '')] },
  { what: 'unpublished', apply: (s) => [s.change(s.docs[0]!, /layout: post\n/, 'layout: post\npublished: false\n')] },
  { what: 'published again', apply: (s) => [s.change(s.docs[0]!, 'published: false\n', '')] },
  { what: 'document in a new subfolder', apply: (s, shape) => [s.write(`${shape.dir}/sub/${path.basename(name(shape, 'nested'))}`, doc('Nested', 'Nested.'))] },
  {
    what: 'subfolder renamed',
    apply: (s, shape) => {
      fs.renameSync(path.join(s.root, shape.dir, 'sub'), path.join(s.root, shape.dir, 'moved'));
      const file = path.basename(name(shape, 'nested'));
      return [`${shape.dir}/sub`, `${shape.dir}/sub/${file}`, `${shape.dir}/moved`, `${shape.dir}/moved/${file}`];
    },
  },
  { what: 'layout deleted', apply: (s) => [s.remove('_layouts/post.html')] },
  { what: 'layout restored', apply: (s) => [s.write('_layouts/post.html', LAYOUTS['_layouts/post.html'])] },
  { what: 'include with a Liquid error', apply: (s) => [s.change('_includes/footer.html', '</footer>', '{% if %}</footer>')] },
  { what: 'include fixed', apply: (s) => [s.change('_includes/footer.html', '{% if %}</footer>', '</footer>')] },
  { what: 'front matter that does not parse', apply: (s) => [s.change(s.docs[0]!, /title: [^\n]*/, 'title: [unclosed')] },
  { what: 'front matter fixed', apply: (s) => [s.change(s.docs[0]!, 'title: [unclosed', 'title: Fixed')] },
  {
    what: 'layout renamed',
    apply: (s) => {
      s.write('_layouts/article.html', s.read('_layouts/post.html'));
      return [s.remove('_layouts/post.html'), '_layouts/article.html'];
    },
  },
  {
    what: 'layout renamed back',
    apply: (s) => {
      s.write('_layouts/post.html', s.read('_layouts/article.html'));
      return [s.remove('_layouts/article.html'), '_layouts/post.html'];
    },
  },
  {
    what: 'data file renamed to JSON',
    apply: (s) => {
      s.write('_data/site.json', '{"owner": "Cy"}\n');
      return [s.remove('_data/site.yml'), '_data/site.json'];
    },
  },
  { what: 'config that does not parse', apply: (s) => [s.change('_config.yml', 'title: Shapes', 'title: [Shapes')] },
  { what: 'config fixed', apply: (s) => [s.change('_config.yml', 'title: [Shapes', 'title: Shapes')] },
  { what: 'excerpt separator', apply: (s) => [s.change('_config.yml', 'title: Shapes', 'excerpt_separator: <!--more-->\ntitle: Shapes')] },
  { what: 'delete the edited document', apply: (s) => [s.remove(s.docs[0]!)] },
];
