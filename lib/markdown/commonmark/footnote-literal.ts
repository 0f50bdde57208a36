// `[^...]` with the FOOTNOTES option as cmark-gfm reads it (inlines.c handle_close_bracket,
// blocks.c process_footnotes; commonmarker 0.23.6). A bracket that closes as no link and whose
// text starts with `^` (more than the `^` alone) becomes a footnote reference whether or not a
// note has that label: the inlines inside are parsed and then dropped, so an emphasis or quote
// delimiter inside pairs with nothing outside (`'_' [^a_b/_]` keeps both `_`). A reference to no
// note is written back as the text `[^` + its label as written + `]`: no escape, entity, code,
// HTML or smart punctuation inside is read. The label is copied by cmark's column arithmetic,
// so one that spans lines comes out short (`[^a\nb]` is `[^]`).
// micromark reads a reference only to a defined note (micromark-extension-gfm-footnote, which
// still handles those); any other such bracket is plain text whose delimiters pair across it.
import type { Code, Construct, Event, Extension, Token, TokenizeContext } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Literal } from 'mdast';

const RIGHT_BRACKET = 93;
const TYPE = 'cmarkFootnoteLiteral';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    cmarkFootnoteLiteral: 'cmarkFootnoteLiteral';
    cmarkFootnoteLiteralMarker: 'cmarkFootnoteLiteralMarker';
  }
}

type LabelStart = Token & { _balanced?: boolean; _inactive?: boolean };
type Marker = Token & { _labelStart?: LabelStart; _note?: boolean };

// micromark's normalizeIdentifier, as micromark-extension-gfm-footnote keeps the notes' labels.
const normalizeLabel = (label: string): string =>
  label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();

/**
 * A `[^label]` of a defined note that micromark's label end did not close as a link (cmark tries
 * an inline link and a reference link first, then the note: `[^1][ref]` with no `ref` is the
 * note and `[ref]`), which micromark-extension-gfm-footnote left to it (footnote-definition.ts):
 * its tokens for a call, the label from after `^` to `]`.
 */
function footnoteCall(events: Event[], at: number, context: TokenizeContext): Event[] {
  const open = events[at]![1];
  const openMarker = events[at + 1]![1];
  const close = events.at(-1)![1];
  openMarker.type = 'gfmFootnoteCallLabelMarker';
  close.type = 'gfmFootnoteCallLabelMarker';
  const call: Token = { type: 'gfmFootnoteCall', start: { ...open.start }, end: { ...close.end } };
  const caretEnd = { ...openMarker.end, column: openMarker.end.column + 1, offset: openMarker.end.offset + 1, _bufferIndex: openMarker.end._bufferIndex + 1 };
  const caret: Token = { type: 'gfmFootnoteCallMarker', start: { ...openMarker.end }, end: caretEnd };
  const string: Token = { type: 'gfmFootnoteCallString', start: { ...caretEnd }, end: { ...close.start } };
  const chunk: Token = { type: 'chunkString', contentType: 'string', start: { ...caretEnd }, end: { ...close.start } };
  events.splice(
    at,
    events.length - at,
    ['enter', call, context],
    ['enter', openMarker, context],
    ['exit', openMarker, context],
    ['enter', caret, context],
    ['exit', caret, context],
    ['enter', string, context],
    ['enter', chunk, context],
    ['exit', chunk, context],
    ['exit', string, context],
    ['enter', close, context],
    ['exit', close, context],
    ['exit', call, context],
  );
  return events;
}

/** The unknown node mdast-util-to-hast writes as its text; other tree passes leave it alone. */
export interface CmarkFootnoteLiteral extends Literal {
  type: typeof TYPE;
}

// Tried after micromark's label end: the label start it just failed to close is the last one
// it kept (it drops those that failed before), now marked balanced.
const construct: Construct = {
  name: TYPE,
  add: 'after',
  tokenize(effects, ok, nok) {
    const self = this as TokenizeContext & { _labelStarts?: LabelStart[] };
    const start = self._labelStarts?.at(-1);
    return (code: Code) => {
      if (!start || !start._balanced || start._inactive) return nok(code);
      const text = self.sliceSerialize({ start: start.end, end: self.now() });
      if (!text.startsWith('^') || text === '^') return nok(code);
      const marker = effects.enter('cmarkFootnoteLiteralMarker') as Marker;
      marker._labelStart = start;
      const notes = (self.parser as { gfmFootnotes?: string[] }).gfmFootnotes ?? [];
      marker._note = start.type === 'labelLink' && notes.includes(normalizeLabel(text.slice(1)));
      effects.consume(code);
      effects.exit('cmarkFootnoteLiteralMarker');
      return ok(code);
    };
  },
  resolveTo(events, context) {
    const marker = events.at(-1)![1] as Marker;
    const start = marker._labelStart!;
    const at = events.findIndex(([kind, token]) => kind === 'enter' && token === start);
    if (marker._note) return footnoteCall(events, at, context);
    // An image's `!` stays text: cmark pushes no image bracket before `[^`.
    const bang: Event[] = [];
    let open = start.start;
    if (start.type === 'labelImage') {
      const exclamation = events[at + 1]![1];
      const data: Token = { type: 'data', start: { ...exclamation.start }, end: { ...exclamation.end } };
      bang.push(['enter', data, context], ['exit', data, context]);
      open = exclamation.end;
    }
    const whole: Token = { type: TYPE, start: { ...open }, end: { ...marker.end } };
    events.splice(at, events.length - at, ...bang, ['enter', whole, context], ['exit', whole, context]);
    return events;
  },
};

export const cmarkFootnoteLiteral: Extension = { text: { [RIGHT_BRACKET]: construct } };

/**
 * The text cmark writes for `source`, the reference from `[` to `]` as written, `[` at 0-based
 * `column` of its line: its label is as many bytes after the `^` as the columns of `[` and of the
 * end of `]` are apart, less three. On one line that is all of it; over lines the end's column
 * counts from its own line's start, so little or nothing is left.
 */
export function footnoteLiteralText(source: string, column: number): string {
  const bytes = Buffer.from(source, 'utf8');
  const lastLine = bytes.lastIndexOf(0x0a);
  const length = lastLine < 0 ? bytes.length - 3 : bytes.length - 1 - lastLine - column - 3;
  return `[^${bytes.subarray(2, 2 + Math.max(length, 0)).toString('utf8')}]`;
}

export const cmarkFootnoteLiteralFromMarkdown: FromMarkdownExtension = {
  enter: {
    [TYPE](token) {
      const node: CmarkFootnoteLiteral = { type: TYPE, value: footnoteLiteralText(this.sliceSerialize(token), token.start.column - 1) };
      this.enter(node as never, token);
    },
  },
  exit: {
    [TYPE](token) {
      this.exit(token);
    },
  },
};
