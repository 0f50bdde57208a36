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
