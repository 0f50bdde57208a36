// Keys written in brackets are data only. Ruby Liquid's VariableLookup#initialize flags the
// command methods `size`, `first`, `last` only for a lookup after a dot; a bracketed key
// (`h["size"]`, `list[k]`) is an expression, and #evaluate reads it from the object's data
// or gives nil: `list["size"]`, `str["size"]` and `h["first"]` print nothing. liquidjs keeps
// only the key's value, so after parsing each bracketed key is marked for ./property.ts: a
// quoted command name becomes a BracketKey, and a variable key gets a last step that makes
// its value one when it names a command.
import { TokenKind } from 'liquidjs';
import { walkParsed } from './walk-parsed.js';

/** The command methods of VariableLookup (liquid/variable_lookup.rb COMMAND_METHODS). */
export const COMMAND_METHODS: ReadonlySet<unknown> = new Set(['size', 'first', 'last']);

/** A command method's name given in brackets: read as a key of the object's data only. */
export class BracketKey {
  constructor(readonly name: string) {}
}

/** The step that turns a bracketed variable's value into the key liquidProperty reads (./property.ts). */
export const AS_BRACKET_KEY: unique symbol = Symbol('bracket key');

/** `value` as a bracketed key: a command method's name is marked, anything else stays. */
export function bracketKeyOf(value: unknown): unknown {
  return typeof value === 'string' && COMMAND_METHODS.has(value) ? new BracketKey(value) : value;
}

type TokenLike = { kind?: unknown; content?: unknown; props?: TokenLike[]; variable?: unknown };

// a lookup in brackets: `a[`, `a.b[`, `a[0][`, `"s"[`, `(1..2)[` (liquidjs reads `[` only right after)
const BRACKET = /[\w\])'"]\[/;

/** Marks the bracketed keys of every lookup in a parsed template (or a Value); `text` is its source. */
export function markBracketKeys(parsed: unknown, text: string): void {
  if (!BRACKET.test(text)) return;
  walkParsed(parsed, (rec) => {
    if (rec['kind'] === TokenKind.PropertyAccess && Array.isArray(rec['props'])) markLookup(rec as TokenLike);
  });
}

// The props of a PropertyAccessToken: the first one is the variable's name unless the lookup
// starts from a literal (`"s"[0]`, `(1..2)[0]`); the rest are dotted names (IdentifierToken)
// or bracketed expressions.
function markLookup(token: TokenLike): void {
  const props = token.props!;
  for (let i = token.variable === undefined ? 1 : 0; i < props.length; i++) {
    const prop = props[i]!;
    if (prop.kind === TokenKind.Quoted && COMMAND_METHODS.has(prop.content)) prop.content = new BracketKey(prop.content as string);
    else if (prop.kind === TokenKind.PropertyAccess && prop.props?.[prop.props.length - 1]?.content !== AS_BRACKET_KEY) {
      prop.props!.push({ kind: TokenKind.Literal, content: AS_BRACKET_KEY });
    }
  }
}
