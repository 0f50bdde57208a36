// kramdown/parser/kramdown/list.rb (parse_list), with the task lists of
// kramdown-parser-gfm (parser/gfm.rb parse_list).
import { isGfmInput } from '../options.js';
import { EOB_MARKER, HR_START, LIST_START, LIST_START_OL, LIST_START_UL } from './patterns.js';
import { el, type KEl } from './element.js';
import { fetchPattern, LIST_ITEM_IAL, parseFirstListLine, type FirstLine } from './list-common.js';
import { parseAttributeList } from './attribute-list.js';
import { strip } from './strings.js';
import type { BlockConstruct } from './parser.js';
import { firstTextOf } from '../kramdown-crash.js';

const LEADING_TABS = /^(\t+)/;

export const list: BlockConstruct = {
  name: 'list',
  start: LIST_START,
  first: (c, n) => n <= 3 && (c === '+' || c === '*' || c === '-' || (c >= '0' && c <= '9')),
  parse(p) {
    const src = p.src;
    const ordered = !src.test(LIST_START_UL);
    const type = ordered ? 'ol' : 'ul';
    let startRe = ordered ? LIST_START_OL : LIST_START_UL;
    const listEl = p.newBlock(type);
    let item: KEl | null = null;
    let chunks: string[] = [];
    const values = new Map<KEl, { chunks: string[]; line: number }>();
    let first: FirstLine | null = null;
    let eobFound = false;
    let nestedListFound = false;
    let lastIsBlank = false;
    while (!src.eos) {
      let m: RegExpExecArray | null;
      let result: string | null;
      if (lastIsBlank && src.test(HR_START)) break;
      else if (src.scan(EOB_MARKER) !== null) {
        eobFound = true;
        break;
      } else if ((m = src.check(startRe))) {
        const line = src.line;
        src.pos += m[0].length;
        listEl.options.first_list_marker ??= strip(m[1]);
        item = el('li', null, null, { location: line });
        first = parseFirstListLine(m[1].length, m[2]);
        listEl.children.push(item);
        let content = first.content;
        // parser/markdown.rb's LIST_ITEM_IAL (a random name) finds no IAL.
        const ial = p.grammar.markdown ? null : LIST_ITEM_IAL.exec(content);
        if (ial) {
          parseAttributeList(p, ial[1], (item.options.ial ??= {}));
          content = content.slice(0, ial.index) + content.slice(ial.index + ial[0].length);
        }
        startRe = fetchPattern(type, first.indentation);
        nestedListFound = LIST_START.test(content);
        lastIsBlank = false;
        chunks = [content];
        values.set(item, { chunks, line });
      } else if (first && ((result = src.scan(first.contentRe)) !== null || (!lastIsBlank && (result = src.scan(first.lazyRe)) !== null))) {
        result = result.replace(LEADING_TABS, (t) => '    '.repeat(t.length));
        const stripped = result.replace(first.indentRe, '');
        const indentationFound = stripped !== result;
        result = stripped;
        if (!nestedListFound && indentationFound && LIST_START.test(result)) {
          chunks.push('');
          nestedListFound = true;
        } else if (nestedListFound && !indentationFound && LIST_START.test(result)) {
          result = ' '.repeat(first.indentation + 4) + result;
        }
        chunks[chunks.length - 1] += result;
        lastIsBlank = false;
      } else if (first && (result = src.scanBlank()) !== null) {
        nestedListFound = true;
        lastIsBlank = true;
        chunks[chunks.length - 1] += result;
      } else break;
    }
    p.tree.children.push(listEl);
    let last: KEl | null = null;
    const items = listEl.children;
    items.forEach((it, idx) => {
      const temp = el('temp', null, null, { location: values.get(it)!.line });
      const value = values.get(it)!;
      let line = value.line;
      for (const chunk of value.chunks) {
        p.parseBlocks(temp, chunk, line);
        for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) line++;
      }
      it.children = temp.children;
      const c = it.children;
      if (c.length === 0) return;
      if (c[0].type === 'p' && c.length >= 2 && c[1].type === 'eob' && c[0].options.ial) c.splice(1, 1);
      if (
        c[0].type === 'p' &&
        (c.length < 2 || c[1].type !== 'blank' || (idx === items.length - 1 && c.length === 2 && !eobFound)) &&
        (idx !== items.length - 1 || items.length === 1 ||
          items.slice(0, -1).some((cit) => !cit.children[0] || cit.children[0].type !== 'p' || cit.children[0].options.transparent))
      ) {
        if (c.length > 1 && c[1].type !== 'blank') firstTextOf(c[0]).value += '\n';
        c[0].options.transparent = true;
      }
      last = c[c.length - 1].type === 'blank' ? c.pop()! : null;
    });
    if (last && !eobFound) p.tree.children.push(last);
    if (isGfmInput(p.options)) taskList(listEl);
    return true;
  },
};

const BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const BOX_CHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';

/** parser/gfm.rb parse_list: `[ ]` and `[x]` at the start of an item become checkboxes. */
function taskList(listEl: KEl): void {
  let isTaskList = false;
  for (const li of listEl.children) {
    const first = li.children[0];
    if (!first || first.type !== 'p') continue;
    const d = firstTextOf(first);
    if (typeof d.value === 'string') {
      let v: string = d.value;
      let hit = false;
      v = v.replace(/^[ \t\n\x0b\f\r]*\[ \][ \t\n\x0b\f\r]+/, () => ((hit = true), BOX));
      v = v.replace(/^[ \t\n\x0b\f\r]*\[x\][ \t\n\x0b\f\r]+/i, () => ((hit = true), BOX_CHECKED));
      d.value = v;
      isTaskList ||= hit;
    }
    if (isTaskList) li.attr.class = 'task-list-item';
  }
  if (isTaskList) listEl.attr.class = 'task-list';
}

