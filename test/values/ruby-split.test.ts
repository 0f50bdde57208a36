// String#split without a limit, as `ruby -e 'p "a,b,,".split(",")'` prints it.
import { awkSplit, rubySplit } from '../../lib/values/ruby-split.js';

test.each<[string, string | RegExp, string[]]>([
  ['a,b,,', ',', ['a', 'b']],
  [',a,,b,,', ',', ['', 'a', '', 'b']],
  ['', ',', []],
  [' a b ', ' ', ['a', 'b']],
  ['  ', ' ', []],
  ['abc', '', ['a', 'b', 'c']],
  ['Alpha, beta,gamma;delta , ', /;|,|\s/, ['Alpha', '', 'beta', 'gamma', 'delta']],
  ['x,y,', /;|,/, ['x', 'y']],
  ['date:', ':', ['date']],
])('%j.split(%s)', (s, pattern, expected) => {
  expect(rubySplit(s, pattern)).toEqual(expected);
});

test('awk-style split with a limit keeps the empty rest', () => {
  expect(awkSplit('a b \n', 3)).toEqual(['a', 'b', '']);
});
