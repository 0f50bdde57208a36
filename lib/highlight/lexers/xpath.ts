// Follows Rouge 3.30 lib/rouge/lexers/xpath.rb (XPath 3.1); xquery.ts builds on its states.
// Its Regexp.union word lists are grouped where Ruby interpolates them (a Regexp's to_s is a group).
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';

type Rules = readonly RuleSpec<unknown>[];
const DIGITS = '[0-9]+';
const DECIMAL = `\\.${DIGITS}|${DIGITS}\\.[0-9]*`;
const DOUBLE = `(\\.${DIGITS})|${DIGITS}(\\.[0-9]*)?[eE][+-]?${DIGITS}`;
export const STRING_LITERAL = `("(("")|[^"])*")|('(('')|[^'])*')`;
/** XPath.ncName (/i: its letters are spelled in both cases, as it is interpolated into case-sensitive regexes). */
export const NC_NAME = '(?:[a-zA-Z_][a-zA-Z_\\-.0-9]*)';
export const Q_NAME = `(?:(?:${NC_NAME})(?::${NC_NAME})?)`;
const URI_Q_NAME = `(?:Q\\{[^{}]*\\}${NC_NAME})`;
export const EQ_NAME = `(?:${URI_Q_NAME}|${Q_NAME})`;
const COMMENT_START = '\\(:';
const OPEN_PAREN = '(?:\\((?!:))';
const KIND_TEST = '(?:element|attribute|schema\\-element|schema\\-attribute|comment|text|node|document\\-node|namespace\\-node)';
const KIND_TEST_PI = '(?:processing\\-instruction)';
const AXES = `(?:child|descendant|attribute|self|descendant\\-or\\-self|following\\-sibling|following|namespace|parent|ancestor|
  preceding\\-sibling|preceding|ancestor\\-or\\-self)`.replace(/\s+/g, '');
const OPERATORS = ',|=>|=|:=|:|>=|>>|>|<=|<<|<|\\-|\\*|!=|\\+|//|/|\\|\\||\\|';
export const XPATH_KEYWORDS = '(?:let|for|some|every|if|then|else|return|in|satisfies)';
const WORD_OPERATORS = '(?:and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to)';
const CONSTRUCTOR_TYPES = '(?:function|array|map|empty\\-sequence)';

type L = Lexing<unknown>;
const then = (tok: string, act: (lx: L) => void) => (lx: L, m: RegExpExecArray): void => { lx.token(tok, m[0]); act(lx); };
const groupsThen = (toks: string[], act: (lx: L) => void = () => {}) => (lx: L, m: RegExpExecArray): void => {
  lx.groups(m, ...toks); act(lx);
};
const KW_WS_P = ['Keyword', 'Text.Whitespace', 'Punctuation'];
const TYPE_WS_P = ['Keyword.Type', 'Text.Whitespace', 'Punctuation'];
const KW_WS_KW = ['Keyword', 'Text.Whitespace', 'Keyword'];

export const XPATH_STATES: Readonly<Record<string, Rules>> = {
  commentsAndWhitespace: [[rx(COMMENT_START), 'Comment', 'comment'], [/\s+/, 'Text.Whitespace']],
  root: [
    { mixin: 'commentsAndWhitespace' },
    [rx(DOUBLE), 'Num.Float'],
    [rx(DECIMAL), 'Num.Float'],
    [rx(DIGITS), 'Num'],
    [rx(STRING_LITERAL), 'Literal.String'],
    [/\$/, 'Name.Variable', 'varname'],
    [rx(OPERATORS), 'Operator'],
    [rx(`${WORD_OPERATORS}\\b`), 'Operator.Word'],
    [rx(`${XPATH_KEYWORDS}\\b`), 'Keyword'],
    [/[?,{}()\[\]]/, 'Punctuation'],
    [rx(`(function)(\\s*)(${OPEN_PAREN})`), groupsThen(KW_WS_P)], // function declaration
    [/(map|array|empty-sequence)/, 'Keyword'], // constructors
    [rx(`(${KIND_TEST})(\\s*)(${OPEN_PAREN})`), groupsThen(KW_WS_P, (lx) => lx.push('kindtest'))],
    [rx(`(${KIND_TEST_PI})(\\s*)(${OPEN_PAREN})`), groupsThen(KW_WS_P, (lx) => lx.push('kindtestforpi'))],
    [rx(`(${EQ_NAME})(\\s*)(${OPEN_PAREN})`), groupsThen(['Name.Function', 'Text.Whitespace', 'Punctuation'])],
    [rx(`(${EQ_NAME})(\\s*)(#)(\\s*)(\\d+)`), groupsThen(['Name.Function', 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Name.Function'])],
    [/(cast|castable)(\s+)(as)/, groupsThen(KW_WS_KW, (lx) => lx.push('singletype'))],
    [/(treat)(\s+)(as)/, groupsThen(KW_WS_KW, (lx) => lx.push('itemtype'))],
    [/(instance)(\s+)(of)/, groupsThen(KW_WS_KW, (lx) => lx.push('itemtype'))],
    [/(as)\b/, then('Keyword', (lx) => lx.push('itemtype'))],
    [rx(`(${NC_NAME})(\\s*)(:)(\\s*)(\\*)`), groupsThen(['Name.Tag', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Operator'])],
    [rx(`(\\*)(\\s*)(:)(\\s*)(${NC_NAME})`), groupsThen(['Operator', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Tag'])],
    [rx(`(${AXES})(\\s*)(::)`), groupsThen(['Keyword', 'Text.Whitespace', 'Operator'])],
    [/\.\.|\.|\*/, 'Operator'],
    [/@/, 'Name.Attribute', 'attrname'],
    [rx(EQ_NAME), 'Name.Tag'],
  ],
  singletype: [{ mixin: 'commentsAndWhitespace' }, [rx(EQ_NAME), then('Keyword.Type', (lx) => lx.pop())]],
  itemtype: [
    { mixin: 'commentsAndWhitespace' },
    [rx(`(${KIND_TEST})(\\s*)(${OPEN_PAREN})`), groupsThen(TYPE_WS_P, (lx) => { lx.goto('occurrenceindicator'); lx.push('kindtest'); })],
    [rx(`(${KIND_TEST_PI})(\\s*)(${OPEN_PAREN})`), groupsThen(TYPE_WS_P, (lx) => { lx.goto('occurrenceindicator'); lx.push('kindtestforpi'); })],
    [rx(`(item)(\\s*)(${OPEN_PAREN})(\\s*)(\\))`), groupsThen(['Keyword.Type', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Punctuation'],
      (lx) => lx.goto('occurrenceindicator'))],
    [rx(`(${CONSTRUCTOR_TYPES})(\\s*)(${OPEN_PAREN})`), groupsThen(TYPE_WS_P)],
    [/(cast|castable)(\s+)(as)/, groupsThen(KW_WS_KW, (lx) => lx.goto('singletype'))],
    [/(treat)(\s+)(as)/, groupsThen(KW_WS_KW, (lx) => lx.goto('itemtype'))],
    [/(instance)(\s+)(of)/, groupsThen(KW_WS_KW, (lx) => lx.goto('itemtype'))],
    [/(as)\b/, 'Keyword'],
    [rx(OPERATORS), then('Operator', (lx) => lx.pop())],
    [rx(`${WORD_OPERATORS}\\b`), then('Operator.Word', (lx) => lx.pop())],
    [rx(`${XPATH_KEYWORDS}\\b`), then('Keyword', (lx) => lx.pop())],
    [/[\[),]/, then('Punctuation', (lx) => lx.pop())],
    [rx(EQ_NAME), then('Keyword.Type', (lx) => lx.goto('occurrenceindicator'))],
  ],
  kindtest: [
    { mixin: 'commentsAndWhitespace' },
    [/[?*]/, 'Operator'],
    [/,/, 'Punctuation'],
    [rx(`(element|schema-element)(\\s*)(${OPEN_PAREN})`), groupsThen(TYPE_WS_P, (lx) => lx.push('kindtest'))],
    [rx(EQ_NAME), 'Name.Tag'],
    [/\)/, 'Punctuation', '#pop'],
  ],
  kindtestforpi: [
    { mixin: 'commentsAndWhitespace' },
    [rx(NC_NAME), 'Name'],
    [rx(STRING_LITERAL), 'Literal.String'],
    [/\)/, 'Punctuation', '#pop'],
  ],
  occurrenceindicator: [
    { mixin: 'commentsAndWhitespace' },
    [/[?*+]/, then('Operator', (lx) => lx.pop())],
    [/(?![?*+])/, (lx) => lx.pop()],
  ],
  varname: [
    { mixin: 'commentsAndWhitespace' },
    [rx(`(${EQ_NAME})(\\s*)(${OPEN_PAREN})`), groupsThen(['Name.Variable', 'Text.Whitespace', 'Punctuation'], (lx) => lx.pop())],
    [rx(EQ_NAME), 'Name.Variable', '#pop'],
  ],
  attrname: [{ mixin: 'commentsAndWhitespace' }, [rx(EQ_NAME), 'Name.Attribute', '#pop'], [/\*/, 'Operator', '#pop']],
  comment: [
    [/:\)/, 'Comment', '#pop'],
    [rx(COMMENT_START), 'Comment', 'comment'],
    [/[^:(]+/, 'Comment'],
    [/[:(]/, 'Comment'],
  ],
};

export const xpath: LexerDef = { name: 'xpath', states: XPATH_STATES };
