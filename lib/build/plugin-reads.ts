// What the builder can know of JavaScript plugins (`_plugins`, given ones):
// not what their code reads, but where it runs. Their filters, tags,
// converters and document hooks note `Keys.plugin`
// into the output being rendered when they run, so those outputs render again
// on every update, and outputs that never ran plugin code follow their
// recorded reads as usual. Site hooks that run around the render
// (pre_render, post_render) can put anything into what every template sees:
// a site with them is `opaque` and renders whole on every update.
import type { Liquid } from 'liquidjs';
import type { DocumentHooks, PluginHooks } from '../plugins/hooks.js';
import type { GeneratedPage, KyllPlugin, PluginConverter } from '../plugins/plugin.js';
import { Keys, note, type ReadLog } from './track.js';

type Fn = (...args: unknown[]) => unknown;

export interface WrappedPlugins {
  readonly plugins: KyllPlugin[];
  /** A plugin has site pre_render/post_render hooks: every update renders everything. */
  readonly opaque: boolean;
}

export function wrapPlugins(plugins: readonly KyllPlugin[], log: ReadLog): WrappedPlugins {
  const noting = <F extends Fn>(fn: F): F =>
    function (this: unknown, ...args: unknown[]) {
      note(log, Keys.plugin);
      return fn.apply(this, args);
    } as F;
  const opaque = plugins.some((p) => p.hooks?.site?.pre_render !== undefined || p.hooks?.site?.post_render !== undefined);
  const wrapped = plugins.map((p): KyllPlugin => {
    const out: { -readonly [K in keyof KyllPlugin]: KyllPlugin[K] } = { ...p };
    if (p.registerLiquid) out.registerLiquid = (engine, ctx) => p.registerLiquid!(notingEngine(engine, noting), ctx);
    if (p.converters) out.converters = p.converters.map((c): PluginConverter => ({ matches: (e) => c.matches(e), outputExt: (e) => c.outputExt(e), convert: noting(c.convert.bind(c) as Fn) as PluginConverter['convert'] }));
    if (p.hooks) out.hooks = notingHooks(p.hooks, noting);
    // A computed output (a page made from the rendered site) runs the plugin's code when it renders.
    if (p.generate) {
      const generate = p.generate.bind(p);
      out.generate = (ctx) => {
        const result = generate(ctx);
        return result.pages ? { ...result, pages: result.pages.map((g): GeneratedPage => (g.render ? { ...g, render: noting(g.render as Fn) as GeneratedPage['render'] } : g)) } : result;
      };
    }
    return out;
  });
  return { plugins: wrapped, opaque };
}

function notingHooks(hooks: PluginHooks, noting: <F extends Fn>(fn: F) => F): PluginHooks {
  const each = (h: DocumentHooks | undefined): DocumentHooks | undefined =>
    h && Object.fromEntries(Object.entries(h).map(([event, fn]) => [event, typeof fn === 'function' ? noting(fn as Fn) : fn]));
  return { site: hooks.site, posts: each(hooks.posts), pages: each(hooks.pages), documents: each(hooks.documents) };
}

// The engine as a plugin sees it: the filters and tags it registers note that they ran.
function notingEngine(engine: Liquid, noting: <F extends Fn>(fn: F) => F): Liquid {
  const registerFilter = (name: string, impl: unknown): void => {
    if (typeof impl === 'function') return engine.registerFilter(name, noting(impl as Fn));
    const o = impl as { handler: Fn };
    return engine.registerFilter(name, { ...o, handler: noting(o.handler) } as never);
  };
  const registerTag = (name: string, impl: unknown): void => {
    if (typeof impl === 'function') {
      const Base = impl as new (...args: unknown[]) => { render: Fn };
      const Tag = class extends Base {
        override render = noting((...args: unknown[]) => Base.prototype.render.apply(this, args));
      };
      return engine.registerTag(name, Tag as never);
    }
    const o = impl as { render: Fn };
    return engine.registerTag(name, { ...o, render: noting(o.render) } as never);
  };
  return new Proxy(engine, {
    get(target, prop, receiver) {
      if (prop === 'registerFilter') return registerFilter;
      if (prop === 'registerTag') return registerTag;
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as Fn).bind(target) : v;
    },
  });
}
