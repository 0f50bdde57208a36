// A hast pass that lays out whitespace as kramdown's HTML writer does: each
// block on its own line, indented two spaces per level of nesting (the
// `indent` argument threaded through kramdown/converter/html.rb).
import type { Element, Root } from 'hast';
import { kdData, raw, text, type Child, type Raw } from './hast-nodes.js';
import { VOID } from './handlers-span.js';

// The indents as strings, made once (a pad per block of every document otherwise).
const PADS: string[] = [];
const pad = (n: number): string => (n <= 0 ? '' : (PADS[n] ??= ' '.repeat(n)));

function isRawHtml(parent: Element | Root): boolean {
  if (parent.type !== 'element') return false;
  // (convert_html_element asks the parent's type and content model: a span element's too)
  const d = kdData(parent);
  return (d.kd === 'html' || d.kdHtml === true) && d.kdModel === 'raw';
}

function isEmpty(nodes: Child[]): boolean {
  return nodes.every((n) => (n.type === 'text' || n.type === 'raw') && n.value === '' && !(n.type === 'raw' && (n as Raw).data?.kdEmptyPlaceholder));
}

// The newline after an element put in kramdown's placeholder: not there yet when the parent is written.
const AFTER_PLACEHOLDER = { kdAfterPlaceholder: true };

function endsWithNewline(nodes: Child[]): boolean {
  const last = nodes[nodes.length - 1];
  return !!last && (last.type === 'text' || last.type === 'raw') && last.value.endsWith('\n') && !(last.data as { kdAfterPlaceholder?: boolean } | undefined)?.kdAfterPlaceholder;
}

/** String#chomp on the last node. */
function chomp(nodes: Child[]): Child[] {
  const last = nodes[nodes.length - 1];
  if (last && (last.type === 'text' || last.type === 'raw') && endsWithNewline(nodes)) {
    const cut = last.value.endsWith('\r\n') ? 2 : 1;
    return [...nodes.slice(0, -1), { ...last, value: last.value.slice(0, -cut) } as Child];
  }
  return nodes;
}

function layoutChildren(children: Child[], indent: number, parent: Element | Root): Child[] {
  const out: Child[] = [];
  for (let k = 0; k < children.length; k++) place(children[k], indent, parent, out);
  return out;
}

function place(c: Child, indent: number, parent: Element | Root, out: Child[]): void {
  if (c.type === 'raw') {
    const r = c as Raw;
    if (r.data?.kd === 'line' && !(r.data.kdRawSensitive && isRawHtml(parent))) out.push(raw(`${pad(indent)}${r.value}\n`));
    else out.push(raw(r.value));
    return;
  }
  if (c.type !== 'element') {
    out.push(c);
    return;
  }
  const d = kdData(c);
  const i = (d.kdIndent ?? indent) + (d.kdDeeper ? 2 : 0);
  switch (d.kd) {
    case undefined:
      c.children = layoutChildren(c.children as Child[], i + 2, c) as Element['children'];
      out.push(c);
      return;
    case 'block':
    case 'void':
      c.children = layoutChildren(c.children as Child[], i + 2, c) as Element['children'];
      out.push(text(pad(i)), c, text('\n'));
      return;
    case 'indented': {
      const res = layoutChildren(c.children as Child[], i + 2, c);
      res.unshift(text('\n'));
      res.push(text(pad(i)));
      c.children = res as Element['children'];
      out.push(text(pad(i)), c, d.kdPlaceholder ? { type: 'text', value: '\n', data: AFTER_PLACEHOLDER } : text('\n'));
      return;
    }
    case 'code': {
      const res = layoutChildren(c.children as Child[], i + 2, c);
      res.push(text(pad(i)));
      c.children = res as Element['children'];
      out.push(text(pad(i)), c, text('\n'));
      return;
    }
    case 'li': {
      const res = layoutChildren(c.children as Child[], i + 2, c);
      if (!d.kdTight) {
        res.unshift(text('\n'));
        res.push(text(pad(i)));
      } else if (endsWithNewline(res)) res.push(text(pad(i)));
      c.children = res as Element['children'];
      out.push(text(pad(i)), c, text('\n'));
      return;
    }
    case 'html': {
      const parentRaw = isRawHtml(parent);
      const res = layoutChildren(c.children as Child[], i + 2, c);
      if (!parentRaw) out.push(text(pad(i)));
      if (d.kdClosed && d.kdModel === 'raw') {
        c.children = [];
        d.kdVoid = true;
      } else if (!isEmpty(res) && d.kdModel !== 'block') c.children = res as Element['children'];
      else if (!isEmpty(res)) c.children = [text('\n'), ...chomp(res), text(`\n${pad(i)}`)] as Element['children'];
      else if (VOID.has(c.tagName)) {
        c.children = [];
        d.kdVoid = true;
      } else c.children = [];
      c.data = d as Element['data'];
      out.push(c);
      if (!parentRaw) out.push(text('\n'));
      return;
    }
  }
}

/** rehype plugin: insert kramdown's newlines and indentation. */
export default function rehypeKramdownLayout() {
  return (tree: Root) => {
    tree.children = layoutChildren(tree.children as Child[], 0, tree) as Root['children'];
  };
}
