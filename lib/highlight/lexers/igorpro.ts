// Follows Rouge 3.30 lib/rouge/lexers/igorpro.rb (word lists in igorpro-words.ts, built on first use;
// they are looked up downcased, so their mixed-case entries never match, as in Rouge).
import { rx, type LexerDef } from '../engine.js';
import { igorWords } from './igorpro-words.js';

const OBJECT = '(?:\\b[a-zA-Z][a-zA-Z0-9_\\.]*?\\b)'; // /\b[a-z][a-z0-9_\.]*?\b/i
const NO_LINE_BREAK = /(?:[ \t]|(?:\\\s*[\r\n]))+/;
const NUMBER_FLOAT = /0x[a-f0-9]+/i; // sic: the names of the two are swapped in Rouge
const NUMBER_HEX = /\d+\.\d+(e[\+\-]?\d+)?/;
const NUMBER_INT = /[\d]+(?:_\d+)*/;

export const igorpro: LexerDef = {
  name: 'igorpro',
  states: {
    root: [
      [/\/\//, 'Comment', 'comments'],
      [rx(OBJECT), (lx, m) => {
        const w = igorWords();
        const name = m[0].toLowerCase();
        if (/function/.test(name)) { lx.token('Keyword.Declaration', m[0]); lx.push('parse_function'); }
        else if (w.declarations.has(name)) { lx.token('Keyword.Declaration', m[0]); lx.push('parse_variables'); }
        else if (w.keywords.has(name)) lx.token('Keyword', m[0]);
        else if (w.constants.has(name)) lx.token('Keyword.Constant', m[0]);
        else if (w.functions.has(name)) lx.token('Name.Builtin', m[0]);
        else if (w.operations.has(name)) { lx.token('Keyword.Reserved', m[0]); lx.push('operationFlags'); }
        else lx.token(/\b(v|s|w)_[a-z]+[a-z0-9]*/.test(name) ? 'Name.Constant' : 'Name', m[0]);
      }],
      { mixin: 'preprocessor' },
      { mixin: 'waveFlag' },
      { mixin: 'characters' },
      { mixin: 'numbers' },
      { mixin: 'whitespace' },
    ],
    preprocessor: [
      [rx(`(\\#)(${OBJECT})`), (lx, m) => {
        if (igorWords().preprocessor.has(m[2]!.toLowerCase())) lx.token('Comment.Preproc', m[0]);
        else { lx.token('Punctuation', m[1]); lx.token('Name', m[2]); } // i.e. ModuleFunctions
      }],
    ],
    assignment: [
      { mixin: 'whitespace' },
      [/\"/, 'Literal.String.Double', 'string1'],
      { mixin: 'string2' },
      [NUMBER_FLOAT, 'Literal.Number.Float', '#pop'],
      [NUMBER_INT, 'Literal.Number.Integer', '#pop'],
      [/[\(\[\{][^\)\]\}]+[\)\]\}]/, 'Generic', '#pop'],
      [/[^\s\/\(]+/, 'Generic', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    parse_variables: [
      { mixin: 'whitespace' },
      [/[=]/, 'Punctuation', 'assignment'],
      [rx(OBJECT), 'Name.Variable'],
      [/[\[\]]/, 'Punctuation'], // optional variables in functions
      [/[,]/, 'Punctuation', 'parse_variables'],
      [/\)/, 'Punctuation', '#pop'], // end of function
      [/[/][a-z]+/i, 'Keyword.Pseudo', 'parse_variables'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    parse_function: [
      [/[/][a-z]+/i, 'Keyword.Pseudo'], // only one flag
      { mixin: 'whitespace' },
      [rx(OBJECT), 'Name.Function'],
      [/[\(]/, 'Punctuation', 'parse_variables'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    operationFlags: [
      [NO_LINE_BREAK, 'Text'],
      [/[=]/, 'Punctuation', 'assignment'],
      [/[/][a-z]+/i, 'Keyword.Pseudo', 'operationFlags'],
      [rx(`(as)(\\s*)(${OBJECT})`, 'i'), (lx, m) => lx.groups(m, 'Keyword.Type', 'Text', 'Name.Label')],
      [/(?:)/, (lx) => lx.pop()],
    ],
    // inline variable assignments (i.e. for Make) with strict syntax
    waveFlag: [
      [rx(`(/(?:wave|X|Y))(\\s*)(=)(\\s*)(${OBJECT})`, 'i'), (lx, m) =>
        lx.groups(m, 'Keyword.Pseudo', 'Text', 'Punctuation', 'Text', 'Name.Variable')],
    ],
    characters: [
      [/\s/, 'Text'],
      [/[\#$~!%^&*+=\|?:<>\/-]/, 'Operator'],
      [/[{}()\[\],.;]/, 'Punctuation'],
      [/\"/, 'Literal.String.Double', 'string1'],
      { mixin: 'string2' },
    ],
    numbers: [[NUMBER_FLOAT, 'Literal.Number.Float'], [NUMBER_HEX, 'Literal.Number.Hex'], [NUMBER_INT, 'Literal.Number.Integer']],
    whitespace: [[NO_LINE_BREAK, 'Text']],
    string1: [
      [/%\w\b/, 'Literal.String.Other'],
      [/\\\\/, 'Literal.String.Escape'],
      [/\\\"/, 'Literal.String.Escape'],
      [/\\/, 'Literal.String.Escape'],
      [/[^"]/, 'Literal.String'],
      [/\"/, 'Literal.String.Double', '#pop'],
    ],
    string2: [[/\'[^']*\'/, 'Literal.String.Single']],
    comments: [
      [/([/]\s*)([@]\w+\b)/i, (lx, m) => lx.groups(m, 'Comment', 'Comment.Special')], // doxygen comments
      [/[^\r\n]/, 'Comment'],
      [/(?:)/, (lx) => lx.pop()],
    ],
  },
};
