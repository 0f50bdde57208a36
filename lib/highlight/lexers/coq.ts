// Follows Rouge 3.30 lib/rouge/lexers/coq.rb.
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { wordSet } from '../regex.js';

const GALLINA = wordSet('as fun if in let match then else return end Type Set Prop forall');
const COQ = wordSet(`Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive Corollary
  Goal Proof Ltac Require Import Export Module Section End Variable Context Polymorphic Monomorphic Universe Universes
  Variables Class Instance Global Local Include Printing Notation Infix Arguments Hint Rewrite Immediate Qed Defined
  Opaque Transparent Existing Compute Eval Print SearchAbout Search About Check`);
const LTAC = wordSet(`apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion injection
  intro intros unfold fold cbv cbn lazy subst clear symmetry transitivity etransitivity erewrite edestruct constructor
  econstructor eexists exists f_equal refine instantiate revert simpl specialize generalize dependent red induction
  beta iota zeta delta exfalso autorewrite setoid_rewrite compute vm_compute native_compute`);
const TACTICALS = wordSet('repeat first try');
const TERMINATORS = wordSet('omega solve congruence reflexivity exact assumption eassumption');
const KEYOPTS = wordSet(':= => -> /\\ \\/ _ ; :> : ⇒ → ↔ ⇔ ≔ ≡ ∀ ∃ ∧ ∨ ¬ ⊤ ⊥ ⊢ ⊨ ∈');
const OPERATOR = /[\[\];,{}_()!$%&*+.\/:<=>?@^|~#-]+/;
const ID = String.raw`(?:[a-zA-Z][\w']*|[_a-zA-Z][\w']+)`;
const END = 'Punctuation.Indicator';

/** Coq.classify */
const classify = (x: string): string => COQ.has(x) ? 'Keyword' : GALLINA.has(x) ? 'Keyword.Reserved' : LTAC.has(x) ? 'Keyword.Pseudo'
  : TERMINATORS.has(x) ? 'Name.Exception' : TACTICALS.has(x) ? 'Keyword.Pseudo' : 'Name.Constant';

interface S { name: string; cont: boolean }
function endName(lx: Lexing<S>): void {
  lx.token(lx.s.cont ? 'Name.Constant' : classify(lx.s.name), lx.s.name);
}

export const coq: LexerDef<S> = {
  name: 'coq',
  init: () => ({ name: '', cont: false }),
  states: {
    root: [
      [/[(][*](?![)])/, 'Comment', 'comment'],
      [/\s+/, 'Text.Whitespace'],
      [/Module(\s+)Type(\s+)/, (lx, m) => {
        lx.token('Keyword', 'Module'); lx.token('Text.Whitespace', m[1]); lx.token('Keyword', 'Type'); lx.token('Text.Whitespace', m[2]);
      }],
      [/(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+)(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\./s, (lx, m) => {
        lx.token('Keyword', m[1]);
        // `while m[i] != ''` over the groups (a space before the dot would not end Rouge's loop)
        for (let i = 2; i < 7 && m[i]; i += 2) { lx.token('Text.Whitespace', m[i]); lx.token('Keyword', m[i + 1]); }
        lx.token(END, '.');
      }],
      [rx(ID), (lx, m) => { lx.s.name = m[0]; lx.s.cont = false; lx.push('continue_id'); }],
      [/\/\\/, 'Operator'],
      [/\\\//, 'Operator'],
      [/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'Num.Float'],
      [/\d[\d_]*/, 'Num.Integer'],
      [rx(String.raw`'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'`), 'Str.Char'],
      [/'/, 'Keyword'],
      [/"/, 'Str.Double', 'string'],
      [rx(`[~?]${ID}`), 'Name.Variable'],
      [/./, (lx, m) => lx.token(KEYOPTS.has(m[0]) ? 'Punctuation' : OPERATOR.test(m[0]) ? 'Operator' : 'Error', m[0])],
    ],
    comment: [
      [/[^(*)]+/, 'Comment'],
      [/[(][*]/, (lx, m) => { lx.token('Comment', m[0]); lx.push(); }],
      [/[*][)]/, 'Comment', '#pop'],
      [/[(*)]/, 'Comment'],
    ],
    string: [[/(?:\\")+|[^"]/, 'Str.Double'], { mixin: 'escape_sequence' }, [/\\\n/, 'Str.Double'], [/"/, 'Str.Double', '#pop']],
    escape_sequence: [[/\\[\\"'ntbr]/, 'Str.Escape']],
    continue_id: [
      [rx(`\\.(${ID})`), (lx, m) => {
        lx.token('Name.Namespace', lx.s.name); lx.token('Punctuation', '.');
        lx.s.cont = true; lx.s.name = m[1]!;
      }],
      [/\.(\s+)/, (lx, m) => {
        endName(lx); lx.token(END, '.'); lx.token('Text.Whitespace', m[1]);
        lx.s.cont = false; lx.pop();
      }],
      [/(?:)/, (lx) => { endName(lx); lx.s.cont = false; lx.pop(); }],
    ],
  },
};
