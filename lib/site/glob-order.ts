// The order Dir.glob("**/*") lists a tree in (Ruby 3, sort: true): each folder's
// names sorted by their bytes (dir.c, glob_sort_cmp is strcmp), every folder's
// contents right after its name. Collection#entries (collection.rb) reads a
// collection's files in this order, and sort! starts from it.

/** Compares two relative file paths by the order Dir.glob("**\/*") yields them. */
export function compareGlobOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) return compareBytes(x[i]!, y[i]!);
  }
  return x.length - y.length;
}

// strcmp on UTF-8 bytes is code point order; UTF-16 code units differ from it above U+D7FF.
function compareBytes(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const p = a.codePointAt(i)!;
    const q = b.codePointAt(j)!;
    if (p !== q) return p - q;
    i += p > 0xffff ? 2 : 1;
    j += q > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}
