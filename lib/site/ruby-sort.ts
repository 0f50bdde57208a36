// Array#sort! and #sort_by! as Ruby runs them on Linux: ruby_qsort is glibc's
// qsort_r, a top-down merge sort (stdlib/msort.c). Its exact sequence of
// comparisons decides the order when a comparison is not transitive, as
// Document#<=> is for undated documents (nil dates fall back to the path).

/** Sorts `items` in place as glibc's msort does, and returns it. */
export function rubySort<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  const tmp: T[] = new Array<T>(items.length);
  const sort = (lo: number, n: number): void => {
    if (n <= 1) return;
    const n1 = n >> 1;
    sort(lo, n1);
    sort(lo + n1, n - n1);
    // msort_with_tmp: take from the left run while cmp(left, right) <= 0.
    let i = lo;
    let j = lo + n1;
    const iEnd = lo + n1;
    const jEnd = lo + n;
    let k = 0;
    while (i < iEnd && j < jEnd) tmp[k++] = cmp(items[i]!, items[j]!) <= 0 ? items[i++]! : items[j++]!;
    while (i < iEnd) tmp[k++] = items[i++]!;
    for (let m = 0; m < k; m++) items[lo + m] = tmp[m]!;
  };
  sort(0, items.length);
  return items;
}
