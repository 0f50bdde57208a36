// Follows Rouge 3.30 lib/rouge/lexers/perl.rb. Ruby reads `[^\1]` as "not \x01" (an octal
// escape in a class), written so here.
import { rx, type LexerDef, type RuleSpec } from '../engine.js';

const KEYWORDS = `case continue do else elsif for foreach if last my next our redo reset then unless until while use
  print new BEGIN CHECK INIT END return`.split(/\s+/).join('|');
const BUILTINS = `abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot close closedir
  connect continue cos crypt dbmclose dbmopen defined delete die dump each endgrent endhostent endnetent endprotoent
  endpwent endservent eof eval exec exists exit exp fcntl fileno flock fork format formline getc getgrent getgrgid
  getgrnam gethostbyaddr gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp
  getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid getservbyname
  getservbyport getservent getsockname getsockopt glob gmtime goto grep hex import index int ioctl join keys kill last
  lc lcfirst length link listen local localtime log lstat map mkdir msgctl msgget msgrcv msgsnd my next no oct open
  opendir ord our pack package pipe pop pos printf prototype push quotemeta rand read readdir readline readlink
  readpipe recv redo ref rename require reverse rewinddir rindex rmdir scalar seek seekdir select semctl semget semop
  send setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent setservent setsockopt shift shmctl shmget
  shmread shmwrite shutdown sin sleep socket socketpair sort splice split sprintf sqrt srand stat study substr symlink
  syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times tr truncate uc ucfirst umask undef
  unlink unpack unshift untie utime values vec wait waitpid wantarray warn write`.split(/\s+/).join('|');
const RE = 'Str.Regex';
const NOT1 = '[^\\x01]';

/** The balanced q{..} q(..) q[..] q<..> strings (perl.rb's loop over delimiters). */
const balanced = (open: string, close: string): RuleSpec<unknown>[] => [
  [rx(`\\\\[${open}${close}\\\\]`), 'Str.Other'],
  [/\\/, 'Str.Other'],
  [rx(open), (lx, m) => { lx.token('Str.Other', m[0]); lx.push(); }],
  [rx(close), 'Str.Other', '#pop'],
  [rx(`[^${open}${close}\\\\]+`), 'Str.Other'],
];

export const perl: LexerDef = {
  name: 'perl',
  aliases: ['pl'],
  states: {
    balanced_regex: [
      [/\/(\\[\\\/]|[^\/])*\/[egimosx]*/s, RE, '#pop'],
      [/!(\\[\\!]|[^!])*![egimosx]*/s, RE, '#pop'],
      [/\\(\\\\|[^\\])*\\[egimosx]*/s, RE, '#pop'],
      [/{(\\[\\}]|[^}])*}[egimosx]*/, RE, '#pop'],
      [/<(\\[\\>]|[^>])*>[egimosx]*/, RE, '#pop'],
      [/\[(\\[\\\]]|[^\]])*\][egimosx]*/, RE, '#pop'],
      [/\((\\[\\\)]|[^\)])*\)[egimosx]*/, RE, '#pop'],
      [/@(\\[\\@]|[^@])*@[egimosx]*/, RE, '#pop'],
      [/%(\\[\\%]|[^%])*%[egimosx]*/, RE, '#pop'],
      [/\$(\\[\\\$]|[^\$])*\$[egimosx]*/, RE, '#pop'],
    ],
    root: [
      [/#.*/, 'Comment.Single'],
      [/^=[a-zA-Z0-9]+\s+.*?\n=cut/s, 'Comment.Multiline'],
      [rx(`(?:${KEYWORDS})\\b`), 'Keyword'],
      [/(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)/, (lx, m) => {
        lx.groups(m, 'Keyword', 'Text', 'Name', 'Text', 'Punctuation', 'Text');
        lx.push('format');
      }],
      [/(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b/, 'Operator.Word'],
      [/(?:s|tr|y){(\\\\|\\}|[^}])*}\s*/, RE, 'balanced_regex'],
      [/(?:s|tr|y)<(\\\\|\\>|[^>])*>\s*/, RE, 'balanced_regex'],
      [/(?:s|tr|y)\[(\\\\|\\\]|[^\]])*\]\s*/, RE, 'balanced_regex'],
      [/(?:s|tr|y)\((\\\\|\\\)|[^\)])*\)\s*/, RE, 'balanced_regex'],
      [rx(`(?:s|tr|y)\\s*([^\\w\\s])((\\\\\\\\|\\\\\\1)|${NOT1})*?\\1((\\\\\\\\|\\\\\\1)|${NOT1})*?\\1[msixpodualngcr]*`, 'm'), RE],
      [rx(`(?:s|tr|y)\\s+(\\w)((\\\\\\\\|\\\\\\1)|${NOT1})*?\\1((\\\\\\\\|\\\\\\1)|${NOT1})*?\\1[msixpodualngcr]*`, 'm'), RE],
      [/m?\/(\\\\|\\\/|[^\/\n])*\/[msixpodualngc]*/, RE],
      [/m(?=[\/!\\{<\[\(@%\$])/, RE, 'balanced_regex'],
      [rx(`m\\s*([^\\w\\s])((\\\\\\\\|\\\\\\1)|${NOT1})*?\\1[msixpodualngc]*`, 'm'), RE],
      [rx(`m\\s+(\\w)((\\\\\\\\|\\\\\\1)|${NOT1})*?\\1[msixpodualngc]*`, 'm'), RE],
      [/((?<==~)|(?<=\())\s*\/(\\\\|\\\/|[^\/])*\/[msixpodualngc]*/, RE, 'balanced_regex'],
      [/\s+/, 'Text'],
      [/(?=[a-z_]\w*(\s*#.*\n)*\s*=>)/i, (lx) => lx.push('fat_comma')],
      [rx(`(?:${BUILTINS})\\b`), 'Name.Builtin'],
      [/((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b/, 'Name.Builtin.Pseudo'],
      [/<<(['"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n/s, 'Str'],
      [/(__(END|DATA)__)\b/, 'Comment.Preproc', 'end_part'],
      [/\$\^[ADEFHILMOPSTWX]/, 'Name.Variable.Global'],
      [/\$[\\"'\[\]&`+*.,;=%~?@$!<>(^\|\/_-](?!\w)/, 'Name.Variable.Global'],
      [/[$@%&*][$@%&*#_]*(?=[a-z{\[;])/i, 'Name.Variable', 'varname'],
      [/[-+\/*%=<>&^\|!\\~]=?/, 'Operator'],
      [/0_?[0-7]+(_[0-7]+)*/, 'Num.Oct'],
      [/0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*/, 'Num.Hex'],
      [/0b[01]+(_[01]+)*/, 'Num.Bin'],
      [/(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?/i, 'Num.Float'],
      [/\d+(_\d*)*e[+-]?\d+(_\d*)*/i, 'Num.Float'],
      [/\d+(_\d+)*/, 'Num.Integer'],
      [/'/, 'Punctuation', 'sq'],
      [/"/, 'Punctuation', 'dq'],
      [/`/, 'Punctuation', 'bq'],
      [/<([^\s>]+)>/, RE],
      [/(q|qq|qw|qr|qx)\{/, 'Str.Other', 'cb_string'],
      [/(q|qq|qw|qr|qx)\(/, 'Str.Other', 'rb_string'],
      [/(q|qq|qw|qr|qx)\[/, 'Str.Other', 'sb_string'],
      [/(q|qq|qw|qr|qx)</, 'Str.Other', 'lt_string'],
      [/(q|qq|qw|qr|qx)(\W)(.|\n)*?\2/, 'Str.Other'],
      [/package\s+/, 'Keyword', 'modulename'],
      [/sub\s+/, 'Keyword', 'funcname'],
      [/\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}/, 'Operator'],
      [/[()\[\]:;,<>\/?{}]/, 'Punctuation'],
      [/(?=\w)/, (lx) => lx.push('name')],
    ],
    format: [[/\.\n/, 'Str.Interpol', '#pop'], [/.*?\n/, 'Str.Interpol']],
    fat_comma: [[/#.*/, 'Comment.Single'], [/\w+/, 'Str'], [/\s+/, 'Text'], [/=>/, 'Operator', '#pop']],
    name_common: [[/\w+::/, 'Name.Namespace'], [/[\w:]+/, 'Name.Variable', '#pop']],
    varname: [
      [/\s+/, 'Text'],
      [/[{\[]/, 'Punctuation', '#pop'],
      [/[),]/, 'Punctuation', '#pop'],
      [/[;]/, 'Punctuation', '#pop'],
      { mixin: 'name_common' },
    ],
    name: [
      { mixin: 'name_common' },
      [/[A-Z_]+(?=[^a-zA-Z0-9_])/, 'Name.Constant', '#pop'],
      [/(?=\W)/, (lx) => lx.pop()],
    ],
    modulename: [[/[a-z_]\w*/i, 'Name.Namespace', '#pop']],
    funcname: [
      [/[a-zA-Z_]\w*[!?]?/, 'Name.Function'],
      [/\s+/, 'Text'],
      [/(\([$@%]*\))(\s*)/, (lx, m) => lx.groups(m, 'Punctuation', 'Text')],
      [/.*?{/, 'Punctuation', '#pop'],
      [/;/, 'Punctuation', '#pop'],
    ],
    sq: [[/\\[\\']/, 'Str.Escape'], [/[^\\']+/, 'Str.Single'], [/'/, 'Punctuation', '#pop'], [/\\/, 'Str.Single']],
    dq: [
      { mixin: 'string_intp' },
      [/\\[\\tnrabefluLUE"$@]/, 'Str.Escape'],
      [/\\0\d{2}/, 'Str.Escape'],
      [/\\o\{\d+\}/, 'Str.Escape'],
      [rx(String.raw`\\x\h{2}`), 'Str.Escape'],
      [rx(String.raw`\\x\{\h+\}`), 'Str.Escape'],
      [/\\c./, 'Str.Escape'],
      [/\\N\{[^\}]+\}/, 'Str.Escape'],
      [/[^\\"]+?/, 'Str.Double'],
      [/"/, 'Punctuation', '#pop'],
      [/\\/, 'Str.Escape'],
    ],
    bq: [{ mixin: 'string_intp' }, [/\\[\\tnr`]/, 'Str.Escape'], [/[^\\`]+?/, 'Str.Backtick'], [/`/, 'Punctuation', '#pop']],
    cb_string: balanced('\\{', '\\}'),
    rb_string: balanced('\\(', '\\)'),
    sb_string: balanced('\\[', '\\]'),
    lt_string: balanced('<', '>'),
    in_interp: [[/}/, 'Str.Interpol', '#pop'], [/\s+/, 'Text'], [/[a-z_]\w*/i, 'Str.Interpol']],
    string_intp: [[/[$@][{]/, 'Str.Interpol', 'in_interp'], [/[$@][a-z_]\w*/i, 'Str.Interpol']],
    end_part: [[/.+/s, 'Comment.Preproc', '#pop']],
  },
};
