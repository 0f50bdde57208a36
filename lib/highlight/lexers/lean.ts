// Follows Rouge 3.30 lib/rouge/lexers/lean.rb (Lean 3).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`abbreviation add_rewrite alias assume axiom begin by calc calc_refl calc_subst calc_trans #check
  coercion conjecture constant constants context corollary def definition end #eval example export expose exposing exit
  extends from fun have help hiding hott hypothesis import include including inductive infix infixl infixr inline
  instance irreducible lemma match namespace notation opaque opaque_hint open options parameter parameters postfix
  precedence prefix #print private protected #reduce reducible renaming repeat section set_option show tactic_hint
  theorem universe universes using variable variables with`);
const TYPES = wordSet('Sort Prop Type');
// Lean.operators joined: `/\ \/` in its %w list is one word, "/ \/" (an escaped space).
const OPERATORS = String.raw`!=|#|&|&&|\*|\+|-|/|@|!|` + '`' +
  String.raw`|-\.|->|\.|\.\.|\.\.\.|::|:>|;|;;|<|<-|=|==|>|_|\||\|\||~|=>|<=|>=|/ \/|∀|Π|λ|↔|∧|∨|≠|≤|≥|⊎|¬|⁻¹|⬝|▸|→|∃|ℕ|ℤ|≈|×|⌞|⌟|≡|⟨|⟩`;

export const lean: LexerDef = {
  name: 'lean',
  aliases: ['lean'],
  states: {
    root: [
      [/\s*--+\s+.*?$/, 'Comment.Doc'], // comments starting after some space
      [/"/, 'Str', 'string'],
      [/\d+/, 'Num.Integer'],
      [/#?\w+/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : TYPES.has(m[0]) ? 'Keyword.Type' : 'Name', m[0])],
      [/[λ]/, 'Keyword'],
      [/\:=?/, 'Text'],
      [/\.[0-9]*/, 'Operator'],
      [rx(OPERATORS), 'Operator'],
      [/[\s\(\),\[\]αβ‹›]+/, 'Text'],
      [/./, 'Error'],
    ],
    string: [[/"/, 'Str', '#pop'], [/\\/, 'Str.Escape', 'escape'], [/[^\\"]+/, 'Str']],
    escape: [[/[nrt"'\\]/, 'Str.Escape', '#pop'], [/x[\da-f]+/i, 'Str.Escape', '#pop']],
  },
};
