// Utils.has_liquid_construct? (jekyll/utils.rb): `{{` or `{%` anywhere in the text. Asked of
// every document's content and excerpt: indexOf finds each `{` with V8's fast character search,
// where the equivalent /\{[{%]/ walked a 1,300-character post at ~2 µs (bench blog, callgrind:
// 25M instructions of a 1,000-post build's main thread).

/** Whether `text` holds `{{` or `{%`. */
export function hasLiquidConstruct(text: string): boolean {
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 123 /* { */ || next === 37 /* % */) return true;
  }
  return false;
}
