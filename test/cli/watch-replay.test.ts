// `kyll build --watch` replayed (watch-replay.ts): scripted edit sequences saved
// into a copy of a fixture site (and of the example blog) while the real watch
// loop runs; after each step, the destination it left is byte for byte the
// tree a clean `kyll build` of the edited source writes. A step that breaks the
// build must print the file and line, leave the last good destination in
// place, and the loop must recover once the file is fixed (as jekyll-watch's
// Watcher#process prints the error and goes on watching). Unlike `jekyll serve`,
// whose watcher ignores _config.yml (watcher.rb#listen_ignore_paths) and keeps
// the config it started with, kyll reads an edited config again: the last steps
// of the first sequence check that.
import fs from 'node:fs';
import path from 'node:path';
import { post, replaySequences, SITES, sleep, step } from './watch-replay.js';

replaySequences({
  // Feed, sitemap, paginator, an output collection, Sass, _data, baseurl.
  'kitchen-sink': {
    site: path.join(SITES, 'kitchen-sink'),
    steps: [
      step('post body', (s) => s.change('_posts/2024-01-15-hello-world.md', 'More text.', 'More *edited* text.')),
      step('post title', (s) => s.change('_posts/2024-03-31-dst-day.md', 'title: DST day', 'title: Clocks day')),
      step('post date in front matter (the URL moves)', (s) => s.change('_posts/2024-03-31-dst-day.md', 'tags: time', 'tags: time\ndate: 2024-04-02 10:00:00')),
      step('post added', (s) => s.write('_posts/2024-07-01-added.md', post('Added', 'tags: [intro]\n', 'An added post.'))),
      step('post renamed (its URL moves)', (s) => s.rename('_posts/2024-07-01-added.md', '_posts/2024-07-02-moved.md')),
      step('post deleted (paginator, feed, sitemap, archive listed it)', (s) => s.remove('_posts/2024-06-01-umlauts.md')),
      step('page listing site.pages added', (s) => s.write('pages.html', '---\n---\n{% for p in site.pages %}{{ p.url }} {{ p.title }};{% endfor %} {{ site.static_files.size }}\n')),
      step('page added', (s) => s.write('colophon.md', '---\nlayout: default\ntitle: Colophon\n---\nMade with care.\n')),
      step('page renamed', (s) => s.rename('colophon.md', 'credits.md')),
      step('permalink changed (the output moves)', (s) => s.change('about.md', 'permalink: /about/', 'permalink: /about-us/')),
      step('page deleted (site.pages and the sitemap listed it)', (s) => s.remove('credits.md')),
      step('layout', (s) => s.change('_layouts/post.html', '<article>', '<article class="edited">')),
      step('include', (s) => s.change('_includes/nav.html', '<nav>', '<nav class="top">')),
      step('_data file', (s) => s.change('_data/nav.yml', 'title: About', 'title: About us')),
      step('Sass partial', (s) => s.change('_sass/_vars.scss', '#336699', '#993366')),
      step('static file added', (s) => s.write('assets/notes.txt', 'notes\n')),
      step('static file edited', (s) => s.write('assets/notes.txt', 'more notes\n')),
      step('static file deleted', (s) => s.remove('assets/notes.txt')),
      step('a folder of static files added', (s) => (s.write('files/a.txt', 'a\n'), s.write('files/sub/b.txt', 'b\n'))),
      step('that folder renamed', (s) => s.rename('files', 'downloads')),
      step('that folder deleted', (s) => s.remove('downloads')),
      step('collection document edited', (s) => s.change('_authors/ada.md', 'full: Ada L.', 'full: Ada Lovelace')),
      step('collection document added', (s) => s.write('_authors/bob.md', '---\nname: bob\nfull: Bob\n---\nBob.\n')),
      step('collection document deleted', (s) => s.remove('_authors/bob.md')),
      step('file under a default-excluded folder', (s) => s.write('vendor/bundle/page.md', '---\ntitle: Vendored\n---\nNot built.\n')),
      step('draft added without --drafts', (s) => s.write('_drafts/idea.md', post('Idea', '', 'Not built.'))),
      step('Liquid error in a post', (s) => s.change('_posts/2024-01-15-hello-world.md', 'More *edited* text.', 'More {% if %} text.'), { mentions: /Liquid.*_posts\/2024-01-15-hello-world\.md|_posts\/2024-01-15-hello-world\.md.*line/ }),
      step('Liquid error fixed', (s) => s.change('_posts/2024-01-15-hello-world.md', 'More {% if %} text.', 'More fixed text.')),
      // Jekyll reports a post whose front matter does not parse and builds on without it (document.rb#read).
      step('YAML error in front matter', (s) => s.change('_posts/2024-03-31-dst-day.md', 'tags: time', 'tags: [time'), { mentions: /_posts\/2024-03-31-dst-day\.md/, builds: true }),
      step('YAML error fixed', (s) => s.change('_posts/2024-03-31-dst-day.md', 'tags: [time', 'tags: [time]')),
      step('Liquid error in a layout', (s) => s.change('_layouts/default.html', '{{ content }}', '{{ content }}{% endfor %}'), { mentions: /_layouts\/default\.html/ }),
      step('layout fixed', (s) => s.change('_layouts/default.html', '{{ content }}{% endfor %}', '{{ content }}')),
      step('YAML error in a _data file', (s) => s.write('_data/nav.yml', '- title: Home\n  url: [/\n'), { mentions: /_data\/nav\.yml/ }),
      step('_data file fixed', (s) => s.write('_data/nav.yml', '- title: Home\n  url: /\n')),
      step('Sass error in a partial', (s) => s.write('_sass/_vars.scss', '$c: #993366;\n.a { color: $missing; }\n'), { mentions: /_vars\.scss|main\.scss/ }),
      step('Sass partial fixed', (s) => s.write('_sass/_vars.scss', '$c: #993366;\n')),
      step('_config.yml that does not parse', (s) => s.change('_config.yml', 'paginate: 2', 'paginate: [2'), { mentions: /_config\.yml/ }),
      step('_config.yml fixed', (s) => s.change('_config.yml', 'paginate: [2', 'paginate: 2')),
      step('a link tag names a page that is deleted', (s) => (s.write('links.md', "---\n---\n[c]({% link colophon.md %})\n"), s.write('colophon.md', '---\n---\nC.\n'))),
      step('the linked page deleted', (s) => s.remove('colophon.md'), { mentions: /links\.md/ }),
      step('the link removed', (s) => s.remove('links.md')),
      step('_config.yml edited (kyll reads it again; jekyll serve does not)', (s) => s.change('_config.yml', 'paginate: 2', 'paginate: 1')),
    ],
  },
  // Saves as editors make them, files that change kind, outputs that share a path, folders that move.
  'kitchen-sink, harder edits': {
    site: path.join(SITES, 'kitchen-sink'),
    steps: [
      step('atomic save (a temporary file renamed over the post)', (s) => (s.write('_posts/.hello.md.tmp', s.read('_posts/2024-01-15-hello-world.md').replace('More text.', 'Atomic.')), s.rename('_posts/.hello.md.tmp', '_posts/2024-01-15-hello-world.md'))),
      step('vim-style save (backup, new file, backup gone)', (s) => {
        const t = s.read('_posts/2024-01-15-hello-world.md');
        s.rename('_posts/2024-01-15-hello-world.md', '_posts/2024-01-15-hello-world.md~');
        s.write('_posts/2024-01-15-hello-world.md', t.replace('Atomic.', 'Vim.'));
        s.remove('_posts/2024-01-15-hello-world.md~');
      }),
      step('a saved file unchanged', (s) => s.write('about.md', s.read('about.md'))),
      step('static file added', (s) => s.write('assets/notes.txt', 'plain {{ site.title }}\n')),
      step('static file becomes a page (front matter added)', (s) => s.write('assets/notes.txt', '---\n---\nplain {{ site.title }}\n')),
      step('page becomes a static file again', (s) => s.write('assets/notes.txt', 'plain again {{ site.title }}\n')),
      step('collection document loses its front matter (a static file of the collection)', (s) => s.write('_authors/ada.md', 'Ada, plain.\n')),
      step('collection document gets it back', (s) => s.write('_authors/ada.md', '---\nname: ada\n---\nAda again.\n')),
      step('index.md added beside index.html (one output path)', (s) => s.write('index.md', '---\nlayout: default\n---\nA second index.\n')),
      step('index.md deleted', (s) => s.remove('index.md')),
      step('a post takes the permalink of a page', (s) => s.change('_posts/2024-06-01-umlauts.md', 'categories: [Notes]', 'categories: [Notes]\npermalink: /about/')),
      step('the post gives it back', (s) => s.change('_posts/2024-06-01-umlauts.md', 'categories: [Notes]\npermalink: /about/', 'categories: [Notes]')),
      step('layout renamed (pages ask for a missing layout)', (s) => s.rename('_layouts/post.html', '_layouts/article.html')),
      step('layout renamed back', (s) => s.rename('_layouts/article.html', '_layouts/post.html')),
      step('include deleted', (s) => s.rename('_includes/nav.html', 'nav.bak'), { mentions: /nav\.html/ }),
      step('include back', (s) => s.rename('nav.bak', '_includes/nav.html')),
      step('page reading a missing _data file', (s) => s.write('extra.html', '---\n---\n[{{ site.data.extra.word }}] {{ site.data | size }}\n')),
      step('_data file added', (s) => s.write('_data/extra.yml', 'word: hello\n')),
      step('_data file deleted', (s) => s.remove('_data/extra.yml')),
      step('post moved to the future', (s) => s.change('_posts/2024-06-01-umlauts.md', 'date: 2024-06-01 23:30:00 +0200', 'date: 2030-06-01 23:30:00 +0200')),
      step('post back from the future', (s) => s.change('_posts/2024-06-01-umlauts.md', 'date: 2030-06-01 23:30:00 +0200', 'date: 2024-06-01 23:30:00 +0200')),
      step('post that post_url names deleted', (s) => s.rename('_posts/2024-03-31-dst-day.md', 'dst.bak'), { mentions: /about\.md/ }),
      step('post back', (s) => s.rename('dst.bak', '_posts/2024-03-31-dst-day.md')),
      step('include_relative page added', (s) => (s.write('notes/snippet.txt', 'snippet one\n'), s.write('notes/page.md', '---\n---\n{% include_relative snippet.txt %}\n'))),
      step('include_relative file edited', (s) => s.write('notes/snippet.txt', 'snippet two\n')),
      step('page renamed to a hidden name', (s) => s.rename('notes/page.md', 'notes/_page.md')),
      step('_posts folder renamed away (post_url fails)', (s) => s.rename('_posts', '_old_posts'), { mentions: /about\.md/ }),
      step('_posts folder back', (s) => s.rename('_old_posts', '_posts')),
      step('Sass entry deleted', (s) => s.remove('assets/css/main.scss')),
      step('post layout set to a missing one', (s) => s.change('_posts/2024-01-15-hello-world.md', 'tags: [intro, meta]', 'tags: [intro, meta]\nlayout: nothing')),
      step('notes excluded in the config', (s) => s.write('_config.yml', s.read('_config.yml') + '\nexclude: [notes]\n')),
      step('file in the excluded folder edited', (s) => s.write('notes/snippet.txt', 'snippet three\n')),
      step('file in the excluded folder added', (s) => s.write('notes/new.md', '---\n---\nNew.\n')),
      step('a burst of saves while updates run', async (s) => {
        const added: string[] = [];
        for (let i = 0; i < 12; i++) {
          s.change('_posts/2024-01-15-hello-world.md', /(More text|Atomic|Vim|More burst \d+)\./, `More burst ${i}.`);
          if (i % 3 === 0) s.write(added[added.push(`_posts/2024-08-1${i % 10}-burst.md`) - 1]!, post(`Burst ${i}`, '', 'Burst.'));
          if (i % 4 === 3) s.remove(added.shift()!);
          await sleep(15 + (i % 4) * 20);
        }
      }),
    ],
  },
  collections: {
    site: path.join(SITES, 'collections'),
    steps: [
      step('sort_by field changed', (s) => s.change('_staff/sous.md', 'order: 1', 'order: 9')),
      step('document added under a path with defaults', (s) => s.write('_recipes/desserts/flan.md', '---\ntitle: Flan\n---\nCaramel.\n')),
      step('CSV in a collection deleted', (s) => s.remove('_recipes/bread-ratios.csv')),
      step('guide moved into the advanced folder (its permalink default)', (s) => s.rename('_guides/knives.md', '_guides/advanced/knives.md')),
      step('staff member deleted', (s) => s.remove('_staff/porter.md')),
      // Each rebuild of jekyll-watch runs Jekyll's cleaner and writes every output (site.rb#process).
      step('files put into _site by hand go at the next save', (s) => {
        s.write('_site/hand.txt', 'by hand\n');
        s.write('_site/handdir/x.html', 'by hand\n');
        s.write('_staff/sous.md', s.read('_staff/sous.md').replace('order: 9', 'order: 8'));
      }),
      step('an output deleted by hand comes back at the next save', (s) => {
        s.remove('_site/index.html');
        s.write('_staff/sous.md', s.read('_staff/sous.md').replace('order: 8', 'order: 7'));
      }),
    ],
  },
  // Files that appear after something asked for them, renames of data and documents, links.
  'kitchen-sink, late files': {
    site: path.join(SITES, 'kitchen-sink'),
    steps: [
      step('a page asks for a layout that does not exist yet', (s) => s.write('late.md', '---\nlayout: later\ntitle: Late\n---\nLate page.\n')),
      step('the layout created', (s) => s.write('_layouts/later.html', '<div class="later">{{ content }}</div>\n')),
      step('Sass imports a partial that does not exist yet', (s) => s.write('assets/css/extra.scss', '---\n---\n@import "extra";\n'), { mentions: /extra/ }),
      step('the partial created', (s) => s.write('_sass/_extra.scss', '.x { color: red; }\n')),
      step('_data file renamed to JSON', (s) => (s.remove('_data/nav.yml'), s.write('_data/nav.json', '[{"title": "Home", "url": "/"}]\n'))),
      step('collection document renamed', (s) => s.rename('_authors/ada.md', '_authors/ada-l.md')),
      step('include folder added and used', (s) => (s.write('_includes/parts/note.html', '<aside>{{ include.text }}</aside>\n'), s.write('late.md', '---\nlayout: later\ntitle: Late\n---\n{% include parts/note.html text="hi" %}\n'))),
      step('include folder renamed', (s) => s.rename('_includes/parts', '_includes/bits'), { mentions: /parts\/note\.html/ }),
      step('the page follows', (s) => s.change('late.md', 'parts/note.html', 'bits/note.html')),
      step('a post truncated to nothing', (s) => s.write('_posts/2024-06-01-umlauts.md', '')),
      step('and written again', (s) => s.write('_posts/2024-06-01-umlauts.md', post('Umlauts again', '', 'Back.'))),
      step('a dangling symlink added (Jekyll fails opening it)', (s) => fs.symlinkSync('a.txt', path.join(s.root, 'assets', 'link.txt')), { mentions: /link\.txt/ }),
      step('its target created', (s) => s.write('assets/a.txt', 'target\n')),
      step('a post renamed in case only', (s) => s.rename('_posts/2024-01-15-hello-world.md', '_posts/2024-01-15-Hello-World.md')),
      step('a post renamed to a name that is not a post name', (s) => s.rename('_posts/2024-01-15-Hello-World.md', '_posts/hello-world.md')),
      step('a draft moved into _posts (without --drafts)', (s) => (s.write('_drafts/wip.md', post('WIP', '', 'Work.')), s.rename('_drafts/wip.md', '_posts/2024-09-09-wip.md'))),
      step('a post moved back to _drafts', (s) => s.rename('_posts/2024-09-09-wip.md', '_drafts/wip.md')),
      step('a page takes the path of a static file', (s) => s.write('assets/a-page.md', '---\npermalink: /assets/a.txt\n---\nPage.\n')),
    ],
  },
  // Category and tag listings, folder categories.
  'categories-tags': {
    site: path.join(SITES, 'categories-tags'),
    steps: [
      step('categories changed', (s) => s.change('_posts/2023-01-11-string-categories.md', 'categories: Travel Europe', 'categories: Travel Asia')),
      step('post moved into a category folder', (s) => s.rename('_posts/2023-01-10-no-categories.md', 'news/_posts/2023-01-10-no-categories.md')),
      step('the only post of a folder category deleted', (s) => s.remove('news/local/_posts/2023-02-03-nested.md')),
      step('a tag added', (s) => s.change('news/_posts/2023-02-01-folder-news.md', 'tags: [update]', 'tags: [update, fresh]')),
      step('a category folder deleted', (s) => s.remove('Reviews')),
    ],
  },
  // Drafts shown, future and unpublished posts, limit_posts, a collection.
  'drafts-future with --drafts': {
    site: path.join(SITES, 'drafts-future'),
    flags: ['--drafts'],
    steps: [
      step('draft edited', (s) => s.change('_drafts/another.md', 'Even with a date.', 'Even with a date, edited.')),
      step('draft added', (s) => s.write('_drafts/new-idea.md', post('New idea', '', 'Fresh.'))),
      step('draft published as a post', (s) => s.rename('_drafts/new-idea.md', '_posts/2025-11-15-new-idea.md')),
      step('draft deleted', (s) => s.remove('_drafts/unfinished-idea.md')),
      step('post unpublished', (s) => s.change('_posts/2025-08-01-summer.md', /^---\n/, '---\npublished: false\n')),
      step('release edited', (s) => s.change('_releases/v2.md', /\n---\n/, '\n---\nEdited. ')),
    ],
  },
  // The flags that choose posts, and a second config file.
  'drafts-future with --future --unpublished --limit_posts 3 --config _config.yml,_local.yml': {
    site: path.join(SITES, 'drafts-future'),
    flags: ['--future', '--unpublished', '--limit_posts', '3', '--config', '_config.yml,_local.yml'],
    before: { '_local.yml': 'title: Local desk\n' },
    steps: [
      step('the second config file edited', (s) => s.write('_local.yml', 'title: Local desk\nlimit_posts: 5\n')),
      step('a future post added', (s) => s.write('_posts/2027-01-01-far.md', post('Far', '', 'Far ahead.'))),
      step('an unpublished post edited', (s) => s.change('_posts/2025-09-01-hidden.md', /\n---\n/, '\n---\nStill hidden. ')),
      step('the newest post deleted', (s) => s.remove('_posts/2027-01-01-far.md')),
    ],
  },
  // `source: docs` in the top-level _config.yml: the watcher names files from the top folder.
  'config-source-folder': {
    site: path.join(SITES, 'config-source-folder'),
    steps: [
      step('post title in the configured folder', (s) => s.change('docs/_posts/2024-05-01-release.md', 'title: Release', 'title: First release')),
      step('static file in the configured folder', (s) => s.write('docs/style.css', s.read('docs/style.css') + '\n/* edited */\n')),
      step('the top-level configuration', (s) => s.change('_config.yml', 'title: Top-level configuration', 'title: Edited configuration')),
      step('the configured folder\'s own _config.yml (never read)', (s) => s.write('docs/_config.yml', 'title: Not read\n')),
    ],
  },
  // A JavaScript plugin of the site's own (every update reads the site again).
  'examples/blog': {
    site: path.resolve('examples', 'blog'),
    beside: { plugins: path.resolve('examples', 'plugins') },
    steps: [
      step('post body', (s) => s.change('_posts/2024-03-02-first-flush.md', 'a short steep.', 'a very short steep.')),
      step('post date in front matter', (s) => s.change('_posts/2024-03-02-first-flush.md', 'date: 2024-03-02 09:30:00 +0800', 'date: 2024-04-02 09:30:00 +0800')),
      step('post deleted (feed, index)', (s) => s.remove('_posts/2024-11-23-cold-brew.md')),
      step('excluded file edited', (s) => s.write('README.md', '# Edited readme\n')),
      step('stylesheet edited', (s) => s.write('assets/style.css', s.read('assets/style.css') + '\n/* edited */\n')),
    ],
  },
});
