// Follows Rouge 3.30 lib/rouge/lexers/cypher.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const FUNCTIONS = wordSet(`ABS ACOS ALLSHORTESTPATHS ASIN ATAN ATAN2 AVG CEIL COALESCE COLLECT COS COT COUNT DATE
  DEGREES E ENDNODE EXP EXTRACT FILTER FLOOR HAVERSIN HEAD ID KEYS LABELS LAST LEFT LENGTH LOG LOG10 LOWER LTRIM MAX MIN
  NODE NODES PERCENTILECONT PERCENTILEDISC PI RADIANS RAND RANGE REDUCE REL RELATIONSHIP RELATIONSHIPS REPLACE REVERSE
  RIGHT ROUND RTRIM SHORTESTPATH SIGN SIN SIZE SPLIT SQRT STARTNODE STDEV STDEVP STR SUBSTRING SUM TAIL TAN TIMESTAMP
  TOFLOAT TOINT TOINTEGER TOSTRING TRIM TYPE UPPER`);
const PREDICATES = wordSet('ALL AND ANY CONTAINS EXISTS HAS IN NONE NOT OR SINGLE XOR');
const KEYWORDS = wordSet(`AS ASC ASCENDING ASSERT BY CASE COMMIT CONSTRAINT CREATE CSV CYPHER DELETE DESC DESCENDING
  DETACH DISTINCT DROP ELSE END ENDS EXPLAIN FALSE FIELDTERMINATOR FOREACH FROM HEADERS IN INDEX IS JOIN LIMIT LOAD
  MATCH MERGE NULL ON OPTIONAL ORDER PERIODIC PROFILE REMOVE RETURN SCAN SET SKIP START STARTS THEN TRUE UNION UNIQUE
  UNWIND USING WHEN WHERE WITH CALL YIELD`);

export const cypher: LexerDef = {
  name: 'cypher',
  aliases: ['cypher'],
  states: {
    root: [
      [/[\s]+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/\*/, 'Comment.Multiline', 'multiline_comments'],
      [/[*+\-<>=&|~%^]/, 'Operator'],
      [/[{}),;\[\]]/, 'Str.Symbol'],
      [/(\w+)(:)(\s*)(-?[._\d]+)/, (lx, m) => lx.groups(m, 'Name.Label', 'Str.Delimiter', 'Text.Whitespace', 'Num')],
      [/(\w+)(\s*)(\()/, (lx, m) => {
        const name = m[1]!.toUpperCase();
        lx.groups(m, FUNCTIONS.has(name) ? 'Name.Function' : KEYWORDS.has(name) ? 'Keyword' : 'Name', 'Text.Whitespace', 'Str.Symbol');
      }],
      [/:\w+/, 'Name.Class'],
      [/(-?\d+)(\.\.)(-?\d+)/, (lx, m) => lx.groups(m, 'Num', 'Operator', 'Num')],
      [/(\d+\.\d*|\d*\.\d+)(e[+-]?\d+)?/i, 'Num.Float'],
      [/\d+e[+-]?\d+/i, 'Num.Float'],
      [/0[0-7]+/, 'Num.Oct'],
      [/0x[a-f0-9]+/i, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [/[.\w]+:/, 'Name.Property'],
      [/\(/, 'Str.Symbol'],
      [/[.\w$]+/, (lx, m) => {
        const w = m[0].toUpperCase();
        lx.token(PREDICATES.has(w) ? 'Operator.Word' : KEYWORDS.has(w) ? 'Keyword' : 'Name', m[0]);
      }],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Double'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Single'],
      [/`(\\\\|\\`|[^`])*`/, 'Str.Backtick'],
    ],
    multiline_comments: [
      [/\/[*]/, 'Comment.Multiline', 'multiline_comments'],
      [/[*]\//, 'Comment.Multiline', '#pop'],
      [/[^\/*]+/, 'Comment.Multiline'],
      [/[\/*]/, 'Comment.Multiline'],
    ],
  },
};
