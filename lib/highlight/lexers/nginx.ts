// Follows Rouge 3.30 lib/rouge/lexers/nginx.rb.
import { rx, type LexerDef } from '../engine.js';

const ID = '[^\\s$;{}()#]+';

export const nginx: LexerDef = {
  name: 'nginx',
  states: {
    root: [
      [/(include)(\s+)([^\s;]+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name')],
      [rx(ID), 'Keyword', 'statement'],
      { mixin: 'base' },
    ],
    block: [[/}/, 'Punctuation', '#pop'], [rx(ID), 'Keyword.Namespace', 'statement'], { mixin: 'base' }],
    statement: [
      [/{/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(); lx.push('block'); }],
      [/;/, 'Punctuation', '#pop'],
      { mixin: 'base' },
    ],
    base: [
      [/\s+/, 'Text'],
      [/#.*/, 'Comment.Single'],
      [/(?:on|off)\b/, 'Name.Constant'],
      [/[$][\w-]+/, 'Name.Variable'],
      [/([a-z0-9.-]+)(:)([0-9]+)/i, (lx, m) => lx.groups(m, 'Name.Function', 'Punctuation', 'Num.Integer')],
      [/[a-z-]+\/[a-z-]+/i, 'Name.Class'],
      [/[0-9]+[kmg]?\b/i, 'Num.Integer'],
      [/(~)(\s*)([^\s{]+)/, (lx, m) => lx.groups(m, 'Punctuation', 'Text', 'Str.Regex')],
      [/[:=~]/, 'Punctuation'],
      [rx(`/(?:${ID})?`), 'Name'],
      [/[^#\s;{}$\\]+/, 'Str'],
      [/[$;]/, 'Text'],
    ],
  },
};
