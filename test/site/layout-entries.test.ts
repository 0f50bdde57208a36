// LayoutReader#entries_in, checked with Jekyll 4.3.1 (sites/read20-layout-entries).
import { isLayoutEntry } from '../../lib/site/inventory.js';
import { createEntryFilter } from '../../lib/site/entry-filter.js';

const filter = createEntryFilter(['.htaccess'], ['secret.html', 'drafts', 'node_modules']);
test.each<[string, boolean]>([
  ['default.html', true], ['a.b.html', true], ['sub/inner.html', true], ['my layout.html', true], ['sub/_x/y.html', true],
  ['_x.html', false], ['#y.html', false], ['~w.html', false], ['z.html~', false], ['sub/_p.html', false], ['_sub/q.html', false],
  ['README', false], ['v1.0/post', false], ['.hidden.html', false], ['.git/x.html', false],
  ['secret.html', false], ['drafts/d.html', false], ['node_modules/n.html', false],
])('%s: %s', (inner, expected) => expect(isLayoutEntry(filter, inner)).toBe(expected));
