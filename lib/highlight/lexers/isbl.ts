// Follows Rouge 3.30 lib/rouge/lexers/isbl.rb (builtins in isbl-words.ts, built on first use).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { isblWords } from './isbl-words.js';

const KEYWORDS = wordSet(`and и else иначе endexcept endfinally endforeach конецвсе endif конецесли endwhile конецпока except
  exitfor finally foreach все if если in в not не or или try while пока`);

export const isbl: LexerDef = {
  name: 'isbl',
  states: {
    whitespace: [[/\s+/, 'Text'], [/\/\/.*?$/, 'Comment.Single'], [/\/[*].*?[*]\//s, 'Comment.Multiline']],
    dotted: [
      { mixin: 'whitespace' },
      [/[a-zа-яё_0-9]+/i, (lx, m) => {
        lx.token(isblWords().constants.has(m[0].toLowerCase()) ? 'Name.Builtin' : lx.inState('type') ? 'Keyword.Type' : 'Name', m[0]);
        lx.pop();
      }],
    ],
    type: [
      { mixin: 'whitespace' },
      [/[a-zа-яё_0-9]+/i, (lx, m) => {
        lx.token(isblWords().interfaces.has(m[0].toLowerCase()) ? 'Keyword.Type' : 'Name', m[0]);
        lx.pop();
      }],
      [/[.]/, 'Punctuation', 'dotted'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    root: [
      { mixin: 'whitespace' },
      [/[:]/, 'Punctuation', 'type'],
      [/[.]/, 'Punctuation', 'dotted'],
      [/[\[\]();]/, 'Punctuation'],
      [/[&*+=<>\/-]/, 'Operator'],
      [/\b[a-zа-яё_][a-zа-яё_0-9]*(?=[(])/i, 'Name.Function'],
      [/[a-zа-яё_!][a-zа-яё_0-9]*/i, (lx, m) => {
        const name = m[0].toLowerCase();
        const w = isblWords();
        lx.token(KEYWORDS.has(name) ? 'Keyword' : w.constants.has(name) ? 'Name.Builtin'
          : w.globals.has(name) ? 'Name.Variable.Global' : 'Name.Variable', m[0]);
      }],
      [/\b(\d+(\.\d+)?)\b/, 'Literal.Number'],
      [/["].*?["]/s, 'Literal.String.Double'],
      [/['].*?[']/s, 'Literal.String.Single'],
    ],
  },
};
