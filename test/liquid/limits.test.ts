// Bounded Liquid cost (issue 7): runaway templates stop with a LIQUID_LIMIT error naming
// the file and line; a 10,000-post site's whole-site pages stay far below the bounds.
import { KyllError } from '../../lib/errors/index.js';
import { DEFAULT_LIMITS, liquidLimits } from '../../lib/liquid/limits.js';
import { liquid } from './helpers.js';

function failure(template: string, config: Record<string, unknown> = {}): KyllError {
  const l = liquid({ config: { liquid: config } });
  try {
    l.render(l.parse(template, 'runaway.html', 2), {});
  } catch (e) {
    return e as KyllError;
  }
  throw new Error('rendered without error');
}

describe('runaway templates', () => {
  test('a hundred-million range stops at once, naming the file, the line and the setting', () => {
    // (the limit is met when the range is made, before any iteration: a loop over it would outlast jest's timeout)
    const e = failure('a\n{% for i in (1..100000000) %}{{ i }}{% endfor %}');
    expect(e).toBeInstanceOf(KyllError);
    expect(e.code).toBe('LIQUID_LIMIT');
    expect(e.file).toBe('runaway.html');
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/^Liquid Exception: Liquid error \(line 2\): memory alloc limit exceeded: .*liquid\.memory_limit.* in runaway\.html$/);
  });

  test('loops nested in loops count every iteration', () => {
    // each inner range counts 1,000 items and its loop 1,000 iterations: about 2,000,000 in all
    const nested = '{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}';
    expect(failure(nested, { memory_limit: 500_000 }).code).toBe('LIQUID_LIMIT');
    const l = liquid({ config: { liquid: { memory_limit: 2_100_000 } } });
    expect(l.render(l.parse(`${nested}ok`, 'x.html'), {})).toBe('ok');
  });

  test('a string doubled in a loop stops before it fills the memory', () => {
    const e = failure('{% assign s = "ab" %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}');
    expect(e.code).toBe('LIQUID_LIMIT');
  });

  // tinylab.org (1,015 posts, 2,507 tags): its tags page builds a list with `append` over site.tags.
  test('a list built with append over thousands of items counts what is added, not every copy', () => {
    const build = '{% assign list = "" %}{% for i in (1..3000) %}{% assign list = list | append: ";" | append: "0000000000000000,tag" %}{% endfor %}{{ list.size }}';
    const l = liquid({ config: { liquid: { memory_limit: 1_000_000 } } });
    expect(l.render(l.parse(build, 'tags.html'), {})).toBe('63000');
    expect(failure('{% assign s = "ab" %}{% for i in (1..60) %}{% assign s = s | prepend: s %}{% endfor %}{{ s.size }}').code).toBe('LIQUID_LIMIT');
  });

  test('the bound is liquid.memory_limit in _config.yml', () => {
    expect(failure('{% for i in (1..2000) %}{% endfor %}', { memory_limit: 1000 }).code).toBe('LIQUID_LIMIT');
    const l = liquid({ config: { liquid: { memory_limit: 5000 } } });
    expect(l.render(l.parse('{% for i in (1..2000) %}{% endfor %}ok', 'x.html'), {})).toBe('ok');
    expect(liquidLimits({ memory_limit: 'x', render_limit: -1 })).toEqual({
      memoryLimit: DEFAULT_LIMITS.memory_limit,
      renderLimit: DEFAULT_LIMITS.render_limit,
      parseLimit: DEFAULT_LIMITS.parse_limit,
    });
  });

  // lextm's blog (Chirpy, 1,180 posts): compress.html's ~170 passes over a big archive page.
  test('a layout may go over a big `content` many times: the budget grows with it', () => {
    const content = `${'<li> <a href="/x/">a post</a> </li>\n'.repeat(30_000)}`;
    const passes = '{% assign c = content %}{% for i in (1..200) %}{% assign c = c | replace: "</li>", "</li>" %}{% endfor %}{{ c.size }}';
    // What is checked is the memory budget, not the clock: 200 passes over 1.1 MB took 16 s here,
    // and 125 s under load 17, past the default render_limit of 120 s (a timed assertion otherwise).
    const l = liquid({ config: { liquid: { render_limit: 3_600_000 } } });
    expect(content.length * 200).toBeGreaterThan(DEFAULT_LIMITS.memory_limit);
    expect(l.render(l.parse(passes, 'compress.html'), { content })).toBe(String(content.length));
    // ...while a runaway loop beside a small content still stops
    const e = (() => {
      try {
        l.render(l.parse('{% for i in (1..100000000) %}{% endfor %}', 'x.html'), { content: 'small' });
      } catch (err) {
        return err as KyllError;
      }
    })();
    expect(e?.code).toBe('LIQUID_LIMIT');
  });

  test('liquid.render_limit bounds the milliseconds of one render', () => {
    const e = failure('{% for i in (1..200000) %}{{ i }}{% endfor %}', { render_limit: 1 });
    expect(e.code).toBe('LIQUID_LIMIT');
    expect(e.message).toMatch(/template render limit exceeded: .*liquid\.render_limit/);
  });

  test('liquid.parse_limit bounds the template text one parse reads', () => {
    const l = liquid({ config: { liquid: { parse_limit: 100 } } });
    expect(() => l.parse('x'.repeat(200), 'big.html')).toThrow(/parse length limit exceeded.*liquid\.parse_limit.* in big\.html/);
  });
});

// What a 10,000-post site's whole-site pages cost: a sitemap, a feed, an archive by year
// and a tag index. The bound counts the loops' lengths (plus ranges and liquidjs's filter
// output): this page needs about 40,000, the default allows 50,000,000. (Measured apart,
// on this machine: a naive "every post of every tag" nested loop over 100 tags costs
// 1,000,000; an empty loop runs about 2 million iterations a second.)
describe('a 10,000-post site', () => {
  const TAGS = 100;
  const posts = Array.from({ length: 10_000 }, (_, i) => ({
    title: `Post ${i}`,
    url: `/${2000 + (i % 20)}/p${i}.html`,
    date: `${2000 + (i % 20)}-01-01`,
    tags: [`t${i % TAGS}`, `t${(i * 7) % TAGS}`],
  }));
  const tags: Record<string, unknown[]> = {};
  for (const p of posts) for (const t of p.tags) (tags[t] ??= []).push(p);
  const site = { posts, tags, url: 'https://example.com' };
  const template = [
    '{% for p in site.posts %}<url><loc>{{ site.url }}{{ p.url | xml_escape }}</loc></url>{% endfor %}',
    '{% for p in site.posts limit: 10 %}<entry>{{ p.title }}</entry>{% endfor %}',
    '{% assign years = site.posts | group_by_exp: "p", "p.date | slice: 0, 4" %}',
    '{% for y in years %}<h2>{{ y.name }}</h2>{% for p in y.items %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}{% endfor %}',
    '{% for t in site.tags %}<h3>{{ t[0] }}</h3>{% for p in t[1] %}{{ p.title }}{% endfor %}{% endfor %}',
  ].join('\n');

  test('its archive renders with a bound 500 times smaller than the default', () => {
    const l = liquid({ config: { liquid: { memory_limit: DEFAULT_LIMITS.memory_limit / 500 } } });
    const out = l.render(l.parse(template, 'archive.html'), { site });
    expect(out.match(/<url>/g)).toHaveLength(10_000);
  });

  test('and the bound does count it: 9,999 is not enough for a loop over 10,000 posts', () => {
    const l = liquid({ config: { liquid: { memory_limit: 9_999 } } });
    expect(() => l.render(l.parse(template, 'archive.html'), { site })).toThrow(/memory_limit/);
  });
});

// chulapa's cloudtag layout: for every tag, every document's `content | strip_html | number_of_words`.
describe('a whole-site page over every document under every tag', () => {
  const docs = Array.from({ length: 50 }, (_, i) => ({ content: `<p>${'word '.repeat(6_000)}</p>${i}`, tags: [`t${i % 40}`] }));
  const tags = Array.from({ length: 40 }, (_, i) => `t${i}`);
  const template = '{% for t in tags %}{% for d in docs %}{% assign w = d.content | strip_html | number_of_words %}{% if d.tags contains t %}{{ w }},{% endif %}{% endfor %}{% endfor %}';
  const siteText = docs.reduce((n, d) => n + d.content.length, 0);

  test('goes over the default bound on its own', () => {
    expect(tags.length * siteText).toBeGreaterThan(DEFAULT_LIMITS.memory_limit);
    const l = liquid();
    expect(() => l.render(l.parse(template, 'cloudtag.html'), { docs, tags, content: 'small' })).toThrow(/memory_limit/);
  });

  test("renders once the budget knows the site's text", () => {
    const l = liquid();
    l.useSiteText(siteText);
    expect(l.render(l.parse(template, 'cloudtag.html'), { docs, tags, content: 'small' })).toBe('6001,'.repeat(50));
    // a runaway range still stops at once: loop iterations and range items get no share of the site's text
    expect(100_000_000).toBeLessThan(DEFAULT_LIMITS.memory_limit + 256 * siteText);
    expect(() => l.render(l.parse('{% for i in (1..100000000) %}{% endfor %}', 'x.html'), {})).toThrow(/memory_limit/);
    expect(() => l.render(l.parse('{% for i in (1..10000) %}{% for j in (1..10000) %}{% endfor %}{% endfor %}', 'x.html'), {})).toThrow(/memory_limit/);
  });
});
