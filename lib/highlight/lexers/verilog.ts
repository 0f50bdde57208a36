// Follows Rouge 3.30 lib/rouge/lexers/verilog.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const KEYWORDS = wordSet(`alias always always_comb always_ff always_latch assert assert_strobe assign assume automatic attribute
  before begin bind bins binsof break case casex casez clocking config constraint context continue cover
  covergroup coverpoint cross deassign defparam default design dist do else end endattribute endcase endclass
  endclocking endconfig endfunction endgenerate endgroup endinterface endmodule endpackage endprimitive
  endprogram endproperty endspecify endsequence endtable endtask expect export extends extern final
  first_match for force foreach fork forkjoin forever function generate genvar if iff ifnone ignore_bins
  illegal_bins import incdir include initial inside instance interface intersect join join_any join_none
  liblist library local localparam matches module modport new noshowcancelled null package parameter primitive
  priority program property protected pulsestyle_onevent pulsestyle_ondetect pure rand randc randcase
  randsequence release return sequence showcancelled solve specify super table task this throughout
  timeprecision timeunit type typedef unique use wait wait_order while wildcard with within`);
const TYPES = wordSet(`and bit buf bufif0 bufif1 byte cell chandle class cmos const disable edge enum event highz0 highz1 initial
  inout input int integer join logic longint macromodule medium nand negedge nmos nor not notif0 notif1 or
  output packed parameter pmos posedge pull0 pull1 pulldown pullup rcmos real realtime ref reg repeat rnmos
  rpmos rtran rtranif0 rtranif1 scalared shortint shortreal signed specparam static string strength strong0
  strong1 struct supply0 supply1 tagged time tran tranif0 tranif1 tri tri0 tri1 triand trior trireg union
  unsigned uwire var vectored virtual void wait wand weak[01] wire wor xnor xor`);
const SYSTEM_TASKS = wordSet(`acos acosh asin asinh assertfailoff assertfailon assertkill assertnonvacuouson assertoff asserton
  assertpassoff assertpasson assertvacuousoff atan atan2 atanh bits bitstoreal bitstoshortreal cast ceil
  changed changed_gclk changing_gclk clog2 cos cosh countones coverage_control coverage_get coverage_get_max
  coverage_merge coverage_save dimensions display displayb displayh displayo dist_chi_square dist_erlang
  dist_exponential dist_normal dist_poisson dist_t dist_uniform dumpall dumpfile dumpflush dumplimit dumpoff
  dumpon dumpports dumpportsall dumpportsflush dumpportslimit dumpportsoff dumpportson dumpvars error exit exp
  falling_gclk fclose fdisplay fdisplayb fdisplayh fdisplayo fell fell_gclk feof ferror fflush fgetc fgets
  finish floor fmonitor fmonitorb fmonitorh fmonitoro fopen fread fscanf fseek fstrobe fstrobeb fstrobeh
  fstrobeo ftell future_gclk fwrite fwriteb fwriteh fwriteo get_coverage high hypot increment info isunbounded
  isunknown itor left ln load_coverage_db log10 low monitor monitorb monitorh monitoro monitoroff monitoron
  onehot onehot0 past past_gclk pow printtimescale q_add q_exam q_full q_initialize q_remove random readmemb
  readmemh realtime realtobits rewind right rising_gclk rose rose_gclk rtoi sampled set_coverage_db_name
  sformat sformatf shortrealtobits signed sin sinh size sqrt sscanf stable stable_gclk steady_gclk stime stop
  strobe strobeb strobeh strobeo swrite swriteb swriteh swriteo system tan tanh time timeformat typename
  ungetc unpacked_dimensions unsigned warning write writeb writeh writememb writememh writeo`);

export const verilog: LexerDef = {
  name: 'verilog',
  states: {
    expr_bol: [{ mixin: 'inline_whitespace' }, [/`define/, 'Comment.Preproc', 'macro'], [/(?:)/, (lx) => lx.pop()]],
    bol: [[rx(`${ID}:(?!:)`), 'Name.Label'], { mixin: 'expr_bol' }],
    inline_whitespace: [
      [/[ \t\r]+/, 'Text'],
      [/\\\n/, 'Text'],
      [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline'],
    ],
    whitespace: [[/\n+/, 'Text', 'bol'], [/\/\/(\\.|.)*?$/, 'Comment.Single', 'bol'], { mixin: 'inline_whitespace' }],
    expr_whitespace: [[/\n+/, 'Text', 'expr_bol'], { mixin: 'whitespace' }],
    string: [
      [/"/, 'Str', '#pop'],
      [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'Str.Escape'],
      [/[^\\"\n]+/, 'Str'],
      [/\\\n/, 'Str'],
      [/\\/, 'Str'],
    ],
    statement: [
      { mixin: 'whitespace' },
      [/L?"/, 'Str', 'string'],
      [/([0-9_]+\.[0-9_]*|[0-9_]*\.[0-9_]+)(e[+-]?[0-9_]+)?/i, 'Num.Float'],
      [/[0-9_]+e[+-]?[0-9_]+/i, 'Num.Float'],
      [/[0-9]*'h[0-9a-fA-F_?]+/, 'Num.Hex'],
      [/[0-9]*'b?[01xz_?]+/, 'Num.Bin'],
      [/[0-9]*'d[0-9_?]+/, 'Num.Integer'],
      [/[0-9_]+[lu]*/i, 'Num.Integer'],
      [/[-~!%^&*+=|?:<>\/@{}]/, 'Operator'],
      [/[()\[\],.$#;]/, 'Punctuation'],
      [/`(\w+)/, 'Comment.Preproc'],
      [rx(ID), (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : TYPES.has(w) ? 'Keyword.Type' : SYSTEM_TASKS.has(w) ? 'Name.Builtin' : 'Name', w);
      }],
    ],
    root: [{ mixin: 'expr_whitespace' }, [/(?:)/, (lx) => lx.push('statement')]],
    macro: [
      [/\n/, 'Comment.Preproc', '#pop'],
      { mixin: 'inline_whitespace' },
      [/;/, 'Punctuation'],
      [/=/, 'Operator'],
      [/(\w+)/, 'Text'],
    ],
  },
};
