// Follows Rouge 3.30 lib/rouge/lexers/console.rb: a shell session, line by line (prompt lines
// lexed by the `lang` lexer, shell by default, continuing its state; other lines go to the
// `output` lexer, plain Generic.Output by default). Options: lang, output, prompt, comments, error.
// consoleLike makes its subclasses (irb.rb), which set their own lexers and prompt.
import type { LexerDef, Lexing } from '../engine.js';
import { rubyEscape } from '../regex.js';
import { shell } from './shell.js';

export interface ConsoleState {
  prompt: RegExp; error: RegExp | null;
  /** lang_lexer and output_lexer (null: plain Generic.Output). */
  lang: Lexing<any>; output: Lexing<any> | null;
}
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
export interface ConsoleKind {
  readonly lang: LexerDef<any>; readonly output?: LexerDef<any>; readonly prompt?: RegExp;
  /** ConsoleLexer itself takes the lang and output options; IRBLexer overrides both lexers. */
  readonly lexerOptions?: boolean;
}

/**
 * Lexer#lexer_option (lexer.rb as_lexer): the lexer the option names, Lexer.find (a name or alias
 * only, so `python?x` or `guess` find nothing), made with the options not yet taken (initialize
 * deletes prompt, then lang, then output); null when the option is absent or names no lexer.
 */
function optionLexer(lx: L, key: 'lang' | 'output', taken: readonly string[]): Lexing<any> | null {
  const name = lx.options[key];
  if (name === undefined || name.includes('?') || name === 'guess') return null;
  const named = lx.find(name);
  if (!named) return null;
  named.options = Object.fromEntries(Object.entries(lx.options).filter(([k]) => !taken.includes(k)));
  return named.reset();
}

function settings(lx: L, kind: ConsoleKind): ConsoleState {
  const errors = rubySplit(lx.options['error']);
  const error = errors.length ? new RegExp(`^(?:${errors.map(rubyEscape).join('|')})`, 'm') : null;
  // lang_lexer / output_lexer: an unknown name falls back to the defaults (`when nil`).
  const lang = (kind.lexerOptions && optionLexer(lx, 'lang', ['prompt', 'lang'])) || lx.child(kind.lang).reset();
  const output = (kind.lexerOptions && optionLexer(lx, 'output', ['prompt', 'lang', 'output'])) || (kind.output ? lx.child(kind.output).reset() : null);
  if (kind.prompt) return { prompt: kind.prompt, error, lang, output };
  const prompt = rubySplit(lx.options['prompt']);
  const comments = 'comments' in lx.options ? asBool(lx.options['comments']!) : prompt.length > 0 && !prompt.filter((c) => c).includes('#');
  const ends = prompt.length ? prompt.filter((c) => c) : comments ? ['$', '>', ';'] : ['$', '#', '>', ';'];
  const prefix = comments ? '[^<#]*?' : '[\\s\\S]*?';
  return { prompt: new RegExp(`^${prefix}(?:${ends.map(rubyEscape).join('|')})`), error, lang, output };
}

const SNIP = /^[\t\n\v\f\r ]*(?:<[.]+>|[.]+)[\t\n\v\f\r ]*$/;
const COMMENT = /^[\t\n\v\f\r ]*?#/;
const strip = (s: string): string => s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');

/** ConsoleLexer#process_line. */
function processLine(lx: L, line: string): void {
  const { lang, output } = lx.s;
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
    start: (lx) => { lx.s = settings(lx, kind); },
    states: {
      root: [[/(.*?)(\n|$)/, (lx, m) => processLine(lx, m[0])]],
    },
  };
}

export const consoleLexer = consoleLike('console', ['terminal', 'shell_session', 'shell-session'], { lang: shell, lexerOptions: true });
