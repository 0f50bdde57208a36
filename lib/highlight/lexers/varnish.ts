// Follows Rouge 3.30 lib/rouge/lexers/varnish.rb (VCL; inline C goes to the C lexer).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { c } from './c.js';

const SPACE = '[ \\f\\n\\r\\t\\v]+';
const KEYWORDS = wordSet(`vcl set unset include import if else elseif elif elsif director probe backend acl declare local
  BOOL FLOAT INTEGER IP RTIME STRING TIME`);
const FUNCTIONS = wordSet(`ban call hash_data new regsub regsuball return rollback std.cache_req_body std.collect
  std.duration std.fileread std.healthy std.integer std.ip std.log std.port std.querysort std.random std.real
  std.real2time std.rollback std.set_ip_tos std.strstr std.syslog std.time std.time2integer std.time2real std.timestamp
  std.tolower std.toupper synth synthetic`);
const VARIABLES = wordSet(`bereq bereq.backend bereq.between_bytes_timeout bereq.connect_timeout bereq.first_byte_timeout
  bereq.method bereq.proto bereq.retries bereq.uncacheable bereq.url bereq.xid beresp beresp.age beresp.backend
  beresp.backend.ip beresp.backend.name beresp.do_esi beresp.do_gunzip beresp.do_gzip beresp.do_stream beresp.grace
  beresp.keep beresp.proto beresp.reason beresp.status beresp.storage_hint beresp.ttl beresp.uncacheable beresp.was_304
  client.identity client.ip local.ip now obj.age obj.grace obj.hits obj.keep obj.proto obj.reason obj.status obj.ttl
  obj.uncacheable remote.ip req req.backend_hint req.can_gzip req.esi req.esi_level req.hash_always_miss
  req.hash_ignore_busy req.method req.proto req.restarts req.ttl req.url req.xid resp resp.proto resp.reason
  resp.status server.hostname server.identity server.ip`);
// numeric is /xi; the duration suffixes after it are case-sensitive.
const DECIMAL = '[0-9]+';
const HEX = '[0-9a-fA-F]+';
const NUMERIC = `(?:0[xX]${HEX}(?:\\.${HEX})?(?:[pP][+-]?${HEX})?)|(?:${DECIMAL}(?:\\.${DECIMAL})?(?:[eE][+-]?${DECIMAL})?)`;
const INTEGER = new RegExp(`^${DECIMAL}$`);
const HEX_INTEGER = new RegExp(`^0x${HEX}$`); // sic: `when /^0x#{hex}$/` wants a lowercase x

export const varnish: LexerDef = {
  name: 'vcl',
  aliases: ['varnishconf', 'varnish'],
  states: {
    root: [
      [/\{".*?"}/s, 'Str.Single'],
      [/\{(\w+)".*?"(\1)\}/s, 'Str.Single'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
      [/(?:\/\/|#).*/, 'Comment.Single'],
      [/true|false/, 'Keyword.Constant'],
      [/(?:(?:beresp|bereq|resp|req|obj))\.http\.[\w.-]+/, 'Name.Variable'],
      [/(?:var)\.[\w.-]+/, 'Name.Variable'],
      [rx(`(sub)(${SPACE})([\\w-]+)`), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Function')],
      [/C\{/, 'Comment.Preproc', 'inline_c'],
      [/\.?[a-z_][\w.-]*/i, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : FUNCTIONS.has(m[0]) ? 'Name.Function'
        : VARIABLES.has(m[0]) ? 'Name.Variable' : 'Text', m[0])],
      [rx(`(?:${NUMERIC})(?:ms|s|m|h|d|w|y)`), 'Num.Other'],
      [rx(NUMERIC), (lx, m) => lx.token(INTEGER.test(m[0]) || HEX_INTEGER.test(m[0]) ? 'Num.Integer' : 'Num.Float', m[0])],
      [/"/, 'Str.Double', 'string'],
      [/[&|+-]{2}|[<=>!*\/+-]=|<<|>>|!~|[-+*\/%><=!&|~]/, 'Operator'],
      [/[{}();.,]/, 'Punctuation'],
      [/\r\n?|\n/, 'Text'],
      [/./, 'Text'],
    ],
    string: [[/"/, 'Str.Double', '#pop'], [/\\[\\"nt]/, 'Str.Escape'], [/\r\n?|\n/, 'Str.Double'], [/./, 'Str.Double']],
    inline_c: [[/}C/, 'Comment.Preproc', '#pop'], [/.*?(?=}C)/s, (lx, m) => lx.delegate(c, m[0])]],
  },
};
