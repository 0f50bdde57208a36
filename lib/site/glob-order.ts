// The order Dir.glob("**/*") lists a tree in (Ruby 3, sort: true): each folder's
// names sorted by their bytes (dir.c, glob_sort_cmp is strcmp), every folder's
// contents right after its name. Collection#entries (collection.rb) reads a
// collection's files in this order, and sort! starts from it.

import { compareRubyStrings } from '../values/ruby-string-order.js';

/** Compares two relative file paths by the order Dir.glob("**\/*") yields them. */
export function compareGlobOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    // strcmp on UTF-8 bytes: code point order
    if (x[i] !== y[i]) return compareRubyStrings(x[i]!, y[i]!);
  }
  return x.length - y.length;
}
