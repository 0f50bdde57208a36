// Literals as Ruby Liquid reads them, fixed up after liquidjs has parsed a template:
// `1.0` is a Float, `9007199254740993` an exact Integer (a BigInt) (`{{ 4 | times: 1.0 }}` prints `4.0`, `| times: 1.0 | divided_by: 3`
// divides as floats), quoted strings have no escapes (`"a\nb"` keeps its backslash), and
// `(a..b)` is a Ruby Range (./ranges.ts).
import { TokenKind } from 'liquidjs';
import type { Template } from 'liquidjs';
import { RubyFloat } from './ruby/to-s.js';
import { BACKSLASH_STANDIN } from './lax/expression.js';
import { isRangeToken, rubyRangeToken } from './ranges.js';
import { NOT_WALKED, walkParsed } from './walk-parsed.js';


type TokenLike = Record<string, unknown> & { kind?: unknown; content?: unknown; getText?: () => string };

// a literal word right before a lookup: `false.x`, `nil.size`, `empty[0]`
const LITERAL_LOOKUP = /\b(?:nil|null|true|false|empty|blank)[.[]/;

/**
 * Liquid's Expression.parse takes `nil`, `true`, `false`, `empty` and `blank` as literals only
 * when they are the whole expression: `false.x` or `nil.size` is a VariableLookup of a variable
 * so named (nil unless assigned), so strict_variables reports "undefined variable false".
 * liquidjs reads the literal and looks the rest up on it: its literal becomes the lookup's name.
 */
export function literalNamedVariables(templates: Template[], text: string): void {
  if (!LITERAL_LOOKUP.test(text)) return;
  walkParsed(templates, (rec) => {
    const variable = rec['variable'] as TokenLike | undefined;
    if (rec['kind'] !== TokenKind.PropertyAccess || variable?.kind !== TokenKind.Literal || typeof variable.getText !== 'function') return;
    const props = rec['props'];
    if (!Array.isArray(props) || props.length === 0) return;
    // the literal token now reads as an identifier: its text is the name
    variable.kind = TokenKind.Word;
    variable.content = variable.getText();
    rec['variable'] = undefined;
    props.unshift(variable);
  });
}

export function fixLiterals(templates: Template[], text: string): void {
  const floats = /\d\.\d/.test(text);
  const escapes = text.includes('\\') || text.includes(BACKSLASH_STANDIN);
  const bigs = /\d{16}/.test(text);
  const ranges = text.includes('..');
  if (!floats && !escapes && !bigs && !ranges) return;
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const rec = node as TokenLike;
    if (typeof rec.getText === 'function' && rec.kind === TokenKind.Number && typeof rec.content === 'number') {
      if (floats && Number.isInteger(rec.content) && /[.eE]/.test(rec.getText())) rec.content = new RubyFloat(rec.content);
      // an Integer beyond 2^53 stays exact, as Ruby's Integer does
      else if (bigs && !Number.isSafeInteger(rec.content) && /^-?\d+$/.test(rec.getText())) (rec as Record<string, unknown>).content = BigInt(rec.getText());
      return;
    }
    if (typeof rec.getText === 'function' && rec.kind === TokenKind.Quoted && typeof rec.content === 'string') {
      if (escapes) rec.content = rec.getText().slice(1, -1).replaceAll(BACKSLASH_STANDIN, '\\');
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((x, i) => {
        visit(x);
        if (ranges && isRangeToken(x)) node[i] = rubyRangeToken(x);
      });
      return;
    }
    for (const key of Object.keys(rec)) {
      if (NOT_WALKED.has(key)) continue;
      visit(rec[key]);
      if (ranges && isRangeToken(rec[key])) rec[key] = rubyRangeToken(rec[key]);
    }
  };
  visit(templates);
}
