// For the generators of code point tables (generate-ruby-case-kept.mjs, generate-addressable-nfkc.mjs):
// a sorted list of code points as the TypeScript string expression of their hex ranges.

/**
 * `source`: `'41-5a 61 ' +\n  '...'`, the ranges (`a-b` or `a`, in hex) in lines of about 100
 * characters; `count`: how many ranges.
 */
export function rangesSource(codePoints) {
  const ranges = [];
  for (const cp of codePoints) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  const hex = (n) => n.toString(16);
  const lines = [''];
  for (const token of ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`))) {
    if (lines[lines.length - 1].length + token.length > 100) lines.push('');
    lines[lines.length - 1] += `${token} `;
  }
  return { source: lines.map((l, i) => `  '${i === lines.length - 1 ? l.trimEnd() : l}'`).join(' +\n'), count: ranges.length };
}
