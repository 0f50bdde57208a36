// Follows Rouge 3.30 lib/rouge/lexers/console.rb: a shell session, line by line (prompt lines
// lexed as shell, continuing its state; other lines are Generic.Output). Options: prompt,
// comments, error; the lang and output options are not supported (shell and plain text).
import type { LexerDef, Lexing } from '../engine.js';
import { rubyEscape } from '../regex.js';
import { shell } from './shell.js';

interface S { prompt: RegExp; error: RegExp | null }
type L = Lexing<S>;

/** Lexer#as_bool on an option's string. */
const asBool = (v: string): boolean => !['0', 'false', 'off'].includes(v);
/** Lexer#as_list: String#split(','). */
const rubySplit = (v: string | undefined): string[] => {
  if (v === undefined) return [];
  const parts = v.split(',');
  while (parts.length && parts[parts.length - 1] === '') parts.pop(); // String#split drops trailing empties
  return parts;
};

function settings(lx: L): S {
  const prompt = rubySplit(lx.options['prompt']);
  const comments = 'comments' in lx.options ? asBool(lx.options['comments']!) : prompt.length > 0 && !prompt.filter((c) => c).includes('#');
  const ends = prompt.length ? prompt.filter((c) => c) : comments ? ['$', '>', ';'] : ['$', '#', '>', ';'];
  const prefix = comments ? '[^<#]*?' : '[\\s\\S]*?';
  const errors = rubySplit(lx.options['error']);
  return {
    prompt: new RegExp(`^${prefix}(?:${ends.map(rubyEscape).join('|')})`),
    error: errors.length ? new RegExp(`^(?:${errors.map(rubyEscape).join('|')})`, 'm') : null,
  };
}

const SNIP = /^[\t\n\v\f\r ]*(?:<[.]+>|[.]+)[\t\n\v\f\r ]*$/;
const COMMENT = /^[\t\n\v\f\r ]*?#/;
const strip = (s: string): string => s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');

/** ConsoleLexer#process_line. */
function processLine(lx: L, line: string): void {
  const lang = lx.child(shell);
  let m: RegExpExecArray | null;
  if (SNIP.test(line)) {
    lang.reset();
    lx.token('Comment', line);
  } else if ((m = lx.s.prompt.exec(line))) {
    lx.token('Generic.Prompt', m[0]);
    const after = line.slice(m[0].length);
    const ws = /^[\t\n\v\f\r ]*/.exec(after)![0];
    lx.token('Text.Whitespace', ws);
    lx.delegateTo(lang, after.slice(ws.length));
  } else if (COMMENT.test(strip(line))) {
    lang.reset();
    lx.token('Comment', line);
  } else if (lx.s.error?.test(line)) {
    lang.reset();
    lx.token('Generic.Error', line);
  } else {
    lang.reset();
    lx.token('Generic.Output', line);
  }
}

export const consoleLexer: LexerDef<S> = {
  name: 'console',
  aliases: ['terminal', 'shell_session', 'shell-session'],
  start: (lx) => { lx.s = settings(lx); lx.child(shell).reset(); },
  states: {
    root: [[/(.*?)(\n|$)/, (lx, m) => processLine(lx, m[0])]],
  },
};
