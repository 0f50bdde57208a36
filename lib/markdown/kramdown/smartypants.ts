// Jekyll's Kramdown::Parser::SmartyPants (jekyll/converters/smartypants.rb): the kramdown
// parser with two block constructs, block HTML and `content` (each line is text), and four
// span constructs: smart quotes, HTML entities, typographic symbols and span HTML.
import { R } from './regex.js';
import { blockHtml } from './html-block.js';
import { smartQuotes } from './smart-quotes.js';
import { htmlEntity, typographicSyms } from './simple-spans.js';
import { spanHtml } from './html-span.js';
import { spanRegexps } from './constructs.js';
import { PARAGRAPH_END_KRAMDOWN } from './paragraph.js';
import type { BlockConstruct, Grammar, SpanConstruct } from './parser.js';

const LINE = R('.*\\n');

/** SmartyPants#parse_content: `add_text @src.scan(/\A.*\n/)`. */
const content: BlockConstruct = {
  name: 'content',
  start: R(''),
  first: () => true,
  parse(p) {
    const line = p.src.scan(LINE);
    if (line !== null) p.addText(line);
    return line !== null;
  },
};

const spans: SpanConstruct[] = [smartQuotes, htmlEntity, typographicSyms, spanHtml];

// no paragraphs here: kramdown's paragraph end is only a placeholder
export const SMARTYPANTS_GRAMMAR: Grammar = { blocks: [blockHtml, content], spans, paragraphEnd: PARAGRAPH_END_KRAMDOWN, lazyEnd: PARAGRAPH_END_KRAMDOWN, markdown: false, spanRegexps: spanRegexps(spans) };
