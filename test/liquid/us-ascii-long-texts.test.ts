// A text longer than any noted US-ASCII text is never looked up in the set of noted texts: the
// lookup hashes the text, which flattens the rope that an `append` loop builds and so copies the
// whole text at every step (a theme appending each page's URL on every page spent most of its build there).
import { afterEach, expect, test } from '@jest/globals';
import { forgetUsAsciiTexts, usAsciiText } from '../../lib/liquid/filters/us-ascii.js';
import { render } from './helpers.js';

const has = Set.prototype.has;
afterEach(() => {
  Set.prototype.has = has;
  forgetUsAsciiTexts();
});

test('a long text is not looked up; short ones still are', () => {
  // a render that notes texts: `5 | append` keeps Integer#to_s's US-ASCII
  expect(render('{{ 5 | append: "x" }}')).toBe('5x');
  const looked: number[] = [];
  Set.prototype.has = function (this: Set<unknown>, v: unknown): boolean {
    if (typeof v === 'string') looked.push(v.length);
    return has.call(this, v);
  };
  expect(usAsciiText('y'.repeat(5000))).toBe(false);
  expect(usAsciiText('short')).toBe(false);
  expect(looked).toEqual([5]);
});
