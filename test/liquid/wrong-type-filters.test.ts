// Filters given a value of another type than they expect, as Ruby runs them in Jekyll 4.3.1
// (Liquid 5.4): `input.to_s` where Liquid calls it, Ruby's NoMethodError ("undefined method
// `split' for 12:Integer") where Jekyll calls a String or Array method on the input. Every
// expected value below was printed by real Jekyll 4.3.1 rendering the same template.
import { KyllError } from '../../lib/errors/index.js';
import { RubyFloat } from '../../lib/liquid/index.js';
import { render } from './helpers.js';

function failure(fn: () => unknown): KyllError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KyllError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

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

const page = { title: 'T', x: 1, list: ['a', 'b', 'c'], pair: ['a', 'b'], nested: [['a', 'b'], 'c', ['d']] };

describe('number_of_words calls String#split or String#scan', () => {
  test.each([
    ['{{ 12 | number_of_words }}', "undefined method `split' for 12:Integer"],
    ['{{ nil | number_of_words }}', "undefined method `split' for nil:NilClass"],
    ['{{ page.nope | number_of_words }}', "undefined method `split' for nil:NilClass"],
    ['{{ true | number_of_words }}', "undefined method `split' for true:TrueClass"],
    ['{{ page.pair | number_of_words }}', 'undefined method `split\' for ["a", "b"]:Array'],
    ['{{ h | number_of_words }}', "undefined method `split' for {}:Hash"],
    ['{{ 1.5 | number_of_words: "cjk" }}', "undefined method `scan' for 1.5:Float"],
    ['{{ nil | number_of_words: "auto" }}', "undefined method `scan' for nil:NilClass"],
  ])('%s', (template, message) => {
    const e = failure(() => render(template, { page, h: {} }));
    expect(e.message).toBe(`Liquid Exception: ${message} in test.html`);
  });

  test('a String is counted', () => {
    expect(render('{{ "a b  c" | number_of_words }}|{{ "a b" | number_of_words: "cjk" }}')).toBe('3|2');
  });
});

describe('array_to_sentence_string indexes whatever it is given', () => {
  test.each([
    ['{{ page.list | array_to_sentence_string }}', 'a, b, and c'],
    ['{{ page.list | array_to_sentence_string: nil }}', 'a, b,  c'],
    ['{{ page.list | array_to_sentence_string: 5 }}', 'a, b, 5 c'],
    ['{{ page.pair | array_to_sentence_string: nil }}', 'a  b'],
    // an argument that evaluates to nil is still given: no "and"
    ['{{ page.pair | array_to_sentence_string: page.nope }}', 'a  b'],
    ['{{ page.nested | array_to_sentence_string }}', 'a, b, c, and ["d"]'],
    // a String by its characters
    ['{{ "" | array_to_sentence_string }}', ''],
    ['{{ "a" | array_to_sentence_string }}', 'a'],
    ['{{ "ab" | array_to_sentence_string }}', 'a and b'],
    // a Hash has no key 0 nor 1
    ['{{ h | array_to_sentence_string }}', ''],
    ['{{ h1 | array_to_sentence_string }}', ''],
    ['{{ h2 | array_to_sentence_string }}', ' and '],
  ])('%s', (template, expected) => {
    expect(render(template, { page, h: {}, h1: { a: 1 }, h2: { a: 1, b: 2 } })).toBe(expected);
  });

  test.each([
    ['{{ 12 | array_to_sentence_string }}', "undefined method `length' for 12:Integer"],
    ['{{ nil | array_to_sentence_string }}', "undefined method `length' for nil:NilClass"],
    ['{{ 1.5 | array_to_sentence_string }}', "undefined method `length' for 1.5:Float"],
    ['{{ true | array_to_sentence_string }}', "undefined method `length' for true:TrueClass"],
    ['{{ "abc" | array_to_sentence_string }}', 'undefined method `join\' for "ab":String'],
    ['{{ page | array_to_sentence_string }}', "undefined method `join' for nil:NilClass"],
  ])('%s', (template, message) => {
    const e = failure(() => render(template, { page }));
    expect(e.message).toBe(`Liquid Exception: ${message} in test.html`);
  });
});

describe('join: glue.to_s', () => {
  test.each([
    ['{{ page.list | join: nil }}', 'abc'],
    ['{{ page.list | join: page.nope }}', 'abc'],
    ['{{ page.list | join: 5 }}', 'a5b5c'],
    ['{{ page.list | join: false }}', 'afalsebfalsec'],
    ['{{ page.list | join: empty }}', 'abc'],
    ['{{ page.list | join }}', 'a b c'],
  ])('%s', (template, expected) => {
    expect(render(template, { page })).toBe(expected);
  });
});
