/**
 * The gem a `plugins:` name requires: Ruby's `require` takes a feature's file name with its `.rb`
 * too (`require "jekyll-feed.rb"` loads the gem's lib/jekyll-feed.rb, as `require "jekyll-feed"`).
 */
export function requiredGem(name: string): string {
  return name.endsWith('.rb') ? name.slice(0, -3) : name;
}
