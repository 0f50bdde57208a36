theory Lists
  imports Main
begin

section ‹Reversal of lists›

(* our own list type (* with a nested comment *) *)
datatype 'a mylist = Nil | Cons 'a "'a mylist"

fun app :: "'a mylist ⇒ 'a mylist ⇒ 'a mylist" where
  "app Nil ys = ys" |
  "app (Cons x xs) ys = Cons x (app xs ys)"

fun rev :: "'a mylist ⇒ 'a mylist" where
  "rev Nil = Nil" |
  "rev (Cons x xs) = app (rev xs) (Cons x Nil)"

subsection ‹Lemmas about \<open>app\<close>›

lemma app_Nil2 [simp]: "app xs Nil = xs"
  apply (induction xs)
   apply auto
  done

lemma app_assoc [simp]: "app (app xs ys) zs = app xs (app ys zs)"
  by (induction xs) auto

lemma rev_app [simp]: "rev (app xs ys) = app (rev ys) (rev xs)"
proof (induction xs)
  case Nil
  then show ?case by simp
next
  case (Cons x xs)
  then show ?case by simp
qed

theorem rev_rev [simp]: "rev (rev xs) = xs"
proof -
  have "∀ys. rev (rev ys) = ys"
    by (rule allI, induction_tac ys) auto
  thus ?thesis by blast
qed

definition double :: "nat ⇒ nat" where
  "double n = n + n"

value "rev (Cons (1::nat) (Cons 2 Nil))"
lemma "double 0x1F = 62" oops
text {* old style text *}
lemma unfinished: "P ⟶ P" sorry
end
