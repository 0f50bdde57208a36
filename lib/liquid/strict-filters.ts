// `liquid: strict_filters: true`. Ruby Liquid 5.4 raises "undefined filter NAME" from
// Context#invoke, when the filter is called: a template whose unknown filter never runs
// (inside `{% if false %}`) renders, and an earlier failure in the template is the one
// reported. liquidjs's own strictFilters rejects the template when it parses, so kyll
// keeps that off and makes every unknown name a filter that fails when it is called.
import type { Liquid } from 'liquidjs';
import { LiquidFailure } from './errors.js';

type Filters = Liquid['filters'];

/** The engine's filters, where a name no filter has answers with one that fails when called. */
export function failUnknownFiltersWhenCalled(engine: Liquid): void {
  const known = engine.filters;
  const missing = new Map<string, () => never>();
  // a readonly field in liquidjs's typings, an ordinary one at run time
  (engine as { filters: Filters }).filters = new Proxy(known, {
    get(target, name, receiver) {
      if (typeof name !== 'string' || Object.prototype.hasOwnProperty.call(target, name)) return Reflect.get(target, name, receiver);
      let fail = missing.get(name);
      if (!fail) {
        fail = () => {
          throw new LiquidFailure('error', `undefined filter ${name}`);
        };
        missing.set(name, fail);
      }
      return fail;
    },
  }) as Filters;
}
