// Follows Rouge 3.30 lib/rouge/lexers/bbcbasic.rb (its word lists joined as Rouge joins them).
import { rx, type LexerDef } from '../engine.js';

const FUNCTION = String.raw`ABS|ACS|ADVAL|ASC|ASN|ATN|BEATS|BEAT|BGET#|CHR\$|COS|COUNT|DEG|DIM|EOF#|ERL|ERR|EVAL|EXP|EXT#|FN|GET\$#|GET\$|GET|HIMEM|INKEY\$|INKEY|INSTR|INT|LEFT\$|LEN|LN|LOG|LOMEM|MID\$|OPENIN|OPENOUT|OPENUP|PAGE|POINT|POS|PTR#|RAD|REPORT\$|RIGHT\$|RND|SGN|SIN|SQR|STR\$|STRING\$|SUM|SUMLEN|TAN|TEMPO|TIME\$|TIME|TOP|USR|VAL|VPOS`;
const OPERATOR = String.raw`<<|<=|<>|<|>=|>>>|>>|>|[-!$()*+/=?^|]|AND|DIV|EOR|MOD|NOT|OR`;
const PUNCTUATION = String.raw`[,;'~]|SPC|TAB`;
const STATEMENT = String.raw`BEATS|BPUT#|CALL|CASE|CHAIN|CLEAR|CLG|CLOSE#|CLS|COLOR|COLOUR|DATA|ELSE|ENDCASE|ENDIF|ENDPROC|ENDWHILE|END|ENVELOPE|FOR|GCOL|GOSUB|GOTO|IF|INSTALL|LET|LIBRARY|MODE|NEXT|OFF|OF|ON|ORIGIN|OSCI|OTHERWISE|OVERLAY|PLOT|PRINT#|PRINT|PROC|QUIT|READ|REPEAT|REPORT|RETURN|SOUND|STEP|STEREO|STOP|SWAP|SYS|THEN|TINT|TO|VDU|VOICES|VOICE|UNTIL|WAIT|WHEN|WHILE|WIDTH`;
const KEYWORD = String.raw`(?:${STATEMENT}|CIRCLE(?: *FILL)?|DEF *(?:FN|PROC)|DRAW(?: *BY)?|DIM(?!\()|ELLIPSE(?: *FILL)?|ERROR(?: *EXT)?|FILL(?: *BY)?|INPUT(?:#| *LINE)?|LINE(?: *INPUT)?|LOCAL(?: *DATA| *ERROR)?|MOUSE(?: *COLOUR| *OFF| *ON| *RECTANGLE| *STEP| *TO)?|MOVE(?: *BY)?|ON(?! *ERROR)|ON *ERROR *(?:LOCAL|OFF)?|POINT(?: *BY)?(?!\()|RECTANGE(?: *FILL)?|RESTORE(?: *DATA| *ERROR)?|TRACE(?: *CLOSE| *ENDPROC| *OFF| *STEP(?: *FN| *ON| *PROC)?| *TO)?)`;

export const bbcbasic: LexerDef = {
  name: 'bbcbasic',
  states: {
    expression: [
      [rx(FUNCTION), 'Name.Builtin'], // function or pseudo-variable
      [rx(OPERATOR), 'Operator'],
      [/FALSE|TRUE/, 'Name.Constant'],
      [/"[^"]*"/, 'Literal.String'],
      [/[a-z_`][\w`]*[$%]?/i, 'Name.Variable'],
      [/@%/, 'Name.Variable'],
      [/[\d.]+/, 'Literal.Number'],
      [/%[01]+/, 'Literal.Number.Bin'],
      [/&[\h]+/, 'Literal.Number.Hex'],
    ],
    root: [
      [/(:+)( *)(\*)(.*)/, (lx, m) => lx.groups(m, 'Punctuation', 'Text', 'Keyword', 'Text')], // CLI command
      [/(\n+ *)(\*)(.*)/, (lx, m) => lx.groups(m, 'Text', 'Keyword', 'Text')],
      [/(ELSE|OTHERWISE|REPEAT|THEN)( *)(\*)(.*)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Keyword', 'Text')],
      [/[ \n]+/, 'Text'],
      [/:+/, 'Punctuation'],
      [/[\[]/, 'Keyword', 'assembly1'],
      [/REM *>.*/, 'Comment.Special'],
      [/REM.*/, 'Comment'],
      [rx(KEYWORD), 'Keyword'],
      { mixin: 'expression' },
      [rx(PUNCTUATION), 'Punctuation'],
    ],
    // {label} {directive|opcode |']' {expressions}} {comment}: ']' and opcodes are keywords at
    // the start of a statement only.
    assembly1: [
      [/ +/, 'Text'],
      [/]/, 'Keyword', '#pop'],
      [/[:\n]/, 'Punctuation'],
      [/\.[a-z_`][\w`]*%? */i, 'Name.Label'],
      [/(?:REM|;)[^:\n]*/, 'Comment'],
      [/[^ :\n]+/, 'Keyword', 'assembly2'],
    ],
    assembly2: [
      [/ +/, 'Text'],
      [/[:\n]/, 'Punctuation', '#pop'],
      [/(?:REM|;)[^:\n]*/, 'Comment', '#pop'],
      { mixin: 'expression' },
      [/[!#,@\[\]^{}]/, 'Punctuation'],
    ],
  },
};
