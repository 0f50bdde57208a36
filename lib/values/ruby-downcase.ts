// Ruby's String#downcase and #upcase (full Unicode mapping, no context rules, Ruby's Unicode).
import { KEPT_RANGES } from './ruby-case-kept.js';

let kept: { test: RegExp; split: RegExp } | undefined;

/** The case pairs newer than Ruby's Unicode (ruby-case-kept.ts) as a test and a splitting pattern. */
function keptPatterns(): { test: RegExp; split: RegExp } {
  const cls = `[${KEPT_RANGES.split(' ').map((r) => r.split('-').map((h) => `\\u{${h}}`).join('-')).join('')}]`;
  return { test: new RegExp(cls, 'u'), split: new RegExp(`(${cls}+)`, 'u') };
}

/**
 * `map` applied to `s` except to the characters whose case Ruby 3.1 does not know (pairs added
 * after Unicode 13.0: `ƛ`, `ɤ`, `Ⱟ`...), which String#upcase/#downcase leave as they are.
 * Neither JavaScript mapping looks at neighbours once Σ is dealt with, so the pieces map alone.
 */
function keepingNewer(s: string, map: (t: string) => string): string {
  kept ??= keptPatterns();
  if (!kept.test.test(s)) return map(s);
  return s.split(kept.split).map((part, i) => (i % 2 === 1 ? part : map(part))).join('');
}

/** Whether Ruby's case mapping leaves the character `ch` (one code point) as it is where Node's maps it. */
export function caseNewerThanRuby(ch: string): boolean {
  kept ??= keptPatterns();
  return kept.test.test(ch);
}

/**
 * Ruby's String#downcase: full Unicode mapping, but character by character (Σ is always σ, never
 * final ς). JavaScript's whole-string mapping differs from the per-character one only by its
 * one context rule, Final_Sigma (SpecialCasing.txt): mapping Σ to σ first leaves it nothing to do.
 */
export function rubyDowncase(s: string): string {
  return keepingNewer(noFinalSigma(s), (t) => t.toLowerCase());
}

/** Ruby's String#upcase: JavaScript's full mapping, short of the case pairs newer than Ruby's Unicode. */
export function rubyUpcase(s: string): string {
  return keepingNewer(s, (t) => t.toUpperCase());
}

/** Σ made σ, so that a later toLowerCase maps the text as Ruby does. */
export function noFinalSigma(s: string): string {
  return s.includes('\u03a3') ? s.replace(/\u03a3/g, '\u03c3') : s;
}
