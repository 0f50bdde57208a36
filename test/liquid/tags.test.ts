// Liquid's control-flow tags and Jekyll's include/include_relative, against
// fixtures/liquid/oracle-2 (rendered by Jekyll 4.3.1).
import { readFileSync } from 'node:fs';
import { createJekyllLiquid } from '../../lib/liquid/index.js';
import { memorySource } from '../../lib/source/memory-source.js';
import { config, liquid, render, site } from './helpers.js';

const dir = new URL('../../fixtures/liquid/oracle-2/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const body = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('control flow (oracle-2)', () => {
  const expected = read('expected.html').split(/\n(?=T\d )/);
  const out = render(body(read('input.html')), { page: { nums: [1, 2, 3, 4, 5], h: { x: 1, y: 2 } } }).split(/\n(?=T\d )/);
  test.each(expected.map((line, i) => [line.slice(0, 2), line, i]))('%s', (_key, line, i) => {
    expect(out[i as number]).toBe(line);
  });
});

describe('include and include_relative (oracle-2)', () => {
  test('includes_dir, include.* scope, assigns leak out, include_relative next to the page', () => {
    const l = liquid({
      config: { includes_dir: 'inc' },
      files: { 'inc/deep/d.html': 'deep[{{ include.v }}]{% assign leaked = "yes" %}', 'guides/snip.txt': 'rel({{ page.title }})' },
    });
    const out = l.render(l.parse(body(read('relative-input.html')), 'guides/g.html'), { page: { title: 'G', path: 'guides/g.html' } });
    expect(out).toBe(read('relative-expected.html'));
  });
});

describe('include', () => {
  // Checked with Jekyll 4.3.1: a parameter's unquoted value ([\w.-]+) is Context#[] of it, Expression.parse.
  test('unquoted parameter values as Expression.parse reads them', () => {
    const files = { '_includes/i.html': '[{{ include.a }}|{{ include.b }}|{{ include.c }}|{{ include.e }}|{{ include.g }}|{{ include.h }}|{{ include.i }}|{{ include.m }}|{{ include.n }}]' };
    const out = render('{% assign a-b = "AB" %}{% include i.html a=1..3 b=1.5.3 c=-x e=a-b g=page.x. h=1e5 i=-.5 m=1.0 n=2. %}', { page: { x: 'X' } }, { files });
    expect(out).toBe('[1.0|1.5||AB|X|||1.0|2.0]');
  });
  test('the theme _includes is the fallback', () => {
    const out = render('{% include a.html %}{% include b.html %}', {}, { files: { '_includes/a.html': 'site-a' }, theme: { '_includes/a.html': 'theme-a', '_includes/b.html': 'theme-b' } });
    expect(out).toBe('site-atheme-b');
  });

  test('an include without parameters sees the caller\'s include.*', () => {
    const files = { '_includes/outer.html': '{{ include.x }}:{% include inner.html %}', '_includes/inner.html': '[{{ include.x }}]' };
    expect(render('{% include outer.html x=1 %}', {}, { files })).toBe('1:[1]');
  });

  test('each include file is read and parsed once per build', () => {
    const inner = memorySource({ '_includes/a.html': '{{ include.n }},' }, '/site');
    let reads = 0;
    const source = { ...inner, readText: (p: string) => (reads++, inner.readText(p)), readBytes: (p: string) => (reads++, inner.readBytes(p)) };
    const cfg = config();
    const l = createJekyllLiquid({ config: cfg, source, site: site(cfg), markdownify: (t) => t });
    const tpl = l.parse('{% for i in (1..3) %}{% include a.html n=i %}{% endfor %}', 'x.html');
    expect(l.render(tpl, {})).toBe('1,2,3,');
    expect(l.render(l.parse('{% include a.html n=4 %}', 'y.html'), {})).toBe('4,');
    expect(reads).toBe(1);
  });

  test('include_relative without a page reads from the site root', () => {
    expect(render('{% include_relative a.txt %}', {}, { files: { 'a.txt': 'root' } })).toBe('root');
  });
});

describe('blank bodies (Ruby Liquid remove_blank_strings)', () => {
  test.each([
    ['{% for i in (1..3) %}\n  {% if i == 2 %}\n  {% endif %}\n{% endfor %}', ''],
    ['{% for i in (1..2) %} {% assign x = i %} {% endfor %}', ''],
    ['{% for i in (1..2) %} {{ i }} {% endfor %}', ' 1  2 '],
    ['{% if true %} {% capture c %} x {% endcapture %} {% endif %}', ''],
    ['{% unless false %}  {% comment %}x{% endcomment %}  {% endunless %}', ''],
    ['{% if true %} {% increment q %} {% endif %}', ' 0 '],
    ['{% if true %} {% raw %}{% endraw %} {% endif %}', ''],
    ['{% for i in (1..2) %}{{ i }}{% unless forloop.last %} {% endunless %}{% endfor %}', '12'],
  ])('%j', (tpl, out) => {
    expect(render(tpl)).toBe(out);
  });
});

// Assign::Syntax / Capture::Syntax: a VariableSignature name is stored literally, out of reach of
// lookups (real Jekyll: fixture realsites6-assign-dotted-names; Poltavtcev/clixby's collecttags.html).
describe('assign and capture to dotted names', () => {
  test.each([
    ['{% assign site.tags = "" %}[{{ site.tags | size }}]', '[2]'],
    ['{% assign a.b = 1 %}[{{ a.b }}][{{ a }}]', '[][]'],
    ['{% assign c = "x" %}{% assign c.d = 3 %}[{{ c }}][{{ c.d }}]', '[x][]'],
    ['{% assign arr = "p,q" | split: "," %}{% assign arr[0] = "z" | upcase %}[{{ arr | join: "-" }}]', '[p-q]'],
    ['{% capture site.x %}cap{% endcapture %}[{{ site.x }}][{{ site.tags.size }}]', '[][2]'],
  ])('%j', (tpl, out) => {
    expect(render(tpl, { site: { tags: { a: [], b: [] } } })).toBe(out);
  });
});

describe('highlight', () => {
  test('escaped code in a figure, leading and trailing newlines removed', () => {
    expect(render('{% highlight text %}\n\n  x & <y>\n\n{% endhighlight %}')).toBe(
      '<figure class="highlight"><pre><code class="language-text" data-lang="text">  x &amp; &lt;y&gt;</code></pre></figure>',
    );
  });
  test('linenos gives the Rouge table', () => {
    expect(render('{% highlight ruby linenos %}\na = 1\n\nb\n{% endhighlight %}')).toBe(
      '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n3\n</pre></td><td class="code"><pre><span class="n">a</span> <span class="o">=</span> <span class="mi">1</span>\n\n<span class="n">b</span>\n</pre></td></tr></tbody></table></code></pre></figure>',
    );
  });
  test('the body is Liquid; + becomes - in the class', () => {
    expect(render('{% highlight c++ %}{{ 1 | plus: 1 }}{% endhighlight %}')).toBe(
      '<figure class="highlight"><pre><code class="language-c--" data-lang="c++"><span class="mi">2</span></code></pre></figure>', // Rouge's cpp lexer, as Jekyll writes it
    );
  });
});

describe('render (Liquid 5 tag)', () => {
  // Jekyll 4.3.1 sets no Liquid file system: "This liquid context does not allow includes." (test/liquid/parse-order.test.ts)
  test('reads no file, not even from the include folders', () => {
    expect(() => render('{% assign y = 2 %}{% render "r.html", x: 1 %}', {}, { files: { '_includes/r.html': '{{ x }}{{ y }}' } })).toThrow('This liquid context does not allow includes.');
  });
});

// Assign, Capture and TableRow find their name with an unanchored Syntax whose \w is ASCII only
// (liquid/tags/*.rb): a name after CJK letters is the part they match. Output of Jekyll 4.3.1.
describe('tag names after non-ASCII letters', () => {
  test.each([
    ['{% assign 名字a = 1 %}[{{ a }}]', '[1]'],
    // the first name followed by `=`, wherever it is (hydejack's `assign = data_social = ...`)
    ['{% assign = x = 1 %}[{{ x }}]{% assign foo bar = 2 %}[{{ foo }}|{{ bar }}]{% assign - y = 3 | plus: 1 %}[{{ y }}]{% assign =z=4 %}[{{ z }}]{% assign == w = 5 %}[{{ w }}]', '[1][|2][4][4][5]'],
    // FullToken's tag name is `\w+`: `assign:` is `assign` with the markup `: x = ...` (chulapa's head.html)
    ['{%- assign: keyword = "a" |\n  append: "b" -%}[{{ keyword }}]{% assign:k = 2 %}[{{ k }}]', '[ab][2]'],
    ['{% capture 捕获x %}hi{% endcapture %}[{{ x }}]', '[hi]'],
    ['{% tablerow 项x in (1..3) cols:2 %}{{ x }}{% endtablerow %}', '<tr class="row1">\n<td class="col1">1</td><td class="col2">2</td></tr>\n<tr class="row2"><td class="col1">3</td></tr>\n'],
  ])('%s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });
});
