// Follows Rouge 3.30 lib/rouge/lexers/fortran.rb (free-form Fortran 2008).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`abstract allocatable allocate assign assignment associate asynchronous backspace bind block blockdata call
  case class close codimension common concurrent contains contiguous continue critical cycle data deallocate
  deferred dimension do elemental else elseif elsewhere end endassociate endblock endblockdata enddo endenum
  endfile endforall endfunction endif endinterface endmodule endprogram endselect endsubmodule endsubroutine
  endtype endwhere endwhile entry enum enumerator equivalence exit extends external final flush forall format
  function generic goto if implicit import in include inout inquire intent interface intrinsic is lock module
  namelist non_overridable none nopass nullify only open operator optional out parameter pass pause pointer
  print private procedure program protected public pure read recursive result return rewind save select
  selectcase sequence stop submodule subroutine target then type unlock use value volatile wait where while
  write`);
const TYPES = wordSet(`character complex doubleprecision integer logical real`);
const INTRINSICS = wordSet(`abs achar acos acosh adjustl adjustr aimag aint all allocated anint any asin asinh associated atan atan2 atanh
  atomic_define atomic_ref bessel_j0 bessel_j1 bessel_jn bessel_y0 bessel_y1 bessel_yn bge bgt bit_size ble blt
  btest c_associated c_f_pointer c_f_procpointer c_funloc c_loc c_sizeof ceiling char cmplx
  command_argument_count compiler_options compiler_version conjg cos cosh count cpu_time cshift date_and_time
  dble digits dim dot_product dprod dshiftl dshiftr eoshift epsilon erf erfc_scaled erfc execute_command_line
  exp exponent extends_type_of findloc floor fraction gamma get_command_argument get_command
  get_environment_variable huge hypot iachar iall iand iany ibclr ibits ibset ichar ieee_class ieee_copy_sign
  ieee_get_flag ieee_get_halting_mode ieee_get_rounding_mode ieee_get_status ieee_get_underflow_mode
  ieee_is_finite ieee_is_nan ieee_is_normal ieee_logb ieee_next_after ieee_rem ieee_rint ieee_scalb
  ieee_selected_real_kind ieee_set_flag ieee_set_halting_mode ieee_set_rounding_mode ieee_set_status
  ieee_set_underflow_mode ieee_support_datatype ieee_support_denormal ieee_support_divide ieee_support_flag
  ieee_support_halting ieee_support_inf ieee_support_io ieee_support_nan ieee_support_rounding ieee_support_sqrt
  ieee_support_standard ieee_support_underflow_control ieee_unordered ieee_value ieor image_index index int ior
  iparity is_contiguous is_iostat_end is_iostat_eor ishft ishftc kind lbound lcobound leadz len_trim len lge lgt
  lle llt log_gamma log log10 logical maskl maskr matmul max maxexponent maxloc maxval merge_bits merge min
  minexponent minloc minval mod modulo move_alloc mvbits nearest new_line nint norm2 not null num_images pack
  parity popcnt poppar present product radix random_number random_seed range real repeat reshape rrspacing
  same_type_as scale scan selected_char_kind selected_int_kind selected_real_kind set_exponent shape shifta
  shiftl shiftr sign sin sinh size spacing spread sqrt storage_size sum system_clock tan tanh this_image tiny
  trailz transfer transpose trim ubound ucobound unpack verify`);

// Rouge's `name` and `exponent` are /i regexes, case-insensitive wherever they are interpolated.
const NAME = '[A-Za-z][_A-Za-z0-9]*';
const KIND_PARAM = String.raw`(\d+|${NAME})`;
const EXPONENT = String.raw`[EDed][+-]?\d+`;

export const fortran: LexerDef = {
  name: 'fortran',
  states: {
    root: [
      [/[\s]+/, 'Text.Whitespace'],
      [/!.*$/, 'Comment.Single'],
      [/^#.*$/, 'Comment.Preproc'],
      [/::|[()\/;,:&\[\]]/, 'Punctuation'],
      [/^(\s*)([0-9]+)\b/, (lx, m) => lx.groups(m, 'Text.Whitespace', 'Name.Label')],
      [/\b(FORMAT)(\s*)(\()/i, (lx, m) => { lx.groups(m, 'Keyword', 'Text.Whitespace', 'Punctuation'); lx.push('format_spec'); }],
      [rx(String.raw`[+-]?((\d+[.]\d*|[.]\d+)(${EXPONENT})?|\d+${EXPONENT})(_${KIND_PARAM})?`, 'i'), 'Num.Float'],
      [rx(String.raw`[+-]?\d+(_${KIND_PARAM})?`, 'i'), 'Num.Integer'],
      [/B'[01]+'|B"[01]+"/i, 'Num.Bin'],
      [/O'[0-7]+'|O"[0-7]+"/i, 'Num.Oct'],
      [/Z'[0-9A-F]+'|Z"[0-9A-F]+"/i, 'Num.Hex'],
      [rx(`(${KIND_PARAM}_)?'`), 'Str.Single', 'string_single'],
      [rx(`(${KIND_PARAM}_)?"`), 'Str.Double', 'string_double'],
      [rx(`[.](TRUE|FALSE)[.](_${KIND_PARAM})?`, 'i'), 'Keyword.Constant'],
      [/\*\*|\/\/|==|\/=|<=|>=|=>|[-+*\/<>=%]/, 'Operator'],
      [/\.(?:EQ|NE|LT|LE|GT|GE|NOT|AND|OR|EQV|NEQV|[A-Z]+)\./i, 'Operator.Word'],
      [/double\s+precision\b/i, 'Keyword.Type'],
      [/go\s+to\b/i, 'Keyword'],
      [/sync\s+(all|images|memory)\b/i, 'Keyword'],
      [/error\s+stop\b/i, 'Keyword'],
      [rx(NAME), (lx, m) => {
        const word = m[0].toLowerCase();
        lx.token(KEYWORDS.has(word) ? 'Keyword' : TYPES.has(word) ? 'Keyword.Type' : INTRINSICS.has(word) ? 'Name.Builtin' : 'Name', m[0]);
      }],
    ],
    string_single: [
      [/[^']+/, 'Str.Single'],
      [/''/, 'Str.Escape'],
      [/'/, 'Str.Single', '#pop'],
    ],
    string_double: [
      [/[^"]+/, 'Str.Double'],
      [/""/, 'Str.Escape'],
      [/"/, 'Str.Double', '#pop'],
    ],
    format_spec: [
      [/'/, 'Str.Single', 'string_single'],
      [/"/, 'Str.Double', 'string_double'],
      [/\(/, 'Punctuation', 'format_spec'],
      [/\)/, 'Punctuation', '#pop'],
      [/,/, 'Punctuation'],
      [/[\s]+/, 'Text.Whitespace'],
      [/[^\s'"(),]+/, 'Literal'],
    ],
  },
};
