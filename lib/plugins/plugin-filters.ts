// The Liquid engine a site's own plugin registers its filters on. A filter that throws is not a
// Liquid::Error: under Jekyll's render! (Liquid 4 Context#handle_error) a Ruby plugin's
// `raise "..."` in a filter goes through as it is, and Jekyll logs "Liquid Exception: MESSAGE in
// PATH" (renderer.rb#render_liquid), with no "Liquid error (line N):" prefix; a JS filter's
// exception (or a thrown string) reads the same; an async filter, whose Promise was written as
// `{}`, is an error. Errors of kyll's own (LiquidFailure, KyllError,
// liquidjs's) pass unchanged.
import { LiquidError, type Liquid } from 'liquidjs';
import { KyllError } from '../errors/kyll-error.js';
import { LiquidFailure } from '../liquid/errors.js';

type Handler = (this: unknown, ...args: unknown[]) => unknown;

function asRaised(e: unknown): unknown {
  if (e instanceof LiquidFailure || e instanceof KyllError || LiquidError.is(e)) return e;
  return new LiquidFailure('plain', e instanceof Error ? e.message : String(e));
}

function guarded(name: string, handler: Handler): Handler {
  return function (this: unknown, ...args: unknown[]): unknown {
    let out: unknown;
    try {
      out = handler.apply(this, args);
    } catch (e) {
      throw asRaised(e);
    }
    if (out !== null && typeof out === 'object' && typeof (out as { then?: unknown }).then === 'function') {
      // kyll renders Liquid synchronously, as Ruby's Liquid does: the Promise was written as `{}`
      (out as PromiseLike<unknown>).then(undefined, () => {});
      throw new LiquidFailure('plain', `the filter '${name}' returned a Promise, but Liquid renders synchronously: make it a plain (not async) function`);
    }
    return out;
  };
}

/** `engine` as a site's plugin sees it: its registerFilter keeps the filter's exceptions Ruby-shaped. */
export function pluginEngine(engine: Liquid): Liquid {
  return new Proxy(engine, {
    get(target, key) {
      if (key === 'registerFilter') {
        return (name: string, filter: unknown) => {
          const f = filter as Handler | { handler: Handler; raw?: boolean };
          target.registerFilter(name, (typeof f === 'function' ? guarded(name, f) : f && typeof f.handler === 'function' ? { ...f, handler: guarded(name, f.handler) } : f) as Parameters<Liquid['registerFilter']>[1]);
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as Handler).bind(target) : value;
    },
  });
}
