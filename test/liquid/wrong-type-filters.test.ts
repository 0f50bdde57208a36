// Filters given a value of another type than they expect, as Ruby runs them in Jekyll 4.3.1
// (Liquid 5.4): `input.to_s` where Liquid calls it, Ruby's NoMethodError ("undefined method
// `split' for 12:Integer") where Jekyll calls a String or Array method on the input. Every
// expected value below was printed by real Jekyll 4.3.1 rendering the same template.
import { RubyFloat } from '../../lib/liquid/index.js';
import { render } from './helpers.js';

describe('capitalize is input.to_s.capitalize', () => {
  test.each([
    ['{{ nil | capitalize }}', ''],
    ['{{ page.nope | capitalize }}', ''],
    ['{{ 12 | capitalize }}', '12'],
    ['{{ 1.5 | capitalize }}', '1.5'],
    ['{{ f | capitalize }}', '2.0'],
    ['{{ true | capitalize }}', 'True'],
    ['{% assign a = "a,b" | split: "," %}{{ a | capitalize }}', '["a", "b"]'],
  ])('%s', (template, expected) => {
    expect(render(template, { page: {}, f: new RubyFloat(2) })).toBe(expected);
  });
});
