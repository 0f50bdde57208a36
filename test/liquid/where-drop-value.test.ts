// where and find return their input untouched for a Hash value (`value.is_a?(Hash)`), but a drop
// (a document's, `site`) is no Hash: its to_s is compared with each item's property, as for any
// value (Jekyll 4.3.1: `page.words | where: "name", site.posts.last.next` is empty; kyll gave the
// words back; found by scripts/fuzz-liquid.mjs).
import { markJekyllDrop, RUBY_TO_S } from '../../lib/values/document-drop-mark.js';
import { liquid } from './helpers.js';

const render = (template: string): string => {
  const drop = markJekyllDrop({ title: 'T' });
  Object.defineProperty(drop, RUBY_TO_S, { value: () => 'b' });
  const l = liquid();
  return l.render(l.parse(template, 'test.html'), { drop, items: [{ name: 'a' }, { name: 'b' }], words: ['a', 'b'], h: { name: 'b' } });
};

test.each([
  ['{{ items | where: "name", drop | map: "name" | join: "," }}', 'b'],
  ['{{ words | where: "name", drop | join: "," }}', ''],
  ['{{ items | find: "name", drop | map: "name" }}', 'b'],
  // a Hash value: the input itself
  ['{{ items | where: "name", h | map: "name" | join: "," }}', 'a,b'],
])('%s', (template, expected) => {
  expect(render(template)).toBe(expected);
});
