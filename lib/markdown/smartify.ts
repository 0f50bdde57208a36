// A fallback for Jekyll's smartify/markdownify when the engine gives the plugins
// none (PluginContext.smartify/markdownify): kramdown's SmartyPants parser
// (jekyll/converters/smartypants.rb) with entity_output: as_char, and just
// enough Markdown for titles and descriptions that are then stripped of HTML.
import { indexIgnoringCase } from '../values/index-ignoring-case.js';

const S = '[ \\t\\r\\n\\f\\v]';
const SQ_PUNCT = '[!"#$%\'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]';
const SQ_CLOSE = '[^ \\\\\\t\\r\\n\\[{(-]';

type Subst = number | 'lquote1' | 'rquote1' | 'lquote2' | 'rquote2' | 'ldquo' | 'lsquo' | 'rsquo';

// kramdown/parser/kramdown/smart_quotes.rb SQ_RULES, anchored at the scan position.
const SQ_RULES: Array<[RegExp, Subst[]]> = [
  [/("|')(?=[_*]{1,2}[^ \t\r\n\f\v])/y, ['lquote1']],
  [new RegExp(`("|')(?=${SQ_PUNCT}(?!\\.\\.)\\B)`, 'y'), ['rquote1']],
  [new RegExp(`(${S}?)"'(?=\\w)`, 'y'), [1, 'ldquo', 'lsquo']],
  [new RegExp(`(${S}?)'"(?=\\w)`, 'y'), [1, 'lsquo', 'ldquo']],
  [new RegExp(`(${S}?)'(?=\\d\\ds)`, 'y'), [1, 'rsquo']],
  [new RegExp(`(${S})('|")(?=\\w)`, 'y'), [1, 'lquote2']],
  [new RegExp(`(${SQ_CLOSE})('|")`, 'y'), [1, 'rquote2']],
  [new RegExp(`("|')(?=${S}|s\\b|$)`, 'y'), ['rquote1']],
  [/([\s\S]?)'/y, [1, 'lsquo']],
  [/([\s\S]?)"/y, [1, 'ldquo']],
];

const HTML_ELEMENTS = new Set(
  ('a abbr acronym address area article aside audio b bdi bdo big blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript ' +
    'object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small ' +
    'source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr ' +
    'track tt u ul var video wbr').split(' '),
);
const QUOTE_CHARS: SmartQuotes = { ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };
const TYPO: Array<[string, string]> = [
  ['---', '—'], ['--', '–'], ['...', '…'], ['\\<<', '&lt;&lt;'], ['\\>>', '&gt;&gt;'],
  ['<< ', '«\u00a0'], [' >>', '\u00a0»'], ['<<', '«'], ['>>', '»'],
];
const NAMED: Record<string, string> = { nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', quot: '"', apos: "'" };

/** What each smart quote becomes: kramdown's `smart_quotes` entities, output as entity_output says. */
export type SmartQuotes = Readonly<Record<'lsquo' | 'rsquo' | 'ldquo' | 'rdquo', string>>;

function quoteFor(kind: Subst, quote: string, quotes: SmartQuotes): string {
  if (kind === 'lquote1' || kind === 'lquote2') return quote === '"' ? quotes.ldquo : quotes.lsquo;
  if (kind === 'rquote1' || kind === 'rquote2') return quote === '"' ? quotes.rdquo : quotes.rsquo;
  return quotes[kind as keyof SmartQuotes];
}

function escapeText(s: string): string {
  return s.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

const START = /[^\\]?["']|---?|\.\.\.|(?:\\| )?(?:<<|>>)|&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);|<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;

/**
 * Smart quotes, typographic symbols, entities and span HTML over one run of text. `quotes`: the
 * site's kramdown `smart_quotes` (SmartyPants#initialize passes the site's kramdown options on).
 */
export function smartify(input: string, closeUnknown = '\n', quotes: SmartQuotes = QUOTE_CHARS): string {
  let out = '';
  let pos = 0;
  while (pos < input.length) {
    START.lastIndex = pos;
    const m = START.exec(input);
    if (!m) break;
    const at = m.index;
    const tok = m[0];
    if (tok.startsWith('<') && /^<(\/?[A-Za-z]|!--)/.test(tok)) {
      out += escapeText(input.slice(pos, at)) + tok;
      pos = at + tok.length;
      // kramdown keeps the content of elements it does not know as raw text.
      const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(tok)?.[1]?.toLowerCase();
      if (name !== undefined && !tok.endsWith('/>') && !HTML_ELEMENTS.has(name)) {
        const close = indexIgnoringCase(input, `</${name}>`, pos);
        const end = close < 0 ? input.length : close;
        out += input.slice(pos, end);
        // kramdown closes the element at the end of the text.
        if (close < 0) out += `${closeUnknown}</${name}>`;
        pos = end;
      }
    } else if (tok.startsWith('&')) {
      out += escapeText(input.slice(pos, at)) + entity(tok);
      pos = at + tok.length;
    } else if (/["']$/.test(tok)) {
      out += escapeText(input.slice(pos, at));
      pos = at;
      for (const [re, substs] of SQ_RULES) {
        re.lastIndex = pos;
        const r = re.exec(input);
        if (!r) continue;
        for (const s of substs) {
          if (typeof s === 'number') out += escapeText(r[s] ?? '');
          else out += quoteFor(s, r[s.endsWith('1') ? 1 : 2] ?? r[r.length - 1]!, quotes);
        }
        pos = re.lastIndex;
        break;
      }
    } else {
      const sym = TYPO.find(([k]) => input.startsWith(k, at));
      if (sym) {
        out += escapeText(input.slice(pos, at)) + sym[1];
        pos = at + sym[0].length;
      } else {
        // ` <<` starts a span but no symbol: the space stays text.
        out += escapeText(input.slice(pos, at + 1));
        pos = at + 1;
      }
    }
  }
  return out + escapeText(input.slice(pos));
}

function entity(tok: string): string {
  const name = tok.slice(1, -1);
  if (name === 'lt' || name === 'gt' || name === 'amp') return tok;
  if (name.startsWith('#')) {
    const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const c = String.fromCodePoint(cp);
    return c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c;
  }
  return NAMED[name] ?? tok;
}
