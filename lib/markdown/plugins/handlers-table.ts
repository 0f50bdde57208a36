// remark-rehype handlers for kramdown tables (kramdown/converter/html.rb
// convert_table, convert_td): sections, `th` in the head, alignment styles.
import type { State } from 'mdast-util-to-hast';
import { elem, text } from './hast-nodes.js';
import { kd, type HandlerConfig } from './convert-state.js';
import { all, attrs, type Handler } from './handlers-block.js';
import { entityToStr } from '../escape.js';

type N = any;

export function createTableHandlers(config: HandlerConfig): Record<string, Handler> {
  return {
    kdTable(state, node) {
      const table = elem('table', attrs(node), []);
      for (const section of node.children as N[]) {
        const sec = elem(section.section, attrs(section), [], { kd: 'indented' });
        for (const row of section.children as N[]) {
          const tr = elem('tr', attrs(row), [], { kd: 'indented' });
          (row.children as N[]).forEach((cell, i) => tr.children.push(cellFor(config, state, cell, section.section === 'thead', node.align[i])));
          sec.children.push(tr);
        }
        table.children.push(sec);
      }
      table.data = { kd: 'indented' } as never;
      return table;
    },
    // a row or section outside a table (html_to_native's `<tr>`, `<tbody>`): kdTable writes its
    // own, so these are the others, written as convert_tr/convert_tbody write any
    // (format_as_indented_block_html); a cell in them fails first (html-to-native.ts)
    tableRow: (state, node) => elem('tr', attrs(node), all(state, node), { kd: 'indented' }),
    kdTableSection: (state, node) => elem((node as N).section, attrs(node), all(state, node), { kd: 'indented' }),
  };
}

function cellFor(config: HandlerConfig, state: State, cell: N, head: boolean, align: string | undefined) {
  const a = attrs(cell);
  if (align && align !== 'default') a.style = (a.style !== undefined ? `${a.style}; ` : '') + `text-align: ${align}`;
  const children = all(state, cell);
  const body = children.length > 0 ? children : [text(entityToStr(kd(state, config).o, { codePoint: 160, name: 'nbsp' }))];
  return elem(head ? 'th' : 'td', a, body, { kd: 'block' });
}
