// strict_variables as Ruby Liquid 5.4 applies it (VariableLookup#evaluate, Context#lookup_and_evaluate):
// a key a hash or drop has, an Integer index of an array and a command method the object responds
// to (size, first, last after a dot) give their value, nil too; anything else fails naming the key.
// A hash's default block is never asked (site.tags), a Liquid::Drop fails as "undefined method".
// Expected outputs and messages printed by Jekyll 4.3.1 for the same templates
// (scripts/fuzz-liquid.mjs --liquid 'strict_variables: true' --try).
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const FILES = {
  '_config.yml': 'liquid: {strict_variables: true}\n',
  '_includes/i.html': '[{{ include.a }}]',
  '_data/items.yml': '- {name: apple, price: 3}\n- {name: date, price: null}\n',
  '_posts/2022-02-11-first.md': '---\ntitle: First\ntags: [a, b]\n---\nHello.\n',
};
const PAGE = '---\nn: 3\ntitle: Fuzz\nlist: [3, 1, 2]\nh: {a: 1, b: [1, 2]}\nnothing:\n---\n';

async function page(template: string): Promise<string> {
  const result = await renderSite({ source: memorySource({ ...FILES, 'p.html': PAGE + template }), env: FIXED_ENV, write: false });
  return String(result.files.find((f) => f.path === 'p.html')?.contents);
}

test('nil where Ruby finds the key or the method', async () => {
  expect(await page("{% assign arr = '' | split: ',' %}{{ arr.first }}|{{ arr.last }}|{{ arr.size }}|{{ arr[3] }}")).toBe('||0|');
  expect(await page('{{ page.list[9] }}|{{ page.nothing }}|{{ page.h.size }}|{{ page.h.first }}|{{ page.title.size }}|{{ page.n.size }}')).toBe('||2|a1|4|8');
  expect(await page('{{ site.posts.first.first | size }}|{{ site.data.items[1].price }}')).toBe('2|');
});

test.each([
  ['{{ page.h.last }}', 'undefined variable last'],
  ['{{\n missing }}', 'undefined variable missing'],
  ['{{ page.title.first }}', 'undefined variable first'],
  ['{{ site.tags.nope }}', 'undefined variable nope'],
  ['{{ site.tags[0] }}', 'undefined variable 0'],
  ["{% assign t = site.tags %}{{ t['nope'] | size }}", 'undefined variable nope'],
  ["{{ page.list['size'] }}", 'undefined variable size'],
  ['{{ page.nothing.x }}', 'undefined variable x'],
  ['{% for x in (1..1) %}{{ forloop.size }}{% endfor %}', 'undefined method size'],
  ['{{ jekyll.nope }}', 'undefined method nope'],
  ['{{ site.posts.first.size }}', 'undefined variable size'],
  ['{{ site.data.items[1].tags.size }}', 'undefined variable tags'],
  ["{{ page.h | group_by_exp: 'x', 'x.price > 2' }}", 'undefined variable price'],
  // a literal before a lookup is the name of a variable (Expression.parse takes `false` only whole)
  ['{{ false.x }}', 'undefined variable false'],
  ['{{ nil.size }}', 'undefined variable nil'],
  ['{{ true.first }}', 'undefined variable true'],
  ['{{ empty[0] }}', 'undefined variable empty'],
  ['{% if blank.size %}{% endif %}', 'undefined variable blank'],
  // nil has no size, first nor last, assigned from a literal or not
  ['{% assign y = nil %}{{ y.size }}', 'undefined variable size'],
  ['{% assign y = nil %}{% if y.first %}{% endif %}', 'undefined variable first'],
  ['{{ page.nothing.last }}', 'undefined variable last'],
  // `item[property]` of a Liquid::Drop in Liquid's filters: Drop#liquid_method_missing
  ['{{ jekyll | compact: "name" }}', 'undefined method name'],
  ['{{ jekyll | map: "name" }}', 'undefined method name'],
  ['{% for i in (1..1) %}{{ forloop | map: "zz" }}{% endfor %}', 'undefined method zz'],
  // the key as Ruby's to_s writes it: an Array's inspect, a Float, nil's ''
  ['{{ page.h[page.h.b] }}', 'undefined variable [1, 2]'],
  ['{% assign f = 2.5 %}{{ page.list[f] }}', 'undefined variable 2.5'],
  ['{{ page.h[page.nothing] }}', 'undefined variable '],
  // h[l[0]] is h[l.0]: the String key "0" of an Array
  ['{{ page.h[page.list[0]] }}', 'undefined variable 0'],
  // a fragment with no name (`@`, a filter's `::` argument) is the variable named nil, which no
  // scope has (fuzz-liquid --messages --odd seeds 4457/4461)
  ['{{ @ }}', 'undefined variable '],
  ['{{ "a" | append: @ }}', 'undefined variable '],
  ['{{ "abc" | slice:: 1 }}', 'undefined variable '],
  ['{% if @ %}y{% endif %}', 'undefined variable '],
  ['{% assign v = @ %}{{ v }}', 'undefined variable '],
])('%s: %s', async (template, message) => {
  await expect(page(template)).rejects.toThrow(`Liquid Exception: Liquid error (line 1): ${message} in p.html`);
});

test("a filter's expression fails at its output's line", async () => {
  await expect(page("x\n{{ site.data.items | where_exp: 'x', 'x.nope' | size }}")).rejects.toThrow('Liquid Exception: Liquid error (line 2): undefined variable nope in p.html');
});

test('a fragment with no name is nil without strict_variables', async () => {
  const source = memorySource({ 'p.html': '---\n---\n[{{ @ }}][{{ "a" | append: @ }}][{{ "abc" | append:: 1 }}][{% if @ %}y{% endif %}]' });
  const result = await renderSite({ source, env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('[][a][abc][]');
});

test('a literal before a lookup names a variable in every mode', async () => {
  expect(await page('{% assign false = 3 %}{{ false.size }}|{{ false }}|{{ jekyll | map: "version" | size }}')).toBe('8|false|1');
});

test("an include's parameter or file name fails at the tag's line", async () => {
  await expect(page('x\n{% include i.html a=page.missing %}')).rejects.toThrow('Liquid Exception: Liquid error (line 2): undefined variable missing in p.html');
  await expect(page('{% for i in (1..1) %}\n\n{% include i.html a=forloop.index b=include %}{% endfor %}')).rejects.toThrow('Liquid Exception: Liquid error (line 3): undefined variable include in p.html');
  await expect(page('{% include {{ page.nothing.x }}.html %}')).rejects.toThrow('Liquid Exception: Liquid error (line 1): undefined variable x in p.html');
});

test("a cycle's value or group name fails at the tag's line", async () => {
  await expect(page('x\n{% cycle page.nope, 1 %}')).rejects.toThrow('Liquid Exception: Liquid error (line 2): undefined variable nope in p.html');
  await expect(page('x\n\n{% cycle page.nope: 1, 2 %}')).rejects.toThrow('Liquid Exception: Liquid error (line 3): undefined variable nope in p.html');
});

// Liquid numbers a failure by the node rendering: an elsif's or a when's condition is evaluated by
// its if, unless or case tag, so it fails at that tag's line (Jekyll 4.3.1, each one page of a site).
test.each([
  ['{% if false %}\n{% elsif page.missing %}x{% endif %}', 1],
  ['x\n{% unless true %}\n\n{% elsif page.missing %}{% endunless %}', 2],
  ['{% case 1 %}\n{% when page.missing %}x{% endcase %}', 1],
  ['{% case 1 %}{% when 2 %}\n{% when 3, page.missing %}x{% endcase %}', 1],
  ['{% if true %}\n{% if false %}\n{% elsif page.missing %}{% endif %}{% endif %}', 2],
  ['{% if\nfalse %}\n{% elsif page.missing %}x{% endif %}', 2],
  ['{% if false %}\n{% elsif 1 %}\n{{ page.missing }}{% endif %}', 3],
])("an elsif's or a when's condition fails at its tag's line: %j", async (template, line) => {
  await expect(page(template)).rejects.toThrow(`Liquid Exception: Liquid error (line ${line}): undefined variable missing in p.html`);
});

// Template#apply_options_to_context sets strict_variables and strict_filters when the option is
// truthy: Ruby's truthiness, so "yes" and 0 turn them on (checked with jekyll 4.3.1: `strict_variables: "yes"`).
test.each([
  ['strict_variables: "yes"', '{{ nope }}', 'undefined variable nope'],
  ['strict_filters: 0', '{{ 1 | nope }}', 'undefined filter nope'],
])('liquid: {%s} is on', async (setting, template, message) => {
  const source = memorySource({ '_config.yml': `liquid: {${setting}}\n`, 'p.html': `---\n---\n${template}` });
  await expect(renderSite({ source, env: FIXED_ENV, write: false })).rejects.toThrow(message);
});
