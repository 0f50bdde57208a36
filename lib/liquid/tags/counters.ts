// {% increment %} and {% decrement %} as Liquid 4 has them (tags/increment.rb, decrement.rb): the
// counter's name is the whole markup, stripped, a key of the outermost environment. liquidjs reads
// one identifier instead, so `{% increment page.n %}` would set a counter named `page` and hide
// the page from every later lookup; in Ruby it is a counter named "page.n" that no lookup reaches.
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { rubyStrip, tagMarkup } from '../lax/markup-guard.js';

function counterTag(step: 1 | -1): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class extends Tag {
    readonly #name: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.#name = rubyStrip(tagMarkup(token.args));
    }

    render(ctx: Context, emitter: Emitter): void {
      const scope = ctx.environments as Record<string, unknown>;
      const current = scope[this.#name];
      // liquidjs restarts a counter that holds anything but a number (Ruby would fail on it)
      const value = typeof current === 'number' ? current : 0;
      scope[this.#name] = value + step;
      emitter.write(String(step === 1 ? value : value + step));
    }
  };
}

export const IncrementTag = counterTag(1);
export const DecrementTag = counterTag(-1);
