// StandardFilters#uniq is Array#uniq: values told apart by `hash`/`eql?` (Integer 1 and Float 1.0
// both stay, equal hashes go, nested arrays are flattened first), a drop by itself. Expected values
// printed by Jekyll 4.3.1 rendering the same templates (scripts/liquid-oracle.rb).
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { render as renderLiquid } from './helpers.js';
import { eqlKeys } from '../../lib/liquid/filters/array.js';

const DATA = '- 1\n- 1.0\n- "1"\n- 1\n- ~\n- ~\n- 2.5\n- 2.5\n- {a: 1}\n- {a: 1}\n- [1, 2]\n- [1, 2]\n- [1, 2.0]\n- 2022-01-01\n- 2022-01-01\n- true\n- true\n';
const post = (n: number): string => `---\ntitle: P${n}\ntags: [a, b]\n---\nx\n`;

async function page(template: string): Promise<string> {
  const files = { '_data/u.yml': DATA, '_posts/2022-01-01-p1.md': post(1), '_posts/2022-01-02-p2.md': post(2), '_posts/2022-01-03-p3.md': post(3), 'u.html': `---\n---\n${template}` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  return String(result.files.find((f) => f.path === 'u.html')?.contents);
}

test('values as Array#uniq tells them apart', async () => {
  expect(await page('{{ site.data.u | uniq | inspect }}')).toBe(
    '[1, 1.0, &quot;1&quot;, nil, 2.5, {&quot;a&quot;=&gt;1}, 2, 2.0, #&lt;Date: 2022-01-01 ((2459581j,0s,0n),+0s,2299161j)&gt;, true]',
  );
});

test('posts listed under several tags, once each', async () => {
  expect(await page('{% assign all = site.tags.a | concat: site.tags.b | concat: site.posts %}{{ all.size }} {{ all | uniq | size }} {{ all | uniq | map: "title" | join: "," }}')).toBe('9 3 P3,P2,P1');
});

// Liquid 5.4's uniq with a property: `item[property]` of each item in turn; Integer#[] and
// Array#[] take no String (a property error), an item with no #[] makes the whole result nil.
describe('uniq with a property over items that are not hashes', () => {
  test.each([
    ['{{ words | uniq: "a" | inspect }}', '[&quot;b&quot;, &quot;a&quot;]'],
    ['{% assign a = "x,y,xa" | split: "," %}{{ a | uniq: "x" | inspect }}', '[&quot;x&quot;, &quot;y&quot;]'],
    ['{{ strs | uniq: "x" | inspect }}', 'nil'],
    ['{{ mixed | uniq: "x" | inspect }}', 'nil'],
    ['{{ 5 | uniq: "x" | inspect }}', '[5]'],
    ['{{ 2.5 | uniq: "x" | inspect }}', '[2.5]'],
  ])('%s', (template, expected) => {
    expect(renderLiquid(template, { words: ['b', 'a'], strs: ['x', 'y', null], mixed: [2.5, 'x'] })).toBe(expected);
  });

  test.each([['{{ list | uniq: "a" }}'], ['{{ (1..3) | uniq: "a" }}'], ['{{ nested | uniq: "a" }}']])('%s: cannot select the property', (template) => {
    expect(() => renderLiquid(template, { list: [3, 1, 2], nested: [[1], [2]] })).toThrow("Liquid error (line 1): cannot select the property 'a'");
  });
});

// A search index built as jekyll-tipue-search builds it, `index | push: page | uniq` once per page:
// each page is a Hash holding its whole content, which Ruby hashes in a moment. kyll spelt each
// content out again in every call (Azure/azure-sdk's 1,000 pages ran past the 120 s render limit).
// A String stands for itself by a number in uniq's keys: a page's key stays short however long its
// content, and equal contents (not only the same string object) still give equal keys.
test("uniq's key of a hash does not spell out its strings", () => {
  const key = eqlKeys();
  const content = 'page text. '.repeat(100_000);
  const page = { title: 'T', content };
  expect(key([page, page]).length).toBeLessThan(60);
  expect(key({ content: 'page text. '.repeat(100_000), title: 'T' })).toBe(key(page));
  expect(key({ title: 'T', content: `${content}!` })).not.toBe(key(page));
});

// The same through a site, with room to spare for a loaded machine (the keys above are what keeps it short).
test('push | uniq over many long pages', async () => {
  const files: Record<string, string> = {
    '_config.yml': 'liquid:\n  render_limit: 100000\n',
    'index.json': '---\n---\n{% assign index = "" | split: "" %}{% for p in site.html_pages %}{% assign index = index | push: p | uniq %}{% endfor %}{{ index | size }} {{ site.html_pages | concat: site.html_pages | uniq | size }}',
  };
  for (let i = 0; i < 300; i++) files[`p/${i}.md`] = `---\ntitle: T${i}\n---\n${`page ${i} text. `.repeat(1400)}\n`;
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'index.json')?.contents)).toBe('300 300');
}, 120_000);
