// Follows Rouge 3.30 lib/rouge/lexers/console.rb: a shell session, line by line (prompt lines
// lexed as shell, continuing its state; other lines are Generic.Output). Options: prompt,
// comments, error; the lang and output options are not supported (shell and plain text).
// consoleLike makes its subclasses (irb.rb), which set their own lexers and prompt.
import type { LexerDef, Lexing } from '../engine.js';
import { rubyEscape } from '../regex.js';
import { shell } from './shell.js';

export interface ConsoleState { prompt: RegExp; error: RegExp | null }
type L = Lexing<ConsoleState>;

/** Lexer#as_bool on an option's string. */
const asBool = (v: string): boolean => !['0', 'false', 'off'].includes(v);
/** Lexer#as_list: String#split(','). */
const rubySplit = (v: string | undefined): string[] => {
  if (v === undefined) return [];
  const parts = v.split(',');
  while (parts.length && parts[parts.length - 1] === '') parts.pop(); // String#split drops trailing empties
  return parts;
};

/** What a ConsoleLexer subclass overrides: lang_lexer, output_lexer (plain Generic.Output when
 * absent) and prompt_regex. */
export interface ConsoleKind { readonly lang: LexerDef<any>; readonly output?: LexerDef<any>; readonly prompt?: RegExp }

function settings(lx: L, kind: ConsoleKind): ConsoleState {
  const errors = rubySplit(lx.options['error']);
  const error = errors.length ? new RegExp(`^(?:${errors.map(rubyEscape).join('|')})`, 'm') : null;
  if (kind.prompt) return { prompt: kind.prompt, error };
  const prompt = rubySplit(lx.options['prompt']);
  const comments = 'comments' in lx.options ? asBool(lx.options['comments']!) : prompt.length > 0 && !prompt.filter((c) => c).includes('#');
  const ends = prompt.length ? prompt.filter((c) => c) : comments ? ['$', '>', ';'] : ['$', '#', '>', ';'];
  const prefix = comments ? '[^<#]*?' : '[\\s\\S]*?';
  return { prompt: new RegExp(`^${prefix}(?:${ends.map(rubyEscape).join('|')})`), error };
}

const SNIP = /^[\t\n\v\f\r ]*(?:<[.]+>|[.]+)[\t\n\v\f\r ]*$/;
const COMMENT = /^[\t\n\v\f\r ]*?#/;
const strip = (s: string): string => s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');

/** ConsoleLexer#process_line. */
function processLine(lx: L, line: string, kind: ConsoleKind): void {
  const lang = lx.child(kind.lang);
  const output = kind.output && lx.child(kind.output);
  let m: RegExpExecArray | null;
  if (SNIP.test(line)) {
    output?.reset();
    lang.reset();
    lx.token('Comment', line);
  } else if ((m = lx.s.prompt.exec(line))) {
    output?.reset();
    lx.token('Generic.Prompt', m[0]);
    const after = line.slice(m[0].length);
    const ws = /^[\t\n\v\f\r ]*/.exec(after)![0];
    lx.token('Text.Whitespace', ws);
    lx.delegateTo(lang, after.slice(ws.length));
  } else if (COMMENT.test(strip(line))) {
    output?.reset();
    lang.reset();
    lx.token('Comment', line);
  } else if (lx.s.error?.test(line)) {
    output?.reset();
    lang.reset();
    lx.token('Generic.Error', line);
  } else {
    lang.reset();
    if (output) lx.delegateTo(output, line);
    else lx.token('Generic.Output', line);
  }
}

/** ConsoleLexer with the given lexers and prompt (ConsoleLexer#stream_tokens). */
export function consoleLike(name: string, aliases: readonly string[], kind: ConsoleKind): LexerDef<ConsoleState> {
  return {
    name, aliases,
    start: (lx) => { lx.s = settings(lx, kind); lx.child(kind.lang).reset(); if (kind.output) lx.child(kind.output).reset(); },
    states: {
      root: [[/(.*?)(\n|$)/, (lx, m) => processLine(lx, m[0], kind)]],
    },
  };
}

export const consoleLexer = consoleLike('console', ['terminal', 'shell_session', 'shell-session'], { lang: shell });
