// kramdown/parser/kramdown/math.rb
import { R } from './regex.js';
import { BLOCK_BOUNDARY, OPT_SPACE } from './patterns.js';
import { el } from './element.js';
import { afterBlockBoundary } from './block-boundary.js';
import { strip } from './strings.js';
import type { BlockConstruct, SpanConstruct } from './parser.js';

const BLOCK_START = R(`^${OPT_SPACE}(\\\\)?\\$\\$(.*?)\\$\\$(\\s*?\\n)?`, 's');
const ESCAPE = R(`^${OPT_SPACE}\\\\`);

export const blockMath: BlockConstruct = {
  name: 'block_math',
  start: BLOCK_START,
  first: (c, n) => n <= 3 && (c === '\\' || c === '$'),
  parse(p) {
    const src = p.src;
    const m = src.check(BLOCK_START)!;
    if (!afterBlockBoundary(p)) return false;
    if (m[1] !== undefined) {
      if (m[3] !== undefined) src.scan(ESCAPE);
      return false;
    }
    const saved = src.pos;
    src.pos += m[0].length;
    const data = strip(m[2]);
    if (src.test(BLOCK_BOUNDARY)) {
      p.tree.children.push(p.newBlock('math', data, null, { category: 'block' }));
      return true;
    }
    src.pos = saved;
    return false;
  },
};

const INLINE = R('\\$\\$(.*?)\\$\\$', 's');
export const inlineMath: SpanConstruct = {
  name: 'inline_math',
  start: INLINE,
  spanStart: '\\$',
  first: '$',
  parse(p) {
    const m = p.src.check(INLINE)!;
    p.src.pos += m[0].length;
    p.tree.children.push(el('math', strip(m[1]), null, { category: 'span' }));
  },
};
