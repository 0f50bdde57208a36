// Liquid's `for`, with Ruby Liquid's `forloop.parentloop` (liquid/forloop_drop.rb).
// A synchronous render runs the loop with direct calls (ForTag#render of liquidjs 10,
// step for step, without its generator: see ./sync-blocks.ts); an asynchronous one
// keeps liquidjs's generator.
import { ForTag as BaseFor, Liquid, evalToken, toValue } from 'liquidjs';
import type { Context, Emitter, Template } from 'liquidjs';
import { runSync } from '../sync-templates.js';
import { tokenEvaluator } from '../sync-output.js';
import { FINISHED } from './sync-blocks.js';
import { loopItems, sliceCollection } from '../slice-collection.js';
import { toInteger } from '../filters/math.js';
import { markLiquidDrop } from '../../values/document-drop-mark.js';
import { useItems } from '../limits.js';

type Token = Parameters<typeof evalToken>[0] & { getText(): string };
type Fields = {
  variable: string;
  collection: Token;
  hash: { hash: Record<string, unknown>; render(ctx: Context): unknown };
  templates: Template[];
  elseTemplates: Template[];
};
type Loop = { next(): void };
type LoopClass = new (length: number, collection: string, variable: string) => Loop;

function currentForloop(ctx: Context): unknown {
  const scopes = (ctx as unknown as { scopes: Record<string, unknown>[] }).scopes;
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i] && 'forloop' in scopes[i]!) return scopes[i]!['forloop'];
  return null;
}


// Ruby's forloop is a Liquid::Drop: printed (and written by jsonify) as its class name
const FORLOOP_CLASS = 'Liquid::ForloopDrop';

// liquidjs's ForloopDrop is not exported: the class of the forloop its own `for` makes.
let loopClass: LoopClass | undefined;
function forloopClass(): LoopClass {
  if (!loopClass) {
    const probe = new Liquid();
    probe.registerFilter('kyll_forloop_class', (loop: object) => {
      loopClass = loop.constructor as LoopClass;
      return '';
    });
    probe.parseAndRenderSync('{% for i in (1..1) %}{{ forloop | kyll_forloop_class }}{% endfor %}');
  }
  return loopClass!;
}

/** `offset: continue` before any loop of that name ran: Ruby's `nil.to_i`, so 0 (liquidjs gives `{}`, which poisons the register). */
function continueOffset(saved: unknown): number {
  return typeof saved === 'number' ? saved : 0;
}

export class ForTag extends BaseFor {
  private collectionOf?: (ctx: Context) => unknown;
  private continueKey?: string;

  override render(ctx: Context, emitter: Emitter): ReturnType<BaseFor['render']> {
    if (!ctx.sync) return this.renderSteps(ctx, emitter);
    this.renderNow(ctx, emitter);
    return FINISHED;
  }

  private *renderSteps(ctx: Context, emitter: Emitter): Generator<unknown, void | string, unknown> {
    const parent = currentForloop(ctx);
    const push = ctx.push;
    const getRegister = ctx.getRegister;
    // liquidjs reads `offset: continue` with `{}` as default, Ruby's `offsets[@name].to_i` starts at 0
    const continueKey = 'continue-' + (this as unknown as Fields).variable + '-' + (this as unknown as Fields).collection.getText();
    ctx.getRegister = function (key: string, defaultValue?: unknown): unknown {
      return key === continueKey ? continueOffset(getRegister.call(ctx, key)) : getRegister.call(ctx, key, defaultValue);
    } as Context['getRegister'];
    // liquidjs pushes one scope holding the new forloop drop: give it its parent
    ctx.push = function (scope: object): number {
      const loop = (scope as { forloop?: Record<string, unknown> }).forloop;
      if (loop) {
        loop['parentloop'] = parent;
        markLiquidDrop(loop, FORLOOP_CLASS);
        // every iteration counts against liquid.memory_limit (./limits.ts), so nested loops are bounded too
        useItems(ctx, Number(loop['length']) || 0);
        ctx.push = push;
      }
      return push.call(ctx, scope);
    };
    try {
      return yield* super.render(ctx, emitter) as Generator<unknown, void | string, unknown>;
    } finally {
      ctx.push = push;
      ctx.getRegister = getRegister;
    }
  }

  private renderNow(ctx: Context, emitter: Emitter): void {
    const self = this as unknown as Fields;
    const r = this.liquid.renderer;
    const parent = currentForloop(ctx);
    this.collectionOf ??= tokenEvaluator(self.collection) ?? ((c) => runSync(evalToken(self.collection, c)));
    const value = ctx.strictVariables ? runSync(evalToken(self.collection, ctx)) : this.collectionOf(ctx);
    let collection = loopItems(value);
    const continueKey = (this.continueKey ??= 'continue-' + self.variable + '-' + self.collection.getText());
    let hash: Record<string, unknown> = {};
    // no modifiers: nothing reads `continue` (the register is set below all the same)
    if (Object.keys(self.hash.hash).length > 0) {
      ctx.push(Object.assign(Object.create(null) as object, { continue: continueOffset(ctx.getRegister(continueKey)) }));
      hash = runSync(self.hash.render(ctx)) as Record<string, unknown>;
      ctx.pop();
    }
    // For#collection_segment: offset then limit then reversed, whatever their order in the tag
    const offset = toValue(hash['offset']);
    const limit = toValue(hash['limit']);
    // Utils.to_integer: a float or a non-numeric string is 'invalid integer' (a Liquid error)
    const from = offset == null ? 0 : toInteger(offset);
    const to = limit == null ? undefined : from + toInteger(limit);
    if (typeof toValue(value) !== 'string') collection = sliceCollection(collection, from, to);
    if (hash['reversed']) collection = [...collection].reverse();
    ctx.setRegister(continueKey, from + collection.length);
    // For#render_to_output_buffer: `else` renders when the segment left by offset/limit is empty
    if (!collection.length) {
      runSync(r.renderTemplates(self.elseTemplates, ctx, emitter));
      return;
    }
    const LoopDrop = forloopClass();
    const forloop = new LoopDrop(collection.length, self.collection.getText(), self.variable);
    const scope = Object.assign(Object.create(null) as Record<string, unknown>, { forloop });
    (forloop as unknown as Record<string, unknown>)['parentloop'] = parent;
    markLiquidDrop(forloop, FORLOOP_CLASS);
    // every iteration counts against liquid.memory_limit (./limits.ts), so nested loops are bounded too
    useItems(ctx, collection.length);
    ctx.push(scope);
    for (const item of collection) {
      scope[self.variable] = item;
      ctx.continueCalled = ctx.breakCalled = false;
      runSync(r.renderTemplates(self.templates, ctx, emitter));
      if (ctx.breakCalled) break;
      forloop.next();
    }
    ctx.continueCalled = ctx.breakCalled = false;
    ctx.pop();
  }
}
