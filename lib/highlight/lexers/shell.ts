// Follows Rouge 3.30 lib/rouge/lexers/shell.rb.
import { rx, type LexerDef } from '../engine.js';

interface S { heredoc: string }

const KEYWORDS = 'if fi else while do done for then return function select continue until esac elif in'.split(' ').join('|');
const BUILTINS = `alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval exec exit
  export false fc fg getopts hash help history jobs let local logout mapfile popd pushd pwd read readonly set
  shift shopt source suspend test time times trap true type typeset ulimit umask unalias unset wait
  cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum sha1sum sha224sum sha256sum sha384sum
  sha512sum sort shuf uniq comm ptx tsort cut paste join tr expand unexpand ls dir vdir dircolors cp dd install mv rm shred link ln
  mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch df du stat sync truncate echo printf yes expr tee basename dirname
  pathchk mktemp realpath pwd stty printenv tty id logname whoami groups users who date arch nproc uname hostname hostid uptime chcon
  runcon chroot env nice nohup stdbuf timeout kill sleep factor numfmt seq tar grep sudo awk sed gzip gunzip`.trim().split(/\s+/).join('|');

export const shell: LexerDef<S> = {
  name: 'shell',
  aliases: ['bash', 'zsh', 'ksh', 'sh'],
  init: () => ({ heredoc: '' }),
  states: {
    basic: [
      [/#.*$/, 'Comment'],
      [rx(`\\b(${KEYWORDS})\\s*\\b`), 'Keyword'],
      [/\bcase\b/, 'Keyword', 'case'],
      [rx(`\\b(${BUILTINS})\\s*\\b(?!(\\.|-))`), 'Name.Builtin'],
      [/[.](?=\s)/, 'Name.Builtin'],
      [/(\b\w+)(=)/, (lx, m) => lx.groups(m, 'Name.Variable', 'Operator')],
      [/[\[\]{}()!=>]/, 'Operator'],
      [/&&|\|\|/, 'Operator'],
      [/<<</, 'Operator'],
      [/(<<-?)(\s*)(['"]?)(\\?)(\w+)(\3)/, (lx, m) => {
        lx.groups(m, 'Operator', 'Text', 'Str.Heredoc', 'Str.Heredoc', 'Name.Constant', 'Str.Heredoc');
        lx.s.heredoc = m[5]!;
        lx.push('heredoc');
      }],
    ],
    heredoc: [
      [/\n/, 'Str.Heredoc', 'heredoc_nl'],
      [/[^$\n\\]+/, 'Str.Heredoc'],
      { mixin: 'interp' },
      [/[$]/, 'Str.Heredoc'],
    ],
    heredoc_nl: [
      [/\s*(\w+)\s*\n/, (lx, m) => {
        if (m[1] === lx.s.heredoc) { lx.token('Name.Constant', m[0]); lx.pop(2); }
        else lx.token('Str.Heredoc', m[0]);
      }],
      [/(?:)/, (lx) => lx.pop()],
    ],
    double_quotes: [
      [/(?:\$#?)?"/, 'Str.Double', '#pop'],
      { mixin: 'interp' },
      [/[^"`\\$]+/, 'Str.Double'],
    ],
    ansi_string: [
      [/\\./, 'Str.Escape'],
      [/[^\\']+/, 'Str.Single'],
      { mixin: 'single_quotes' },
    ],
    single_quotes: [
      [/'/, 'Str.Single', '#pop'],
      [/[^']+/, 'Str.Single'],
    ],
    data: [
      [/\s+/, 'Text'],
      [/\\./, 'Str.Escape'],
      [/\$?"/, 'Str.Double', 'double_quotes'],
      [/\$'/, 'Str.Single', 'ansi_string'],
      [/'/, 'Str.Single', 'single_quotes'],
      [/\*/, 'Keyword'],
      [/;/, 'Punctuation'],
      [/--?[\w-]+/, 'Name.Tag'],
      [/[^=\*\s{}()$"'`;\\<]+/, 'Text'],
      [/\d+(?= |\Z)/, 'Num'],
      [/</, 'Text'],
      { mixin: 'interp' },
    ],
    curly: [
      [/}/, 'Keyword', '#pop'],
      [/:-/, 'Keyword'],
      [/[a-zA-Z0-9_]+/, 'Name.Variable'],
      [/[^}:"`'$]+/, 'Punctuation'],
      { mixin: 'root' },
    ],
    paren_interp: [
      [/\)/, 'Str.Interpol', '#pop'],
      [/\(/, 'Operator', 'paren_inner'],
      { mixin: 'root' },
    ],
    paren_inner: [
      [/\(/, 'Operator', '#push'],
      [/\)/, 'Operator', '#pop'],
      { mixin: 'root' },
    ],
    math: [
      [/\)\)/, 'Keyword', '#pop'],
      [/[-+*\/%^|&!]|\*\*|\|\|/, 'Operator'],
      [/\d+(#\w+)?/, 'Num'],
      { mixin: 'root' },
    ],
    case: [
      [/\besac\b/, 'Keyword', '#pop'],
      [/\|/, 'Punctuation'],
      [/\)/, 'Punctuation', 'case_stanza'],
      { mixin: 'root' },
    ],
    case_stanza: [
      [/;;/, 'Punctuation', '#pop'],
      { mixin: 'root' },
    ],
    backticks: [
      [/`/, 'Str.Backtick', '#pop'],
      { mixin: 'root' },
    ],
    interp: [
      [/\\$/, 'Str.Escape'],
      [/\\./, 'Str.Escape'],
      [/\$\(\(/, 'Keyword', 'math'],
      [/\$\(/, 'Str.Interpol', 'paren_interp'],
      [/\${#?/, 'Keyword', 'curly'],
      [/`/, 'Str.Backtick', 'backticks'],
      [/\$#?(\w+|.)/, 'Name.Variable'],
      [/\$[*@]/, 'Name.Variable'],
    ],
    root: [{ mixin: 'basic' }, { mixin: 'data' }],
  },
};
