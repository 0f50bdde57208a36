// Follows Rouge 3.30 lib/rouge/lexers/cmake.rb.
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { wordSet } from '../regex.js';

interface S { bracketLen: number }
/** CMake::STATES_MAP: the token of a plain character, by the current state. */
const STATES_MAP: Readonly<Record<string, string>> = {
  root: 'Text', bracket_string: 'Str.Double', quoted_argument: 'Str.Double',
  bracket_comment: 'Comment.Multiline', variable_reference: 'Name.Variable',
};
const current = (lx: Lexing<S>): string => STATES_MAP[lx.stack[lx.stack.length - 1]!.name]!;
const BUILTIN_COMMANDS = wordSet(`add_compile_definitions add_compile_options add_custom_command add_custom_target add_definitions
  add_dependencies add_executable add_library add_link_options add_subdirectory add_test aux_source_directory
  break build_command build_name cmake_host_system_information cmake_language cmake_minimum_required
  cmake_parse_arguments cmake_policy configure_file create_test_sourcelist define_property else elseif
  enable_language enable_testing endforeach endfunction endif endmacro endwhile exec_program execute_process
  export export_library_dependencies file find_file find_library find_package find_path find_program
  fltk_wrap_ui foreach function get_cmake_property get_directory_property get_filename_component get_property
  get_source_file_property get_target_property get_test_property if include include_directories
  include_external_msproject include_guard include_regular_expression install install_files install_programs
  install_targets link_directories link_libraries list load_cache load_command macro make_directory
  mark_as_advanced math message option output_required_files project qt_wrap_cpp qt_wrap_ui remove
  remove_definitions return separate_arguments set set_directory_properties set_property
  set_source_files_properties set_target_properties set_tests_properties site_name source_group string
  subdir_depends subdirs target_compile_definitions target_compile_features target_compile_options
  target_include_directories target_link_directories target_link_libraries target_link_options
  target_precompile_headers target_sources try_compile try_run unset use_mangled_mesa utility_source
  variable_requires variable_watch while write_file`);
const BRACKET_OPEN = String.raw`\[=*\[`;

export const cmake: LexerDef<S> = {
  name: 'cmake',
  init: () => ({ bracketLen: 0 }),
  states: {
    default: [
      [/\r\n?|\n/, (lx, m) => lx.token(current(lx), m[0])],
      [/./, (lx, m) => lx.token(current(lx), m[0])],
    ],
    variable_interpolation: [[/\$\{/, 'Str.Interpol', 'variable_reference']],
    bracket_close: [
      [/\]=*\]/, (lx, m) => {
        lx.token(current(lx), m[0]);
        if (m[0].length === lx.s.bracketLen) lx.goto('root');
      }],
    ],
    root: [
      { mixin: 'variable_interpolation' },
      [/[ \t]/, 'Text'],
      [/[()]/, 'Punctuation'],
      [rx(`#${BRACKET_OPEN}`), (lx, m) => { lx.token('Comment.Multiline', m[0]); lx.s.bracketLen = m[0].length - 1; lx.goto('bracket_comment'); }],
      [rx(BRACKET_OPEN), (lx, m) => { lx.token('Str.Double', m[0]); lx.s.bracketLen = m[0].length; lx.goto('bracket_string'); }],
      [/\\"/, 'Text'],
      [/"/, 'Str.Double', 'quoted_argument'],
      [/([A-Za-z_][A-Za-z0-9_]*)([ \t]*)(\()/, (lx, m) =>
        lx.groups(m, BUILTIN_COMMANDS.has(m[1]!) ? 'Name.Builtin' : 'Name.Function', 'Text', 'Punctuation')],
      [/#.*/, 'Comment.Single'],
      { mixin: 'default' },
    ],
    bracket_string: [{ mixin: 'bracket_close' }, { mixin: 'variable_interpolation' }, { mixin: 'default' }],
    bracket_comment: [{ mixin: 'bracket_close' }, { mixin: 'default' }],
    variable_reference: [{ mixin: 'variable_interpolation' }, [/}/, 'Str.Interpol', '#pop'], { mixin: 'default' }],
    quoted_argument: [
      { mixin: 'variable_interpolation' },
      [/"/, 'Str.Double', 'root'], // sic: pushes :root
      [/\\[()#" \\$@^trn;]/, 'Str.Escape'],
      { mixin: 'default' },
    ],
  },
};
