// Follows Rouge 3.30 lib/rouge/lexers/sparql.rb.
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';

const BUILTINS = wordSet(`ABS AVG BNODE BOUND CEIL COALESCE CONCAT CONTAINS COUNT DATATYPE DAY ENCODE_FOR_URI FLOOR
  GROUP_CONCAT HOURS IF IRI isBLANK isIRI isLITERAL isNUMERIC isURI LANG LANGMATCHES LCASE MAX MD5 MIN MINUTES MONTH NOW
  RAND REGEX REPLACE ROUND SAMETERM SAMPLE SECONDS SEPARATOR SHA1 SHA256 SHA384 SHA512 STR STRAFTER STRBEFORE STRDT
  STRENDS STRLANG STRLEN STRSTARTS STRUUID SUBSTR SUM TIMEZONE TZ UCASE URI UUID YEAR`);
const KEYWORDS = wordSet(`ADD ALL AS ASC ASK BASE BIND BINDINGS BY CLEAR CONSTRUCT COPY CREATE DATA DEFAULT DELETE DESC
  DESCRIBE DISTINCT DROP EXISTS FILTER FROM GRAPH GROUP BY HAVING IN INSERT LIMIT LOAD MINUS MOVE NAMED NOT OFFSET OPTIONAL
  ORDER PREFIX SELECT REDUCED SERVICE SILENT TO UNDEF UNION USING VALUES WHERE WITH`);

/** A closing quote: the string ends, a language tag or datatype may follow. */
const close = (tok: string, q: string): RuleSpec<unknown> => [rx(q), (lx, m) => { lx.token(tok, m[0]); lx.goto('string_end'); }];

export const sparql: LexerDef = {
  name: 'sparql',
  states: {
    root: [
      [/\s+/s, 'Text.Whitespace'],
      [/#.*/, 'Comment.Single'],
      [/"""/, 'Str.Double', 'string_double_literal'],
      [/"/, 'Str.Double', 'string_double'],
      [/'''/, 'Str.Single', 'string_single_literal'],
      [/'/, 'Str.Single', 'string_single'],
      [rx('[$?][[:word:]]+'), 'Name.Variable'],
      [rx('([[:word:]-]*)(:)([[:word:]-]+)?'), (lx, m) => lx.groups(m, 'Name.Namespace', 'Operator', 'Str.Symbol')],
      [/<[^>]*>/, 'Name.Namespace'],
      [/true|false/i, 'Keyword.Constant'],
      [/a\b/, 'Keyword'],
      [rx('[A-Z][[:word:]]+\\b', 'i'), (lx, m) => {
        const up = m[0].toUpperCase();
        lx.token(BUILTINS.has(up) ? 'Name.Builtin' : KEYWORDS.has(up) ? 'Keyword' : 'Error', m[0]);
      }],
      [/[+\-]?(?:\d+\.\d*|\.\d+)(?:[e][+\-]?[0-9]+)?/i, 'Num.Float'],
      [/[+\-]?\d+/, 'Num.Integer'],
      [/[\]\[(){}.,;=]/, 'Punctuation'],
      [/[\/?*+=!<>]|&&|\|\||\^\^/, 'Operator'],
    ],
    string_double_common: [{ mixin: 'string_escapes' }, [/\\/, 'Str.Double'], [/[^"\\]+/, 'Str.Double']],
    string_double: [close('Str.Double', '"'), { mixin: 'string_double_common' }],
    string_double_literal: [close('Str.Double', '"""'), [/"/, 'Str.Double'], { mixin: 'string_double_common' }],
    string_single_common: [{ mixin: 'string_escapes' }, [/\\/, 'Str.Single'], [/[^'\\]+/, 'Str.Single']],
    string_single: [close('Str.Single', "'"), { mixin: 'string_single_common' }],
    string_single_literal: [close('Str.Single', "'''"), [/'/, 'Str.Single'], { mixin: 'string_single_common' }],
    string_escapes: [[/\\[tbnrf"'\\]/, 'Str.Escape'], [rx(String.raw`\\u\h{4}`), 'Str.Escape'], [rx(String.raw`\\U\h{8}`), 'Str.Escape']],
    string_end: [
      [/(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)/, (lx, m) => lx.groups(m, 'Operator', 'Name.Property')],
      [/\^\^/, 'Operator'],
      [/(?:)/, (lx) => lx.pop()],
    ],
  },
};
