// Follows Rouge 3.30 lib/rouge/lexers/xquery.rb: XPath's states (xpath.ts) with XQuery's
// keywords, direct XML constructors, annotations, pragmas and string constructors prepended.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';
import { EQ_NAME, NC_NAME, Q_NAME, XPATH_KEYWORDS, XPATH_STATES } from './xpath.js';

// XQuery.keywords: Regexp.union of XPath's and these (Regexp.escape'd: `-` becomes `\-`).
const KEYWORDS = `${XPATH_KEYWORDS}|(?:${wordAlt(`xquery encoding version declare module namespace copy-namespaces
  boundary-space construction default collation base-uri preserve strip ordering ordered unordered order empty greatest
  least preserve no-preserve inherit no-inherit decimal-format decimal-separator grouping-separator infinity minus-sign
  NaN percent per-mille zero-digit digit pattern-separator exponent-separator import schema at element option function
  external context item typeswitch switch case try catch validate lax strict type document element attribute text
  comment processing-instruction for let where order group by return allowing tumbling stable sliding window start
  end only when previous next count collation ascending descending`).replace(/-/g, '\\-')})`;

export const xquery: LexerDef = {
  name: 'xquery',
  states: {
    ...XPATH_STATES,
    tags: [
      [rx(`<${Q_NAME}`), 'Name.Tag', 'start_tag'],
      [/<!--/, 'Comment', 'xml_comment'],
      [/<\?.*?\?>/, 'Comment.Preproc'],
      [/<!\[CDATA\[.*?\]\]>/, 'Comment.Preproc'],
      [/&\S*?;/, 'Name.Entity'],
    ],
    root: [
      { mixin: 'tags' },
      [/\{/, 'Punctuation'],
      [/\}`?/, (lx, m) => { lx.token('Punctuation', m[0]); if (lx.stack.length > 1) lx.pop(); }],
      [rx(`(namespace)(\\s+)(${NC_NAME})`), (lx, m) => lx.groups(m, 'Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [rx(`(${KEYWORDS})\\b`), 'Keyword'],
      [/;/, 'Punctuation'],
      [/%/, 'Keyword.Declaration', 'annotation'],
      [rx(`(\\(#)(\\s*)(${EQ_NAME})`), (lx, m) => { lx.groups(m, 'Comment.Preproc', 'Text.Whitespace', 'Name.Tag'); lx.push('pragma'); }],
      [/``\[/, 'Str', 'str_constructor'],
      ...XPATH_STATES['root']!,
    ],
    annotation: [{ mixin: 'commentsAndWhitespace' }, [rx(EQ_NAME), 'Keyword.Declaration', '#pop']],
    pragma: [{ mixin: 'commentsAndWhitespace' }, [/#\)/, 'Comment.Preproc', '#pop'], [/./, 'Comment.Preproc']],
    str_constructor: [
      [/`\{/, 'Punctuation', 'root'],
      [/\]``/, 'Str', '#pop'],
      [/[^`\]]+/, 'Str'],
      [/[`\]]/, 'Str'],
    ],
    xml_comment: [[/[^-]+/, 'Comment'], [/-->/, 'Comment', '#pop'], [/-/, 'Comment']],
    start_tag: [
      [/\s+/, 'Text.Whitespace'],
      [/([\w.:-]+\s*=)(")/, (lx, m) => { lx.groups(m, 'Name.Attribute', 'Str'); lx.push('quot_attr'); }],
      [/([\w.:-]+\s*=)(')/, (lx, m) => { lx.groups(m, 'Name.Attribute', 'Str'); lx.push('apos_attr'); }],
      [/>/, 'Name.Tag', 'tag_content'],
      [/\/>/, 'Name.Tag', '#pop'],
    ],
    quot_attr: [[/"/, 'Str', '#pop'], [/\{\{/, 'Str'], [/\{/, 'Punctuation', 'root'], [/[^"{>]+/, 'Str']],
    apos_attr: [[/'/, 'Str', '#pop'], [/\{\{/, 'Str'], [/\{/, 'Punctuation', 'root'], [/[^'{>]+/, 'Str']],
    tag_content: [
      [/\s+/, 'Text.Whitespace'],
      { mixin: 'tags' },
      [/(\{\{|\}\})/, 'Text'],
      [/\{/, 'Punctuation', 'root'],
      [/[^{}<&]/, 'Text'],
      [rx(`</${Q_NAME}(\\s*)>`), (lx, m) => { lx.token('Name.Tag', m[0]); lx.pop(2); }], // pop self and start_tag
    ],
  },
};
