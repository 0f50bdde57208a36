// A hard line break as cmark writes it (inlines.c handle_newline): a line ending whose two
// characters before are spaces, whatever comes before them. micromark makes no break when the
// trailing whitespace holds a tab (`a\t  ` then a new line), and drops that whitespace, leaving a
// soft line ending in the text: here such a line ending becomes a break. (cmark trims the
// whitespace, tabs included, off the text before it, as micromark already did.)
import type { Break, Nodes, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';

export default function remarkHardBreakTab() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    // only a source with a tab before two spaces at a line's end can hold such a line
    if (!/\t[ \t]* {2}\r?\n/.test(source) && !/\t[ \t]* {2}\r(?!\n)/.test(source)) return;
    visit(tree, source);
  };
}

function visit(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i] as Nodes;
    if (child.type === 'text') {
      const pieces = split(child, source);
      if (pieces) {
        parent.children.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      }
    } else visit(child, source);
  }
}

/** The text with a break at each soft line ending that cmark reads as hard, or undefined when it has none. */
function split(text: Text, source: string): Array<Text | Break> | undefined {
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  if (start === undefined || end === undefined || !text.value.includes('\n')) return undefined;
  // the line endings of its source, in order; each is one "\n" of its value
  const hard: boolean[] = [];
  for (let at = start; at < end; at++) {
    const c = source[at];
    if (c !== '\n' && c !== '\r') continue;
    if (c === '\r' && source[at + 1] === '\n') at++;
    const eol = c === '\r' && source[at] === '\n' ? at - 1 : at;
    let ws = eol;
    while (ws > 0 && (source[ws - 1] === ' ' || source[ws - 1] === '\t')) ws--;
    const run = source.slice(ws, eol);
    hard.push(run.endsWith('  ') && run.includes('\t'));
  }
  const lines = text.value.split('\n');
  // a value whose line endings are not the source's (a character reference `&#10;`): left alone
  if (lines.length - 1 !== hard.length || !hard.includes(true)) return undefined;
  const out: Array<Text | Break> = [];
  let current = lines[0]!;
  for (let k = 0; k < hard.length; k++) {
    if (hard[k]) {
      if (current !== '') out.push({ type: 'text', value: current });
      out.push({ type: 'break' });
      current = lines[k + 1]!;
    } else current += `\n${lines[k + 1]!}`;
  }
  if (current !== '') out.push({ type: 'text', value: current });
  return out;
}
