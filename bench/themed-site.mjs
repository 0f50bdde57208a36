// A small real-world blog for the benchmark: 100 posts of the seed blog's
// shape in a GitHub Pages theme with one Sass stylesheet. Uses the `minimal`
// theme's own repository when it is at /work/sites/minimal (or $KYLL_BENCH_THEME),
// its `theme:` line, Gemfile and gemspec dropped since the folder is the theme; otherwise a
// generated theme-like site (a layout with an include and {% seo %}, and
// assets/css/style.scss importing four partials).
import fs from 'node:fs';
import path from 'node:path';
import { generateSite } from './generate-site.mjs';

const THEME = process.env.KYLL_BENCH_THEME ?? '/work/sites/minimal';

export function generateThemedSite({ posts: count = 100, dest, seed = 42 }) {
  const tmp = `${dest}.posts`;
  generateSite({ posts: count, dest: tmp, seed });
  fs.rmSync(dest, { recursive: true, force: true });
  let from;
  if (fs.existsSync(path.join(THEME, '_config.yml'))) {
    fs.cpSync(THEME, dest, { recursive: true, filter: (p) => !/[\\/](\.git|_site|\.jekyll-cache|Gemfile(\.lock)?|[^\\/]+\.gemspec)$/.test(p) });
    const config = fs.readFileSync(path.join(dest, '_config.yml'), 'utf8').replace(/^theme:.*\n/m, '');
    fs.writeFileSync(path.join(dest, '_config.yml'), `${config}\nplugins: [jekyll-seo-tag]\n`);
    from = THEME;
  } else {
    writeTheme(dest);
    from = 'a generated theme';
  }
  // Posts keep `layout: post`; a theme without one gets it from default.
  fs.cpSync(path.join(tmp, '_posts'), path.join(dest, '_posts'), { recursive: true });
  if (!fs.existsSync(path.join(dest, '_layouts', 'post.html'))) fs.writeFileSync(path.join(dest, '_layouts', 'post.html'), '---\nlayout: default\n---\n<h2>{{ page.title }}</h2>\n{{ content }}\n');
  fs.rmSync(tmp, { recursive: true, force: true });
  return { from };
}

function writeTheme(dest) {
  const w = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    fs.writeFileSync(path.join(dest, rel), text);
  };
  w('_config.yml', 'title: Themed\ndescription: A small themed blog.\nurl: https://themed.example\nplugins: [jekyll-seo-tag]\n');
  w('_includes/head.html', '<meta charset="utf-8">\n{% seo %}\n<link rel="stylesheet" href="{{ "/assets/css/style.css" | relative_url }}">\n');
  w('_layouts/default.html', '<!doctype html>\n<html lang="{{ site.lang | default: "en-US" }}">\n<head>{% include head.html %}</head>\n<body><div class="wrapper"><header><h1><a href="{{ "/" | absolute_url }}">{{ site.title }}</a></h1><p>{{ site.description }}</p></header>\n<section>{{ content }}</section></div></body>\n</html>\n');
  w('index.html', '---\nlayout: default\n---\n<ul>{% for post in site.posts %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.date | date_to_string }}</li>{% endfor %}</ul>\n');
  w('_sass/variables.scss', '$text: #727272; $link: #267CB9; $code-bg: #f8f8f8; $max: 860px;\n@mixin small { @media print, screen and (max-width: 720px) { @content; } }\n');
  w('_sass/fonts.scss', '@font-face { font-family: "Noto Sans"; font-weight: 400; src: url("../fonts/Noto-Sans-regular.woff2") format("woff2"); }\n');
  w('_sass/base.scss', `${Array.from({ length: 6 }, (_, i) => `h${i + 1} { color: darken($text, ${i * 5}%); margin: 0 0 ${20 - i * 2}px; }`).join('\n')}\nbody { color: $text; font: 14px/1.5 "Noto Sans", sans-serif; }\na { color: $link; &:hover { color: darken($link, 10%); } }\n`);
  w('_sass/layout.scss', '.wrapper { width: $max; margin: 0 auto; @include small { width: auto; } }\nheader { width: 270px; float: left; position: fixed; @include small { float: none; position: static; } }\nsection { width: 500px; float: right; pre, code { background: $code-bg; } }\n');
  w('assets/css/style.scss', '---\n---\n\n@import "variables";\n@import "fonts";\n@import "base";\n@import "layout";\n');
}
