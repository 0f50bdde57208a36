// Jekyll::Drops::Drop's public methods are invokable from a template (Drop#[] calls any of
// them): `site.fetch`, `post.merge` call Ruby methods that need an argument, and Jekyll 4.3.1
// stops with Ruby's ArgumentError; a page (a Hash) and `jekyll` (a Liquid::Drop) print nothing.
import { markJekyllDrop, markLiquidDrop } from '../../lib/values/document-drop-mark.js';
import { render } from './helpers.js';

const scope = () => ({
  site: markJekyllDrop({ title: 'T', posts: [] as unknown[] }),
  page: { title: 'P' },
  jekyll: markLiquidDrop({ version: '4.3.1' }, 'Jekyll::Drops::JekyllDrop'),
});

test.each([
  ['{{ site.fetch }}', 'wrong number of arguments (given 0, expected 1..2)'],
  ['{{ site["fetch"] }}', 'wrong number of arguments (given 0, expected 1..2)'],
  ['{{ site.merge }}', 'wrong number of arguments (given 0, expected 1)'],
])('%s raises ArgumentError', (template, message) => {
  expect(() => render(template, scope())).toThrow(`Liquid Exception: ${message} in test.html`);
});

test('a Hash and a Liquid::Drop have no such methods', () => {
  expect(render('[{{ page.fetch }}|{{ page.merge }}|{{ jekyll.fetch }}|{{ site.keys | join: "," }}]', scope())).toBe('[|||title,posts]');
});

test('names of JavaScript built-ins are no drop methods', () => {
  expect(render('[{{ site.hasOwnProperty }}|{{ site.constructor }}|{{ site["toString"] }}]', scope())).toBe('[||]');
});

// Drop#[] invokes them for filters too (Liquid's map, Jekyll's item_property): a document's
// count, first, sort, min and max are Enumerable's over its [key, value] pairs (Array#<=> orders
// them by key); a Hash (a page, data) answers nil.
test('filters read the invokable methods of a drop, not of a hash', () => {
  const doc = (title: string, n: number) => markJekyllDrop({ title, n, ...(n > 1 ? { extra: true } : {}) });
  const s = { posts: [doc('b', 2), doc('a', 1)], data: [{ title: 'h' }] };
  expect(render('{{ posts | map: "first" | join: "," }}|{{ posts | map: "count" | join: "," }}|{{ data | map: "first" | size }}{{ data | map: "first" | first }}', s)).toBe('title,b,title,a|3,2|1');
  expect(render('{{ posts | sort: "count" | map: "title" | join }}|{{ posts | where: "count", 3 | map: "title" | join }}|{{ posts | group_by: "count" | map: "name" | join: ";" }}', s)).toBe('a b|b|3;2');
  expect(render('{{ posts.first.sort | size }}{{ posts.first.sort | first | first }}|{{ posts | map: "min" | join: "," }}|{{ posts.first.max | first }}', s)).toBe('3extra|extra,true,n,1|title');
});
