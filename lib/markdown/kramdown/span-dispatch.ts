// Which span constructs can start at a position, chosen by its character instead of trying
// every construct's start pattern in turn (kramdown.rb parse_spans tries them all, in order,
// wherever the span-start pattern stops). Each construct names the ASCII characters its start
// pattern can begin with (SpanConstruct.first; none: any character), so the table keeps
// kramdown's order and the construct that parses is the one kramdown picks. At a quote in
// prose, smart quotes were the seventh pattern tried; test/markdown/span-dispatch.test.ts
// checks the table against the full loop.
import type { SpanConstruct } from './parser.js';

/** The bucket of every non-ASCII character (no construct names one). */
const OTHER = 128;

/** The constructs worth trying at `pos` of `s`, in kramdown's order. */
export type SpanDispatch = (s: string, pos: number) => readonly SpanConstruct[];

export function spanDispatch(spans: readonly SpanConstruct[]): SpanDispatch {
  const table: (readonly SpanConstruct[])[] = [];
  for (let code = 0; code <= OTHER; code++) {
    table.push(spans.filter((s) => s.first === undefined || (code < OTHER && s.first.includes(String.fromCharCode(code)))));
  }
  return (s, pos) => {
    const code = s.charCodeAt(pos);
    return table[code < OTHER ? code : OTHER];
  };
}

/** Grammar#spanDispatch: one table per list of constructs (the lists are constants). */
export function spanDispatchCache(): (spans: readonly SpanConstruct[]) => SpanDispatch {
  const cache = new WeakMap<readonly SpanConstruct[], SpanDispatch>();
  return (spans) => {
    let d = cache.get(spans);
    if (!d) {
      d = spanDispatch(spans);
      cache.set(spans, d);
    }
    return d;
  };
}
