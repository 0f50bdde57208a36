// A `?` that begins an entry of a flow collection is a KEY indicator in libyaml whatever follows it
// (scanner.c yaml_parser_fetch_next_token: `?` in the flow context, or before a blank), so `[?b]`
// is [{"b"=>nil}] and `{?b: c}` is {"b"=>"c"}; js-yaml takes `?` as an indicator only before a
// blank and reads the plain scalar "?b". Such a `?` gets a space after it, which js-yaml reads as
// libyaml does. Checked against Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) in test/read/yaml-flow-key.test.ts.
import type jsyaml from 'js-yaml';
import { scanFlowCollections } from './yaml-flow-collections.js';

// Only a text with a `?` and no blank after it where a flow entry or value may begin is scanned
// (after a `:` or `?` it is an error: yaml-flow-scan.ts).
const BARE_FLOW_KEY = /[[{,:?][ \t\r\n]*\?[^ \t\r\n]/;
export const mayHaveBareFlowKey = (text: string): boolean => BARE_FLOW_KEY.test(text);

/** `text` with a space after each such `?`, or undefined when it has none. */
export function flowKeysSpaced(text: string, load: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown): string | undefined {
  const keys: number[] = [];
  scanFlowCollections(text, load, undefined, keys);
  if (keys.length === 0) return undefined;
  let out = '';
  let from = 0;
  for (const at of keys) {
    out += `${text.slice(from, at + 1)} `;
    from = at + 1;
  }
  return out + text.slice(from);
}
