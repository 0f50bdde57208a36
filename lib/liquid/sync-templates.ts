// A template list rendered with a plain loop when the render is synchronous.
// liquidjs's Render#renderTemplates is a generator: every tag body, loop
// iteration, if branch and include makes one, and toValueSync drives it a step
// per template. In a synchronous render nothing needs to suspend, so the same
// loop runs directly: each template's render is called, a generator it returns
// (a tag's own render) is run to its end, and the errors, the render-time limit
// and break/continue are handled where and as liquidjs handles them
// (Render#renderTemplates of liquidjs 10). Callers `yield` the result as
// before: toValueSync hands a value that is not an iterator straight back.
import { LiquidError, RenderError, toValue, toValueSync, type Context, type Liquid, type Template } from 'liquidjs';

type Emitter = { write(html: unknown): void; buffer: unknown };
type RenderTemplates = (templates: Template[], ctx: Context, emitter?: Emitter) => unknown;

/** liquidjs's isIterator: what toValueSync runs to its end. */
export function isIterator(v: unknown): v is Generator {
  // Most values are strings and numbers: asking their prototypes for `next` is a megamorphic load
  // (3% of a Liquid-heavy build's CPU, tinylab.org); a primitive is never an iterator.
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return false;
  const g = v as { next?: unknown; throw?: unknown; return?: unknown };
  return typeof g.next === 'function' && typeof g.throw === 'function' && typeof g.return === 'function';
}

/** What `yield v` gives a liquidjs generator driven by toValueSync: an iterator run to its end, anything else as is. */
export function runSync(v: unknown): unknown {
  return isIterator(v) ? toValueSync(v) : v;
}

/** liquidjs's SimpleEmitter (not exported): what it writes, stringified as its `stringify` does. */
export class TextEmitter {
  buffer = '';

  write(html: unknown): void {
    this.buffer += typeof html === 'string' ? html : stringify(html);
  }
}

function stringify(value: unknown): string {
  const v = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => stringify(x)).join('');
  return String(v);
}

// liquidjs reads the clock before every template to enforce the render-time limit
// (render_limit, 120 s by default): on a blog's layouts that is a few hundred
// performance.now() calls per page. Here the clock is read at every CLOCK_EVERY-th
// check: the limit still stops a runaway render (within a few dozen templates of
// the deadline), and a render within it writes the same output.
const CLOCK_EVERY = 32;
let checksLeft = 0;

function checkRenderTime(ctx: Context): void {
  if (--checksLeft > 0) return;
  checksLeft = CLOCK_EVERY;
  ctx.renderLimit.check(performance.now());
}

function renderDirectly(templates: Template[], ctx: Context, emitter: Emitter): unknown {
  checkRenderTime(ctx);
  for (const tpl of templates) {
    checkRenderTime(ctx);
    try {
      // A template that writes to the emitter returns nothing; one that does not returns its html.
      let html = tpl.render(ctx, emitter as never) as unknown;
      if (isIterator(html)) html = toValueSync(html);
      if (html) emitter.write(html);
      if (ctx.breakCalled || ctx.continueCalled) break;
    } catch (e) {
      throw LiquidError.is(e) ? e : new RenderError(e as Error, tpl);
    }
  }
  return emitter.buffer;
}

/**
 * Renders template lists without generators in synchronous renders that write
 * to an emitter (tag bodies, loops, includes). The top-level call, captures
 * (they make their own emitter), asynchronous renders and `catchAllErrors`
 * keep liquidjs's loop.
 */
export function useSyncTemplates(engine: Liquid): void {
  const renderer = engine.renderer as unknown as { renderTemplates: RenderTemplates };
  const generic = renderer.renderTemplates;
  renderer.renderTemplates = function (this: unknown, templates, ctx, emitter) {
    if (emitter === undefined || !ctx.sync || ctx.opts.catchAllErrors) return generic.call(this, templates, ctx, emitter);
    return renderDirectly(templates, ctx, emitter);
  };
}
