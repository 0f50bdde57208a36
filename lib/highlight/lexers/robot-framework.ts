// Follows Rouge 3.30 lib/rouge/lexers/robot_framework.rb: the column, the state for the next
// cell and whether a test is a template are the lexer's variables (@col, @next, @is_template).
import { rx, type LexerDef, type Lexing } from '../engine.js';

interface S { col: number; next: string | null; isTemplate: boolean }
type L = Lexing<S>;

const SETTINGS_WITH_KEYWORDS = new Set(['library', 'resource', 'setup', 'teardown', 'template', 'suite setup',
  'suite teardown', 'task setup', 'task teardown', 'task template', 'test setup', 'test teardown', 'test template', 'variables']);
const SETTINGS_WITH_ARGS = new Set(['arguments', 'default tags', 'documentation', 'force tags', 'metadata', 'return', 'tags',
  'timeout', 'task timeout', 'test timeout']);
const ID = rx(String.raw`(?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*`);
const BDD = /(?:Given|When|Then|And|But) /i;
const SEP = / +\| +|[ ]{2,}|\t+/;
const SECTIONS: Readonly<Record<string, string>> = {
  setting: 'section_settings', 'test case': 'section_tests', task: 'section_tasks', keyword: 'section_keywords',
  variable: 'section_variables',
};

const nextFor = (setting: string): string | null =>
  SETTINGS_WITH_KEYWORDS.has(setting) ? 'keyword' : SETTINGS_WITH_ARGS.has(setting) ? 'args' : null;
const variable = (lx: L, m: RegExpExecArray): void => {
  lx.token('Name.Variable', m[0]);
  if (lx.s.next !== null) lx.s.next = 'keyword';
  lx.push('var');
};

export const robotFramework: LexerDef<S> = {
  name: 'robot_framework',
  aliases: ['robot', 'robot-framework'],
  init: () => ({ col: 0, next: null, isTemplate: false }),
  start: (lx) => lx.push('prior_text'),
  states: {
    prior_text: [[/^[^*].*/, 'Text'], [/(?:)/, (lx) => lx.pop()]],
    whitespace: [[/\s+/, 'Text.Whitespace']],
    section_include: [{ mixin: 'end_section' }, { mixin: 'sep' }, { mixin: 'newline' }],
    end_section: [[/(?=^(?:\| )?\*)/, (lx) => lx.pop()]],
    return: [[/(?:)/, (lx) => lx.pop()]],
    sep: [
      [/\| /, 'Text.Whitespace'],
      [SEP, (lx, m) => {
        lx.token('Text.Whitespace', m[0]);
        lx.s.col += 1;
        if (lx.s.next) lx.push(lx.s.next);
        else if (lx.s.isTemplate) lx.push('args');
        else if (lx.s.col === 1) { lx.s.next = 'keyword'; lx.push('keyword'); }
        else lx.push('args');
        lx.push('cell_start');
      }],
      [/\.\.\. */, (lx, m) => { lx.token('Text.Whitespace', m[0]); lx.s.col += 1; lx.push('args'); }],
      [/ ?\|/, 'Text.Whitespace'],
    ],
    newline: [[/\n/, (lx, m) => { lx.token('Text.Whitespace', m[0]); lx.s.col = 0; lx.s.next = null; lx.push('cell_start'); }]],
    root: [
      { mixin: 'whitespace' },
      [/^(?:\| )?\*[* ]*([A-Z]+(?: [A-Z]+)?).*/i, (lx, m) => {
        lx.token('Generic.Heading', m[0]);
        const name = m[1]!.replace(/s$/, '').toLowerCase(); // chomp("s")
        const section = SECTIONS[name];
        if (section) lx.push(section);
      }],
    ],
    section_settings: [
      { mixin: 'section_include' },
      [/([A-Z]+(?: [A-Z]+)?)(:?)/i, (lx, m) => {
        lx.s.next = nextFor(m[1]!.toLowerCase());
        lx.groups(m, 'Name.Builtin.Pseudo', 'Punctuation');
      }],
    ],
    section_tests: [
      { mixin: 'section_include' },
      [/[$@&%{}]+/, 'Name.Label'],
      [/( )(?![ |])/, 'Name.Label'],
      [ID, (lx, m) => { lx.s.isTemplate = false; lx.token('Name.Label', m[0]); }],
    ],
    section_tasks: [{ mixin: 'section_tests' }],
    section_keywords: [
      { mixin: 'section_include' },
      [/[$@&%]\{/, 'Name.Variable', 'var'],
      [/[$@&%{}]+/, 'Name.Label'],
      [/( )(?![ |])/, 'Name.Label'],
      [ID, 'Name.Label'],
    ],
    section_variables: [
      { mixin: 'section_include' },
      [/[$@&%]\{/, (lx, m) => { lx.token('Name.Variable', m[0]); lx.s.next = 'args'; lx.push('var'); }],
    ],
    cell_start: [[/#.*/, 'Comment'], { mixin: 'return' }],
    keyword: [
      [/(\[)([A-Z]+(?: [A-Z]+)?)(\])/i, (lx, m) => {
        lx.groups(m, 'Punctuation', 'Name.Builtin.Pseudo', 'Punctuation');
        const setting = m[2]!.toLowerCase();
        if (setting === 'template') lx.s.isTemplate = true;
        const next = nextFor(setting);
        if (next) lx.s.next = next;
        lx.pop();
      }],
      [/[$@&%]\{/, variable],
      [/FOR/i, (lx, m) => { lx.token('Name.Function', m[0]); if (lx.s.next !== null) lx.s.next = 'keyword'; }],
      [/( )(?![ |])/, 'Name.Function'],
      [BDD, 'Name.Builtin'],
      [ID, (lx, m) => { lx.token('Name.Function', m[0]); lx.s.next = null; }],
      { mixin: 'return' },
    ],
    args: [
      [/[$@&%]\{/, variable],
      [/[$@&%]+/, 'Str'],
      [/( )(?![ |])/, 'Str'],
      [ID, 'Str'],
      { mixin: 'return' },
    ],
    var: [
      [/(\})( )(=)/, (lx, m) => { lx.groups(m, 'Name.Variable', 'Text.Whitespace', 'Punctuation'); lx.pop(); }],
      [/[$@&%]\{/, 'Name.Variable', 'var'],
      [/[{\[]/, 'Name.Variable', 'var'],
      [/[}\]]/, 'Name.Variable', '#pop'],
      [/[^$@&%{}\[\]]+/, 'Name.Variable'],
      [/\}\[/, 'Name.Variable'],
    ],
  },
};
