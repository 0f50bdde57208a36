// Follows Rouge 3.30 lib/rouge/lexers/erlang.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt('after begin case catch cond end fun if let of query receive try when');
const BUILTINS = wordAlt(`abs append_element apply atom_to_list binary_to_list bitstring_to_list binary_to_term
  bit_size bump_reductions byte_size cancel_timer check_process_code delete_module demonitor disconnect_node display
  element erase exit float float_to_list fun_info fun_to_list function_exported garbage_collect get get_keys
  group_leader hash hd integer_to_list iolist_to_binary iolist_size is_atom is_binary is_bitstring is_boolean
  is_builtin is_float is_function is_integer is_list is_number is_pid is_port is_process_alive is_record is_reference
  is_tuple length link list_to_atom list_to_binary list_to_bitstring list_to_existing_atom list_to_float
  list_to_integer list_to_pid list_to_tuple load_module localtime_to_universaltime make_tuple md5 md5_final md5_update
  memory module_loaded monitor monitor_node node nodes open_port phash phash2 pid_to_list port_close port_command
  port_connect port_control port_call port_info port_to_list process_display process_flag process_info purge_module
  put read_timer ref_to_list register resume_process round send send_after send_nosuspend set_cookie setelement size
  spawn spawn_link spawn_monitor spawn_opt split_binary start_timer statistics suspend_process system_flag system_info
  system_monitor system_profile term_to_binary tl trace trace_delivered trace_info trace_pattern trunc tuple_size
  tuple_to_list universaltime_to_localtime unlink unregister whereis`);
const WORD_OPERATORS = wordAlt('and andalso band bnot bor bsl bsr bxor div not or orelse rem xor');
const ATOM = String.raw`(?:[a-z][a-zA-Z0-9_]*|'[^\n']*[^\\]')`;
const VARIABLE = '(?:[A-Z_][a-zA-Z0-9_]*)';
const ESCAPE = String.raw`(?:\\(?:[bdefnrstv'"\\/]|[0-7][0-7]?[0-7]?|\^[a-zA-Z]))`;
const MACRO = `(?:${VARIABLE}|${ATOM})`;
const BASE = '(?:[2-9]|[12][0-9]|3[0-6])';

export const erlang: LexerDef = {
  name: 'erlang',
  aliases: ['erl'],
  states: {
    root: [
      [/\s+/, 'Text'],
      [/%.*\n/, 'Comment'],
      [rx(`(${KEYWORDS})\\b`), 'Keyword'],
      [rx(`(${BUILTINS})\\b`), 'Name.Builtin'],
      [rx(`(${WORD_OPERATORS})\\b`), 'Operator.Word'],
      [/^-/, 'Punctuation', 'directive'],
      [/(\+\+?|--?|\*|\/|<|>|\/=|=:=|=\/=|=<|>=|==?|<-|!|\?)/, 'Operator'],
      [/"/, 'Str', 'string'],
      [/<</, 'Name.Label'],
      [/>>/, 'Name.Label'],
      [rx(`(${ATOM})(:)`), (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation')],
      [rx(`(?:^|(?<=:))(${ATOM})(\\s*)(\\()`), (lx, m) => lx.groups(m, 'Name.Function', 'Text', 'Punctuation')],
      [rx(`[+-]?${BASE}#[0-9a-zA-Z]+`), 'Num.Integer'],
      [/[+-]?\d+/, 'Num.Integer'],
      [/[+-]?\d+.\d+/, 'Num.Float'],
      [/[\]\[:_@".{}()|;,]/, 'Punctuation'],
      [rx(VARIABLE), 'Name.Variable'],
      [rx(ATOM), 'Name'],
      [rx(`\\?${MACRO}`), 'Name.Constant'],
      [rx(`\\$(?:${ESCAPE}|\\\\[ %]|[^\\\\])`), 'Str.Char'],
      [rx(`#${ATOM}(:?\\.${ATOM})?`), 'Name.Label'],
    ],
    string: [
      [rx(ESCAPE), 'Str.Escape'],
      [/"/, 'Str', '#pop'],
      [/~[0-9.*]*[~#+bBcdefginpPswWxX]/, 'Str.Interpol'],
      [/[^"\\~]+/, 'Str'],
      [/~/, 'Str'],
    ],
    directive: [
      [rx(`(define)(\\s*)(\\()(${MACRO})`), (lx, m) => { lx.groups(m, 'Name.Entity', 'Text', 'Punctuation', 'Name.Constant'); lx.pop(); }],
      [rx(`(record)(\\s*)(\\()(${MACRO})`), (lx, m) => { lx.groups(m, 'Name.Entity', 'Text', 'Punctuation', 'Name.Label'); lx.pop(); }],
      [rx(ATOM), 'Name.Entity', '#pop'],
    ],
  },
};
