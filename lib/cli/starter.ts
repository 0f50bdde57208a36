// The files of `kyll new`: a small blog in kyll's own words. With the minima
// theme installed it uses minima (as `jekyll new` does); without it the site
// carries its own layouts and stylesheet, so that it builds offline either way.
import { JEKYLL_VERSION } from '../plugins/shared/constants.js';

/** Files of a starter blog, path → text. `date` (YYYY-MM-DD) and `time` (HH:MM:SS, UTC) date the first post. */
export function starterBlog(date: string, time: string, withMinima: boolean): Record<string, string> {
  const files: Record<string, string> = {
    '_config.yml': `# Site settings. \`kyll serve\` reads this file again when it is saved (\`jekyll serve\` does not: restart it there).
title: My new blog
email: you@example.com
description: >-
  What this blog is about, in a sentence or two. Feeds and search engines show it.
baseurl: "" # a sub-path to serve the site under, e.g. /blog
url: "" # where the site will live, e.g. https://example.com
${withMinima ? 'theme: minima\n' : ''}plugins:
  - jekyll-feed
`,
    // Jekyll's starter names (site_template): `new --force` over a site keeps its own index.md and about.md.
    'index.markdown': `---
layout: home
---
`,
    'about.markdown': `---
layout: page
title: About
permalink: /about/
---

A few words about you and this blog. Edit \`about.markdown\` to change them.
`,
    '404.html': `---
permalink: /404.html
layout: default
---

<div style="text-align: center; margin: 3em auto">
  <h1>404</h1>
  <p>There is no page at this address.</p>
</div>
`,
    // Commands::New#initialized_post_name
    [`_posts/${date}-welcome-to-jekyll.markdown`]: `---
layout: post
title: "Welcome"
date: ${date} ${time} +0000
categories: news
---
This is your first post. Posts live in \`_posts\`, named \`YEAR-MONTH-DAY-title.md\`,
with front matter at the top for the layout, the title and the date.

Run \`kyll serve\` and edit this file: the page in your browser reloads when you save.

{% highlight js %}
function greet(name) {
  return \`Hello, \${name}!\`;
}
{% endhighlight %}
`,
  };
  files.Gemfile = gemfile(withMinima);
  return withMinima ? files : { ...files, ...ownTheme() };
}

/**
 * The Gemfile `jekyll new` writes (Commands::New#gemfile_contents), for the site to build with Jekyll
 * too (`bundle exec jekyll serve`): Jekyll at this version, the theme, jekyll-feed, and the gems Windows
 * and JRuby need. kyll reads none of it.
 */
function gemfile(withMinima: boolean): string {
  return `source "https://rubygems.org"
# The gems to build this site with Jekyll (\`bundle install\`, then \`bundle exec jekyll serve\`).
# kyll does not need them. Change a version here, then run \`bundle install\` again.
gem "jekyll", "~> ${JEKYLL_VERSION}"
${withMinima ? '# The theme of the site (`theme:` in _config.yml).\ngem "minima", "~> 2.5"\n' : ''}# For GitHub Pages, remove the "jekyll" line above and use this one instead
# (\`bundle update github-pages\` upgrades it).
# gem "github-pages", group: :jekyll_plugins
# The site's plugins:
group :jekyll_plugins do
  gem "jekyll-feed", "~> 0.12"
end

# Windows and JRuby have no time zone files: the tzinfo-data gem brings them.
platforms :mingw, :x64_mingw, :mswin, :jruby do
  gem "tzinfo", ">= 1", "< 3"
  gem "tzinfo-data"
end

# Faster folder watching on Windows.
gem "wdm", "~> 0.1.1", :platforms => [:mingw, :x64_mingw, :mswin]

# JRuby builds need http_parser.rb 0.6.x, which has a Java version.
gem "http_parser.rb", "~> 0.6.0", :platforms => [:jruby]
`;
}

/** Layouts and a stylesheet for a site without an installed theme. */
function ownTheme(): Record<string, string> {
  return {
    '_layouts/default.html': `<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
    <link rel="stylesheet" href="{{ "/assets/css/style.css" | relative_url }}">
    <link rel="alternate" type="application/atom+xml" href="{{ "/feed.xml" | relative_url }}" title="{{ site.title | escape }}">
  </head>
  <body>
    <header><a href="{{ "/" | relative_url }}">{{ site.title | escape }}</a> · <a href="{{ "/about/" | relative_url }}">About</a></header>
    <main>{{ content }}</main>
    <footer>{{ site.description | escape }}</footer>
  </body>
</html>
`,
    '_layouts/home.html': `---
layout: default
---
{{ content }}
<h2>Posts</h2>
<ul class="posts">
{%- for post in site.posts %}
  <li><time>{{ post.date | date: "%b %-d, %Y" }}</time> <a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></li>
{%- endfor %}
</ul>
`,
    '_layouts/page.html': `---
layout: default
---
<article>
  <h1>{{ page.title | escape }}</h1>
  {{ content }}
</article>
`,
    '_layouts/post.html': `---
layout: default
---
<article>
  <h1>{{ page.title | escape }}</h1>
  <p><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%b %-d, %Y" }}</time></p>
  {{ content }}
</article>
`,
    'assets/css/style.css': `body { max-width: 42em; margin: 0 auto; padding: 1em; font: 18px/1.5 system-ui, sans-serif; color: #222; }
header, footer { color: #666; margin: 1em 0; }
pre { background: #f6f8fa; padding: 0.75em; overflow: auto; }
.posts { list-style: none; padding: 0; }
time { color: #666; margin-right: 0.5em; }
`,
  };
}

/** `--blank`: the folders of a site and one page, no posts, no theme. */
export function blankSite(): Record<string, string> {
  return {
    '_config.yml': `title: "" # the site's name
baseurl: "" # a sub-path to serve the site under, e.g. /blog
url: "" # where the site will live, e.g. https://example.com
`,
    '_layouts/default.html': `<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{ page.title }}{% if site.title != "" %} - {{ site.title }}{% endif %}</title>
    <link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}">
  </head>
  <body>
    {{ content }}
  </body>
</html>
`,
    '_sass/main.scss': `body { margin: 2em auto; max-width: 40em; font-family: sans-serif; }
`,
    'assets/css/main.scss': `---
---
@import "main";
`,
    'index.md': `---
layout: default
title: "A blank site"
---

## Ready

Add pages next to this one, posts in \`_posts\`, data in \`_data\`.
`,
  };
}

/** Folders `--blank` makes empty, as Jekyll's create_blank_site does. */
export const BLANK_FOLDERS = ['_data', '_drafts', '_includes', '_posts'];
