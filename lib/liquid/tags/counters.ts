// {% increment %} and {% decrement %} as Liquid 4 has them (tags/increment.rb, decrement.rb): the
// counter's name is the whole markup, stripped, a key of the outermost environment. liquidjs reads
// one identifier instead, so `{% increment page.n %}` would set a counter named `page` and hide
// the page from every later lookup; in Ruby it is a counter named "page.n" that no lookup reaches.
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { noMethod } from '../filters/no-method.js';
import { rubyStrip, tagMarkup } from '../lax/markup-guard.js';

// Jekyll's outermost environment is the page's payload, so a counter may be named after one of
// its keys (`page`, `site`, `layout`, ...): `value ||= 0` keeps anything but nil and false, and
// Ruby's `+` / `-` on it then raises (an Integer on the right of String#+ and Array#+/- is a
// TypeError, any other receiver has no such method).
function counterValue(current: unknown, step: 1 | -1): number {
  if (current === undefined || current === null || current === false) return 0;
  if (typeof current === 'number') return current;
  if (Array.isArray(current) || (typeof current === 'string' && step === 1)) {
    throw new LiquidFailure('plain', `no implicit conversion of Integer into ${Array.isArray(current) ? 'Array' : 'String'}`);
  }
  throw step === 1
    ? noMethod('+', current, { line: 'context.environments.first[@variable] = value + 1', call: '+' })
    : noMethod('-', current, { line: 'value -= 1', call: '-' });
}

function counterTag(step: 1 | -1): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class extends Tag {
    readonly #name: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.#name = rubyStrip(tagMarkup(token.args));
    }

    render(ctx: Context, emitter: Emitter): void {
      const scope = ctx.environments as Record<string, unknown>;
      const value = counterValue(scope[this.#name], step);
      scope[this.#name] = value + step;
      emitter.write(String(step === 1 ? value : value + step));
    }
  };
}

export const IncrementTag = counterTag(1);
export const DecrementTag = counterTag(-1);
