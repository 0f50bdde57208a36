// The liquidjs Context that reads properties as Ruby Liquid does (./property.ts): every
// `a.b` of a template, in documents, layouts, includes and `render` partials, goes here.
import { Context, toValue } from 'liquidjs';
import { liquidProperty } from './property.js';

// Jekyll renders with one UnifiedPayloadDrop (jekyll/drops/unified_payload_drop.rb) as the
// environment: a name found nowhere else is looked up on it, and of its methods Enumerable#count
// (which Liquid::Drop keeps invokable) counts its keys: content, page, layout, paginator,
// highlighter_prefix, highlighter_suffix, jekyll, site, theme.
const PAYLOAD_METHODS = { count: 9 };

export class JekyllContext extends Context {
  override readProperty(obj: unknown, key: unknown): unknown {
    return liquidProperty(obj, toValue(key), this);
  }

  override *_get(paths: Parameters<Context['_get']>[0]): IterableIterator<unknown> {
    if (paths[0] === 'count' && !this.defines('count')) return yield this._getFromScope(PAYLOAD_METHODS, paths);
    return yield* super._get(paths);
  }

  private defines(name: string): boolean {
    const scopes = (this as unknown as { scopes: object[] }).scopes;
    return scopes.some((s) => name in s) || name in this.environments || name in this.globals;
  }

  // `{% render %}` spawns a fresh context; it must read properties the same way.
  override spawn(scope: object = {}): Context {
    const child = super.spawn(scope);
    Object.setPrototypeOf(child, JekyllContext.prototype);
    return child;
  }
}
