// Follows Rouge 3.30 lib/rouge/lexers/gherkin.rb (keywords of every language: gherkin-words.ts).
import { rx, type LexerDef } from '../engine.js';
import { rubyEscape } from '../regex.js';
import { ELEMENT, EXAMPLES, FEATURE, STEP } from './gherkin-words.js';

const element = new Set(ELEMENT), feature = new Set(FEATURE), examples = new Set(EXAMPLES);
/** Gherkin.step_regex */
const STEP_RE = rx(STEP.map((w) => w.endsWith('<') ? rubyEscape(w.slice(0, -1)) : w.endsWith(' ') ? rubyEscape(w) : `${rubyEscape(w)}\\b`).join('|'));
const REST_OF_LINE = /.*?(?=[#\n])/;

export const gherkin: LexerDef = {
  name: 'gherkin',
  aliases: ['cucumber', 'behat'],
  states: {
    basic: [[/#.*$/, 'Comment'], [/[ \r\t]+/, 'Text']],
    root: [
      { mixin: 'basic' },
      [/\n/, 'Text'],
      [/""".*?"""/s, 'Str'],
      [/@[^\s@]+/, 'Name.Tag'],
      { mixin: 'has_table' },
      { mixin: 'has_examples' },
    ],
    has_scenarios: [
      [/(.*?)(:)/, (lx, m) => {
        lx.resetStack();
        const kw = m[1]!;
        let tok = 'Error';
        if (element.has(kw)) { lx.push('description'); tok = 'Keyword.Namespace'; }
        else if (feature.has(kw)) { lx.push('feature_description'); tok = 'Keyword.Declaration'; }
        else if (examples.has(kw)) { lx.push('example_description'); tok = 'Name.Namespace'; }
        lx.groups(m, tok, 'Punctuation');
      }],
    ],
    has_examples: [
      { mixin: 'has_scenarios' },
      [STEP_RE, (lx, m) => { lx.token('Name.Function', m[0]); lx.resetStack(); lx.push('step'); }],
    ],
    has_table: [[/(?=[|])/, (lx) => lx.push('table_header')]],
    table_header: [
      [/[^|\s]+/, 'Name.Variable'],
      [/\n/, (lx, m) => { lx.token('Text', m[0]); lx.goto('table'); }],
      { mixin: 'table' },
    ],
    table: [{ mixin: 'basic' }, [/\n/, 'Text', 'table_bol'], [/[|]/, 'Punctuation'], [/[^|\s]+/, 'Name']],
    table_bol: [[/(?=\s*[^\s|])/, (lx) => lx.resetStack()], [/(?:)/, (lx) => lx.pop()]],
    description: [{ mixin: 'basic' }, { mixin: 'has_examples' }, [/\n/, 'Text'], [REST_OF_LINE, 'Text']],
    feature_description: [{ mixin: 'basic' }, { mixin: 'has_scenarios' }, [/\n/, 'Text'], [REST_OF_LINE, 'Text']],
    example_description: [{ mixin: 'basic' }, { mixin: 'has_table' }, [/\n/, 'Text'], [REST_OF_LINE, 'Text']],
    step: [
      { mixin: 'basic' },
      [/<.*?>/, 'Name.Variable'],
      [/".*?"/, 'Str'],
      [/\S[^\s<]*/, 'Text'],
      [REST_OF_LINE, 'Text', '#pop'],
    ],
  },
};
