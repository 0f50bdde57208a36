// CSS selectors, a small subset: `tag`, `*`, `#id`, `.class`, `[attr]`,
// `[attr=value]` (also ~= ^= $= *=), compounds of these, descendant (` `)
// and child (`>`) combinators, groups (`,`). Enough for test assertions.
import { KyllError } from '../errors/index.js';
import type { HtmlElement, HtmlNode } from './html.js';

interface Compound {
  tag?: string;
  tests: Array<(el: HtmlElement) => boolean>;
}
/** Compounds from left to right, each with the combinator that joins it to the previous one. */
type Complex = Array<{ compound: Compound; combinator: ' ' | '>' }>;

const TOKEN = /\s*(>)\s*|\s+|([a-zA-Z][\w-]*|\*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]/y;

function parseSelector(selector: string): Complex[] {
  return selector.split(',').map((part) => parseComplex(part.trim(), selector));
}

function parseComplex(text: string, whole: string): Complex {
  const out: Complex = [];
  let current: Compound | null = null;
  let combinator: ' ' | '>' = ' ';
  let i = 0;
  while (i < text.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) throw new KyllError('INVALID_SELECTOR', `Unsupported selector: ${JSON.stringify(whole)} (at ${JSON.stringify(text.slice(i))}); kyll/testing reads tag, #id, .class, [attr=value], descendant and child combinators`);
    i = TOKEN.lastIndex;
    if (m[1] !== undefined || m[0].trim() === '') {
      if (current) out.push({ compound: current, combinator });
      current = null;
      combinator = m[1] !== undefined ? '>' : ' ';
      continue;
    }
    current ??= { tests: [] };
    if (m[2] !== undefined) current.tag = m[2] === '*' ? undefined : m[2].toLowerCase();
    else if (m[3] !== undefined) { const id = m[3]; current.tests.push((el) => el.attributes.id === id); }
    else if (m[4] !== undefined) { const cls = m[4]; current.tests.push((el) => classes(el).includes(cls)); }
    else current.tests.push(attributeTest(m[5]!.toLowerCase(), m[6], m[7] ?? m[8] ?? m[9]));
  }
  if (current) out.push({ compound: current, combinator });
  if (out.length === 0) throw new KyllError('INVALID_SELECTOR', `Empty selector in ${JSON.stringify(whole)}`);
  return out;
}

function classes(el: HtmlElement): string[] {
  return (el.attributes.class ?? '').split(/\s+/).filter(Boolean);
}

function attributeTest(name: string, op: string | undefined, value: string | undefined): (el: HtmlElement) => boolean {
  return (el) => {
    const v = el.attributes[name];
    if (v === undefined) return false;
    if (op === undefined || value === undefined) return true;
    switch (op) {
      case '=': return v === value;
      case '~=': return v.split(/\s+/).includes(value);
      case '^=': return value !== '' && v.startsWith(value);
      case '$=': return value !== '' && v.endsWith(value);
      default: return value !== '' && v.includes(value);
    }
  };
}

function matchesCompound(el: HtmlElement, c: Compound): boolean {
  return (c.tag === undefined || el.name === c.tag) && c.tests.every((t) => t(el));
}

/** Does the element (with its ancestors, innermost first) match the complex selector, read right to left? */
function matchesComplex(ancestors: readonly HtmlElement[], el: HtmlElement, sel: Complex, k = sel.length - 1): boolean {
  if (!matchesCompound(el, sel[k]!.compound)) return false;
  if (k === 0) return true;
  if (sel[k]!.combinator === '>') return ancestors.length > 0 && matchesComplex(ancestors.slice(1), ancestors[0]!, sel, k - 1);
  for (let a = 0; a < ancestors.length; a++) if (matchesComplex(ancestors.slice(a + 1), ancestors[a]!, sel, k - 1)) return true;
  return false;
}

/** Every element below `root` that matches `selector`, in document order. */
export function selectAll(root: HtmlElement, selector: string): HtmlElement[] {
  const selectors = parseSelector(selector);
  const found: HtmlElement[] = [];
  const walk = (node: HtmlNode, ancestors: HtmlElement[]): void => {
    if (node.type !== 'element') return;
    if (node !== root && selectors.some((s) => matchesComplex(ancestors, node, s))) found.push(node);
    const inner = node.name === '#document' ? ancestors : [node, ...ancestors];
    for (const child of node.children) walk(child, inner);
  };
  walk(root, []);
  return found;
}
