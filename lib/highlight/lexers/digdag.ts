// Follows Rouge 3.30 lib/rouge/lexers/digdag.rb: YAML with digdag's operators (`sh>:`, `_do:`)
// prepended to block_nodes.
import { rx, type LexerDef } from '../engine.js';
import { rubyEscape } from '../regex.js';
import { setIndent, yaml, type YamlState } from './yaml.js';

const OPERATORS = `call require loop for_each if fail echo td td_run td_ddl td_load td_for_each td_wait td_wait_table
  td_partial_delete td_table_export pg mail http s3_wait redshift redshift_load redshift_unload emr gcs_wait bq bq_ddl
  bq_extract bq_load sh py rb embulk`.split(/\s+/).map((w) => `${w}>`);
// Regexp.union of the words (each escaped).
const KEYWORD = [...OPERATORS, '_do', '_parallel'].map(rubyEscape).join('|');

export const digdag: LexerDef<YamlState> = {
  ...yaml,
  name: 'digdag',
  aliases: [],
  states: {
    ...yaml.states,
    block_nodes: [
      [rx(`(${KEYWORD})(:)(?=\\s|$)`), (lx, m) => {
        lx.groups(m, 'Keyword.Reserved', 'Punctuation.Indicator');
        setIndent(lx, m[0], true);
      }],
      ...yaml.states['block_nodes']!,
    ],
  },
};
