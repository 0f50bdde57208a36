// Follows Rouge 3.30 lib/rouge/lexers/ceylon.rb. Its first two word lists are %r(...) spread
// over lines without the x flag: the line breaks and indentation are part of the alternatives
// (`late`, `if`, `annotation`, `nonempty` only match after a line break and ten spaces), kept so.
import { rx, type LexerDef } from '../engine.js';

const BREAK = '\n          ';

export const ceylon: LexerDef = {
  name: 'ceylon',
  states: {
    whitespace: [[/[^\S\n]+/, 'Text'], [/\/\/.*?\n/, 'Comment.Single'], [/\/\*/, 'Comment.Multiline']],
    root: [
      { mixin: 'whitespace' },
      [rx(`(shared|abstract|formal|default|actual|variable|deprecated|small|${BREAK}late|literal|doc|by|see|throws|optional|license|tagged|final|native|${BREAK}annotation|sealed)\\b`), 'Name.Decorator'],
      [rx(`(break|case|catch|continue|else|finally|for|in|${BREAK}if|return|switch|this|throw|try|while|is|exists|dynamic|${BREAK}nonempty|then|outer|assert|let)\\b`), 'Keyword'],
      [/(abstracts|extends|satisfies|super|given|of|out|assign)\b/, 'Keyword.Declaration'],
      [/(function|value|void|new)\b/, 'Keyword.Type'],
      [/(assembly|module|package)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Namespace', 'Text'); lx.push('import'); }],
      [/(true|false|null)\b/, 'Keyword.Constant'],
      [/(class|interface|object|alias)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text'); lx.push('class'); }],
      [/(import)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Namespace', 'Text'); lx.push('import'); }],
      [/"(\\\\|\\"|[^"])*"/, 'Literal.String'],
      [/'\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}'/, 'Literal.String.Char'],
      [/"[^`]*``[^`]*``[^`]*"/, 'Literal.String.Interpol'],
      [/(\.)([a-z_]\w*)/, (lx, m) => lx.groups(m, 'Operator', 'Name.Attribute')],
      [/[a-zA-Z_]\w*:/, 'Name.Label'],
      [/(\\I[a-z]|[A-Z])\w*/, 'Name.Decorator'],
      [/[a-zA-Z_]\w*/, 'Name'],
      [/[~^*!%&\[\](){}<>|+=:;,.\/?`-]/, 'Operator'],
      [/\d{1,3}(_\d{3})+\.\d{1,3}(_\d{3})+[kMGTPmunpf]?/, 'Literal.Number.Float'],
      [/\d{1,3}(_\d{3})+\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?/, 'Literal.Number.Float'],
      [/[0-9][0-9]*\.\d{1,3}(_\d{3})+[kMGTPmunpf]?/, 'Literal.Number.Float'],
      [/[0-9][0-9]*\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?/, 'Literal.Number.Float'],
      [/#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+/, 'Literal.Number.Hex'],
      [/#[0-9a-fA-F]+/, 'Literal.Number.Hex'],
      [/\$([01]{4})(_[01]{4})+/, 'Literal.Number.Bin'],
      [/\$[01]+/, 'Literal.Number.Bin'],
      [/\d{1,3}(_\d{3})+[kMGTP]?/, 'Literal.Number.Integer'],
      [/[0-9]+[kMGTP]?/, 'Literal.Number.Integer'],
      [/\n/, 'Text'],
    ],
    class: [{ mixin: 'whitespace' }, [/[A-Za-z_]\w*/, 'Name.Class', '#pop']],
    import: [[/[a-z][\w.]*/, 'Name.Namespace', '#pop'], [/"(\\\\|\\"|[^"])*"/, 'Literal.String', '#pop']],
    // (ceylon.rb's :comment state is never entered: `/*` above does not push it)
  },
};
