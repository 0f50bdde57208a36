// Tight or loose, where micromark's reading (mdast's `spread`) differs from cmark-gfm's:
// - Lists holding link reference definitions. cmark-gfm takes a definition out of its paragraph
//   when the paragraph closes and frees the paragraph it emptied (blocks.c#finalize), before the
//   list around it decides tight or loose; micromark keeps each definition as a block of its own,
//   so a blank line before or after one spreads mdast's item (`- a\n- b\n\n  [x]: /u` is a tight
//   list for cmark, a loose one here).
// - Lists in a block quote with a nested list, before a blank `>` line (`> - a\n>   - b\n>\n> - c`
//   is loose): micromark puts that line's ending after the nested list's exit as a plain line
//   ending, which its list preparation does not see as blank.
// - Lists with a table of only its header row in an item (`* a\n  | a |\n  |---|\n* b` is loose):
//   cmark-gfm's table extension opens the table on the delimiter row and leaves the rest of that
//   line, an empty one, to the table as its last line (last_line_blank), which only a body row
//   clears; so such a table ends with a blank line when the list asks.
// - Lists with an item ending in an HTML block that blank lines do not end (`<script>`, `<!--`, ...)
//   and whose last line is blank (`1. - <script>x\n\n   y\n2. b` is loose): cmark's block runs to
//   the line before the next block and marks its last line blank (blocks.c, S_process_line), which
//   S_ends_with_blank_line sees; micromark ends the node before that line, or keeps the blank line
//   inside it, and sees no blank line between two blocks.
// - Lists in a footnote definition whose item micromark ran on over the blank lines after it
//   (overrun, below).
// - Lists with an item holding a footnote definition that ends in a list (noteEndingInList).
// - Lists with an item holding a footnote definition with nothing after its `[^x]:` (`- a\n  [^x]:\n
//   c` is loose): the rest of its first line is blank, and cmark marks the definition's last line
//   blank (blocks.c, S_process_line), which no later line clears when no block of its own follows.
// Such lists (and the lists around them) are decided again here as cmark decides them, without
// their definitions: loose when an item that is not the last ends with a blank line, or when a
// block of an item other than the last block of the last item ends with one
// (S_ends_with_blank_line descends into a nested list's last item and its last block).
import type { List, ListItem, Nodes, Parent, Root, RootContent } from 'mdast';

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

const startLine = (node: Nodes): number => node.position?.start.line ?? 0;
// (a list or an item ends where its last block does: see overrun)
function endLine(node: Nodes): number {
  if ((node.type === 'list' || node.type === 'listItem') && node.children.length > 0) return endLine(node.children[node.children.length - 1]!);
  return node.position?.end.line ?? 0;
}

// An item in a footnote definition that micromark ran on past its last block, over the blank lines
// after it and the next line's four columns of the note's indent (mdast-util-from-markdown's list
// preparation walks back over line prefixes, not over gfmFootnoteDefinitionIndent), so it saw those
// blank lines inside the item and spread it (`[^1]: x\n\n    - a\n\n    > b` is tight for cmark).
const overrun = (item: ListItem): boolean => item.children.length > 0 && (item.position?.end.line ?? 0) > endLine(item);

const blocks = (item: ListItem): RootContent[] => item.children.filter((c) => c.type !== 'definition');

// Whether a blank line follows `node`: the next thing after it, at any level, starts more than a
// line below its end (a `>` line inside a block quote is blank there too). `after` is that line.
function blankAfter(node: Nodes, after: Map<Nodes, number>): boolean {
  const next = after.get(node);
  return next !== undefined && next > endLine(node) + 1;
}

const headerOnly = (node: Nodes): boolean => node.type === 'table' && node.children.length <= 1;
const emptyNote = (node: Nodes): boolean => node.type === 'footnoteDefinition' && node.children.length === 0;
// A footnote definition ending in a list: a blank line after it lands in the list's last item,
// and S_ends_with_blank_line asks the definition only its own flag, which no blank line set.
const noteEndingInList = (node: Nodes): boolean => node.type === 'footnoteDefinition' && node.children.at(-1)?.type === 'list';

// HTML blocks of the document whose last line, as cmark reads the block, is blank (found by walk).
const blankLast = new WeakSet<Nodes>();

// A line that is blank inside `depth` block quotes: their markers, then spaces and tabs at most.
function blankIn(line: string, depth: number): boolean {
  let rest = line;
  for (let d = 0; d < depth; d++) {
    const marker = /^[ \t]*>/.exec(rest);
    if (!marker) return false;
    rest = rest.slice(marker[0].length);
  }
  return /^[ \t]*$/.test(rest);
}

// An HTML block that micromark saw no blank line after, though the line before the next thing is
// blank: a block that blank lines do not end took it (one that they end stops before it, and
// micromark then sees it after the block).
function htmlBlankLast(node: Nodes, next: number | undefined, lines: string[], depth: number, after: Map<Nodes, number>): boolean {
  return node.type === 'html' && next !== undefined && next - 1 > startLine(node) && !blankAfter(node, after) && blankIn(lines[next - 2] ?? '', depth);
}

// cmark's S_ends_with_blank_line, on the blocks left once definitions are gone.
function endsWithBlank(node: Nodes, after: Map<Nodes, number>): boolean {
  if (headerOnly(node) || emptyNote(node) || blankLast.has(node)) return true;
  if (noteEndingInList(node)) return false;
  if (node.type === 'list') return endsWithBlank(node.children[node.children.length - 1]!, after);
  if (node.type === 'listItem') {
    const kids = blocks(node);
    return kids.length > 0 ? endsWithBlank(kids[kids.length - 1]!, after) : itemEndsBlank(node, after);
  }
  return blankAfter(node, after);
}

// An item's own last_line_blank: a blank line after it whose innermost container is the item,
// not a nested list's item (which takes the blank line then).
function itemEndsBlank(item: ListItem, after: Map<Nodes, number>): boolean {
  const last = item.children[item.children.length - 1];
  return last?.type !== 'list' && !(last !== undefined && noteEndingInList(last)) && blankAfter(item, after);
}

// A list that a block of its parent starting on the very next line ends (`- a\n\n  [x]: /u\n# h`,
// or a list of another marker): cmark closes it as it adds that block (blocks.c#add_child), before
// the paragraph of definitions still open at its end, which still counts as a block then.
function closedEarly(list: List, after: Map<Nodes, number>, sibling: Set<List>): boolean {
  const last = list.children[list.children.length - 1]!;
  return sibling.has(list) && last.children[last.children.length - 1]?.type === 'definition' && after.get(list) === endLine(list) + 1;
}

function tight(list: List, after: Map<Nodes, number>, sibling: Set<List>): boolean {
  const items = list.children;
  const early = closedEarly(list, after, sibling);
  return !items.some((item, i) => {
    const more = i < items.length - 1;
    if (more && itemEndsBlank(item, after)) return true;
    const kids = blocks(item);
    // the open paragraph of definitions is one block more after the last item's others
    const count = !more && early ? kids.length + 1 : kids.length;
    return kids.some((kid, k) => (more || k < count - 1) && endsWithBlank(kid, after));
  });
}

// An item holding a nested list, in a list inside a block quote.
const quotedNested = (list: List): boolean => list.children.some((item) => item.children.some((c) => c.type === 'list'));

// Records, for every block, the line where the next thing after it starts (and in `sibling` the
// lists a block of their own parent follows); collects in `lists` the lists to decide again and
// returns whether a definition or a table of one row sits in a list item anywhere below `node`.
function walk(node: Parent, quoted: number, next: number | undefined, after: Map<Nodes, number>, lists: List[], sibling: Set<List>, lines: string[], note = false): boolean {
  let found = false;
  const kids = node.children as Nodes[];
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    const following = i + 1 < kids.length ? startLine(kids[i + 1]!) : next;
    if (following !== undefined) after.set(kid, following);
    if (kid.type === 'list' && i + 1 < kids.length) sibling.add(kid);
    if (node.type === 'listItem' && htmlBlankLast(kid, following, lines, quoted, after)) blankLast.add(kid);
    if ((kid.type === 'definition' || headerOnly(kid) || emptyNote(kid) || noteEndingInList(kid) || blankLast.has(kid)) && node.type === 'listItem') found = true;
    if (!CONTAINERS.has(kid.type)) continue;
    const holds = walk(kid as Parent, quoted + (kid.type === 'blockquote' ? 1 : 0), following, after, lists, sibling, lines, note || kid.type === 'footnoteDefinition');
    if (holds) found = true;
    if (kid.type === 'list' && (holds || (quoted > 0 && quotedNested(kid)) || (note && kid.children.some(overrun)))) lists.push(kid);
  }
  return found;
}

/** Decides again, as cmark does, whether the lists micromark reads differently are tight. */
export function cmarkListSpread(root: Root, source: string): void {
  // a definition has `]:` in it, a block quote `>`, a table `|`, an HTML block `<`: most documents are done with at these searches
  if (!source.includes(']:') && !source.includes('>') && !source.includes('|') && !source.includes('<')) return;
  const after = new Map<Nodes, number>();
  const lists: List[] = [];
  const sibling = new Set<List>();
  walk(root, 0, undefined, after, lists, sibling, source.split(/\r\n|\r|\n/));
  for (const list of lists) {
    const spread = !tight(list, after, sibling);
    list.spread = spread;
    for (const item of list.children) item.spread = spread;
  }
}
