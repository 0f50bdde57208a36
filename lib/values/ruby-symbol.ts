// A Ruby Symbol, where Ruby code puts one in a value Liquid can see (kramdown turns the keys of
// its hash options into Symbols in place: options.rb). Symbols are unique by name, so one
// object stands for each name and a RubyHash finds it as a key by identity; a string key
// (`h.default_lang` in Liquid) does not find it, as in Ruby.

const interned = new Map<string, RubySymbol>();

export class RubySymbol {
  private constructor(readonly name: string) {}

  /** String#to_sym. */
  static for(name: string): RubySymbol {
    let s = interned.get(name);
    if (!s) interned.set(name, (s = new RubySymbol(name)));
    return s;
  }

  /** Symbol#to_s. */
  toString(): string {
    return this.name;
  }

  /** JSON has only strings: Symbol#to_json is its name's. */
  toJSON(): string {
    return this.name;
  }

  /** Symbol#inspect: `:name` for a plain identifier, else the name quoted (`:"a b"`). */
  inspect(quote: (s: string) => string): string {
    return /^[A-Za-z_][A-Za-z0-9_]*[?!=]?$/.test(this.name) ? `:${this.name}` : `:${quote(this.name)}`;
  }
}
