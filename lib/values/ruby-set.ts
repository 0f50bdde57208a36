// A Ruby Set where Ruby code puts one in a value Liquid can see: jekyll-feed turns each
// `feed.collections.<name>.categories` of site.config into one, in place (generator.rb#collections).
// A Set has no #to_liquid, so Liquid stops on a variable whose lookup reaches it (VariableLookup#evaluate
// calls `res.to_liquid` on each value found); Hash#inspect and to_s show it as `#<Set: {"a", "b"}>`,
// and the json gem writes it as that text (Object#to_json: its to_s).
import { onToLiquid } from './document-drop-mark.js';
import { LiquidFailure } from '../liquid/errors.js';
import { rubyInspect } from '../liquid/ruby/to-s.js';

export class RubySet {
  /** The members, first one kept of those Ruby finds equal (eql?). */
  readonly items: readonly unknown[];

  constructor(items: Iterable<unknown>) {
    const seen = new Map<string, unknown>();
    for (const item of items) {
      const key = rubyInspect(item);
      if (!seen.has(key)) seen.set(key, item);
    }
    this.items = [...seen.values()];
    // Ruby 3.1's error_highlight adds the line of Liquid that raised, with its marker.
    onToLiquid(this, () => {
      throw new LiquidFailure('plain', `undefined method \`to_liquid' for ${this.inspect()} object = res.to_liquid ^^^^^^^^^^`);
    });
  }

  /** Set#inspect (and #to_s) in Ruby 3.1. */
  inspect(): string {
    return `#<Set: {${this.items.map((x) => rubyInspect(x)).join(', ')}}>`;
  }
}
