// `<`, `>`, `<=`, `>=` in a condition (liquid/condition.rb#interpret_condition): values Ruby
// cannot compare raise "comparison of X with Y failed"; a value without `<` (nil, true, an
// Array, a Hash, a drop) makes the condition false. Expected values from Jekyll 4.3.1 runs
// with `d: 2020-01-01` (a Date) and `t: 2020-01-01 10:00:00` (a Time) in the front matter.
import { KyllError } from '../../lib/errors/index.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { JekyllTime } from '../../lib/time/index.js';
import { liquid, SITE_TIME } from './helpers.js';

const scope = () => ({
  site: { time: SITE_TIME },
  page: { d: new RubyDate(2020, 1, 1), t: new JekyllTime(Date.UTC(2020, 0, 1, 10), 0), arr: [1], h: { a: 1 } },
  posts: [{ title: 'P' }],
});

function render(template: string): string {
  const l = liquid();
  return l.render(l.parse(template, 'index.html'), scope());
}

test.each([
  ['{% if 1 > "a" %}y{% endif %}', 'comparison of Integer with String failed'],
  ['{% if "a" > 1 %}y{% endif %}', 'comparison of String with 1 failed'],
  ['{% if "a" > -3 %}y{% endif %}', 'comparison of String with -3 failed'],
  ['{% if "a" > 2.5 %}y{% endif %}', 'comparison of String with 2.5 failed'],
  ['{% if "a" > 100.0 %}y{% endif %}', 'comparison of String with 100.0 failed'],
  ['{% if "a" > 4611686018427387903 %}y{% endif %}', 'comparison of String with 4611686018427387903 failed'],
  ['{% if "a" > 4611686018427387904 %}y{% endif %}', 'comparison of String with Integer failed'],
  ['{% if 1.5 < "a" %}y{% endif %}', 'comparison of Float with String failed'],
  ['{% if site.time > "2020" %}y{% endif %}', 'comparison of Time with String failed'],
  ['{% if site.time > 5 %}y{% endif %}', 'comparison of Time with 5 failed'],
  ['{% if page.d > site.time %}y{% endif %}', 'comparison of Date with Time failed'],
  ['{% if site.time > page.d %}y{% endif %}', 'comparison of Time with Date failed'],
  ['{% if page.t > page.d %}y{% endif %}', 'comparison of Time with Date failed'],
  ['{% if page.d > "2020" %}y{% endif %}', 'comparison of Date with String failed'],
  ['{% if 1 > page.d %}y{% endif %}', 'comparison of Integer with Date failed'],
  ['{% if 1.5 > site.time %}y{% endif %}', 'comparison of Float with Time failed'],
  ['{% assign x = posts | where_exp: "p", "p.title > 1" %}', 'comparison of String with 1 failed'],
])('%s raises', (template, message) => {
  let error: unknown;
  try {
    render(template);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(KyllError);
  expect((error as KyllError).message).toBe(`Liquid Exception: Liquid error (line 1): ${message} in index.html`);
});

test.each([
  ['{% if true > 1 %}y{% endif %}n', 'n'],
  ['{% if page.arr > 1 %}y{% endif %}n', 'n'],
  ['{% if 1 > nil %}y{% endif %}n', 'n'],
  ['{% if "a" > false %}y{% endif %}n', 'n'],
  ['{% if 1 > page.h %}y{% endif %}n', 'n'],
  ['{% if 1 > (1..3) %}y{% endif %}n', 'n'],
  ['{% if page.d >= page.d %}y{% endif %}n', 'yn'],
  ['{% if 2 > 1.5 %}y{% endif %}n', 'yn'],
  // Date#<=> with a number: its astronomical Julian day, 2458849.5 for 2020-01-01
  ['{% if page.d > 2458849 %}y{% endif %}n', 'yn'],
  ['{% if page.d > 2458850 %}y{% endif %}n', 'n'],
  ['{% if page.d > 2458849.5 %}y{% endif %}n', 'n'],
  ['{% if page.d >= 2458849.5 %}y{% endif %}n', 'yn'],
  // a Liquid::Drop has no `<` (liquidjs's forloop compared as its JSON)
  ['{% for x in (1..2) %}{% if "a" <= forloop %}y{% endif %}{% if forloop > 1 %}y{% endif %}{% if forloop < forloop %}y{% endif %}{% endfor %}n', 'n'],
  ['{% tablerow x in (1..1) %}{% if tablerowloop >= "{" %}y{% endif %}{% endtablerow %}', '<tr class="row1">\n<td class="col1"></td></tr>\n'],
])('%s gives %s', (template, expected) => {
  expect(render(template)).toBe(expected);
});
