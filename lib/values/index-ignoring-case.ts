// Finding an ASCII tag name in a page whatever its case, as libxml2 and kramdown compare
// names. Not through text.toLowerCase(): that changes lengths ('İ' becomes two code units),
// so its indexes would not be the text's.

/** The index of `needle` in `text` from `from` on, ASCII letters of either case matching; -1 if absent. */
export function indexIgnoringCase(text: string, needle: string, from = 0): number {
  // Without the u flag, /i never matches a non-ASCII character to an ASCII one (no ſ for s, K for k).
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}
