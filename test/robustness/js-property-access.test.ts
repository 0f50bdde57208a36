// No JavaScript built-in is visible to a template (issue 7): a key is the user's data,
// a drop's declared field, or Ruby Liquid's size/first/last; anything else is nil.
// Expected values are what Jekyll 4.3.1 prints (fixtures/sites/js-safety-keys).
import { Drop } from 'liquidjs';
import { liquidProperty } from '../../lib/liquid/property.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';
import { JekyllTime } from '../../lib/time/index.js';
import { render } from '../liquid/helpers.js';

const page = () => ({ toString: 5, constructor: 6, hasOwnProperty: 8, arr: [1, 2, 3], str: 'abc', h: { a: 1, b: 2 } });

const rows: Array<[string, string]> = [
  ['{{ page.toString }} {{ page.constructor }} {{ page.hasOwnProperty }}', '5 6 8'],
  ['{{ page.valueOf }}|{{ page.__proto__ }}|{{ page.__defineGetter__ }}|{{ page.isPrototypeOf }}', '|||'],
  ['{{ page.arr.push }}|{{ page.arr.length }}|{{ page.arr.pop }}|{{ page.arr.join }}|{{ page.arr.constructor }}', '||||'],
  ['{{ page.arr.size }}|{{ page.arr.first }}|{{ page.arr.last }}|{{ page.arr[-1] }}|{{ page.arr[5] }}', '3|1|3|3|'],
  ['{{ page.str.size }}|{{ page.str.first }}|{{ page.str.last }}|{{ page.str.length }}|{{ page.str.toUpperCase }}', '3||||'],
  ['{{ page.h.size }}|{{ page.h.first }}|{{ page.h.last }}|{{ page.h.toString }}|{{ page.h.valueOf }}', '2|a1|||'],
  ['{{ page.size }}|{{ page.first }}', '6|toString5'],
  ['{{ site.__proto__ }}|{{ site.constructor }}|{{ site.time.getTime }}|{{ site.time.constructor }}|{{ site.time.size }}', '||||'],
  ['{{ constructor }}|{{ toString }}|{{ __proto__ }}|{{ hasOwnProperty }}', '|||'],
  ['{% for x in page.arr %}{{ forloop.index }}{{ forloop.next }}{{ forloop.i }}{{ forloop.valueOf }}{{ forloop.length }}{% endfor %}', '132333'],
  ['{{ posts | map: "constructor" | join: "," }}|{{ posts | map: "valueOf" | join: "," }}|{{ posts | where: "constructor", 6 | size }}', '6,|,|1'],
];

test.each(rows)('%s', (template, expected) => {
  expect(render(template, { page: page(), posts: [page(), {}], site: { time: new JekyllTime(0, 0) } })).toBe(expected);
});

test('reading a method never calls it: page.arr.push/pop leave the array alone', () => {
  const p = page();
  render('{{ page.arr.push }}{{ page.arr.pop }}{{ page.arr.shift }}{{ page.arr.reverse }}{{ page.arr.sort }}', { page: p });
  expect(p.arr).toEqual([1, 2, 3]);
});

test('a RubyHash (Integer keys) shows its entries, size and first, not its methods', () => {
  const h = new RubyHash([[1, 'one'], ['entries', 'data']]);
  expect(liquidProperty(h, 1)).toBe('one');
  expect(liquidProperty(h, 'entries')).toBe('data');
  expect(liquidProperty(h, 'size')).toBe(2);
  expect(liquidProperty(h, 'first')).toEqual([1, 'one']);
  for (const k of ['constructor', 'toJSON', 'liquidMethodMissing', 'has', 'valueOf']) expect(liquidProperty(h, k)).toBeUndefined();
});

test('a plugin drop exposes what its class declares, and its liquidMethodMissing', () => {
  class Author extends Drop {
    readonly name = 'Ann';
    get initials(): string {
      return 'A';
    }
    override liquidMethodMissing(key: string): unknown {
      return `missing:${key}`;
    }
  }
  const d = new Author();
  expect(render('{{ a.name }}|{{ a.initials }}|{{ a.other }}|{{ a.constructor }}|{{ a.valueOf }}|{{ a.toString }}', { a: d })).toBe(
    'Ann|A|missing:other|missing:constructor|missing:valueOf|missing:toString',
  );
});
