// A link reference definition whose title, on a line after the destination's, has more text
// after it on its closing line (`[a]: /u` / `"t" more`): the title is no part of the definition,
// the definition ends with its destination's line, and the lines from the title on are a
// paragraph. cmark 0.29 reads the same lines so, but keeps the title it scanned before giving up
// on it (inlines.c, cmark_parse_reference_inline: after a failed line end it rewinds to before the
// title and makes the reference with the title all the same): links to `[a]` get that title.
// micromark's definition is kept; a look-ahead first notes such a title on the definition's token,
// and the tree takes it from there.
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Definition } from 'mdast';
import type { Code, Construct, Effects, Extension, State, Token, TokenizeContext, TokenType } from 'micromark-util-types';
import { definition } from 'micromark-core-commonmark';
import { factoryLabel } from 'micromark-factory-label';
import { factoryDestination } from 'micromark-factory-destination';
import { cmarkFactoryTitle } from './link-title.js';
import { factoryWhitespace } from 'micromark-factory-whitespace';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character';
import { decodeString } from 'micromark-util-decode-string';
import { inHeadedLine } from './table-row.js';

const COLON = 58;
const LEFT_BRACKET = 91;

type TitledToken = Token & { cmarkTitle?: string };

// The title's characters as cmark's paragraph holds them (no line's leading white space).
function codesText(codes: readonly Code[]): string {
  let out = '';
  for (const code of codes) {
    if (code === null || code === -1) continue;
    out += code === -5 ? '\r\n' : code === -4 ? '\n' : code === -3 ? '\r' : code === -2 ? '\t' : String.fromCodePoint(code);
  }
  return out;
}

/** The look-ahead: label, `:`, destination ending its line, then a title with more text after it. */
function titleThenText(found: (title: string) => void): Construct {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const self = this;
      const codes: Code[] = [];
      const open: TokenType[] = [];
      const recording: Effects = {
        ...effects,
        enter(type, fields) {
          open.push(type);
          return effects.enter(type, fields);
        },
        exit(type) {
          open.pop();
          return effects.exit(type);
        },
        consume(code) {
          if (open.at(-1) !== 'linePrefix') codes.push(code);
          effects.consume(code);
        },
      };
      const titleEnd: State = (code) => {
        if (code === null || markdownLineEnding(code)) return nok(code);
        const text = codesText(codes);
        found(decodeString(text.slice(1, -1)));
        return ok(code);
      };
      const titleAfter: State = (code) => (markdownSpace(code) ? factorySpace(effects, titleEnd, 'whitespace')(code) : titleEnd(code));
      const titleStart: State = (code) => cmarkFactoryTitle(recording, titleAfter, nok, 'definitionTitle', 'definitionTitleMarker', 'definitionTitleString')(code);
      const lineEnd: State = (code) => (markdownLineEnding(code) ? factoryWhitespace(effects, titleStart)(code) : nok(code));
      const destinationAfter: State = (code) => (markdownSpace(code) ? factorySpace(effects, lineEnd, 'whitespace')(code) : lineEnd(code));
      const destinationBefore: State = (code) =>
        factoryDestination(effects, destinationAfter, nok, 'definitionDestination', 'definitionDestinationLiteral', 'definitionDestinationLiteralMarker', 'definitionDestinationRaw', 'definitionDestinationString')(code);
      const markerAfter: State = (code) => (markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code));
      const labelAfter: State = (code) => {
        if (code !== COLON) return nok(code);
        effects.enter('definitionMarker');
        effects.consume(code);
        effects.exit('definitionMarker');
        return markerAfter;
      };
      return (code) => factoryLabel.call(self, effects, labelAfter, nok, 'definitionLabel', 'definitionLabelMarker', 'definitionLabelString')(code);
    },
  };
}

// micromark's definition's title: white space (a line ending too), the title, and only white
// space after it on its line.
const titleBefore: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const end: State = (code) => (code === null || markdownLineEnding(code) ? ok(code) : nok(code));
    const after: State = (code) => (markdownSpace(code) ? factorySpace(effects, end, 'whitespace')(code) : end(code));
    const title: State = (code) => cmarkFactoryTitle(effects, after, nok, 'definitionTitle', 'definitionTitleMarker', 'definitionTitleString')(code);
    return (code) => (markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, title)(code) : nok(code));
  },
};

// micromark's definition, refused in the lines before a table's head (table-row.ts), with the title noted.
const cmarkDefinition: Construct = {
  ...definition,
  name: 'cmarkDefinition',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    if (inHeadedLine(this)) return nok;
    const self = this;
    let title: string | undefined;
    const look = titleThenText((t) => (title = t));
    const defined: State = (code) => {
      const last = self.events.at(-1);
      if (title !== undefined && last?.[0] === 'exit' && last[1].type === 'definition') (last[1] as TitledToken).cmarkTitle = title;
      return ok(code);
    };
    // (its one attempt is the title, read as cmark scans it: link-title.ts)
    const attempt: Effects['attempt'] = (_construct, good, bad) => effects.attempt(titleBefore, good, bad);
    const read: State = (code) => definition.tokenize.call(self, { ...effects, attempt }, defined, nok)(code);
    return (code) => effects.check(look, read, read)(code);
  },
};

export const cmarkDefinitionTitle: Extension = {
  disable: { null: ['definition'] },
  contentInitial: { [LEFT_BRACKET]: cmarkDefinition },
};

export const cmarkDefinitionTitleFromMarkdown: FromMarkdownExtension = {
  exit: {
    definition(this: CompileContext, token: Token) {
      const node = this.stack.at(-1) as Definition;
      const title = (token as TitledToken).cmarkTitle;
      if (title !== undefined && (node.title === null || node.title === undefined)) node.title = title;
      this.exit(token);
    },
  },
};
