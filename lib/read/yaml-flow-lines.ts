// libyaml checks no indentation inside a flow collection (scan_plain_scalar: `!flow_level &&
// column < indent`), so a plain scalar of `v: [a` continues on a line `b]` at column 0 (["a b"]);
// js-yaml wants the line indented past the collection's parent. Indentation is nothing to a flow
// collection's content (its lines' leading blanks fold away), so indenting those lines changes
// nothing Psych reads: the text js-yaml is given again when it failed on the original.
import { scanYamlLine } from './yaml-line-scan.js';

/** A flow collection opens at a value's place: a line's start, after `key: `, `- `, `? `, an anchor or a tag. */
const VALUE_PLACE = /(?:^|:[ \t])[ \t]*(?:[-?][ \t]+)*(?:[&!]\S*[ \t]+)*$/;
/** A line ending in a block scalar's header (`key: |`, `- >-`): its indented lines are text. */
const BLOCK_HEADER = /(?:^|[ \t])[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * The text with each line that begins inside a flow collection indented past the column of the
 * outermost bracket, or undefined when no line needed it.
 */
export function flowLinesIndented(text: string): string | undefined {
  const lines = text.split('\n');
  let depth = 0;
  let quote = '';
  let pad = 0;
  let blockIndent = -1;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^ */.exec(line)![0].length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    const inFlow = depth > 0;
    const scan = scanYamlLine(line, quote, (j) => j === 0 || /[\s[{,]/.test(line[j - 1]!), (c, j) => {
      if (depth > 0) {
        if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') depth--;
      } else if ((c === '[' || c === '{') && VALUE_PLACE.test(line.slice(0, j))) {
        depth = 1;
        pad = j + 1;
      }
    });
    quote = scan.quote;
    if (inFlow && indent < pad && line.trim() !== '') {
      lines[i] = ' '.repeat(pad) + line;
      changed = true;
    }
    if (depth === 0 && quote === '' && BLOCK_HEADER.test(line.slice(0, scan.end))) blockIndent = indent;
  }
  return changed ? lines.join('\n') : undefined;
}
