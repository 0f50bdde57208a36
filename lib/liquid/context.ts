// The liquidjs Context that reads properties as Ruby Liquid does (./property.ts): every
// `a.b` of a template, in documents, layouts, includes and `render` partials, goes here.
import { Context, toValue } from 'liquidjs';
import { liquidProperty } from './property.js';

export class JekyllContext extends Context {
  override readProperty(obj: unknown, key: unknown): unknown {
    return liquidProperty(obj, toValue(key), this);
  }

  // `{% render %}` spawns a fresh context; it must read properties the same way.
  override spawn(scope: object = {}): Context {
    const child = super.spawn(scope);
    Object.setPrototypeOf(child, JekyllContext.prototype);
    return child;
  }
}
