// kramdown/parser/kramdown/list.rb parse_definition_list
import { DEFINITION_LIST_START, EOB_MARKER } from './patterns.js';
import { el, type KEl } from './element.js';
import { fetchPattern, LIST_ITEM_IAL, parseFirstListLine, type FirstLine } from './list-common.js';
import { parseAttributeList } from './attribute-list.js';
import type { BlockConstruct } from './parser.js';
import { firstTextOf } from '../kramdown-crash.js';

export const definitionList: BlockConstruct = {
  name: 'definition_list',
  start: DEFINITION_LIST_START,
  first: (c, n) => n <= 3 && c === ':',
  parse(p) {
    const children = p.tree.children;
    const n = children.length;
    const lastC = children[n - 1];
    if (!lastC || (n === 1 && lastC.type !== 'p') ||
        (n >= 2 && lastC.type !== 'p' && (lastC.type !== 'blank' || lastC.value !== '\n' || children[n - 2].type !== 'p'))) {
      return false;
    }
    let firstAsPara = false;
    const deflist = p.newBlock('dl');
    let para = children.pop()!;
    if (para.type === 'blank') {
      para = children.pop()!;
      firstAsPara = true;
    }
    // the list's location is its first term's, the paragraph's
    if (para.options.location !== undefined) deflist.options.location = para.options.location;
    const terms = String(firstTextOf(para).value).split('\n');
    while (terms.length > 0 && terms[terms.length - 1] === '') terms.pop(); // Ruby's split
    for (const raw of terms) {
      let term = raw;
      const dt = el('dt', null, null, { location: p.src.line });
      const m = LIST_ITEM_IAL.exec(term);
      if (m) {
        parseAttributeList(p, m[1], (dt.options.ial ??= {}));
        term = term.slice(0, m.index) + term.slice(m.index + m[0].length);
      }
      dt.options.raw_text = term;
      dt.children.push(el('raw_text', term));
      deflist.children.push(dt);
    }
    deflist.options.ial = para.options.ial;
    const src = p.src;
    let item: KEl | null = null;
    let first: FirstLine | null = null;
    let startRe = DEFINITION_LIST_START;
    let lastIsBlank = false;
    const values = new Map<KEl, string>();
    while (!src.eos) {
      let m: RegExpExecArray | null;
      let result: string | null;
      if ((m = src.check(startRe))) {
        const location = src.line;
        src.pos += m[0].length;
        item = el('dd', null, null, { location, first_as_para: firstAsPara });
        first = parseFirstListLine(m[1].length, m[2]);
        deflist.children.push(item);
        let content = first.content;
        const ial = LIST_ITEM_IAL.exec(content);
        if (ial) {
          parseAttributeList(p, ial[1], (item.options.ial ??= {}));
          content = content.slice(0, ial.index) + content.slice(ial.index + ial[0].length);
        }
        values.set(item, content);
        startRe = fetchPattern('dl', first.indentation);
        firstAsPara = false;
        lastIsBlank = false;
      } else if (src.test(EOB_MARKER)) break;
      else if (item && first && ((result = src.scan(first.contentRe)) !== null || (!lastIsBlank && (result = src.scan(first.lazyRe)) !== null))) {
        result = result.replace(/^(\t+)/, (t) => '    '.repeat(t.length)).replace(first.indentRe, '');
        values.set(item, values.get(item)! + result);
        firstAsPara = false;
        lastIsBlank = false;
      } else if (item && (result = src.scanBlank()) !== null) {
        firstAsPara = true;
        values.set(item, values.get(item)! + result);
        lastIsBlank = true;
      } else break;
    }
    let last: KEl | null = null;
    for (const it of deflist.children) {
      if (it.type === 'dt') continue;
      p.parseBlocks(it, values.get(it) ?? '', it.options.location);
      const c = it.children;
      if (c.length === 0) continue;
      last = c[c.length - 1].type === 'blank' ? c.pop()! : null;
      const fap = it.options.first_as_para;
      delete it.options.first_as_para;
      if (c[0] && c[0].type === 'p' && !fap) {
        if (c.length > 1) firstTextOf(c[0]).value += '\n';
        c[0].options.transparent = true;
      }
    }
    const k = p.tree.children;
    if (k.length >= 1 && k[k.length - 1].type === 'dl') {
      for (const x of deflist.children) k[k.length - 1].children.push(x);
    } else if (k.length >= 2 && k[k.length - 1].type === 'blank' && k[k.length - 2].type === 'dl') {
      k.pop();
      for (const x of deflist.children) k[k.length - 1].children.push(x);
    } else k.push(deflist);
    if (last) k.push(last);
    return true;
  },
};
