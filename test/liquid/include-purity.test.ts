// Which includes render once per build (lib/liquid/include-purity.ts, shared-includes.ts):
// the templates whose output cannot differ from page to page, and nothing else. The
// fixture site liquid8-shared-includes checks the same against real Jekyll's output.
import { analyzeInclude, type IncludeShape } from '../../lib/liquid/include-purity.js';
import { liquid } from './helpers.js';

const l = liquid();
const shape: IncludeShape = { tags: { ...l.engine.tags }, filters: { ...l.engine.filters }, documentLists: new Set(['pages', 'posts', 'html_pages', 'documents', 'recipes']) };
// a plugin's filter, and a plugin's filter over a name the build had: neither is the build's own
l.engine.registerFilter('shout', (s: string) => s.toUpperCase());
const verdict = (text: string, hasParams = false) => analyzeInclude(l.parse(text, 'x.html').templates, shape, hasParams);

const shared: Array<[string, string[]]> = [
  ['<a href="{{ "/" | relative_url }}">{{ site.title | escape }}</a>', []],
  ['{% for pair in site.data.categories %}{% assign slug = pair[0] %}{% if site.categories[slug] %}{{ site.categories[slug] | size }}{% endif %}{% endfor %}', ['slug']],
  ['{% for p in site.pages %}{% if p.title %}<a href="{{ p.url | relative_url }}">{{ p.title | escape }}</a>{% endif %}{% endfor %}', []],
  ['{% assign paths = site.pages | map: "path" %}{% for path in paths %}{% assign my = site.pages | where: "path", path | first %}{{ my.title }}{% endfor %}', ['paths', 'my']],
  ['{{ site.posts | size }} {{ site.posts.size }} {{ site.posts.first.title }} {{ site.recipes.last.url }}', []],
  ['{% capture t %}{{ site.title }}{% endcapture %}{{ t | upcase }}{% case t %}{% when "a" %}A{% else %}B{% endcase %}', ['t']],
  ['{% for i in site.data.list limit: 2 %}{% if forloop.last %}{% break %}{% endif %}{{ i }}{% unless forloop.first %}{% continue %}{% endunless %}{% endfor %}', []],
  ['{% assign x = site.title %}{% if site.a %}{% assign x = site.b %}{% endif %}{{ x }}', ['x']],
  ['{% for i in site.data.list %}{% assign last = i %}{% endfor %}{% comment %}{{ page.title }}{% endcomment %}{% raw %}{{ page.title }}{% endraw %}', ['last']],
  ['{{ site.time | date: "%Y" }} © {{ "now" | date: "%Y" }}', []],
  // a tag cloud: each name and its count; the hash's size
  ['{% for t in site.tags %}<a href="#{{ t[0] | slugify }}">{{ t | first }}（{{ t[1].size }}{{ t.last | size }}）</a>{% endfor %}{{ site.tags.size }}{{ site.categories | size }}', []],
  ['{% assign cats = site.categories | sort %}{% for c in cats %}{{ c.first }}{% for p in c.last %}{{ p.title }}{% endfor %}{% endfor %}', ['cats']],
];

const perPage: Array<[string, string]> = [
  ['{{ page.title }}', 'reads the page'],
  ['{{ layout.title }}{{ content }}{{ paginator.page }}', 'reads the payload'],
  ['{{ who }}', 'a variable set outside'],
  ['{{ slug }}{% assign slug = site.title %}', 'read before the include sets it'],
  ['{% if site.a %}{% assign x = 1 %}{% endif %}{{ x }}', 'set on one branch only'],
  ['{% for i in site.data.list %}{{ x }}{% assign x = i %}{% endfor %}', 'read at the next iteration only'],
  ['{% for i in site.data.list %}{% assign s = site.posts %}{{ s }}{% endfor %}', 'prints documents'],
  ['{{ forloop.index }}', 'the page loop'],
  ['{% break %}', 'breaks the page loop'],
  ['{{ include.x }}', 'include.* without parameters'],
  ['{% for p in site.related_posts %}{{ p.title }}{% endfor %}', 'related posts'],
  ['{% for p in site.posts %}{{ p.content | size }}{% endfor %}', 'documents’ content'],
  ['{{ site.posts.first.output }}{{ site.pages[0].excerpt }}', 'output, excerpt'],
  ['{{ site.posts | map: "content" | join }}', 'content through map'],
  ['{{ site.posts | where: "content", "x" | size }}', 'content through where'],
  ['{{ site.posts | jsonify }}', 'documents through a filter'],
  ['{{ site.posts.first }}', 'a whole document'],
  ['{{ site.collections | size }}', 'collections'],
  ['{{ site[site.key] }}', 'a site key read by value'],
  ['{% for i in site.data.list offset: continue %}{{ i }}{% endfor %}', 'offset: continue'],
  ['{% increment n %}', 'increment'],
  ['{% cycle "a", "b" %}', 'cycle'],
  ['{% include other.html %}', 'another include'],
  ['{{ site.data.list | where_exp: "i", "i == page.x" }}', 'where_exp'],
  ['{{ site.data.list | sample }}', 'sample'],
  ['{{ site.title | shout }}', 'a plugin filter'],
  ['{% for i in (1..site.n) %}{{ i }}{% endfor %}', 'a range'],
  // site.categories and site.tags hold the documents, whose content and output change as pages render
  ['{{ site.tags | jsonify }}', 'site.tags printed whole'],
  ['{{ site.categories | inspect }}', 'site.categories printed whole'],
  ['{% for t in site.tags %}{{ t[1] | jsonify }}{% endfor %}', 'a tag’s documents printed'],
  ['{% for t in site.tags %}{{ t[1].first.content }}{% endfor %}', 'a tag’s documents’ content'],
  ['{% for t in site.tags %}{{ t }}{% endfor %}', 'a [name, documents] pair printed'],
  ['{{ site.tags | map: "first" | size }}', 'map over the hash (adds a key)'],
];

describe('page-independent includes', () => {
  it.each(shared)('%s is shared', (text, assigned) => {
    expect(verdict(text)?.assigned).toEqual(assigned);
  });
  it.each(perPage)('%s is not shared (%s)', (text) => {
    expect(verdict(text)).toBeUndefined();
  });
  it('reads include.* only when its parameters are literals (they are then part of the key)', () => {
    expect(verdict('[{{ include.x }}]', true)).toEqual({ assigned: [], lists: [] });
  });
  it('names the lists of documents it reads (site.pages grows while pages render: a Sass page’s source map)', () => {
    expect(verdict('{{ site.pages | size }}{% for p in site.recipes %}{{ p.title }}{% endfor %}{{ site.categories.x | size }}')?.lists).toEqual(['pages', 'recipes']);
  });
  it('does not trust a filter a plugin registered over one of the build’s own', () => {
    const other = liquid();
    const own: IncludeShape = { ...shape, tags: { ...other.engine.tags }, filters: { ...other.engine.filters } };
    other.engine.registerFilter('escape', (s: string) => s);
    expect(analyzeInclude(other.parse('{{ site.title | escape }}', 'x.html').templates, own, false)).toBeUndefined();
  });
});
