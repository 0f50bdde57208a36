// kramdown/parser/kramdown/link.rb parse_link_definition, and abbreviation.rb
import { R } from './regex.js';
import { OPT_SPACE } from './patterns.js';
import { strip } from './strings.js';
import type { BlockConstruct } from './parser.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';

/** kramdown/parser/kramdown/link.rb normalize_link_id: Ruby's String#downcase (Σ is σ, never final ς). */
export function normalizeLinkId(id: string): string {
  return rubyDowncase(id.replace(/[ \t\n\x0b\f\r]+/g, ' '));
}

const LINK_DEF = R(`^${OPT_SPACE}\\[([^\\n\\]]+)\\]:[ \\t]*(?:<(.*?)>|([^\\n]*?\\S[^\\n]*?))(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?(["'])(.+?)\\4)?[ \\t]*?\\n`);

export const linkDefinition: BlockConstruct = {
  name: 'link_definition',
  start: LINK_DEF,
  first: (c, n) => n <= 3 && c === '[',
  parse(p) {
    const m = p.src.check(LINK_DEF)!;
    if (/[ \t]+["']/.test(m[3] ?? '')) return false;
    p.src.pos += m[0].length;
    const id = normalizeLinkId(m[1]);
    if (p.linkDefs.has(id)) p.warning(`Duplicate link ID '${id}' on line ${p.src.line} - overwriting`, p.src.line);
    const eob = p.newBlock('eob', 'link_def');
    p.tree.children.push(eob);
    p.linkDefs.set(id, [m[2] ?? m[3], m[5], eob]);
    return true;
  },
};

const ABBREV_DEF = R(`^${OPT_SPACE}\\*\\[(.+?)\\]:(.*?)\\n`);

export const abbrevDefinition: BlockConstruct = {
  name: 'abbrev_definition',
  start: ABBREV_DEF,
  first: (c, n) => n <= 3 && c === '*',
  parse(p) {
    const m = p.src.check(ABBREV_DEF)!;
    const line = p.src.line;
    p.src.pos += m[0].length;
    const [id, text] = [m[1], strip(m[2])];
    if (p.abbrevDefs.has(id)) p.warning(`Duplicate abbreviation ID '${id}' on line ${line} - overwriting`, line);
    const eob = p.newBlock('eob', 'abbrev_def');
    p.tree.children.push(eob);
    p.abbrevDefs.set(id, text);
    p.abbrevAttr.set(id, eob);
    return true;
  },
};
