(* Natural numbers and addition *)
Require Import Coq.Arith.Arith.
Require Import Lia.

Set Implicit Arguments.

Module Type ORDERED.
  Parameter t : Type.
End ORDERED.

Inductive nat' : Set :=
  | O' : nat'
  | S' : nat' -> nat'.

Fixpoint plus' (n m : nat') : nat' :=
  match n with
  | O' => m
  | S' p => S' (plus' p m)
  end.

Definition double (n : nat) := n + n.

Theorem plus_0_r : forall n : nat, n + 0 = n.
Proof.
  intros n. induction n as [| n' IHn'].
  - reflexivity.
  - simpl. rewrite -> IHn'. reflexivity.
Qed.

Lemma double_even : forall n, exists k, double n = 2 * k.
Proof.
  intros n. exists n. unfold double. lia.
Qed.

Compute double 21.
Check Nat.add_comm.
Notation "x ⊕ y" := (plus' x y) (at level 50).
Eval compute in "a string with \"escapes\"".
