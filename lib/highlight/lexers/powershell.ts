// Follows Rouge 3.30 lib/rouge/lexers/powershell.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt, wordSet } from '../regex.js';

const ATTRIBUTES = wordSet('ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging SupportsShouldProcess');
const AUTO_VARS = wordAlt(String.raw`\$\$ \$\? \$\^ \$_
  \$args \$ConsoleFileName \$Error \$Event \$EventArgs \$EventSubscriber \$ExecutionContext \$false \$foreach \$HOME
  \$Host \$input \$IsCoreCLR \$IsLinux \$IsMacOS \$IsWindows \$LastExitCode \$Matches \$MyInvocation
  \$NestedPromptLevel \$null \$PID \$PROFILE \$PSBoundParameters \$PSCmdlet \$PSCommandPath \$PSCulture
  \$PSDebugContext \$PSHOME \$PSItem \$PSScriptRoot \$PSSenderInfo \$PSUICulture \$PSVersionTable \$PWD
  \$REPORTERRORSHOWEXCEPTIONCLASS \$REPORTERRORSHOWINNEREXCEPTION \$REPORTERRORSHOWSOURCE \$REPORTERRORSHOWSTACKTRACE
  \$SENDER \$ShellId \$StackTrace \$switch \$this \$true`);
const KEYWORDS = wordAlt(`assembly exit process base filter public begin finally return break for
  sequence catch foreach static class from switch command function throw configuration hidden trap continue if try
  data in type define inlinescript until do interface using dynamicparam module var else namespace while elseif
  parallel workflow end param enum private`);
const OPERATORS = wordAlt(String.raw`-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne
  -gt -igt -cgt -ge -ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match
  -imatch -cmatch -notmatch -inotmatch -cnotmatch -contains -icontains -ccontains -notcontains -inotcontains
  -cnotcontains -replace -ireplace -creplace -shl -shr -band -bor -bxor -and -or -xor -not \+= -= \*= \/= %=`);
const MULTILINE_KEYWORDS = wordAlt(`synopsis description parameter example inputs outputs notes link
  component role functionality forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp`);

export const powershell: LexerDef = {
  name: 'powershell',
  aliases: ['posh', 'microsoftshell', 'msshell'],
  states: {
    variable: [
      [rx(AUTO_VARS), 'Name.Builtin.Pseudo'],
      [/(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})/, (lx, m) => lx.groups(m, 'Name.Variable', 'Name.Namespace', 'Punctuation', 'Name.Variable')],
      [/\$\w+/, 'Name.Variable'],
      [/\$\{(?:[^`]|`.)+?\}/, 'Name.Variable'],
    ],
    multiline: [
      [rx(`\\.(?:${MULTILINE_KEYWORDS})`, 'i'), 'Comment.Special'],
      [/#>/, 'Comment.Multiline', '#pop'],
      [/[^#.]+?/s, 'Comment.Multiline'],
      [/[#.]+/, 'Comment.Multiline'],
    ],
    interpol: [[/\)/, 'Str.Interpol', '#pop'], { mixin: 'root' }],
    dq: [
      [/(?:\$#?)?"/, 'Str.Double', '#pop'],
      [/\$\(/, 'Str.Interpol', 'interpol'],
      [/`$/, 'Str.Escape'],
      [/`./, 'Str.Escape'],
      [/[^"`$]+/, 'Str.Double'],
      { mixin: 'variable' },
    ],
    sq: [[/'/, 'Str.Single', '#pop'], [/[^']+/, 'Str.Single']],
    heredoc: [
      [/(?:\$#?)?"@/, 'Str.Heredoc', '#pop'],
      [/\$\(/, 'Str.Interpol', 'interpol'],
      [/`$/, 'Str.Escape'],
      [/`./, 'Str.Escape'],
      [/[^"`$]+?/s, 'Str.Heredoc'],
      [/"+/, 'Str.Heredoc'],
      { mixin: 'variable' },
    ],
    class: [[/\{/, 'Punctuation', '#pop'], [/\s+/, 'Text.Whitespace'], [/\w+/, 'Name.Class'], [/[:,]/, 'Punctuation']],
    expr: [
      { mixin: 'comments' },
      [/"/, 'Str.Double', 'dq'],
      [/'/, 'Str.Single', 'sq'],
      [/@"/, 'Str.Heredoc', 'heredoc'],
      [/@'.*?'@/s, 'Str.Heredoc'],
      [/\d*\.\d+/, 'Num.Float'],
      [/\d+/, 'Num.Integer'],
      [/@\{/, 'Punctuation', 'hasht'],
      [/@\(/, 'Punctuation', 'array'],
      [/{/, 'Punctuation', 'brace'],
      [/\[/, 'Punctuation', 'bracket'],
    ],
    hasht: [
      [/\}/, 'Punctuation', '#pop'],
      [/=/, 'Operator'],
      [/[,;]/, 'Punctuation'],
      { mixin: 'expr' },
      [/\w+/, 'Name.Other'],
      { mixin: 'variable' },
    ],
    array: [
      [/\s+/, 'Text.Whitespace'],
      [/\)/, 'Punctuation', '#pop'],
      [/[,;]/, 'Punctuation'],
      { mixin: 'expr' },
      { mixin: 'variable' },
    ],
    brace: [[/[}]/, 'Punctuation', '#pop'], { mixin: 'root' }],
    bracket: [
      [/\]/, 'Punctuation', '#pop'],
      [/[A-Za-z]\w+\./, 'Name'],
      [/([A-Za-z]\w+)/, (lx, m) => lx.token(ATTRIBUTES.has(m[0]) ? 'Name.Builtin.Pseudo' : 'Name', m[0])],
      { mixin: 'root' },
    ],
    parameters: [
      [/`./s, 'Str.Escape'],
      [/\s*?\n/, 'Text.Whitespace', '#pop'],
      [/[;(){}\]]/, 'Punctuation', '#pop'],
      [/[|=]/, 'Operator', '#pop'],
      [/[\/\\~\w][-.:\/\\~\w]*/, 'Name.Other'],
      [/\w[-\w]+/, 'Name.Other'],
      { mixin: 'root' },
    ],
    comments: [[/\s+/, 'Text.Whitespace'], [/#.*/, 'Comment'], [/<#/, 'Comment.Multiline', 'multiline']],
    root: [
      { mixin: 'comments' },
      [/#requires\s-version \d(?:\.\d+)?/, 'Comment.Preproc'],
      [/\.\.(?=\.?\d)/, 'Operator'],
      [rx(`(?:${OPERATORS})\\b`, 'i'), 'Operator'],
      [/(class)(\s+)(\w+)/i, (lx, m) => { lx.groups(m, 'Keyword.Reserved', 'Text.Whitespace', 'Name.Class'); lx.push('class'); }],
      [/(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)/i, (lx, m) =>
        lx.groups(m, 'Keyword.Reserved', 'Text.Whitespace', 'Name.Namespace', 'Punctuation', 'Name.Function')],
      [rx(`(?:${KEYWORDS})\\b(?![-.])`, 'i'), 'Keyword.Reserved'],
      [/-{1,2}\w+/, 'Name.Tag'],
      [/(\.)?([-\w]+)(\[)/, (lx, m) => { lx.groups(m, 'Operator', 'Name', 'Punctuation'); lx.push('bracket'); }],
      // Rouge writes the class as [\/\\~[a-z]] (a nested class: their union)
      [/([\/\\~a-z][-.:\/\\~\w]*)(\n)?/i, (lx, m) => { lx.groups(m, 'Name', 'Text.Whitespace'); lx.push('parameters'); }],
      [/(\.)([-\w]+)(?:(\()|(\n))?/, (lx, m) => {
        lx.groups(m, 'Operator', 'Name.Function', 'Punctuation', 'Text.Whitespace');
        if (m[3] !== undefined) lx.push('parameters');
      }],
      [/\?/, 'Name.Function', 'parameters'],
      { mixin: 'expr' },
      { mixin: 'variable' },
      [/[-+*\/%=!.&|]/, 'Operator'],
      [/[{}(),:;]/, 'Punctuation'],
    ],
  },
};
