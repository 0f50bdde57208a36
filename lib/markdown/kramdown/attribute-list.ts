// Attribute lists: parse_attribute_list, update_ial_with_ial and
// update_attr_with_ial (kramdown/parser/kramdown/extensions.rb, kramdown.rb).
import { R } from './regex.js';
import { ALD_ID_NAME } from './patterns.js';
import { strip } from './strings.js';
import type { Attr, Ial } from './element.js';
import type { Parser } from './parser.js';
import { KramdownCrash } from '../kramdown-crash.js';

const KEY_VALUE = `(${ALD_ID_NAME})=("|')((?:\\\\\\}|\\\\\\2|[^\\}\\x02])*?)\\2`;
const ID_NAME = '#([A-Za-z][\\w:-]*)';
const CLASS_NAME = '\\.([^\\s\\.#]+)';
const ID_OR_CLASS = R(`${ID_NAME}|${CLASS_NAME}`, 'g');
const ANY = R(`(?:\\A|\\s)(?:${KEY_VALUE}|(${ALD_ID_NAME})|((?:${ID_NAME}|${CLASS_NAME})+))(?=\\s|\\Z)`, 'g');

export function parseAttributeList(p: Parser, str: string, opts: Ial): void {
  const s = strip(str);
  if (s === '' || s === ':') return;
  let found = 0;
  ANY.lastIndex = 0;
  for (let m = ANY.exec(str); m; m = ANY.exec(str)) {
    found++;
    const [, key, sep, val, ref, idClass] = m;
    if (ref !== undefined) (opts.refs ??= []).push(ref);
    else if (idClass !== undefined) {
      ID_OR_CLASS.lastIndex = 0;
      for (let c = ID_OR_CLASS.exec(idClass); c; c = ID_OR_CLASS.exec(idClass)) {
        if (c[2] !== undefined) opts.class = joinClass(opts.class as string | undefined, c[2]);
        else opts.id = c[1];
      }
    } else {
      const esc = sep === '"' ? '"' : "'";
      opts[key] = val.replace(new RegExp(`\\\\(\\}|${esc})`, 'g'), '$1');
    }
    if (m[0].length === 0) ANY.lastIndex++;
  }
  if (found === 0) p.warning(`No or invalid attributes found in IAL/ALD content: ${str}`, p.src?.line);
}

/** update_ial_with_ial: merges `opts` into the IAL `ial`. */
export function updateIalWithIal(ial: Ial, opts: Ial): void {
  if (opts.refs) (ial.refs ??= []).push(...opts.refs);
  for (const [k, v] of Object.entries(opts)) {
    if (k === 'refs') continue;
    if (k === 'class') ial.class = joinClass(ial.class as string | undefined, v as string);
    else ial[k] = v;
  }
}

/**
 * update_attr_with_ial: applies an IAL (and the ALDs it references) to attributes. An ALD that
 * refers back to itself (`{:a: a}`, or through others) sends kramdown's recursion round for ever
 * until Ruby's stack overflows, so a page that uses one fails to convert; past 16 levels without
 * a cycle (chains no real text has) it stops reading further references.
 */
export function updateAttrWithIal(p: Parser, attr: Attr, ial: Ial, depth = 0, path: Ial[] = []): void {
  if (ial.refs && depth < 16) {
    for (const ref of ial.refs) {
      const ald = p.alds[ref];
      if (!ald) continue;
      if (ald === ial || path.includes(ald)) throw new KramdownCrash('stack level too deep', `The attribute list definition {:${ref}: ...} refers to itself, directly or through another one: remove that reference.`);
      updateAttrWithIal(p, attr, ald, depth + 1, [...path, ial]);
    }
  }
  for (const [k, v] of Object.entries(ial)) {
    if (k === 'refs' || typeof v !== 'string') continue;
    if (k === 'class') attr.class = joinClass(attr.class, v);
    else attr[k] = v;
  }
}

/** "#{a} #{b}".lstrip, except that a class already absurdly long stops growing. */
function joinClass(a: string | undefined, b: string): string {
  if (a !== undefined && a.length > 10_000) return a;
  return `${a ?? ''} ${b}`.replace(/^[ \t\n\f\r\x0b]+/, '');
}
