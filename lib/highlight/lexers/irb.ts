// Follows Rouge 3.30 lib/rouge/lexers/irb.rb: IRB or Pry sessions, a ConsoleLexer whose input
// lines are Ruby and whose output lines go to IRBOutputLexer (Ruby after `=>`, objects `#<...>`).
import type { LexerDef } from '../engine.js';
import { consoleLike } from './console.js';
import { ruby } from './ruby.js';

/** IRBOutputLexer: Ruby with its own start state and `#<...>` objects prepended to root. */
export const irbOutput: LexerDef<any> = {
  ...ruby,
  name: 'irb_output',
  aliases: [],
  start: (lx) => { ruby.start?.(lx); lx.push('stdout'); },
  states: {
    ...ruby.states,
    root: [[/#</, 'Keyword.Type', 'irb_object'], ...ruby.states['root']!],
    has_irb_output: [[/=>/, 'Punctuation', '#pop'], [/.+?(\n|$)/, 'Generic.Output']],
    irb_error: [[/.+?(\n|$)/, 'Generic.Error'], { mixin: 'has_irb_output' }],
    stdout: [[/\w+?(Error|Exception):.+?(\n|$)/, 'Generic.Error', 'irb_error'], { mixin: 'has_irb_output' }],
    irb_object: [[/>/, 'Keyword.Type', '#pop'], { mixin: 'root' }],
  },
};

export const irb = consoleLike('irb', ['pry'], { lang: ruby, output: irbOutput, prompt: /^.*?(irb|pry).*?[>"*]/ });
