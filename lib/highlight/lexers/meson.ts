// Follows Rouge 3.30 lib/rouge/lexers/meson.rb (meson.build files).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { wordSet } from '../regex.js';

/** Meson's StringRegister: the open strings as [type (prefix letters), delimiter]. */
interface S { strings: [type: string, delim: string][] }
type L = Lexing<S>;

const KEYWORDS = wordSet('continue break elif else endif if true false foreach endforeach');
const VARIABLES = wordSet('meson host_machine build_machine target_machine');
const FUNCTIONS = wordSet(`add_global_arguments add_project_arguments add_global_link_arguments add_project_link_arguments
  add_test_setup add_languages alias_target assert benchmark both_libraries build_target configuration_data configure_file
  custom_target declare_dependency dependency disabler environment error executable generator gettext get_option
  get_variable files find_library find_program include_directories import install_data install_headers install_man
  install_subdir is_disabler is_variable jar join_paths library message option project run_target run_command set_variable
  subdir subdir_done subproject summary shared_library shared_module static_library test vcs_tag warning`);
const ID = '(?:[[:alpha:]_][[:alnum:]_]*)';
const last = (lx: L): [string, string] | undefined => lx.s.strings[lx.s.strings.length - 1];

export const meson: LexerDef<S> = {
  name: 'meson',
  init: () => ({ strings: [] }),
  states: {
    root: [
      [/\n+/s, 'Text'],
      [/[^\S\n]+/, 'Text'],
      [/#(.*)?\n?/, 'Comment.Single'],
      [/[\[\]{}:(),;.]/, 'Punctuation'],
      [/\\\n/, 'Text'],
      [/\\/, 'Text'],
      [/(in|and|or|not)\b/, 'Operator.Word'],
      [/[-+\/*%=<>]=?|!=/, 'Operator'],
      [/([f]?)('''|['])/i, (lx, m) => {
        lx.groups(m, 'Str.Affix', 'Str');
        lx.s.strings.push([m[1]!.toLowerCase(), m[2]!]);
        lx.push('generic_string');
      }],
      [rx(`(?<!\\.)${ID}\\b\\s*(?=\\()`), (lx, m) => lx.token(FUNCTIONS.has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
      [rx(`(?<!\\.)${ID}(?!\\s*?:)`), (lx, m) =>
        lx.token(VARIABLES.has(m[0]) ? 'Name.Builtin' : KEYWORDS.has(m[0]) ? 'Keyword' : 'Name', m[0])],
      [rx(ID), 'Name'],
      [/0b(_?[0-1])+/i, 'Num.Bin'],
      [/0o(_?[0-7])+/i, 'Num.Oct'],
      [/0x(_?[a-f0-9])+/i, 'Num.Hex'],
      [/([1-9](_?[0-9])*|0(_?0)*)/, 'Num.Integer'],
    ],
    generic_string: [
      [/[^'\\\@]+/, 'Str'],
      [/'''|[']/, (lx, m) => {
        lx.token('Str', m[0]);
        if (last(lx)?.[1] === m[0]) { lx.s.strings.pop(); lx.pop(); }
      }],
      [/(?=\\)/, 'Str', 'generic_escape'],
      [/\@/, (lx, m) => {
        if (last(lx)?.[0].includes('f')) { lx.token('Str.Interpol', m[0]); lx.push('generic_interpol'); }
        else lx.token('Str', m[0]);
      }],
    ],
    generic_escape: [
      [rx(String.raw`\\([\\abfnrtv']|N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`),
        'Str.Escape', '#pop'],
      [/\\./, 'Str', '#pop'],
    ],
    generic_interpol: [[/[^\@]+/, (lx, m) => lx.recurse(m[0])], [/\@/, 'Str.Interpol', '#pop']],
  },
};
