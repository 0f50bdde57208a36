// A small blog shaped like the fixtures (feed, paginate, sitemap, categories,
// an include, _data, Sass, static files), kept in a Source the tests edit,
// and a seeded list of random edits to it.
import type { OutputFile, Source } from '../../lib/index.js';

/** A Source over a map that the test changes between builds. */
export function mutableSource(files: Record<string, string>): Source & { files: Map<string, string> } {
  const map = new Map(Object.entries(files));
  return {
    root: '(memory)',
    files: map,
    list: () => [...map.keys()].sort(),
    exists: (p) => map.has(p),
    readText: (p) => {
      const c = map.get(p);
      if (c === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return c;
    },
    readBytes: (p) => new TextEncoder().encode(map.get(p) ?? ''),
    mtime: () => undefined,
  };
}

export function prng(seed: number): { int(lo: number, hi: number): number; pick<T>(a: readonly T[]): T } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (arr) => arr[Math.floor(next() * arr.length)]! };
}

interface PostSpec {
  date: string;
  slug: string;
  title: string;
  categories: string[];
  tags: string[];
  published: boolean;
  permalink?: string;
  /** Fields only some posts have: adding or dropping one changes what a list reads. */
  featured?: boolean;
  lang?: string;
  body: string;
  frontDate?: string;
}

const CATS = ['news', 'tech', 'life'];
const TAGS = ['a', 'b', 'c', 'd'];

function postPath(p: PostSpec): string {
  return `_posts/${p.date}-${p.slug}.md`;
}

function postText(p: PostSpec): string {
  const fm = [`layout: post`, `title: "${p.title}"`, `categories: [${p.categories.join(', ')}]`, `tags: [${p.tags.join(', ')}]`];
  if (!p.published) fm.push('published: false');
  if (p.permalink) fm.push(`permalink: ${p.permalink}`);
  if (p.frontDate) fm.push(`date: ${p.frontDate}`);
  if (p.featured) fm.push('featured: true');
  if (p.lang) fm.push(`lang: ${p.lang}`);
  return `---\n${fm.join('\n')}\n---\n${p.body}`;
}

// A collection besides the posts (its documents go through the same reads).
const COLLECTIONS = 'collections:\n  recipes:\n    output: true\n';

export function blogFiles(): Record<string, string> {
  const files: Record<string, string> = {
    '_config.yml': `title: Edits\nurl: https://edits.example\nplugins: [jekyll-feed, jekyll-paginate, jekyll-sitemap]\npaginate: 3\n${COLLECTIONS}`,
    '_recipes/soup.md': '---\ntitle: Soup\n---\nHot {{ page.title }}.\n',
    'recipes.html': '---\ntitle: Recipes\n---\n{% for r in site.recipes %}<a href="{{ r.url }}">{{ r.title }}</a>{% endfor %}\n',
    '_layouts/default.html': '---\nclass: wide\n---\n<html><head><title>{{ page.title }} | {{ site.title }}</title></head>\n<body>{% include header.html %}\n{{ content }}\n</body></html>\n',
    '_layouts/post.html': '---\nlayout: default\n---\n<article><h1>{{ page.title }}</h1>{{ content }}</article>\n<p>{{ page.next.content | size }}</p>\n{% if page.previous %}<a href="{{ page.previous.url }}">{{ page.previous.title }}</a>{% endif %}\n{% if page.next %}<a href="{{ page.next.url }}">{{ page.next.title }}</a>{% endif %}\n',
    '_includes/header.html': '<nav>{% for item in site.data.nav %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}</nav>\n',
    '_data/nav.yml': '- title: Home\n  url: /\n- title: About\n  url: /about/\n',
    '_data/authors.yml': 'ann: Ann\n',
    'index.html': '---\nlayout: default\ntitle: Home\n---\n{% for post in paginator.posts %}<h2>{{ post.title }}</h2>{{ post.excerpt }}{% endfor %}\n{{ paginator.page }}/{{ paginator.total_pages }}\n',
    'categories.html': '---\nlayout: default\ntitle: Categories\n---\n{% for c in site.categories %}<h2>{{ c[0] }}</h2>{% for p in c[1] %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}{% endfor %}\n',
    // Lists that read some fields of some posts (a field that most posts lack, a sort, a filter).
    'archive.html':
      '---\ntitle: Archive\n---\n{% assign sorted = site.posts | sort: "title" %}{% for p in sorted %}<li>{{ p.title }} {{ p.date | date: "%F" }}</li>{% endfor %}\n' +
      '{% for p in site.posts %}{% if p.featured %}<b>{{ p.url }}</b>{% endif %}{% endfor %}\n' +
      '{{ site.posts | where: "lang", "en" | size }} in English; {% assign byLang = site.posts | group_by: "lang" %}{% for g in byLang %}{{ g.name }}={{ g.size }} {% endfor %}\n',
    'tags.html': '---\n---\n{% for t in site.tags %}{{ t[0] }}: {{ t[1] | size }}; {% endfor %}\n',
    'about.md': '---\nlayout: default\ntitle: About\npermalink: /about/\n---\nAbout **us**. Written by {{ site.data.authors.ann }}.\n',
    'css/style.scss': '---\n---\n@import "base";\nbody { color: $fg; }\n',
    '_sass/_base.scss': '$fg: #111;\nh1 { margin: 0; }\n',
    'assets/a.txt': 'static a\n',
  };
  return files;
}

export interface Edit {
  readonly what: string;
  readonly changed: string[];
}

/** Applies one random edit to the source; returns the paths it touched. */
export function randomEditor(source: { files: Map<string, string> }, seed: number): () => Edit {
  const r = prng(seed);
  const posts: PostSpec[] = [];
  const day = (): string => `2022-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  // Some bodies show the start of the previous post's rendered content (so a
  // change travels down a chain of posts), some read what Jekyll carries from
  // the document rendered before (`content`, `layout`).
  const body = (): string =>
    `${r.int(0, 1) === 0 ? 'Prev: {{ page.previous.content | strip_html | slice: 0, 24 }}\n\n' : ''}Para ${r.int(0, 999)} with *stress*.\n\n<!--more-->\n\n` +
    `More ${r.int(0, 999)}{% if page.tags.size > 1 %} tagged{% endif %}.\n${r.int(0, 2) === 0 ? 'Carried: {{ content | slice: 0, 200 }} {{ layout.class }}\n' : ''}`;
  const newPost = (): PostSpec => ({
    date: day(),
    slug: `post-${r.int(0, 99999)}`,
    title: `Title ${r.int(0, 999)}`,
    categories: [r.pick(CATS)],
    tags: [r.pick(TAGS), r.pick(TAGS)].filter((t, i, a) => a.indexOf(t) === i),
    published: true,
    body: body(),
  });
  const put = (p: PostSpec): string => {
    source.files.set(postPath(p), postText(p));
    return postPath(p);
  };
  for (let i = 0; i < 8; i++) {
    const p = newPost();
    posts.push(p);
    put(p);
  }
  const onPost = (what: string, change: (p: PostSpec) => void): Edit => {
    const p = r.pick(posts);
    const before = postPath(p);
    change(p);
    source.files.delete(before);
    const after = put(p);
    return { what, changed: before === after ? [after] : [before, after] };
  };
  const setFile = (what: string, path: string, text: string | undefined): Edit => {
    if (text === undefined) source.files.delete(path);
    else source.files.set(path, text);
    return { what, changed: [path] };
  };
  const edits: Array<() => Edit> = [
    () => onPost('body', (p) => void (p.body = body())),
    () => onPost('body', (p) => void (p.body = body())),
    () => onPost('title', (p) => void (p.title = `Title ${r.int(0, 999)}`)),
    () => onPost('front matter date', (p) => void (p.frontDate = `${day()} 10:00:00`)),
    () => onPost('categories', (p) => void (p.categories = [r.pick(CATS), r.pick(CATS)].filter((c, i, a) => a.indexOf(c) === i))),
    () => onPost('tags', (p) => void (p.tags = [r.pick(TAGS)])),
    () => onPost('featured', (p) => void (p.featured = !p.featured)),
    () => onPost('lang', (p) => void (p.lang = r.pick(['en', 'fr', undefined]))),
    () => onPost('published', (p) => void (p.published = !p.published)),
    () => onPost('permalink', (p) => void (p.permalink = r.int(0, 1) ? `/p/${p.slug}/` : undefined)),
    () => onPost('rename', (p) => void (p.slug = `renamed-${r.int(0, 99999)}`)),
    () => onPost('file date', (p) => void (p.date = day())),
    () => {
      const p = newPost();
      posts.push(p);
      return { what: 'add post', changed: [put(p)] };
    },
    () => {
      if (posts.length < 3) return { what: 'no-op', changed: [] };
      const p = posts.splice(r.int(0, posts.length - 1), 1)[0]!;
      source.files.delete(postPath(p));
      return { what: 'delete post', changed: [postPath(p)] };
    },
    () => setFile('post layout', '_layouts/post.html', `---\nlayout: default\n---\n<article class="v${r.int(0, 99)}"><h1>{{ page.title }}</h1>{{ content }}</article>\n{% if page.next %}<a href="{{ page.next.url }}">{{ page.next.title }}</a>{% endif %}\n`),
    () => setFile('default layout', '_layouts/default.html', `<html><head><title>{{ page.title }}</title></head>\n<body class="v${r.int(0, 99)}">{% include header.html %}\n{{ content }}\n</body></html>\n`),
    () => setFile('include', '_includes/header.html', `<nav v="${r.int(0, 99)}">{% for item in site.data.nav %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}</nav>\n`),
    () => setFile('data nav', '_data/nav.yml', `- title: Home${r.int(0, 99)}\n  url: /\n`),
    () => setFile('data authors', '_data/authors.yml', `ann: Ann ${r.int(0, 99)}\n`),
    () => setFile('sass partial', '_sass/_base.scss', `$fg: #${r.int(100, 999)};\nh1 { margin: ${r.int(0, 9)}px; }\n`),
    () => setFile('static edit', 'assets/a.txt', `static ${r.int(0, 999)}\n`),
    () => setFile('static add or delete', 'assets/b.txt', source.files.has('assets/b.txt') ? undefined : 'b\n'),
    () => setFile('page body', 'about.md', `---\nlayout: default\ntitle: About\npermalink: /about/\n---\nAbout ${r.int(0, 99)} by {{ site.data.authors.ann }}.\n`),
    () => setFile('config', '_config.yml', `title: Edits ${r.int(0, 9)}\nurl: https://edits.example\nplugins: [jekyll-feed, jekyll-paginate, jekyll-sitemap]\npaginate: ${r.int(2, 4)}\n${COLLECTIONS}`),
    () => setFile('recipe body', '_recipes/soup.md', `---\ntitle: Soup ${r.int(0, 9)}\n---\nHot ${r.int(0, 99)}.\n`),
    () => setFile('recipe add or delete', '_recipes/bread.md', source.files.has('_recipes/bread.md') ? undefined : `---\ntitle: Bread\n---\nBaked.\n`),
  ];
  return () => r.pick(edits)();
}

/** path → contents, for comparing two builds byte for byte. */
export function contentsByPath(files: readonly OutputFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents).toString('base64')]));
}
