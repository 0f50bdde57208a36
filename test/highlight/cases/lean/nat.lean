import data.nat.basic
import tactic

open nat

namespace my_nat

-- Addition is commutative, proved by induction.
theorem add_comm' (m n : ℕ) : m + n = n + m :=
begin
  induction n with n ih,
  { simp },
  { rw [add_succ, ih, succ_add] }
end

/-- The sum of the first `n` odd numbers. -/
def odd_sum : ℕ → ℕ
| 0       := 0
| (n + 1) := odd_sum n + (2 * n + 1)

lemma odd_sum_eq (n : ℕ) : odd_sum n = n * n :=
begin
  induction n with k hk,
  { refl },
  { simp [odd_sum, hk, succ_mul, mul_succ], ring }
end

variables {α β : Type} (f : α → β)

example (p q : Prop) (hp : p) (hq : q) : p ∧ q := ⟨hp, hq⟩

example : ∀ x : ℕ, x ≤ x + 1 := λ x, le_succ x

def greeting : string := "hello,\tworld\n"

instance : has_add (α × α) := sorry

#check odd_sum_eq
#eval odd_sum 10
#print axioms add_comm'

universe u
structure point (α : Type u) :=
(x : α) (y : α)

end my_nat
