// Patterns shared by several constructs (kramdown/parser/kramdown/*.rb constants).
import { R, UNAME, WORD, WORD_END, lazyR } from './regex.js';
import { lazyPattern, needs, type AnyOf, type Scanner } from './scanner.js';

export const OPT_SPACE = ' {0,3}';
export const INDENT = R('^(?:\\t| {4})');
export const BLANK_LINE_SRC = '(?:^\\s*\\n)+';
export const BLANK_LINE = R(BLANK_LINE_SRC);
export const EOB_MARKER_SRC = '^\\^\\s*?\\n';
export const EOB_MARKER = R(EOB_MARKER_SRC);

// extensions.rb
export const ALD_ANY_CHARS = '(?:\\\\\\}|[^\\}])';
export const ALD_ID_NAME = '\\w[\\w-]*';
export const IAL_BLOCK_SRC = `\\{:(?!:|\\/)(${ALD_ANY_CHARS}+)\\}\\s*?\\n`;
export const IAL_BLOCK_START_SRC = `^${OPT_SPACE}${IAL_BLOCK_SRC}`;
/**
 * Whether a block IAL could end ahead: at a `}` followed by spaces and a line
 * break, every `}` before it escaped. Checked from the cached next `}`, so a run
 * of `{:` lines costs one search, not a scan to the far `}` for each.
 */
function ialEndAhead(src: Scanner): boolean {
  const s = src.str;
  for (let j = src.indexAhead('}'); j !== -1; j = s.indexOf('}', j + 1)) {
    let k = j + 1;
    while (k < s.length && ' \t\x0b\f\r'.includes(s[k])) k++;
    if (k < s.length && s[k] === '\n') return true;
    if (s[j - 1] !== '\\') return false;
  }
  return false;
}
export const IAL_BLOCK_START = needs(R(IAL_BLOCK_START_SRC), ialEndAhead);

/** Whether the line at pos has `<` after at most three spaces (where LAZY_END's HTML alternatives can start). */
function htmlAhead(src: Scanner): boolean {
  const s = src.str;
  let i = src.pos;
  while (i - src.pos < 3 && s.charCodeAt(i) === 32) i++;
  return s.charCodeAt(i) === 60;
}

/**
 * Alternatives of a block end, tested one by one (a pattern matches where one of its
 * alternatives does): the block IAL apart (with its need), and LAZY_END's HTML alternatives
 * (`LAZY_END_HTML`) apart, made and tried only at a line with `<` (their \p{...} classes cost
 * milliseconds to parse and compile, and most documents never need them there). Made on first
 * use (see lazyR); sticky, as the scanner tries them (anchoredOf takes them as they are).
 */
function endOf(...sources: string[]): AnyOf {
  let anyOf: readonly (RegExp | ReturnType<typeof lazyPattern>)[] | undefined;
  return {
    get anyOf() {
      if (!anyOf) {
        const rest = sources.filter((x) => x !== LAZY_END_HTML);
        const list: (RegExp | ReturnType<typeof lazyPattern>)[] = [R(rest.join('|'), 'y'), IAL_BLOCK_START];
        if (rest.length < sources.length) list.push(lazyPattern(() => R(LAZY_END_HTML, 'y'), htmlAhead));
        anyOf = list;
      }
      return anyOf;
    },
  };
}

// parser/html.rb constants
export const HTML_SPAN_ELEMENTS = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(' '),
);
export const HTML_BLOCK_ELEMENTS = new Set(
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul'.split(' '),
);
export const HTML_ELEMENTS_WITHOUT_BODY = new Set(
  'area base br col command embed hr img input keygen link meta param source track wbr'.split(' '),
);
const CM_BLOCK = 'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td';
const CM_SPAN = 'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt';
const CM_RAW = 'script style math option textarea pre code kbd samp var';
const CONTENT_MODEL = new Map<string, 'block' | 'span' | 'raw'>();
for (const n of CM_BLOCK.split(' ')) CONTENT_MODEL.set(n, 'block');
for (const n of CM_SPAN.split(' ')) CONTENT_MODEL.set(n, 'span');
for (const n of CM_RAW.split(' ')) CONTENT_MODEL.set(n, 'raw');
export function contentModel(name: string): 'block' | 'span' | 'raw' {
  return CONTENT_MODEL.get(name) ?? 'raw';
}
const KNOWN = new Set([...HTML_SPAN_ELEMENTS, ...HTML_BLOCK_ELEMENTS, ...HTML_ELEMENTS_WITHOUT_BODY, ...CONTENT_MODEL.keys()]);
/** HTML_ELEMENT: names kramdown knows as HTML (their tag names are lowercased). */
export function isHtmlElement(name: string): boolean {
  return KNOWN.has(name);
}

const ATTRS = `(?:\\s+${UNAME}(?:\\s*=\\s*(?:[${WORD}]+|("|')[\\s\\S]*?\\3))?)*`;
// HTML_TAG_RE: 1 name, 2 attributes, 3 quote, 4 self-closing slash (atomic groups as lookaheads).
export const HTML_TAG_SRC = `<(?=(${UNAME}))\\1\\s*(?=(${ATTRS}))\\2\\s*(\\/)?>`;
// (sticky: only the scanner's check and scan run them, which take them as they are)
export const htmlTagRe = lazyR(HTML_TAG_SRC, 'y');
export const HTML_TAG_CLOSE_SRC = `<\\/(${UNAME})\\s*>`;
export const htmlTagCloseRe = lazyR(HTML_TAG_CLOSE_SRC, 'y');
export const HTML_COMMENT_RE = needs(R('<!--([\\s\\S]*?)-->'), '-->');
export const HTML_INSTRUCTION_RE = needs(R('<\\?([\\s\\S]*?)\\?>'), '?>');
export const htmlAttributeRe = lazyR(`\\s*(${UNAME})(?:\\s*=\\s*(?:([${WORD}]+)|("|')([\\s\\S]*?)\\3))?`, 'g');
export const HTML_ENTITY_SRC = '&([\\w:][\\-\\w.:]*);|&#(\\d+);|&#x([0-9a-fA-F]+);';

// paragraph.rb
const LAZY_SPAN = [...HTML_SPAN_ELEMENTS, 'script'].join('|');
// (kramdown's `\b` after the span element names, whose last character is a letter: WORD_END)
export const LAZY_END_HTML_START_SRC = `<(?!(?:${LAZY_SPAN})${WORD_END})${UNAME}`;
export const LAZY_END_HTML_STOP_SRC = `<\\/(?!(?:${LAZY_SPAN})${WORD_END})${UNAME}\\s*>`;
/** LAZY_END without its block IAL (see endOf). */
export const LAZY_END_SRC = `${BLANK_LINE_SRC}|${EOB_MARKER_SRC}|^${OPT_SPACE}${LAZY_END_HTML_STOP_SRC}|^${OPT_SPACE}${LAZY_END_HTML_START_SRC}|\\Z`;
/** LAZY_END's HTML alternatives, which endOf tests apart. */
export const LAZY_END_HTML = `^${OPT_SPACE}${LAZY_END_HTML_STOP_SRC}|^${OPT_SPACE}${LAZY_END_HTML_START_SRC}`;
/** LAZY_END's other alternatives. */
const LAZY_END_PLAIN = `${BLANK_LINE_SRC}|${EOB_MARKER_SRC}|\\Z`;
/** LAZY_END's alternatives, for endOf. */
export const LAZY_END_PARTS = [LAZY_END_PLAIN, LAZY_END_HTML] as const;
export const LAZY_END = endOf(...LAZY_END_PARTS);
export { endOf };

// list.rb
export const PATTERN_TAIL = '[\\t| ].*?\\n';
export const LIST_START_UL_SRC = `^(${OPT_SPACE}[+*-])(${PATTERN_TAIL})`;
export const LIST_START_OL_SRC = `^(${OPT_SPACE}\\d+\\.)(${PATTERN_TAIL})`;
export const LIST_START_UL = R(LIST_START_UL_SRC);
export const LIST_START_OL = R(LIST_START_OL_SRC);
export const LIST_START_SRC = `${LIST_START_UL_SRC}|${LIST_START_OL_SRC}`;
export const LIST_START = R(LIST_START_SRC);
export const DEFINITION_LIST_START_SRC = `^(${OPT_SPACE}:)(${PATTERN_TAIL})`;
export const DEFINITION_LIST_START = R(DEFINITION_LIST_START_SRC);

// header.rb, blockquote.rb, codeblock.rb (GFM variants)
export const ATX_HEADER_START_GFM_SRC = '^(#{1,6})[\\t ]+(.*)\\n';
export const BLOCKQUOTE_START_SRC = `^${OPT_SPACE}> ?`;
export const FENCED_CODEBLOCK_START_GFM_SRC = '^[ ]{0,3}[~`]{3,}';
export const HR_START = R(`^${OPT_SPACE}(\\*|-|_)[ \\t]*\\1[ \\t]*\\1(\\1|[ \\t])*\\n`);

// block_boundary.rb
export const BLOCK_BOUNDARY = endOf(`${BLANK_LINE_SRC}|${EOB_MARKER_SRC}|\\Z`);

