// Follows Rouge 3.30 lib/rouge/lexers/ecl.rb (word lists generated from Rouge with ruby -rrouge). Its (?i:...)
// groups are spelled out in both cases (JavaScript has no inline flags).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const CLASS_FIRST = wordSet(`
  file date str math metaphone metaphone3 uni audit blas system`);
const CLASS_SECOND = wordSet(`
  debug email job log thorlib util workunit`);
const FUNCTIONS = wordSet(`
  abs acos aggregate allnodes apply ascii asin asstring atan _token ave case catch choose choosen choosesets
  clustersize combine correlation cos cosh count covariance cron dataset dedup define denormalize dictionary
  distribute distributed distribution ebcdic enth error evaluate event eventextra eventname exists exp
  failcode failmessage fetch fromunicode fromxml getenv getisvalid global graph group hash hashcrc having
  httpcall httpheader if iff index intformat isvalid iterate join keyunicode length library limit ln local log
  loop map matched matchlength matchposition matchtext matchunicode max merge mergejoin min nofold nolocal
  nonempty normalize parse pipe power preload process project pull random range rank ranked realformat
  recordof regexfind regexreplace regroup rejected rollup round roundup row rowdiff sample set sin sinh sizeof
  soapcall sort sorted sqrt stepped stored sum table tan tanh thisnode topn tounicode toxml transfer transform
  trim truncate typeof ungroup unicodeorder variance which workunit xmldecode xmlencode xmltext xmlunicode
  assert build buildindex fail keydiff keypatch loadxml nothor notify output parallel sequential wait`);
const KEYWORDS = wordSet(`
  and or in not all any as from atmost before best between case const counter csv descend encrypt end endmacro
  enum except exclusive expire export extend fail few first flat full function functionmacro group heading
  hole ifblock import joined keep keyed last left limit load local locale lookup many maxcount maxlength
  _token module interface named nocase noroot noscan nosort of only opt outer overwrite packed partition
  penalty physicallength pipe quote record repeat return right rows scan self separator service shared skew
  skip sql store terminator thor threshold token transform trim type unicodeorder unsorted validate virtual
  whole wild within xml xpath after cluster compressed compression default encoding escape fileposition
  forward grouped inner internal linkcounted literal lzw mofn multiple namespace wnotrim noxpath onfail
  prefetch retry rowset scope smart soapaction stable timelimit timeout unordered unstable update use width`);
const TEMPLATE = wordSet(`
  append apply break constant debug declare demangle else elseif end endregion error expand export exportxml
  for forall getdatatype if ifdefined inmodule isdefined isvalid line link loop mangle onwarning option region
  set stored text trace uniquename warning webservice workunit loadxml`);
const TYPE = wordSet(`
  ascii big_endian boolean data decimal ebcdic grouped integer linkcounted pattern qstring real record rule
  set of streamed string token udecimal unicode utf8 unsigned varstring varunicode`);
const TYPED = wordSet(`
  data string qstring varstring varunicode unicode utf8`);

/** A case-insensitive spelling of a lowercase word (Ruby's (?i:word)). */
const ci = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

export const ecl: LexerDef = {
  name: 'ecl',
  states: {
    single_quote: [
      [/[xDQUV]?'([^'\\]*(?:\\.[^'\\]*)*)'/, 'Str.Single'],
      [/\\(x\\h{2}|[0-2][0-7]{,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$)/, 'Text'],
    ],
    inline_whitespace: [[/[ \t\r]+/, 'Text'], [/\\\n/, 'Text'], [/\/[*].*?[*]\//s, 'Comment.Multiline']],
    whitespace: [[/\n+/, 'Text'], [/\/\/.*/, 'Comment.Single'], { mixin: 'inline_whitespace' }],
    root: [
      { mixin: 'whitespace' },
      { mixin: 'single_quote' },
      [rx(`\\b(?:(${['and', 'not', 'or', 'in'].map(ci).join('|')}))\\b`), 'Operator.Word'],
      [/[:=|>|<|<>|\/|\\|\+|-|=]/, 'Operator'],
      [/[\[\]{}();,\&,\.,\%]/, 'Punctuation'],
      [rx(`\\b(?:(${ci('beginc')}\\+\\+.*?${ci('endc')}\\+\\+))`, 'm'), 'Str.Single'],
      [rx(`\\b(?:(${ci('embed')}.*?${ci('endembed')}))`, 'm'), 'Str.Single'],
      [/\b(\w+)\.(\w+)\.(\w+)/, (lx, m) =>
        lx.token(m[1] === 'std' && CLASS_FIRST.has(m[2]!) && CLASS_SECOND.has(m[3]!) ? 'Name.Class' : 'Name.Variable', m[0])],
      [rx(`\\b(?:([uU])?${ci('decimal')})(\\d+(_\\d+)?)\\b`), 'Keyword.Type'],
      [/\d+\.\d+(e[\+\-]?\d+)?/i, 'Num.Float'],
      [/x[0-9a-f]+/i, 'Num.Hex'],
      [/0x[0-9a-f]+/i, 'Num.Hex'],
      [/0[0-9a-f]+x/i, 'Num.Hex'],
      [/0[bB][01]+/, 'Num.Bin'],
      [/[01]+[bB]/, 'Num.Bin'],
      [/\d+/, 'Num.Integer'],
      [/(#?)\b([a-z_][\w]*?)(\d*)\b/i, (lx, m) => {
        const nameOnly = m[2]!.toLowerCase();
        const name = nameOnly + m[3];
        const number = m[3] === '' ? null : Number.parseInt(m[3]!, 10);
        let tok: string;
        if (m[1] === '#') tok = TEMPLATE.has(name) ? 'Keyword.Type' : 'Error';
        else if (TYPED.has(nameOnly) && number !== null) tok = 'Keyword.Type';
        else if (TYPE.has(name)) tok = 'Keyword.Type';
        else if (KEYWORDS.has(name)) tok = 'Keyword';
        else if (FUNCTIONS.has(name)) tok = 'Name.Function';
        else if ((nameOnly === 'integer' || nameOnly === 'unsigned') && number !== null && number >= 1 && number <= 8) tok = 'Keyword.Type';
        else if (nameOnly === 'real' && (number === 4 || number === 8)) tok = 'Keyword.Type';
        else if (name === 'true' || name === 'false') tok = 'Keyword.Constant';
        else tok = 'Name.Other';
        lx.token(tok, m[0]);
      }],
    ],
  },
};
