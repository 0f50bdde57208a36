// DataReader#sanitize_filename, checked against Ruby 3.1 (and sites/read20-data-file-names):
// Ruby's \w and \s are ASCII, so every other character of a _data file name is dropped.
import { sanitizeFilename } from '../../lib/read/data.js';

test.each([
  ['日本語', ''], ['café menu', 'caf_menu'], [' a b ', 'a_b_'], ['über-x', 'ber-x'], ['x\u00a0y', 'xy'],
  ['a\u3000b', 'ab'], ['_ a', '__a'], ['a _ b', 'a___b'], ['é b', '_b'], ['naïve file', 'nave_file'],
  ['ß', ''], ['a\u2003b', 'ab'], ['b  日', 'b_'], ['a.b', 'ab'], ['a+b c', 'ab_c'], ['a - b', 'a_-_b'], ['a--b', 'a--b'], ['a b!', 'a_b'],
])('%j → %j', (name, key) => expect(sanitizeFilename(name)).toBe(key));
