// The liquidjs Context that reads properties as Ruby Liquid does (./property.ts): every
// `a.b` of a template, in documents, layouts, includes and `render` partials, goes here.
import { Context, toValue } from 'liquidjs';
import { liquidProperty } from './property.js';
import { strictProperty, undefinedVariable } from './strict-lookup.js';
import { isPayloadMethod, payloadMethodScope } from './payload-methods.js';
import { LiquidFailure } from './errors.js';
import { liquidated, markLiquidDrop } from '../values/document-drop-mark.js';

// Block::MAX_DEPTH (liquid/block.rb): the scopes a render may hold, its own first one included
const MAX_DEPTH = 100;

export class JekyllContext extends Context {
  // VariableLookup#evaluate: each value found is turned into its Liquid value (to_liquid)
  override readProperty(obj: unknown, key: unknown): unknown {
    return liquidated(liquidProperty(obj, toValue(key), this));
  }

  // strict_variables: the name is found in a scope or the payload, each lookup after it as
  // Ruby's VariableLookup#evaluate makes it (./strict-lookup.ts)
  override *_get(paths: Parameters<Context['_get']>[0]): ReturnType<Context['_get']> {
    if (!this.strictVariables) return yield* super._get(paths);
    const name = paths[0];
    const value = this.readProperty((this as unknown as { findScope(key: string): object }).findScope(name as string), name);
    if (value === undefined) throw undefinedVariable(name as string);
    return yield* this._getFromScope(value, paths.slice(1));
  }

  override *_getFromScope(scope: unknown, paths: Parameters<Context['_getFromScope']>[1], strictVariables = this.strictVariables): ReturnType<Context['_getFromScope']> {
    if (!strictVariables) return yield* super._getFromScope(scope, paths, false);
    let value = scope;
    for (const key of typeof paths === 'string' ? paths.split('.') : paths) value = liquidated(strictProperty(value, toValue(key), this));
    return value;
  }

  // Context#push and #check_overflow (liquid/context.rb): each for, tablerow and include holds a
  // scope while it renders; one too many is "Nesting too deep" (an include of itself)
  override push(scope: object): number {
    const n = super.push(scope);
    if ((this as unknown as { scopes: object[] }).scopes.length > MAX_DEPTH) {
      this.pop();
      throw new LiquidFailure('error', 'Nesting too deep');
    }
    return n;
  }

  // `{% render %}` spawns a fresh context; it must read properties the same way.
  override spawn(scope: object = {}): Context {
    const child = super.spawn(scope);
    Object.setPrototypeOf(child, JekyllContext.prototype);
    return child;
  }
}

// A name no scope defines is looked up on the payload (`keys`, `count`...: ./payload-methods.ts).
// liquidjs's findScope is private in its types, so it is replaced on the prototype: both
// liquidjs's own lookups and the direct outputs (./sync-output.ts) start there.
type FindScope = (this: Context, key: string) => object;
const findScope = (Context.prototype as unknown as { findScope: FindScope }).findScope;
// Any other such name is nil, `size` too: the payload drop has no #size, where liquidjs's
// empty globals would answer it as a Hash does (0).
const NO_SCOPE: object = Object.freeze(markLiquidDrop({}, 'Jekyll::Drops::UnifiedPayloadDrop'));
(JekyllContext.prototype as unknown as { findScope: FindScope }).findScope = function (this: Context, key: string): object {
  const scope = findScope.call(this, key);
  if (scope !== this.globals || key in scope) return scope;
  return isPayloadMethod(key) ? payloadMethodScope(key, this.environments as Record<string, unknown>) : NO_SCOPE;
};
