// collection.rb#sanitize_label: a collection's label keeps only ASCII letters, digits, `_`, `-`
// and `.`; Jekyll reads the folder `_` + that label and site.collections sorts by it. Expected
// output from real Jekyll 4.3.1: fixtures/sites/realsites15h-collection-label (test/sites/fixture-sites).
import { sanitizeCollectionLabel } from '../../lib/site/collection-label.js';

describe('collection labels', () => {
  test('only ASCII letters, digits, _, - and . stay', () => {
    expect(sanitizeCollectionLabel('книги')).toBe('');
    expect(sanitizeCollectionLabel('my books.v2_x-y')).toBe('mybooks.v2_x-y');
  });
});
