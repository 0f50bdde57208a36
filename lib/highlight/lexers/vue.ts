// Follows Rouge 3.30 lib/rouge/lexers/vue.rb: HTML with <template>, <style> and <script> blocks
// lexed in their `lang`, and {{ }} interpolations in JavaScript.
import type { LexerDef, Lexing } from '../engine.js';
import { html } from './html.js';
import { javascript } from './javascript.js';

interface S { lang: string }

/** Vue#lookup_lang, as a Rouge tag. */
function lookupLang(lang: string): string {
  const l = lang.toLowerCase().replace(/["']*/g, '');
  return ({ html: 'html', css: 'css', javascript: 'javascript', sass: 'sass', scss: 'scss', coffee: 'coffeescript' } as Record<string, string>)[l] ?? 'plaintext';
}

/** `delegate @lang` where @lang is a class: a fresh lexer for each chunk. */
function embed(lx: Lexing<S>, text: string): void {
  const child = lx.find(lx.s.lang) ?? lx.find('plaintext');
  if (child) lx.delegateTo(child, text);
  else lx.token('Text', text);
}

const block = (name: string, lang: string) => [new RegExp(`(<)(\\s*)(${name})`), (lx: Lexing<S>, m: RegExpExecArray) => {
  lx.groups(m, 'Name.Tag', 'Text', 'Keyword');
  lx.s.lang = lang;
  lx.push(name);
  lx.push('lang_tag');
}] as const;
const close = (name: string) => [new RegExp(`(<\\s*\\/\\s*)(${name})(\\s*>)`), (lx: Lexing<S>, m: RegExpExecArray) => {
  lx.groups(m, 'Name.Tag', 'Keyword', 'Name.Tag');
  lx.pop();
}] as const;

export const vue: LexerDef<S> = {
  name: 'vue',
  aliases: ['vuejs'],
  init: () => ({ lang: 'html' }),
  start: (lx) => { lx.child(javascript).reset(); },
  states: {
    ...(html.states as LexerDef<S>['states']),
    root: [block('template', 'html'), block('style', 'css'), block('script', 'javascript'), ...(html.states['root'] as LexerDef<S>['states'][string])],
    tag: [[/[a-zA-Z0-9_:#\[\]()*.-]+\s*=\s*/, 'Name.Attribute', 'attr'], ...(html.states['tag'] as LexerDef<S>['states'][string])],
    // HTML's style_content delegates to @lang, which Vue sets to a class (a fresh lexer per chunk)
    style_content: [
      [/[^<]+/, (lx, m) => embed(lx, m[0])],
      [/<\s*\/\s*style\s*>/s, 'Name.Tag', '#pop'],
      [/</, (lx, m) => embed(lx, m[0])],
    ],
    style: [close('style'), { mixin: 'style_content' }, { mixin: 'embed' }],
    script: [close('script'), { mixin: 'script_content' }, { mixin: 'embed' }],
    lang_tag: [
      [/(lang\s*=)(\s*)("(?:\\.|[^\\])*?"|'(\\.|[^\\])*?'|[^\s>]+)/, (lx, m) => {
        lx.groups(m, 'Name.Attribute', 'Text', 'Str');
        lx.s.lang = lookupLang(m[3]!);
      }],
      { mixin: 'tag' },
    ],
    template: [
      close('template'),
      [/{{/, (lx, m) => { lx.token('Str.Interpol', m[0]); lx.push('template_interpol'); lx.child(javascript).reset(); }],
      { mixin: 'embed' },
    ],
    template_interpol: [[/}}/, 'Str.Interpol', '#pop'], [/}/, 'Error'], { mixin: 'template_interpol_inner' }],
    template_interpol_inner: [
      [/{/, (lx, m) => { lx.delegate(javascript, m[0]); lx.push(); }],
      [/}/, (lx, m) => { lx.delegate(javascript, m[0]); lx.pop(); }],
      [/[^{}]+/, (lx, m) => lx.delegate(javascript, m[0])],
    ],
    embed: [[/[^{<]+/, (lx, m) => embed(lx, m[0])], [/[<{][^<{]*/, (lx, m) => embed(lx, m[0])]],
  },
};
