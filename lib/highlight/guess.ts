// Rouge::Lexer.guess (lexer.rb#guesses) for the language name `guess` of Lexer.find_fancy, which
// kramdown and Jekyll's highlight tag pass on: the Mimetype guesser (`guess?mimetype=...`), then
// Modeline (guessers/modeline.rb), then Source (guessers/source.rb: every lexer's `detect?`).
import { KyllError } from '../errors/kyll-error.js';
import { MIMETYPES } from './mimetypes.js';
import { ROUGE_TAGS } from './rouge-names.js';

/** Guesser::Ambiguous: more than one lexer is left; Jekyll stops the build with it. Its name and
 * message are Rouge's (`Rouge::Guesser::Ambiguous: Ambiguous guess: can't decide between [...]`). */
export class AmbiguousGuess extends KyllError {
  constructor(readonly tags: readonly string[]) {
    super('MARKDOWN_ERROR', `Ambiguous guess: can't decide between [${tags.map((t) => `"${t}"`).join(', ')}]`, {},
      { hint: 'name the language of the code block' });
    this.name = 'Rouge::Guesser::Ambiguous';
  }
}

/** An AmbiguousGuess, whichever bundle's copy of the class made it (the CommonMark stage loads apart). */
export function isAmbiguousGuess(e: unknown): e is AmbiguousGuess {
  return e instanceof KyllError && e.name === 'Rouge::Guesser::Ambiguous';
}

/**
 * What Jekyll prints when it stops a build on one (renderer.rb#convert): the converter, the file and
 * the exception's to_s, which is its class name (Ambiguous sets no message, it defines #message).
 */
export function ambiguousGuessInFile(error: AmbiguousGuess, file: string): KyllError {
  return new KyllError('MARKDOWN_ERROR', `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${file}': Rouge::Guesser::Ambiguous`,
    { file }, { hint: `${error.message}: name the language of the code block` });
}

// guessers/modeline.rb: an Emacs `-*- mode: x -*-` line or a Vim `vim: ft=x` / `vim: set ft=x :`.
const MODELINES = [
  /-\*-[ \t\n\v\f\r]*(?:(?!mode)[\w-]+[ \t\n\v\f\r]*:[ \t\n\v\f\r]*(?:[\w+-]+)[ \t\n\v\f\r]*;?[ \t\n\v\f\r]*)*(?:mode[ \t\n\v\f\r]*:)?[ \t\n\v\f\r]*([\w+-]+)[ \t\n\v\f\r]*(?:;[ \t\n\v\f\r]*(?!mode)[\w-]+[ \t\n\v\f\r]*:[ \t\n\v\f\r]*[\w+-]+[ \t\n\v\f\r]*)*;?[ \t\n\v\f\r]*-\*-/i,
  /(?:vim|vi|ex):[ \t\n\v\f\r]*(?:ft|filetype|syntax)=(\w+)[ \t\n\v\f\r]?/i,
  /(?:vim|vi|Vim|ex):[ \t\n\v\f\r]*se(?:t)?.*[ \t\n\v\f\r](?:ft|filetype|syntax)=(\w+)[ \t\n\v\f\r]?.*:/i,
];

/** Modeline#filter: the lexers named (by tag or alias) in a modeline of the first or last 5 lines. */
function byModeline(source: string, lexers: string[]): string[] {
  if (lexers.length === 1) return lexers;
  const lines = source.split('\n');
  while (lines.length && lines[lines.length - 1] === '') lines.pop(); // String#split drops trailing empties
  const space = [...lines.slice(0, 5), ...lines.slice(Math.max(lines.length - 5, 0))].join('\n');
  const names = new Set<string>();
  for (const re of MODELINES) { const m = re.exec(space); if (m) names.add(m[1]!); }
  if (!names.size) return lexers;
  return lexers.filter((tag) => names.has(tag) || ROUGE_TAGS.get(tag)!.some((a) => names.has(a)));
}

/** TextAnalyzer#shebang and #doctype. */
class Text {
  readonly shebang: string | undefined;
  readonly doctype: string | undefined;
  constructor(readonly text: string) {
    this.shebang = /^[ \t\n\v\f\r]*#!([^\n]*)/.exec(text)?.[1];
    this.doctype = /^[ \t\n\v\f\r]*(?:<\?[^]*?\?>[ \t\n\v\f\r]*)?<!DOCTYPE[ \t\n\v\f\r]+([^]+?)>/.exec(text)?.[1];
  }
  /** shebang?(x): /\bx(\s|$)/ in the shebang line. */
  is(prog: string): boolean {
    return this.shebang !== undefined && new RegExp(`\\b${prog}(?:[ \\t\\n\\v\\f\\r]|$)`).test(this.shebang);
  }
}

const shebang = (...progs: string[]) => (t: Text): boolean => progs.some((p) => t.is(p));
/** Every `self.detect?` of Rouge 3.30's lexers (true where Rouge returns a truthy value). */
const DETECT: Readonly<Record<string, (t: Text) => boolean>> = {
  awk: shebang('awk'),
  biml: (t) => /<[ \t\n\v\f\r]*Biml\b/.test(t.text),
  coffeescript: shebang('coffee'),
  crystal: shebang('crystal'),
  diff: (t) => t.text.startsWith('Index: ') || /^diff[^\n]*?\ba\/[^\n]*\bb\//.test(t.text)
    || /---[^\n]*?\n[+][+][+]/.test(t.text) || /[+][+][+][^\n]*?\n---/.test(t.text),
  factor: shebang('factor'),
  gherkin: shebang('cucumber'),
  groovy: shebang('groovy'),
  hack: (t) => /<\?hh/.test(t.text) || t.is('hhvm') || /async function [a-zA-Z]/.test(t.text) || /\): Awaitable</.test(t.text),
  haskell: shebang('runhaskell'),
  haxe: shebang('haxe'),
  html: (t) => (t.doctype !== undefined && /\bhtml\b/i.test(t.doctype)) || (!/^<\?xml\b/.test(t.text) && /<[ \t\n\v\f\r]*html\b/.test(t.text)),
  io: shebang('io'),
  javascript: shebang('node', 'jsc'),
  julia: shebang('julia'),
  lasso: (t) => t.is('lasso9') || /^[^\n]*?<\?(lasso(script)?|=)/.test(t.text),
  livescript: shebang('lsc'),
  lua: shebang('lua'),
  moonscript: shebang('moon'),
  mosel: (t) => /^[ \t\n\v\f\r]*(model|package)[ \t\n\v\f\r]+/m.test(t.text),
  perl: shebang('perl'),
  php: (t) => t.is('php') || (!/^<\?hh/m.test(t.text) && /^<\?php/m.test(t.text)),
  postscript: (t) => /^%!/m.test(t.text),
  praat: shebang('praat'),
  puppet: shebang('puppet-apply', 'puppet'),
  python: shebang('pythonw?(?:[23](?:\\.\\d+)?)?'),
  r: shebang('Rscript'),
  racket: (t) => {
    const m = /^#lang[ \t\n\v\f\r]*([^\n]*?)(?=\n|$)/.exec(t.text);
    return m !== null && /racket|scribble/.test(m[1]!);
  },
  ruby: shebang('ruby'),
  rust: shebang('rustc'),
  sed: shebang('sed'),
  shell: shebang('(ba|z|k)?sh'),
  solidity: (t) => t.text.startsWith('pragma solidity'),
  tcl: shebang('tclsh', 'wish', 'jimsh'),
  tex: (t) => /^[ \t\n\v\f\r]*\\(documentclass|input|documentstyle|relax|ProvidesPackage|ProvidesClass)/.test(t.text),
  tulip: shebang('tulip'),
  xml: (t) => !(t.doctype !== undefined && /html/.test(t.doctype)) && (/^<\?xml\b/.test(t.text) || t.doctype !== undefined),
  yaml: (t) => /^[ \t\n\v\f\r]*%YAML/.test(t.text),
};

/** Source#filter: the lexers whose detect? answers yes (all of them when none does). */
function bySource(source: string, lexers: string[]): string[] {
  if (lexers.length === 1) return lexers;
  const text = new Text(source);
  return lexers.filter((tag) => DETECT[tag]?.(text));
}

/**
 * Lexer.guess(source:, mimetype:): the tag of the one lexer the guessers leave, 'plaintext' when
 * none narrows the list; throws AmbiguousGuess when several are left.
 */
export function guessLexer(source: string, mimetype?: string): string {
  const all = [...ROUGE_TAGS.keys()];
  let lexers = all;
  // Guesser.guess: each guesser narrows the list; an empty answer keeps the list as it was.
  const guessers: ((l: string[]) => string[])[] = [
    ...(mimetype !== undefined ? [(l: string[]) => l.filter((tag) => MIMETYPES[mimetype] === tag)] : []),
    (l) => byModeline(source, l),
    (l) => bySource(source, l),
  ];
  for (const g of guessers) {
    const next = g(lexers);
    if (next.length) lexers = next;
  }
  if (lexers.length === all.length) return 'plaintext';
  if (lexers.length > 1) throw new AmbiguousGuess(lexers);
  return lexers[0]!;
}
