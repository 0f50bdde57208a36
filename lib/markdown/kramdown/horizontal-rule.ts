// kramdown/parser/kramdown/horizontal_rule.rb
import { HR_START } from './patterns.js';
import type { BlockConstruct } from './parser.js';

export const horizontalRule: BlockConstruct = {
  name: 'horizontal_rule',
  start: HR_START,
  first: (c, n) => n <= 3 && (c === '*' || c === '-' || c === '_'),
  parse(p) {
    p.src.scan(HR_START);
    p.tree.children.push(p.newBlock('hr'));
    return true;
  },
};
