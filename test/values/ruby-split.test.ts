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
  // A NUL is no whitespace to the awk-style split, even leading (String#lstrip would drop it).
  ['\0x\0y z\0', ' ', ['\0x\0y', 'z\0']],
  ['\0 x', ' ', ['\0', 'x']],
])('%j.split(%s)', (s, pattern, expected) => {
  expect(rubySplit(s, pattern)).toEqual(expected);
});

test('awk-style split with a limit keeps the empty rest', () => {
  expect(awkSplit('a b \n', 3)).toEqual(['a', 'b', '']);
});
