// Liquid 5.4 under an error_mode it does not know (`liquid: {error_mode: bogus}`, or `Strict`:
// LiquidRenderer takes `to_sym` of the text as it is). ParserSwitching#parse_with_selected_parser
// then parses nothing: If#push_block attaches its body to nil (NoMethodError, which stops the
// build where the template parses), and For keeps no variable nor collection, so it renders its
// `else` part only. Outputs and the other tags parse as in warn mode without its warnings.
import type { Liquid } from 'liquidjs';
import type { Context, Emitter, Template } from 'liquidjs';
import { ForTag } from './for.js';
import { FINISHED, SyncIfTag, SyncUnlessTag } from './sync-blocks.js';
import { runSync } from '../sync-templates.js';
import { LiquidFailure } from '../errors.js';

const KNOWN_MODES = new Set(['strict', 'lax', 'warn']);

/** Whether Liquid knows the configured `liquid.error_mode` (unset is Jekyll's `warn`). */
export function knownErrorMode(mode: unknown): boolean {
  return mode === undefined || mode === null || KNOWN_MODES.has(String(mode));
}

const attachToNil = (): LiquidFailure => new LiquidFailure('plain', "undefined method `attach' for nil:NilClass");

class NoIfTag extends SyncIfTag {
  constructor(...args: ConstructorParameters<typeof SyncIfTag>) {
    super(...args);
    throw attachToNil();
  }
}

class NoUnlessTag extends SyncUnlessTag {
  constructor(...args: ConstructorParameters<typeof SyncUnlessTag>) {
    super(...args);
    throw attachToNil();
  }
}

/** For#render_to_output_buffer with a nil collection: the `else` part. */
class ElseOnlyForTag extends ForTag {
  override render(ctx: Context, emitter: Emitter): ReturnType<ForTag['render']> {
    const elseTemplates = (this as unknown as { elseTemplates: Template[] }).elseTemplates;
    const rendering = this.liquid.renderer.renderTemplates(elseTemplates, ctx, emitter);
    if (!ctx.sync) return rendering as ReturnType<ForTag['render']>;
    runSync(rendering);
    return FINISHED;
  }
}

export function registerUnknownErrorModeTags(engine: Liquid): void {
  engine.registerTag('if', NoIfTag);
  engine.registerTag('unless', NoUnlessTag);
  engine.registerTag('for', ElseOnlyForTag);
}
