// Emphasis, strong and strikethrough paired as cmark-gfm 0.29 pairs them (inlines.c
// process_emphasis, S_insert_emph; extensions/strikethrough.c insert): `*`, `_` and `~` runs are
// one delimiter stack, walked closer by closer from the left. Where it differs from micromark's
// attention and GFM strikethrough resolvers (each its own pass):
// - the rule of three counts each run's whole length as written, not what earlier pairs left
//   of it, and a closer whose run is a multiple of three may always close (`*a***b*`);
// - a closer that finds no opener sets a floor for later closers of its character and length
//   modulo 3 (openers_bottom), which stays even where a later closer could open;
// - a `~` run is paired with the nearest `~` opener that passes the same rule of three; when their
//   lengths differ nothing is made and both stay, and a pair removes every `*`/`_` delimiter
//   between (as an emphasis removes the `~` ones inside it).
// The pairs are worked out first on the runs as the tokenizer left them, then written into the
// events as micromark's resolvers write them.
import type { Event, Resolver, Token, TokenizeContext } from 'micromark-util-types';
import { push, splice } from 'micromark-util-chunked';
// (its declaration of the strikethrough token types)
import type {} from 'micromark-extension-gfm-strikethrough';

export const STRIKE_TEMPORARY = 'strikethroughSequenceTemporary';
const ATTENTION = 'attentionSequence';
const TILDE = 126;

interface Delim {
  readonly token: Token;
  readonly char: number;
  /** The run's length as written (cmark's delimiter->length). */
  readonly length: number;
  /** What pairs have left of it (the text node's length). */
  remaining: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  previous: Delim | undefined;
  next: Delim | undefined;
  removed: boolean;
}

/** What a closer's run becomes, in the order cmark makes them: its opener's run and how many markers (0: strikethrough). */
interface Pair {
  readonly opener: Token;
  readonly use: number;
}

const isRun = (token: Token): boolean => token.type === ATTENTION || token.type === STRIKE_TEMPORARY;

function stack(events: readonly Event[], context: TokenizeContext): Delim[] {
  const delims: Delim[] = [];
  for (const [kind, token] of events) {
    // (handle_delim and strikethrough.c push a run only when it can open or close: one that can
    // neither, `a_b`, is no delimiter whose place an openers_bottom could be)
    if (kind !== 'enter' || !isRun(token) || !(token._open || token._close)) continue;
    const length = token.end.offset - token.start.offset;
    const previous = delims.at(-1);
    const delim: Delim = { token, char: context.sliceSerialize(token).charCodeAt(0), length, remaining: length, canOpen: Boolean(token._open), canClose: Boolean(token._close), previous, next: undefined, removed: false };
    if (previous) previous.next = delim;
    delims.push(delim);
  }
  return delims;
}

function remove(d: Delim): void {
  d.removed = true;
  if (d.next) d.next.previous = d.previous;
  if (d.previous) d.previous.next = d.next;
}

/** inlines.c process_emphasis over the whole list (its stack_bottom is the list's start). */
function pairs(delims: Delim[]): Map<Token, Pair[]> {
  const out = new Map<Token, Pair[]>();
  const record = (closer: Delim, pair: Pair): void => {
    const list = out.get(closer.token);
    if (list) list.push(pair);
    else out.set(closer.token, [pair]);
  };
  const bottoms = new Map<string, Delim | undefined>();
  const bottomKey = (d: Delim): string => `${d.length % 3}:${d.char}`;
  let closer: Delim | undefined = delims[0];
  while (closer) {
    if (!closer.canClose) {
      closer = closer.next;
      continue;
    }
    const bottom = bottoms.get(bottomKey(closer));
    let opener = closer.previous;
    let found = false;
    while (opener && opener !== bottom) {
      if (opener.canOpen && opener.char === closer.char && (!(closer.canOpen || opener.canClose) || closer.length % 3 === 0 || (opener.length + closer.length) % 3 !== 0)) {
        found = true;
        break;
      }
      opener = opener.previous;
    }
    const old: Delim = closer;
    if (!found || !opener) {
      closer = closer.next;
      bottoms.set(bottomKey(old), old.previous);
      if (!old.canOpen) remove(old);
    } else if (closer.char === TILDE) {
      // strikethrough.c insert: only runs of one length; the pair and all between leave the stack
      closer = closer.next;
      if (opener.remaining === old.remaining) {
        record(old, { opener: opener.token, use: 0 });
        for (let d: Delim | undefined = old; d && d !== opener; d = d.previous) remove(d);
        remove(opener);
      }
    } else {
      const use = closer.remaining >= 2 && opener.remaining >= 2 ? 2 : 1;
      opener.remaining -= use;
      closer.remaining -= use;
      record(closer, { opener: opener.token, use });
      for (let d = closer.previous; d && d !== opener; d = d.previous) remove(d);
      if (opener.remaining === 0) remove(opener);
      if (closer.remaining === 0) {
        const next: Delim | undefined = closer.next;
        remove(closer);
        closer = next;
      }
    }
  }
  return out;
}

const point = (p: Token['start']): Token['start'] => ({ ...p });
const moved = (p: Token['start'], by: number): Token['start'] => ({ ...p, column: p.column + by, offset: p.offset + by, _bufferIndex: p._bufferIndex + by });

/** micromark's attention resolver's rewrite for one pair, the opener's exit at `open`, the closer's enter at `index`; returns where to go on. */
function writeEmphasis(events: Event[], open: number, index: number, use: number, context: TokenizeContext): number {
  const opener = events[open]![1];
  const closer = events[index]![1];
  const type = use > 1 ? 'strong' : 'emphasis';
  const openingSequence: Token = { type: `${type}Sequence`, start: moved(opener.end, -use), end: point(opener.end) };
  const closingSequence: Token = { type: `${type}Sequence`, start: point(closer.start), end: moved(closer.start, use) };
  const text: Token = { type: `${type}Text`, start: point(opener.end), end: point(closer.start) };
  const group: Token = { type, start: point(openingSequence.start), end: point(closingSequence.end) };
  opener.end = point(openingSequence.start);
  closer.start = point(closingSequence.end);
  let next: Event[] = [];
  if (opener.end.offset - opener.start.offset) next = push(next, [['enter', opener, context], ['exit', opener, context]]);
  next = push(next, [['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context]]);
  next = push(next, events.slice(open + 1, index));
  next = push(next, [['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context]]);
  let offset = 0;
  if (closer.end.offset - closer.start.offset) {
    offset = 2;
    next = push(next, [['enter', closer, context], ['exit', closer, context]]);
  }
  splice(events, open - 1, index - open + 3, next);
  return open + next.length - offset - 2;
}

/** micromark-extension-gfm-strikethrough's rewrite for one pair. */
function writeStrikethrough(events: Event[], open: number, index: number, context: TokenizeContext): number {
  const opener = events[open]![1];
  const closer = events[index]![1];
  opener.type = 'strikethroughSequence';
  closer.type = 'strikethroughSequence';
  const group: Token = { type: 'strikethrough', start: point(opener.start), end: point(closer.end) };
  const text: Token = { type: 'strikethroughText', start: point(opener.end), end: point(closer.start) };
  let next: Event[] = [['enter', group, context], ['enter', opener, context], ['exit', opener, context], ['enter', text, context]];
  next = push(next, events.slice(open + 1, index));
  next = push(next, [['exit', text, context], ['enter', closer, context], ['exit', closer, context], ['exit', group, context]]);
  splice(events, open - 1, index - open + 3, next);
  return open + next.length - 2;
}

/** The resolver of the `*`/`_` and `~` constructs (and of a link's text, through insideSpan). */
export const resolveDelimiters029: Resolver = (events, context) => {
  const queue = pairs(stack(events, context));
  for (let index = 0; index < events.length; index++) {
    const [kind, token] = events[index]!;
    const pair = kind === 'enter' ? queue.get(token)?.shift() : undefined;
    if (!pair) continue;
    let open = index - 1;
    while (open >= 0 && !(events[open]![0] === 'exit' && events[open]![1] === pair.opener)) open--;
    index = pair.use === 0 ? writeStrikethrough(events, open, index, context) : writeEmphasis(events, open, index, pair.use, context);
  }
  for (const [, token] of events) if (isRun(token)) token.type = 'data';
  return events;
};
