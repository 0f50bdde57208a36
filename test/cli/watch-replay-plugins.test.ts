// `kyll build --watch` replayed (watch-replay.ts) on sites whose pages come
// from plugins or a theme: theme files shadowed and unshadowed, generated
// pages (paginate-v2, archives, redirect-from), include_cached, the GitHub
// Pages plugins that read pages, and edits any blog has.
import fs from 'node:fs';
import path from 'node:path';
import { post, replaySequences, SITES, step, type SiteCopy, type Step } from './watch-replay.js';

/** The posts of the copy, sorted. */
const postsOf = (s: SiteCopy): string[] => fs.readdirSync(path.join(s.root, '_posts')).sort().map((n) => `_posts/${n}`);

/** Edits any blog has: bodies, tags, a post added and deleted, a post made a redirect, a page listing the pages. */
const GENERIC: readonly Step[] = [
  step('first post body', (s) => s.change(postsOf(s)[0]!, /\n---\n/, '\n---\nOpening *line*.\n\n')),
  step('last post tags', (s) => s.change(postsOf(s).at(-1)!, /^---\n/, '---\ntags: [fresh, ink]\n')),
  step('post added', (s) => s.write('_posts/2024-02-29-leap.md', post('Leap', 'tags: [ink]\ncategories: [misc]\n', 'A leap day post.'))),
  step('post redirected from an old URL', (s) => s.change('_posts/2024-02-29-leap.md', 'tags: [ink]', 'tags: [ink]\nredirect_from: [/old-leap/]')),
  step('pages listed', (s) => s.write('all-pages.html', '---\n---\n{% for p in site.pages %}{{ p.url }};{% endfor %}\n')),
  step('post deleted', (s) => s.remove('_posts/2024-02-29-leap.md')),
  step('first post deleted', (s) => s.remove(postsOf(s)[0]!)),
];

replaySequences({
  // Files of the site that shadow the theme's, added and removed.
  'theme-minima': {
    site: path.join(SITES, 'theme-minima'),
    steps: [
      step('site include shadows the theme one', (s) => s.write('_includes/footer.html', '<footer>own footer {{ site.title }}</footer>\n')),
      step('that include edited', (s) => s.write('_includes/footer.html', '<footer>own footer, edited</footer>\n')),
      step('that include deleted (the theme one again)', (s) => s.remove('_includes/footer.html')),
      step('site layout shadows the theme one', (s) => s.write('_layouts/post.html', '---\nlayout: default\n---\n<main class="own">{{ content }}</main>\n')),
      step('that layout deleted', (s) => s.remove('_layouts/post.html')),
      step('site Sass partial shadows the theme one', (s) => s.write('_sass/minima/_base.scss', 'body { color: red; }\n')),
      step('that partial deleted', (s) => s.remove('_sass/minima/_base.scss')),
      step('site asset shadows the theme stylesheet', (s) => s.write('assets/main.scss', '---\n---\nbody { margin: 0; }\n')),
      step('that asset deleted', (s) => s.remove('assets/main.scss')),
      step('post body', (s) => s.change('_posts/2024-06-01-second.md', /\n---\n/, '\n---\nOpening line.\n')),
    ],
  },
  // Plugins that generate pages from the posts.
  'plugin-paginate-v2': { site: path.join(SITES, 'plugin-paginate-v2'), steps: GENERIC },
  'plugin-archives': { site: path.join(SITES, 'plugin-archives'), steps: GENERIC },
  'fidelity12-redirect-to-layout': { site: path.join(SITES, 'fidelity12-redirect-to-layout'), steps: GENERIC },
  'fidelity12-redirect-to-content': { site: path.join(SITES, 'fidelity12-redirect-to-content'), steps: GENERIC },
  'plugin-include-cache': { site: path.join(SITES, 'plugin-include-cache'), steps: GENERIC },
  'ghp-relative-links': { site: path.join(SITES, 'ghp-relative-links'), steps: GENERIC },
  // GitHub Pages plugins that read the pages (their front matter, headings, names).
  'ghp-optional-front-matter': {
    site: path.join(SITES, 'ghp-optional-front-matter'),
    steps: [
      step('page without front matter edited', (s) => s.write('about.md', s.read('about.md') + '\nMore about.\n')),
      step('Markdown file without front matter added', (s) => s.write('new.md', '# New\n\nA new page.\n')),
      step('front matter added to it', (s) => s.write('new.md', '---\ntitle: Newer\n---\n# New\n\nA new page.\n')),
      step('front matter removed again', (s) => s.write('new.md', '# New again\n\nA new page.\n')),
      step('README edited', (s) => s.write('README.md', s.read('README.md') + '\nEdited.\n')),
      step('it deleted', (s) => s.remove('new.md')),
      step('CONTRIBUTING deleted', (s) => s.remove('CONTRIBUTING.md')),
    ],
  },
  'ghp-titles': {
    site: path.join(SITES, 'ghp-titles'),
    steps: [
      step('heading edited (the title follows)', (s) => s.change('atx.md', 'Atx *heading*', 'Another *heading*')),
      step('heading added', (s) => s.change('none.md', 'Just a paragraph', '# Now titled\n\nJust a paragraph')),
      step('title in front matter', (s) => s.change('none.md', /^---\n---/, '---\ntitle: Given\n---')),
      step('collection note heading', (s) => s.write('_notes/n.md', '---\n---\n# Note heading\n\nText.\n')),
    ],
  },
  'ghp-readme-index': {
    site: path.join(SITES, 'ghp-readme-index'),
    steps: [
      step('index.md deleted (the README becomes the index)', (s) => s.remove('sub/index.md')),
      step('that README edited', (s) => s.write('sub/README.md', s.read('sub/README.md') + '\nEdited.\n')),
      step('index.md added to a folder with a README', (s) => s.write('docs/index.md', '---\n---\nDocs index.\n')),
      step('README deleted', (s) => s.remove('guide/README.md')),
    ],
  },
  'ghp-default-layout': {
    site: path.join(SITES, 'ghp-default-layout'),
    steps: [
      step('page layout deleted (the default layout falls back)', (s) => s.remove('_layouts/page.html')),
      step('page layout back', (s) => s.write('_layouts/page.html', '---\nlayout: default\n---\n<div class="page">{{ content }}</div>\n')),
      step('home layout edited', (s) => s.write('_layouts/home.html', s.read('_layouts/home.html') + '<!-- home -->\n')),
    ],
  },
  'news-blog': { site: path.join(SITES, 'news-blog'), steps: [...GENERIC, step('_data file', (s) => s.write('_data/categories.yml', s.read('_data/categories.yml').replace(/: .*/, ': 改')))] },
});
