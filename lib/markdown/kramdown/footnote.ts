// kramdown/parser/kramdown/footnote.rb: definitions and markers.
import { R } from './regex.js';
import { ALD_ID_NAME, OPT_SPACE } from './patterns.js';
import { matchCodeblock } from './codeblock.js';
import { el } from './element.js';
import { updateAttrWithIal } from './attribute-list.js';
import type { BlockConstruct, SpanConstruct } from './parser.js';

const DEF_START = R(`^${OPT_SPACE}\\[\\^(${ALD_ID_NAME})\\]:\\s*?(.*?\\n)`);
const INDENT_ALL = R('^(?:\\t| {4})', 'g');

export const footnoteDefinition: BlockConstruct = {
  name: 'footnote_definition',
  start: DEF_START,
  first: (c, n) => n <= 3 && c === '[',
  parse(p) {
    const m = p.src.check(DEF_START)!;
    const line = p.src.line;
    const rest = p.src.rest;
    const len = matchCodeblock(rest, m[0].length);
    const body = m[2] + rest.slice(m[0].length, m[0].length + len);
    p.src.pos += m[0].length + len;
    const def = el('footnote_def', null, null, { location: line });
    const name = m[1];
    p.parseBlocks(def, body.replace(INDENT_ALL, ''), line);
    if (p.footnotes.has(name)) p.warning(`Duplicate footnote name '${name}' on line ${line} - overwriting`, line);
    const eob = p.newBlock('eob', 'footnote_def');
    p.tree.children.push(eob);
    p.footnotes.set(name, { content: def, eob });
    return true;
  },
};

const MARKER = R(`\\[\\^(${ALD_ID_NAME})\\]`);

export const footnoteMarker: SpanConstruct = {
  name: 'footnote_marker',
  start: MARKER,
  spanStart: '\\[',
  first: '[',
  parse(p) {
    const m = p.src.check(MARKER)!;
    const line = p.src.line;
    p.src.pos += m[0].length;
    const fn = p.footnotes.get(m[1]);
    if (fn) {
      if (fn.eob) {
        updateAttrWithIal(p, fn.eob.attr, fn.eob.options.ial ?? {});
        fn.attr = fn.eob.attr;
        fn.options = fn.eob.options;
        delete fn.eob;
      }
      fn.marker ??= [];
      const marker = el('footnote', fn.content, fn.attr, { ...fn.options, name: m[1], location: line });
      fn.marker.push(marker);
      p.tree.children.push(marker);
    } else {
      p.warning(`Footnote definition for '${m[1]}' not found on line ${line}`, line);
      p.addText(m[0]);
    }
  },
};
