// Follows Rouge 3.30 lib/rouge/lexers/jinja.rb and twig.rb (a TemplateLexer over HTML). The two
// share Ruby class variables for their word lists, set by whichever lexes first in a process:
// each here has its own, as in a site that uses one of them.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { html } from './html.js';

interface JinjaWords {
  readonly keywords: ReadonlySet<string>; readonly tests: ReadonlySet<string>;
  readonly pseudo: ReadonlySet<string>; readonly operators: ReadonlySet<string>;
}

const tag = (name: string) => new RegExp(`({%-?)(\\s*)(${name})(\\s*)(-?%})`);
const toParent: LexerDef['states'][string][number] = [/.+/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])];
const rawState = (end: string): LexerDef['states'][string] => [
  [tag(end), (lx, m) => { lx.groups(m, 'Comment.Preproc', 'Text', 'Keyword', 'Text', 'Comment.Preproc'); lx.pop(); }],
  [/[^{]+/, 'Text'],
  [/{/, 'Text'],
];

function jinjaLexer(name: string, aliases: readonly string[], w: JinjaWords): LexerDef {
  return {
    name, aliases,
    start: (lx) => { lx.parent(html).reset(); },
    states: {
      root: [
        [/{#/, 'Comment', 'comment'],
        [/##.*/, 'Comment'],
        [tag('raw|verbatim'), (lx, m) => {
          lx.groups(m, 'Comment.Preproc', 'Text', 'Keyword', 'Text', 'Comment.Preproc');
          lx.push(m[3] === 'raw' ? 'raw' : 'verbatim');
        }],
        [/\{%/, 'Comment.Preproc', 'statement'],
        [/\{\{/, 'Comment.Preproc', 'expression'],
        [/(.+?)(?=\\|{{|{%|{#|##)/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
        toParent,
      ],
      filter: [[/(\|\s*)(\w+)/, (lx, m) => lx.groups(m, 'Operator', 'Name.Function')]],
      function: [[/(\w+)(\()/, (lx, m) => lx.groups(m, 'Name.Function', 'Punctuation')]],
      text: [[/\s+/, 'Text']],
      literal: [
        [/"(\\.|.)*?"/, 'Str.Double'],
        [/'(\\.|.)*?'/, 'Str.Single'],
        [/\d+(?=}\s)/, 'Num'],
        [/(\+|-|\*|\/\/?|\*\*?|=)/, 'Operator'],
        [/(<=?|>=?|===?|!=)/, 'Operator'],
        [/,/, 'Punctuation'],
        [/\[/, 'Punctuation'],
        [/\]/, 'Punctuation'],
        [/\(/, 'Punctuation'],
        [/\)/, 'Punctuation'],
      ],
      comment: [[/[^#]+/, 'Comment'], [/#}/, 'Comment', '#pop'], [/#/, 'Comment']],
      expression: [
        [/\w+\.?/, 'Name.Variable'],
        { mixin: 'filter' }, { mixin: 'function' }, { mixin: 'literal' }, { mixin: 'text' },
        [/%}|}}/, 'Comment.Preproc', '#pop'],
      ],
      statement: [
        [/(\w+\.?)/, (lx, m) => {
          const word = m[0];
          lx.token(w.keywords.has(word) ? 'Keyword' : w.pseudo.has(word) ? 'Keyword.Pseudo' : w.operators.has(word) ? 'Operator.Word'
            : w.tests.has(word) ? 'Name.Builtin' : 'Name.Variable', word);
        }],
        { mixin: 'filter' }, { mixin: 'function' }, { mixin: 'literal' }, { mixin: 'text' },
        [/%\}/, 'Comment.Preproc', '#pop'],
      ],
      raw: rawState('endraw'),
      verbatim: rawState('endverbatim'),
    },
  };
}

export const jinja = jinjaLexer('jinja', ['django'], {
  keywords: wordSet(`as context do else extends from ignore missing import include reversed recursive scoped autoescape
    endautoescape block endblock call endcall filter endfilter for endfor if endif macro endmacro set endset trans
    endtrans with endwith without`),
  tests: wordSet(`callable defined divisibleby equalto escaped even iterable lower mapping none number odd sameas
    sequence string undefined upper`),
  pseudo: wordSet('true false none True False None'),
  operators: wordSet('is in and or not'),
});

export const twig = jinjaLexer('twig', [], {
  keywords: wordSet(`as do extends flush from import include use else starts ends with without autoescape
    endautoescape block endblock embed endembed filter endfilter for endfor if endif macro endmacro sandbox endsandbox
    set endset spaceless endspaceless`),
  tests: wordSet('constant defined divisibleby empty even iterable null odd sameas'),
  pseudo: wordSet('true false none'),
  operators: wordSet('b-and b-or b-xor is in and or not'),
});
