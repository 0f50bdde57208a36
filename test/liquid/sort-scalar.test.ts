// Jekyll's sort filter given a String, a number, true/false or a Time: `input.sort` (or
// sort_input's `input.map` with a property) is a NoMethodError, not a Liquid::Error, and
// the build stops. Messages from real Jekyll 4.3.1 (`{{ "abc" | sort }}`, `{{ 5 | sort: "x" }}`,
// `{{ true | sort }}`); did_you_mean adds "Did you mean? tap" to `map`.
import { render } from './helpers.js';

// Jekyll prints `Liquid Exception: undefined method ... in index.html`: no "Liquid error (line 1)"
// prefix, Ruby's NoMethodError message as it is.
const fails = (template: string, message: string): void =>
  expect(() => render(template, {})).toThrow(`Liquid Exception: ${message} in `);

describe('sort given a value that is not a list', () => {
  test('a String, an Integer or true has no sort', () => {
    fails('{{ "abc" | sort }}', 'undefined method `sort\' for "abc":String input.sort ^^^^^');
    fails('{{ true | sort }}', "undefined method `sort' for true:TrueClass input.sort ^^^^^");
  });

  test('with a property, sort_input calls map', () => {
    fails('{{ 5 | sort: "x" }}', "undefined method `map' for 5:Integer input.map { |item| [item_property(item, property), item] } ^^^^ Did you mean? tap");
  });

  test('lists and hashes still sort; nil is an ArgumentError', () => {
    expect(render('{{ l | sort | join: "," }}', { l: ['b', 'a'] })).toBe('a,b');
    expect(render('{% assign s = h | sort %}{{ s[0][0] }}', { h: { b: 1, a: 2 } })).toBe('a');
    expect(() => render('{{ nothing | sort }}', {})).toThrow('Liquid error (line 1): Cannot sort a null object.');
  });
});
