// Rouge::Lexer.guess as find_fancy('guess', code) asks it (answers checked with Rouge 3.30:
// ruby -rrouge -e 'p Rouge::Lexer.guess(source: ARGF.read).tag').
import { AmbiguousGuess, guessLexer } from '../../lib/highlight/guess.js';
import { highlightCode } from '../../lib/highlight/index.js';

describe('guessLexer', () => {
  test.each([
    ['#!/bin/bash\necho hi\n', 'shell'],
    ['#!/usr/bin/env python3\nprint(1)\n', 'python'],
    ['#!/usr/bin/env node\nx\n', 'javascript'],
    ['#!/usr/bin/env -S deno run\nx\n', 'plaintext'],
    ['  \n#!/usr/bin/ruby\n', 'ruby'],
    ['#!/usr/bin/rubyx\n', 'plaintext'],
    ['<?xml version="1.0"?>\n<a/>\n', 'xml'],
    ['<!DOCTYPE note SYSTEM "n.dtd">\n<note/>\n', 'xml'],
    ['<?xml version="1.0"?>\n<!DOCTYPE html>\n<html/>\n', 'html'],
    ['<!DOCTYPE html>\n<html></html>\n', 'html'],
    ['<div>\n<html>\n', 'html'],
    ['<?php echo 1; ?>\n', 'php'],
    ['<?hh echo 1;\n', 'hack'],
    ['async function main() {}\n', 'hack'], // sic: Rouge's Hack lexer claims any async function
    ['--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n', 'diff'],
    ['Index: x\n', 'diff'],
    ['\\documentclass{article}\n', 'tex'],
    ['%YAML 1.2\n---\na: 1\n', 'yaml'],
    ['---\na: 1\n', 'plaintext'],
    ['#lang racket\n(define x 1)\n', 'racket'],
    ['#lang typed/racket/base\n', 'racket'],
    ['#lang python\n', 'plaintext'],
    ['pragma solidity ^0.8.0;\n', 'solidity'],
    ['%!PS-Adobe-3.0\n', 'postscript'],
    ['x = 1\n# vim: ft=ruby\n', 'ruby'],
    ['// vim: set filetype=javascript :\nlet x\n', 'javascript'],
    ['# -*- mode: python -*-\nx=1\n', 'python'],
    ['# -*- coding: utf-8; mode: sh -*-\nls\n', 'shell'],
    ['# vim: ft=nosuchlanguage\n', 'plaintext'],
    ['hello world\n', 'plaintext'],
    ['', 'plaintext'],
  ])('%j is %s', (source, tag) => {
    expect(guessLexer(source)).toBe(tag);
  });

  test('a modeline in the middle of a long text is not read (first and last 5 lines only)', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i}`);
    lines[6] = '# vim: ft=ruby';
    expect(guessLexer(lines.join('\n'))).toBe('plaintext');
    lines[7] = '# vim: ft=ruby';
    expect(guessLexer(lines.join('\n'))).toBe('ruby');
  });

  test('the mimetype option comes first (Guessers::Mimetype)', () => {
    expect(guessLexer('def f; end\n', 'text/x-ruby')).toBe('ruby');
    expect(guessLexer('#!/bin/sh\n', 'text/x-ruby')).toBe('ruby');
    expect(guessLexer('#!/bin/sh\n', 'no/such-type')).toBe('shell');
  });

  test('several lexers detected: Guesser::Ambiguous, as Jekyll reports it', () => {
    expect(() => guessLexer('<?php echo 1;\npackage foo\n')).toThrow(AmbiguousGuess);
    // Rouge's class name and Ambiguous#message, as `"#{e.class}: #{e.message}"` prints them
    expect(() => guessLexer('<?php echo 1;\npackage foo\n')).toThrow(expect.objectContaining({ name: 'Rouge::Guesser::Ambiguous', message: `Ambiguous guess: can't decide between ["php", "mosel"]` }));
  });
});

describe('highlightCode with the name guess', () => {
  test('highlights with the guessed lexer, the mimetype option included', () => {
    expect(highlightCode('#!/bin/sh\necho hi\n', 'guess')).toBe(highlightCode('#!/bin/sh\necho hi\n', 'shell'));
    expect(highlightCode('def f; end\n', 'guess?mimetype=text/x-ruby')).toBe(highlightCode('def f; end\n', 'ruby'));
    expect(highlightCode('a < b\n', 'guess')).toBe('a &lt; b\n');
    // CGI.parse reads + as a space: Rouge finds no lexer of mimetype "text/x-objective-c  "
    expect(highlightCode('- (void)f {}\n', 'guess?mimetype=text/x-objective-c++')).toBe('- (void)f {}\n');
  });
});

describe('an ambiguous guess in a Markdown file', () => {
  // What `jekyll build` prints with kramdown and with jekyll-commonmark alike: the exception's to_s is its class name.
  const printed = `Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'index.md': Rouge::Guesser::Ambiguous`;
  test.each([
    ['kramdown', {}, '```guess\n<?php echo 1;\npackage foo\n```\n'],
    // jekyll-commonmark guesses the language of every fenced block that names none
    ['CommonMark', { markdown: 'CommonMark' }, '```\n<?php echo 1;\npackage foo\n```\n'],
  ])('stops the %s conversion naming the file, as Renderer#convert prints it', async (_name, config, text) => {
    const { createMarkdownConverter } = await import('../../lib/markdown/converter.js');
    const md = createMarkdownConverter(config);
    expect(() => md.convert(text, 'index.md'))
      .toThrow(expect.objectContaining({ code: 'MARKDOWN_ERROR', file: 'index.md', message: printed, hint: expect.stringContaining(`can't decide between ["php", "mosel"]`) }));
    // without a file (markdownify), Rouge's own error: "Rouge::Guesser::Ambiguous: Ambiguous guess: ..."
    expect(() => md.convert(text)).toThrow(expect.objectContaining({ name: 'Rouge::Guesser::Ambiguous' }));
  });
});

describe('lexers ported in session 3, by name, alias and mimetype (Rouge::Lexer.find, Guessers::Mimetype)', () => {
  const sample: Record<string, string> = {
    common_lisp: '(defun f (x) (* x 2))\n',
    nim: 'proc f(x: int): int = x * 2\n',
    julia: 'f(x::Int) = 2x\n',
    fortran: 'real :: x = 1.5d0\n',
    d: 'void main() { writeln(q"(x)"); }\n',
    puppet: "package { 'nginx': ensure => installed }\n",
    glsl: 'uniform vec3 c; void main() { gl_FragColor = vec4(c, 1.0); }\n',
    hlsl: 'float4 main(float2 uv : TEXCOORD0) : SV_Target { return 0; }\n',
    cuda: '__global__ void k(float3 *p) { p[threadIdx.x] = make_float3(0, 0, 0); }\n',
    objective_cpp: '- (void)f { std::vector<int> v; [self g:v.size()]; }\n',
    llvm: 'define i32 @f(i32 %x) {\n  ret i32 %x\n}\n',
    vala: 'public class Foo : Object { int x = 1; }\n',
    rego: 'package p\nallow { input.x == 1 }\n',
    smalltalk: "x := 3 + 4. Transcript show: x printString.\n",
    ada: 'procedure Hello is begin Put_Line ("Hi"); end Hello;\n',
    sed: 's/a/b/g\n/^#/d\n',
  };
  const aliases: [string, string, string][] = [
    ['common_lisp', 'cl', 'text/x-common-lisp'], ['common_lisp', 'common-lisp', 'text/x-common-lisp'],
    ['common_lisp', 'elisp', 'text/x-common-lisp'], ['common_lisp', 'emacs-lisp', 'text/x-common-lisp'],
    ['common_lisp', 'lisp', 'text/x-common-lisp'], ['nim', 'nimrod', ''],
    ['julia', 'jl', 'text/x-julia'], ['julia', 'julia', 'application/x-julia'],
    ['fortran', 'fortran', 'text/x-fortran'], ['d', 'dlang', 'application/x-dsrc'], ['d', 'd', 'text/x-dsrc'],
    ['puppet', 'pp', ''], ['glsl', 'glsl', 'x-shader/x-fragment'],
    ['hlsl', 'hlsl', 'text/x-hlsl'], ['cuda', 'cuda', ''], ['objective_cpp', 'obj-c++', 'text/x-objective-c%2B%2B'],
    ['objective_cpp', 'objcpp', 'application/x-objective-c%2B%2B'],
    ['llvm', 'llvm', 'text/x-llvm'], ['vala', 'vala', 'text/x-vala'], ['rego', 'rego', ''],
    ['smalltalk', 'squeak', 'text/x-smalltalk'], ['smalltalk', 'st', ''], ['ada', 'ada', 'text/x-ada'], ['sed', 'sed', 'text/x-sed'],
  ];
  test.each(aliases)('%s as %s and as guess?mimetype=%j', (tag, alias, mimetype) => {
    const code = sample[tag]!;
    const html = highlightCode(code, tag);
    expect(html).toContain('<span');
    expect(highlightCode(code, alias)).toBe(html);
    if (mimetype) expect(highlightCode(code, `guess?mimetype=${mimetype}`)).toBe(html);
  });
});

describe('lexers ported in session 4, by name, alias and mimetype (Rouge::Lexer.find, Guessers::Mimetype)', () => {
  const sample: Record<string, string> = {
    systemd: '[Service]\nExecStart=/usr/bin/true\n',
    email: 'From: a@b.c\nSubject: hi\n\n> quoted\n',
    literate_haskell: 'Prose.\n\n> main = print 1\n',
    literate_coffeescript: 'Prose.\n\n    f = (x) -> x\n',
    eex: '<p><%= @x %></p>\n',
    reasonml: 'let f = (x) => switch (x) { | _ => 1 };\n',
    rescript: 'let s = `a ${b}`\n',
    brainfuck: '++[>+<-].\n',
    plist: '{ a = (1, "b"); }\n',
    qml: 'Item { id: root; width: 10 }\n',
    irb: 'irb(main):001:0> 1 + 1\n=> 2\n',
    haml: '%p.x= @y\n',
    crystal: 'def f(x : Int32) : Int32\n  x * 2\nend\n',
    cython: 'cdef int x = 1\n',
    actionscript: 'var x:int = 1;\n',
    gdscript: 'func _ready():\n    print("hi")\n',
    apex: 'public class A { Integer x = 1; }\n',
    jsonnet: "local x = 1; { a: x }\n",
    prometheus: 'rate(http_requests_total{job="a"}[5m])\n',
    smarty: '{if $x}<b>{$x|upper}</b>{/if}\n',
    turtle: '@prefix ex: <http://ex.org/> .\nex:a ex:b "c" .\n',
    mathematica: 'f[x_] := x^2\n',
    sparql: 'SELECT ?s WHERE { ?s ?p ?o }\n',
    plsql: 'BEGIN NULL; END;\n',
    digdag: '+step:\n  sh>: echo hi\n',
    tap: '1..1\nok 1 - x\n',
    meson: "project('x', 'c')\n",
    sml: 'fun f x = x + 1\n',
    racket: '(define (f x) x)\n',
  };
  const aliases: [string, string, string][] = [
    ['systemd', 'unit-file', 'text/x-systemd-unit'], ['email', 'eml', 'message/rfc822'], ['email', 'e-mail', ''],
    ['literate_haskell', 'lhs', 'text/x-literate-haskell'], ['literate_haskell', 'lithaskell', ''],
    ['literate_haskell', 'lhaskell', ''], ['literate_coffeescript', 'litcoffee', ''],
    ['eex', 'leex', ''], ['eex', 'heex', ''], ['reasonml', 'reasonml', 'text/x-reasonml'],
    ['rescript', 'rescript', 'text/x-rescript'], ['brainfuck', 'brainfuck', 'text/x-brainfuck'],
    ['plist', 'plist', 'application/x-plist'], ['qml', 'qml', 'text/x-qml'], ['irb', 'pry', ''],
    ['haml', 'HAML', 'text/x-haml'], ['crystal', 'cr', 'application/x-crystal'],
    ['cython', 'pyx', 'text/x-cython'], ['cython', 'pyrex', 'application/x-cython'],
    ['actionscript', 'as', 'application/x-actionscript'], ['actionscript', 'as3', ''],
    ['gdscript', 'gd', 'application/x-gdscript'], ['apex', 'apex', 'text/x-apex'], ['jsonnet', 'jsonnet', 'text/x-jsonnet'],
    ['prometheus', 'prometheus', 'application/x-prometheus'], ['smarty', 'smarty', 'text/x-smarty'],
    ['turtle', 'turtle', 'application/trig'], ['mathematica', 'wl', 'application/vnd.wolfram.wl'],
    ['sparql', 'sparql', 'application/sparql-query'], ['plsql', 'plsql', 'text/x-plsql'], ['digdag', 'digdag', 'application/x-digdag'],
    ['tap', 'tap', 'application/x-tap'], ['meson', 'meson', 'text/x-meson'], ['sml', 'ml', 'application/x-standardml'],
    ['racket', 'racket', 'application/x-racket'],
  ];
  test.each(aliases)('%s as %s and as guess?mimetype=%j', (tag, alias, mimetype) => {
    const code = sample[tag]!;
    const html = highlightCode(code, tag);
    expect(html).toContain('<span');
    expect(highlightCode(code, alias)).toBe(html);
    if (mimetype) expect(highlightCode(code, `guess?mimetype=${mimetype}`)).toBe(html);
  });
});
