// A lookup under `strict_variables` as Ruby Liquid 5.4 makes it (VariableLookup#evaluate,
// Context#lookup_and_evaluate): a key an object has (Hash#key?, a drop's key?), an Integer index
// of an Array, or a command method the object responds to (`size`, `first`, `last` after a dot)
// gives its value, nil included; anything else is "undefined variable <key>". A Hash's default
// block is never asked (`site.tags.nope` fails), a Liquid::Drop answers every key and fails as
// "undefined method <key>", an empty list's `first` is nil.
import { Drop } from 'liquidjs';
import type { Context } from 'liquidjs';
import { LiquidFailure } from './errors.js';
import { liquidProperty, toLiquid } from './property.js';
import { AS_BRACKET_KEY, BracketKey, COMMAND_METHODS } from './bracket-keys.js';
import { isPlainHash, rubyObjectToS } from './ruby/to-s.js';
import { RubyHash } from '../values/ruby-hash.js';
import { RubyRange } from '../values/ruby-range.js';
import { isJekyllDrop, isLiquidDrop } from '../values/document-drop-mark.js';
import { hasKey } from '../values/own-keys.js';
import { isTypedKey, typedKeyOf } from '../values/typed-keys.js';

/** Marks an undefined-variable error whose message names the key as Ruby does (no path to cut). */
export const RUBY_KEY: unique symbol = Symbol.for('kyll.rubyKey');

/** liquidjs's own error for a missing variable: an output given a `default` may let it pass (lenient). */
export function undefinedVariable(key: unknown): Error {
  // "undefined variable #{key}": Ruby's to_s of the key (an Array's inspect, nil's '')
  const e = new Error(`undefined variable: ${typeof key === 'string' ? key : rubyObjectToS(key)}`);
  Object.defineProperty(e, RUBY_KEY, { value: true });
  e.name = 'InternalUndefinedVariableError';
  return e;
}

/** `obj[key]` after a dot or in brackets, under strict_variables. */
export function strictProperty(value: unknown, key: unknown, ctx: Context): unknown {
  // the step that turns a bracketed value into a key (bracket-keys.ts) is no lookup
  if (key === AS_BRACKET_KEY) return liquidProperty(value, key, ctx);
  // liquidjs's `nil` literal is a NullDrop (`assign y = nil`): Ruby's nil has no key, no size
  const obj = value instanceof Drop && value.valueOf() === null ? null : toLiquid(value);
  const command = typeof key === 'string' && COMMAND_METHODS.has(key);
  const name = key instanceof BracketKey ? key.name : key;
  if (obj instanceof RubyHash || (isPlainHash(obj) && !isJekyllDrop(obj) && !isLiquidDrop(obj))) {
    // Hash#key?, then Hash#size and Enumerable#first (Hash has no #last); the check comes
    // before Hash#[], so a default block (site.tags) never runs for a missing key
    if (hashHasKey(obj, name) || (command && key !== 'last')) return liquidProperty(value, key, ctx) ?? null;
    throw undefinedVariable(name);
  }
  if (obj === null || obj === undefined) throw undefinedVariable(name);
  const found = liquidProperty(value, key, ctx);
  if (Array.isArray(obj)) {
    // Array#fetch with an Integer (not a Range, which has no #[]), and every command
    if (command || (Number.isInteger(name) && !(obj instanceof RubyRange))) return found ?? null;
    throw undefinedVariable(name);
  }
  if (found !== undefined) return found;
  // Liquid::Drop#key? is true for any key; Drop#liquid_method_missing raises under strict_variables
  if (obj instanceof Drop || isLiquidDrop(obj)) throw new LiquidFailure('error', `undefined method ${String(name)}`);
  // Enumerable#first of a Jekyll drop
  if (key === 'first' && isJekyllDrop(obj)) return null;
  throw undefinedVariable(name);
}

function hashHasKey(hash: object, key: unknown): boolean {
  if (hash instanceof RubyHash) return hash.has(key);
  if (typeof key === 'string') return hasKey(hash, key) && !isTypedKey(hash, key);
  return typedKeyOf(hash, key) !== undefined;
}
