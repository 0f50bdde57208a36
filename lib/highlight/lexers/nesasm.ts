// Follows Rouge 3.30 lib/rouge/lexers/nesasm.rb (NESASM3, 6502 assembly).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`ADC AND ASL BIT BRK CMP CPX CPY DEC EOR INC JMP JSR LDA LDX LDY LSR NOP ORA ROL ROR RTI RTS SBC
  STA STX STY TAX TXA DEX INX TAY TYA DEY INY BPL BMI BVC BVS BCC BCS BNE BEQ CLC SEC CLI SEI CLV CLD SED TXS TSX PHA PLA
  PHP PLP`);
const TYPES = wordSet('DB DW BYTE WORD');
const RESERVED = wordSet(`INCBIN INCLUDE ORG BANK RSSET RS MACRO ENDM DS PROC ENDP PROCGROUP ENDPROCGROUP INCCHR DEFCHR ZP
  BSS CODE DATA IF IFDEF IFNDEF ELSE ENDIF FAIL INESPRG INESCHR INESMAP INESMIR FUNC`);

export const nesasm: LexerDef = {
  name: 'nesasm',
  aliases: ['nes'],
  states: {
    root: [
      [/\s+/, 'Text'],
      [/;.*/, 'Comment.Single'],
      [/[\(\)\,\.\[\]]/, 'Punctuation'],
      [/\#?\%[0-1]+/, 'Num.Bin'],
      [/\#?\$\h+/, 'Num.Hex'],
      [/\#?\d+/, 'Num'],
      [/[~&*+=\|?:<>\/-]/, 'Operator'],
      [/\#?\w+:?/i, (lx, m) => {
        const name = m[0].toUpperCase();
        lx.token(KEYWORDS.has(name) ? 'Keyword' : TYPES.has(name) ? 'Keyword.Type' : RESERVED.has(name) ? 'Keyword.Reserved' : 'Name.Function', m[0]);
      }],
      [/\#?(?:LOW|HIGH)\(.*\)/i, 'Keyword.Reserved'],
      [/\#\(/, 'Punctuation'],
      [/"/, 'Str', 'string'],
      [/'\w'/, 'Str.Char'],
      [/\\\??[\d@#]/, 'Name.Builtin'], // macro parameters: \1-\9, \?1-\?9, \#, \@
    ],
    string: [[/"/, 'Str', '#pop'], [/\\"?/, 'Str.Escape'], [/[^"\\]+/, 'Str']],
  },
};
