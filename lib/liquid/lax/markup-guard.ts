// Ruby Liquid hands a tag its markup as FullToken cut it: white space around it is Ruby's \s
// (ASCII), so a no-break space or an ideographic space at either end stays part of the markup,
// and Jekyll's tags strip it with String#strip, which keeps it too (`{% post_url x<NBSP>%}` finds
// no post). liquidjs trims a tag's content with its own blank set, Unicode spaces included. For
// the Jekyll tags that read their markup themselves, such a markup travels between two private
// use characters, which liquidjs does not trim; the tag takes them off (tagMarkup).

const GUARD = '\uE001';
// liquidjs's BLANK characters above ASCII (its TYPES table)
const UNICODE_BLANK = /^[\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|[\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000][\0\t\n\v\f\r ]*$/;

/** The tags whose markup is guarded: Jekyll's, which read (and String#strip) their own markup. */
export const GUARDED_TAGS = new Set(['include', 'include_relative', 'include_cached', 'post_url', 'link', 'highlight', 'increment', 'decrement']);

/** `markup` as the tag must receive it through liquidjs. */
export function guardMarkup(markup: string): string {
  // a space first: nothing may follow the tag's name directly (liquidjs reads U+E001 as a word character)
  return UNICODE_BLANK.test(markup) ? ` ${GUARD}${markup}${GUARD}` : markup;
}

/** A tag's markup as Ruby Liquid gave it to the tag (`token.args` with its guard taken off). */
export function tagMarkup(args: string): string {
  return args.length >= 2 && args.startsWith(GUARD) && args.endsWith(GUARD) ? args.slice(1, -1) : args;
}

/** String#strip: ASCII white space and NUL only. */
export function rubyStrip(s: string): string {
  return s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
}
