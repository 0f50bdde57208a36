// Rouge 3.30 lib/rouge/util.rb, module Indentation: the block bookkeeping of the Sass, Haml
// and Slim lexers (a block state applies to the lines indented deeper than its first line).
import type { Lexing } from '../engine.js';

export interface Indent { blockState: string | null; blockIndentation: string | null; lastIndentation: string | null }
export const freshIndent = (): Indent => ({ blockState: null, blockIndentation: null, lastIndentation: null });

/** Indentation#starts_block */
export function startsBlock<T extends Indent>(lx: Lexing<T>, state: string): void {
  lx.s.blockState = state;
  lx.s.blockIndentation = lx.s.lastIndentation ?? '';
}

/** Indentation#indentation: pushes the open block's state, or :content. */
export function indentation<T extends Indent>(lx: Lexing<T>, indent: string): void {
  const s = lx.s;
  s.lastIndentation = indent;
  if (s.blockState && s.blockIndentation !== null && indent.startsWith(s.blockIndentation) && indent !== s.blockIndentation) {
    lx.push(s.blockState);
  } else {
    s.blockState = s.blockIndentation = null;
    lx.push('content');
  }
}
