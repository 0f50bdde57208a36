// Liquid's `for`, with Ruby Liquid's `forloop.parentloop` (liquid/forloop_drop.rb).
import { ForTag as BaseFor } from 'liquidjs';
import type { Context, Emitter } from 'liquidjs';

function currentForloop(ctx: Context): unknown {
  const scopes = (ctx as unknown as { scopes: Record<string, unknown>[] }).scopes;
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i] && 'forloop' in scopes[i]!) return scopes[i]!['forloop'];
  return null;
}

export class ForTag extends BaseFor {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void | string, unknown> {
    const parent = currentForloop(ctx);
    const push = ctx.push;
    // liquidjs pushes one scope holding the new forloop drop: give it its parent
    ctx.push = function (scope: object): number {
      const loop = (scope as { forloop?: Record<string, unknown> }).forloop;
      if (loop) {
        loop['parentloop'] = parent;
        // every iteration counts against liquid.memory_limit (./limits.ts), so nested loops are bounded too
        ctx.memoryLimit.use(Number(loop['length']) || 0);
        ctx.push = push;
      }
      return push.call(ctx, scope);
    };
    try {
      return yield* super.render(ctx, emitter) as Generator<unknown, void | string, unknown>;
    } finally {
      ctx.push = push;
    }
  }
}
