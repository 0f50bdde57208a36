// A blog whose pages go through an HTML-compressing layout, as many themes do with
// jekyll-compress-html: 100 posts of the seed blog's shape, each long (its paragraphs 80 times
// over: pages of ~100K characters, most of them CJK, so two bytes a character in V8), and a
// layout of our own that does what such layouts do over the whole page: whitespace collapsed by
// split/join outside <pre>, then a replace or remove for each of ~40 elements' edges. The case
// kyll's replace chain holds as parts (lib/liquid/filters/replace-chain.ts); Jekyll builds it too.
import fs from 'node:fs';
import path from 'node:path';
import { generateSite } from './generate-site.mjs';

const ELEMENTS = 'html head title meta link body header footer main nav article section aside h1 h2 h3 h4 h5 h6 p ul ol li dl dt dd div table thead tbody tr td th blockquote figure figcaption address hr';

const COMPRESS_LAYOUT = `---
---
{%- capture _content %}{{ content }}{% endcapture -%}
{%- assign _pres = _content | split: "<pre" -%}
{%- assign _content = "" -%}
{%- for _pre in _pres -%}
  {%- assign _parts = _pre | split: "</pre>" -%}
  {%- if _parts.size == 2 -%}
    {%- capture _content %}{{ _content }}<pre{{ _parts.first }}</pre>{{ _parts.last | split: " " | join: " " }}{% endcapture -%}
  {%- else -%}
    {%- capture _content %}{{ _content }}{{ _parts.last | split: " " | join: " " }}{% endcapture -%}
  {%- endif -%}
{%- endfor -%}
{%- assign _elements = "${ELEMENTS}" | split: " " -%}
{%- for _e in _elements -%}
  {%- capture _open %} <{{ _e }}{% endcapture -%}
  {%- capture _close %}</{{ _e }}> {% endcapture -%}
  {%- capture _tight_open %}<{{ _e }}{% endcapture -%}
  {%- capture _tight_close %}</{{ _e }}>{% endcapture -%}
  {%- assign _content = _content | replace: _open, _tight_open | replace: _close, _tight_close | remove: "<!-- -->" -%}
{%- endfor -%}
{{ _content }}
`;

export function generateCompressSite({ posts: count = 100, dest, seed = 42, repeat = 80 }) {
  generateSite({ posts: count, dest, seed });
  fs.writeFileSync(path.join(dest, '_layouts', 'compress.html'), COMPRESS_LAYOUT);
  const defaultLayout = path.join(dest, '_layouts', 'default.html');
  fs.writeFileSync(defaultLayout, `---\nlayout: compress\n---\n${fs.readFileSync(defaultLayout, 'utf8')}`);
  // Long posts: each one's paragraphs over and over (its first one stays the excerpt).
  const postsDir = path.join(dest, '_posts');
  for (const name of fs.readdirSync(postsDir)) {
    const file = path.join(postsDir, name);
    const text = fs.readFileSync(file, 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    const body = text.slice(end);
    const first = body.indexOf('\n\n');
    const paragraphs = first < 0 ? body : body.slice(0, first);
    fs.writeFileSync(file, `${text.slice(0, end)}${paragraphs}\n${`\n${paragraphs}`.repeat(repeat - 1)}${first < 0 ? '' : body.slice(first)}`);
  }
}
