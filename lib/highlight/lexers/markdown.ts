// Follows Rouge 3.30 lib/rouge/lexers/markdown.rb. Fenced code goes to the lexer its info
// string names (Lexer.find_fancy); an empty name is guessed (Lexer.guess, guess.ts).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { AmbiguousGuess } from '../guess.js';
import { html } from './html.js';
import { yaml } from './yaml.js';

interface S { sub: Lexing<any> | null }
type L = Lexing<S>;

const EDOT = String.raw`(?:\\.|[^\\\n])`;
/** Rouge's PlainText lexer with its token option: the whole text as one token. */
const plain = (tok: string): LexerDef => ({ name: `plaintext ${tok}`, states: { root: [[/[\s\S]+/, tok]] } });
const PLAIN_BACKTICK = plain('Str.Backtick');

// markdown.rb's fence rule: Lexer.find_fancy(name, or "guess" without one), the first of an
// ambiguous guess, else PlainText with Str::Backtick tokens.
function subLexer(lx: L, name: string, code: string | undefined): Lexing<any> {
  let found: Lexing<any> | null;
  try {
    found = lx.find(name || 'guess', code);
  } catch (e) {
    if (!(e instanceof AmbiguousGuess)) throw e;
    found = lx.find(e.tags[0]!);
  }
  if (found) { found.budget = lx.budget; return found; }
  return lx.child(PLAIN_BACKTICK).reset();
}

function fence(lx: L, m: RegExpExecArray): void {
  const sub = subLexer(lx, m[3]!.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, ''), m[5]);
  lx.token('Text', m[1]);
  lx.token('Punctuation', m[2]);
  lx.token('Name.Label', m[3]);
  if (m[5] !== undefined) lx.delegateTo(sub, m[5]);
  lx.token('Text', m[6]);
  if (m[7] !== undefined) { lx.token('Punctuation', m[7]); return; }
  lx.s.sub = sub;
  lx.pushDynamic(`fence ${m[2]}`, () => [
    [rx(`^([ \\t]*)(${m[2]})`), (l: L, mb) => { l.pop(); l.token('Text', mb[1]); l.token('Punctuation', mb[2]); }],
    [/^.*\n/, (l: L, mb) => l.delegateTo(l.s.sub!, mb[0])],
  ]);
}

export const markdown: LexerDef<S> = {
  name: 'markdown',
  aliases: ['md', 'mkd'],
  init: () => ({ sub: null }),
  start: (lx) => { lx.child(html).reset(); },
  states: {
    root: [
      [/\A(---\s*\n.*?\n?)^(---\s*$\n?)/s, (lx, m) => lx.delegate(yaml, m[0], true)],
      [/\\./, 'Str.Escape'],
      [/^[\S ]+\n(?:---*)\n/, 'Generic.Heading'],
      [/^[\S ]+\n(?:===*)\n/, 'Generic.Subheading'],
      [/^#(?=[^#]).*?$/, 'Generic.Heading'],
      [/^##*.*?$/, 'Generic.Subheading'],
      [/^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?/s, fence],
      [/\n\n((    |\t).*?\n|\n)+/, 'Str.Backtick'],
      [rx(`(\`+)(?:${EDOT}|\\n)+?\\1`), 'Str.Backtick'],
      [/^(\s*[*]){3,}\s*$/, 'Punctuation'],
      [/^(\s*[-]){3,}\s*$/, 'Punctuation'],
      [/^\s*[*+-](?=\s)/, 'Punctuation'],
      [/^\s*\d+\./, 'Punctuation'],
      [/^\s*>.*?$/, 'Generic.Traceback'],
      [rx(`^(\\s*)(\\[)(${EDOT}+?)(\\])(\\s*)(:)`), (lx, m) => {
        lx.groups(m, 'Text', 'Punctuation', 'Str.Symbol', 'Punctuation', 'Text', 'Punctuation');
        lx.push('title');
        lx.push('url');
      }],
      [rx(`(!?\\[)(${EDOT}*?|[^\\]]*?)(\\])(?=[\\[(])`), (lx, m) => {
        lx.groups(m, 'Punctuation', 'Name.Variable', 'Punctuation');
        lx.push('link');
      }],
      [rx(`[*][*]${EDOT}*?[*][*]`), 'Generic.Strong'],
      [rx(`__${EDOT}*?__`), 'Generic.Strong'],
      [rx(`[*]${EDOT}*?[*]`), 'Generic.Emph'],
      [rx(`_${EDOT}*?_`), 'Generic.Emph'],
      [/<.*?@.+[.].+>/, 'Name.Variable'],
      [rx(`<(https?|mailto|ftp)://${EDOT}*?>`), 'Name.Variable'],
      [/[^\\`\[*\n&<]+/, 'Text'],
      [/&\S*;/, (lx, m) => lx.delegate(html, m[0])],
      [rx(`<${EDOT}*?>`), (lx, m) => lx.delegate(html, m[0])],
      [/[&<]/, 'Text'],
      [/\[/, 'Text'],
      [/\n/, 'Text'],
    ],
    link: [
      [rx(`(\\[)(${EDOT}*?)(\\])`), (lx, m) => { lx.groups(m, 'Punctuation', 'Str.Symbol', 'Punctuation'); lx.pop(); }],
      [/[(]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('inline_title'); lx.push('inline_url'); }],
      [/[ \t]+/, 'Text'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    url: [
      [/[ \t]+/, 'Text'],
      [rx(`(<)(${EDOT}*?)(>)`), (lx, m) => { lx.groups(m, 'Name.Tag', 'Str.Other', 'Name.Tag'); lx.pop(); }],
      [/\S+/, 'Str.Other', '#pop'],
    ],
    title: [
      [rx(`"${EDOT}*?"`), 'Name.Namespace'],
      [rx(`'${EDOT}*?'`), 'Name.Namespace'],
      [rx(`[(]${EDOT}*?[)]`), 'Name.Namespace'],
      [/\s*(?=["'()])/, 'Text'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    inline_title: [[/[)]/, 'Punctuation', '#pop'], { mixin: 'title' }],
    inline_url: [
      [/[^<\s)]+/, 'Str.Other', '#pop'],
      [/\s+/s, 'Text'],
      { mixin: 'url' },
    ],
  },
};
