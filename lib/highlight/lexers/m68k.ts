// Follows Rouge 3.30 lib/rouge/lexers/m68k.rb (Motorola 68k assembler).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`abcd add adda addi addq addx and andi asl asr bcc bcs beq bge bgt bhi ble bls blt bmi bne bpl bvc
  bvs bhs blo bchg bclr bfchg bfclr bfests bfextu bfffo bfins bfset bftst bkpt bra bse bsr btst callm cas cas2 chk chk2
  clr cmp cmpa cmpi cmpm cmp2 dbcc dbcs dbeq dbge dbgt dbhi dble dbls dblt dbmi dbne dbpl dbvc dbvs dbhs dblo dbra dbf
  dbt divs divsl divu divul eor eori exg ext extb illegal jmp jsr lea link lsl lsr move movea move16 movem movep moveq
  muls mulu nbcd neg negx nop not or ori pack pea rol ror roxl roxr rtd rtm rtr rts sbcd seq sne spl smi svc svs st sf
  sge sgt sle slt scc shi sls scs shs slo sub suba subi subq subx swap tas trap trapcc TODO trapv tst unlk unpk eori`);
const TYPES = wordSet('dc ds dcb');
const RESERVED = wordSet(`include incdir incbin end endf endfunc endmain endproc fpu func machine main mmu opword proc set
  opt section rept endr ifeq ifne ifgt ifge iflt ifle iif ifd ifnd ifc ifnc elseif else endc even cnop fail machine
  output radix __G2 __LK list nolist plen llen ttl subttl spc page listchar format equ equenv equr set reg rsreset rsset
  offset cargs fequ.s fequ.d fequ.x fequ.p fequ.w fequ.l fopt macro endm mexit narg`);
const BUILTINS = wordSet("d0 d1 d2 d3 d4 d5 d6 d7 a0 a1 a2 a3 a4 a5 a6 a7 a7' pc usp ssp ccr");

export const m68k: LexerDef = {
  name: 'm68k',
  start: (lx) => lx.push('expr_bol'),
  states: {
    expr_bol: [{ mixin: 'inline_whitespace' }, [/(?:)/, (lx) => lx.pop()]],
    inline_whitespace: [[/\s+/, 'Text']],
    whitespace: [
      [/\n+/, 'Text', 'expr_bol'],
      [/^\*(\\.|.)*?$/, 'Comment.Single', 'expr_bol'],
      [/;(\\.|.)*?$/, 'Comment.Single', 'expr_bol'],
      { mixin: 'inline_whitespace' },
    ],
    root: [[/(?:)/, (lx) => lx.push('statements')]],
    statements: [
      { mixin: 'whitespace' },
      [/"/, 'Str', 'string'],
      [/#/, 'Name.Decorator'],
      [/^\.?[a-zA-Z0-9_]+:?/, 'Name.Label'],
      [/\.[bswl]\s/i, 'Name.Decorator'],
      [/'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'Str.Char'],
      [/\$[0-9a-f]+/i, 'Num.Hex'],
      [/@[0-8]+/i, 'Num.Oct'],
      [/%[01]+/i, 'Num.Bin'],
      [/\d+/i, 'Num.Integer'],
      [/[*~&+=\|?:<>\/-]/, 'Operator'],
      [/\\./, 'Comment.Preproc'],
      [/[(),.]/, 'Punctuation'],
      [/\[[a-zA-Z0-9]*\]/, 'Punctuation'],
      [/[a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => {
        const name = m[0].toLowerCase();
        lx.token(KEYWORDS.has(name) ? 'Keyword' : TYPES.has(name) ? 'Keyword.Type' : RESERVED.has(name) ? 'Keyword.Reserved'
          : BUILTINS.has(name) ? 'Name.Builtin' : /[a-zA-Z0-9]+/.test(m[0]) ? 'Name.Variable' : 'Name', m[0]);
      }],
    ],
    string: [
      [/"/, 'Str', '#pop'],
      [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'Str.Escape'],
      [/[^\\"\n]+/, 'Str'],
      [/\\\n/, 'Str'],
      [/\\/, 'Str'], // stray backslash
    ],
  },
};
