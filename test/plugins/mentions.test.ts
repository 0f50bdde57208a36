// jekyll-mentions beyond the fixture site (built by real Jekyll).
import { mentionBase, mentionFilter } from '../../lib/plugins/mentions/index.js';
import { memorySource, renderSite } from '../../lib/index.js';

test('the base URL: a string, a hash with base_url, else github.com; anything else is an error', () => {
  expect(mentionBase(undefined)).toBe('https://github.com');
  expect(mentionBase('https://gitlab.com')).toBe('https://gitlab.com');
  expect(mentionBase({ base_url: 'https://x.org' })).toBe('https://x.org');
  expect(mentionBase({})).toBe('https://github.com');
  expect(() => mentionBase(['x'])).toThrow("Your jekyll-mentions config has to either be a string or a hash. It's a Array right now.");
});

test('a base URL ending in / or ~ gets no extra slash', () => {
  expect(mentionFilter('hi @a', 'https://h/~')).toBe("hi <a href=\"https://h/~a\" class=\"user-mention\">@a</a>");
  expect(mentionFilter('hi @a', 'https://h/')).toBe("hi <a href=\"https://h/a\" class=\"user-mention\">@a</a>");
});

// html-pipeline 2.14's link_to_mentioned_user (`url = base_url.dup; url << '/' ...; url << login`) with
// a `base_url:` that is no String, as Jekyll 4.3.1 builds it: checked only when a mention is linked.
test('a base_url that is no String: nil or false is "/", a list takes the parts as items, others fail', () => {
  expect(mentionBase({ base_url: null })).toBeNull();
  expect(mentionFilter('hi @a', null)).toBe("hi <a href=\"/a\" class=\"user-mention\">@a</a>");
  // the inspect `["x", "/", "a"]`, which libxml2 escapes as it writes an href
  expect(mentionFilter('hi @a', ['x'])).toBe('hi <a href="%5B%22x%22,%20%22/%22,%20%22a%22%5D" class="user-mention">@a</a>');
  expect(() => mentionFilter('hi @a', 5)).toThrow('no implicit conversion of String into Integer');
  expect(() => mentionFilter('hi @a', true)).toThrow("undefined method `<<' for true:TrueClass");
  expect(mentionFilter('no mention', true)).toBe('no mention');
});

test('text in pre, code, a, style and script is left alone, at any depth', () => {
  const html = '<pre><span>@a</span></pre><code>@b</code><a href="/"><em>@c</em></a><script>x("@d")</script>';
  expect(mentionFilter(html, 'https://github.com')).toBe(html);
});

test("a top-level element's prefixed attributes move last (Nokogiri's reparent_attrs); its descendants keep their order", () => {
  // Nokogiri::HTML::DocumentFragment.parse(...).to_html, Nokogiri 1.13.10
  const html = '<svg xmlns="s" xmlns:xlink="x" style="h"><use xlink:href="#a" x="1"></use></svg><p a:b c="1" xml:lang="en" d="2">@a</p>';
  expect(mentionFilter(html, 'https://h')).toBe(
    '<svg xmlns="s" style="h" xmlns:xlink="x"><use xlink:href="#a" x="1"></use></svg><p c="1" d="2" a:b="" xml:lang="en"><a href="https://h/a" class="user-mention">@a</a></p>',
  );
});

// mentionify: `config.merge(doc.data) if doc.data.key?("jekyll-mentions")`. A page's front matter
// defaults answer only through its data's default_proc, which key? does not ask: a default base URL
// is a document's, not a page's (Jekyll 4.3.1 linked the page's mention to github.com).
test("a default jekyll-mentions is a document's base URL, not a page's", async () => {
  const result = await renderSite({
    source: memorySource({
      '_config.yml': 'plugins: [jekyll-mentions]\ncollections:\n  things: {output: true}\ndefaults:\n  - scope: {path: ""}\n    values: {jekyll-mentions: "https://dflt.example"}\n',
      'p.md': '---\n---\nhi @alice\n',
      '_things/t.md': '---\n---\nhi @bob\n',
      'own.md': '---\njekyll-mentions: {base_url: "https://own.example"}\n---\nhi @carol\n',
    }),
    env: {},
  });
  const out = (path: string) => Buffer.from(result.files.find((f) => f.path === path)!.contents).toString();
  expect(out('p.html')).toBe('<p>hi <a href="https://github.com/alice" class="user-mention">@alice</a></p>\n');
  expect(out('things/t.html')).toBe('<p>hi <a href="https://dflt.example/bob" class="user-mention">@bob</a></p>\n');
  expect(out('own.html')).toBe('<p>hi <a href="https://own.example/carol" class="user-mention">@carol</a></p>\n');
});
