// Ruby's String#downcase (full Unicode mapping, no context rules).

/**
 * Ruby's String#downcase: full Unicode mapping, but character by character (Σ is always σ, never
 * final ς). JavaScript's whole-string mapping differs from the per-character one only by its
 * one context rule, Final_Sigma (SpecialCasing.txt): mapping Σ to σ first leaves it nothing to do.
 */
export function rubyDowncase(s: string): string {
  return noFinalSigma(s).toLowerCase();
}

/** Σ made σ, so that a later toLowerCase maps the text as Ruby does. */
export function noFinalSigma(s: string): string {
  return s.includes('\u03a3') ? s.replace(/\u03a3/g, '\u03c3') : s;
}
