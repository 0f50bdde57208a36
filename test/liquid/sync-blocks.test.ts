// Block tags (if, unless, case, assign, capture, for, include) render with direct calls
// in a synchronous render (lib/liquid/tags/sync-blocks.ts, for.ts, include.ts): their
// render returns no generator there, and an asynchronous render keeps liquidjs's
// generator with the same output. Filters called from compiled outputs keep Ruby's
// arity errors and keyword hash (lib/liquid/filters/arity.ts#rubyFilterCall).
import { Context } from 'liquidjs';
import { liquid } from './helpers.js';
import { strftime } from '../../lib/liquid/ruby/strftime.js';
import { JekyllTime } from '../../lib/time/index.js';

const files = {
  '_includes/x.html': '[{{ include.a }}{% if include.a > 1 %}big{% endif %}]',
  '_includes/loop.html': '{% for c in include.list %}{{ c }}{% unless forloop.last %},{% endunless %}{% endfor %}',
};
const l = liquid({ files });
const scope = { page: { tags: ['x', 'y', 'z'], n: 3, title: 'T' }, site: { list: [1, 2, 3, 4, 5] } };

const isIterator = (v: unknown): boolean => !!v && typeof (v as { next?: unknown }).next === 'function';

const tags: Array<[string, string]> = [
  ['{% if page.n > 2 %}a{% elsif page.n %}b{% else %}c{% endif %}', 'a'],
  ['{% unless page.n == 3 %}a{% elsif page.title %}t{% else %}c{% endunless %}', 't'],
  ['{% case page.title %}{% when "S", "T" %}st{% else %}other{% endcase %}', 'st'],
  ['{% case page.tags %}{% when page.tags %}same{% endcase %}', 'same'],
  ['{% assign v = page.tags | join: "+" %}{{ v }}', 'x+y+z'],
  ['{% capture v %}{{ page.n | plus: 1 }}{% endcapture %}{{ v }}{{ v | size }}', '41'],
  // liquid 5.4 Capture::Syntax, matched unanchored: the first run of name characters (checked with ruby-liquid 5.4.0)
  ['{% assign /x = 1 %}[{{ x }}]{% assign a.b = 2 %}[{{ a.b }}]', '[1][]'],
  ['{% capture /dev/null %}t{% endcapture %}[{{ dev }}][{{ null }}]{% capture "x y" %}s{% endcapture %}[{{ x }}]', '[t][][s]'],
  ['{% for i in site.list limit: 2 %}{{ i }}{% endfor %}|{% for i in site.list offset: continue %}{{ i }}{% endfor %}', '12|345'],
  ['{% for i in site.list reversed offset: 3 %}{{ i }}{% endfor %}', '54'],
  ['{% for p in page %}{{ p[0] }}{% endfor %}', 'tagsntitle'],
  ['{% for c in "abc" %}{{ c }}{{ forloop.length }}{% endfor %}', 'abc1'],
  ['{% for a in page.tags %}{% for b in (1..2) %}{{ forloop.parentloop.index }}{{ forloop.index }}{% endfor %}{% endfor %}', '111221223132'],
  ['{% include x.html a=page.n %}{% include loop.html list=page.tags %}', '[3big]x,y,z'],
];

describe('block tags without generators in a synchronous render', () => {
  test.each(tags)('%s → %j, the same as the asynchronous render', async (template, expected) => {
    expect(l.render(l.parse(template, 'a.md'), scope)).toBe(expected);
    // engine.parseAndRender renders asynchronously: liquidjs's generators
    expect(await l.engine.parseAndRender(template, scope)).toBe(l.engine.parseAndRenderSync(template, scope));
  });

  test.each(['{% if 1 %}a{% endif %}', '{% unless 1 %}a{% endunless %}', '{% case 1 %}{% when 1 %}a{% endcase %}', '{% assign a = 1 %}', '{% capture a %}x{% endcapture %}', '{% for a in (1..2) %}a{% endfor %}', '{% include x.html a=1 %}'])(
    '%s: its render returns no generator when the render is synchronous, a generator otherwise',
    (template) => {
      const [tag] = l.parse(template, 'a.md').templates as unknown as Array<{ render(ctx: unknown, emitter: unknown): unknown }>;
      const emitter = { buffer: '', write(h: unknown) { this.buffer += String(h); } };
      expect(isIterator(tag!.render(contextFor(true), emitter))).toBe(false);
      expect(isIterator(tag!.render(contextFor(false), emitter))).toBe(true);
    },
  );

  test('text between tags is written without a generator, in synchronous and asynchronous renders alike', async () => {
    const [text] = l.parse('plain <b>text</b>{{ 1 }}', 'a.md').templates as unknown as Array<{ render(ctx: unknown, emitter: unknown): unknown }>;
    const emitter = { buffer: '', write(h: unknown) { this.buffer += String(h); } };
    expect(isIterator(text!.render(contextFor(true), emitter))).toBe(false);
    expect(emitter.buffer).toBe('plain <b>text</b>');
    expect(await l.engine.parseAndRender('a{% if 1 %}b{% endif %}c', {})).toBe('abc');
  });

  test('an include finds its file at each render, and a missing one still raises with its name', () => {
    const tpl = l.parse('{% for i in (1..3) %}{% include x.html a=i %}{% endfor %}', 'a.md');
    expect(l.render(tpl, scope)).toBe('[1][2big][3big]');
    expect(() => l.render(l.parse('{% include nope.html %}', 'b.md'), scope)).toThrow(/Could not locate the included file 'nope.html'/);
  });
});

describe('filters called from compiled outputs', () => {
  test.each([
    ['{{ "x" | append }}', 'wrong number of arguments (given 1, expected 2)'],
    ['{{ "x" | append: "y", b: "c" }}', 'wrong number of arguments (given 3, expected 2)'],
    ['{{ "x" | replace: "x", "y", z: 1 }}', 'wrong number of arguments (given 4, expected 2..3)'],
  ])('%s raises at each render: %s', (template, message) => {
    const tpl = l.parse(template, 'a.md');
    for (let i = 0; i < 2; i++) expect(() => l.render(tpl, scope)).toThrow(message);
  });

  test('nil, empty and blank reach a filter as Ruby values, keyword arguments as one hash', () => {
    expect(l.render(l.parse('{{ nil | default: "d" }}|{{ "a" | append: empty }}|{{ page.tags | join: blank }}', 'a.md'), scope)).toBe('d|a|xyz');
    l.engine.registerFilter('kwargs', (input: unknown, ...rest: unknown[]) => `${String(input)}:${JSON.stringify(rest)}`);
    // a filter registered after the engine was set up is called as liquidjs calls it: pairs as [key, value]
    expect(l.render(l.parse('{{ 1 | kwargs: 2, k: 3 }}', 'a.md'), scope)).toBe('1:[2,["k",3]]');
  });
});

describe('strftime formats read once', () => {
  const t = new JekyllTime(Date.UTC(2015, 0, 4, 13, 48, 23), 8 * 3600);
  test.each([
    ['%Y-%m-%d %H:%M:%S', '2015-01-04 21:48:23'],
    ['x%-m/%-d %%%q %z', 'x1/4 %%q +0800'],
    ['%A %^b %e|%10N|', 'Sunday JAN  4|0000000000|'],
    ['', ''],
  ])('%j → %j, the same the second time', (format, expected) => {
    expect(strftime(t, format)).toBe(expected);
    expect(strftime(t, format)).toBe(expected);
  });
});

/** What liquidjs's Liquid#_render makes for a render: a Context over the engine's options. */
function contextFor(sync: boolean): Context {
  return new Context({}, l.engine.options, { sync }, { liquid: l.engine });
}

describe('filters that remember or skip work', () => {
  const b = liquid({ config: { baseurl: '/blog/', url: 'https://x.example' } });
  test('relative_url and absolute_url give the same URL each time a text comes back, and handle other values', () => {
    const tpl = b.parse('{{ "a b/../c.html" | relative_url }}|{{ "a b/../c.html" | relative_url }}|{{ "/" | absolute_url }}|{{ "/" | absolute_url }}|{{ 5 | relative_url }}|{{ nil | relative_url }}.', 'a.md');
    const out = '/blog/c.html';
    expect(b.render(tpl, {})).toBe(`${out}|${out}|https://x.example/blog/|https://x.example/blog/|/blog/5|.`);
  });

  test('join flattens nested arrays, and joins a flat one as it is', () => {
    const s = { flat: ['a', 'b'], nested: ['a', ['b', [], ['c']], 'd'] };
    expect(b.render(b.parse('{{ flat | join: "-" }}|{{ nested | join: "-" }}|{{ flat | join: "-" }}', 'a.md'), s)).toBe('a-b|a-b-c-d|a-b');
  });
});
