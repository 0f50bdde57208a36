// libyaml's scanner refuses, inside a flow collection, a plain scalar with a `:` right before one of
// `,?[]{}` (`[a:]`, `tags: [a:}`, `{a: b:]`): "found unexpected ':' while scanning a plain scalar",
// at the scalar's start (libyaml scanner.c yaml_parser_scan_plain_scalar; Psych names the context
// mark). js-yaml reads `[a:]` as a key with no value and `[a:}` as a missed comma. Checked against
// Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) on each variant in test/read/yaml-psych-error.test.ts.
import jsyaml from 'js-yaml';
import { place } from './yaml-lines.js';
import { flowKeyAllowed, scanFlowTokens } from './yaml-flow-scan.js';

export const FLOW_COLON_REASON = "found unexpected ':' while scanning a plain scalar";
export const FLOW_NODE_REASON = 'did not find expected node content while parsing a flow node';

// Only a text holding such a pair is scanned (the build's common texts never are), or a `:` that
// may begin a token inside a flow collection (`[:s]`, `{a: :b}`): libyaml 0.2.5 reads it there as
// a value indicator however it is followed (yaml_parser_fetch_next_token), where no node may begin.
const COLON_BEFORE_FLOW = /:[,?[\]{}]/;
const COLON_STARTS_TOKEN = /[[{,\s]:(?![\s,[\]{}])/;
export const mayHaveFlowColon = (text: string): boolean => COLON_BEFORE_FLOW.test(text) || (COLON_STARTS_TOKEN.test(text) && /[[{]/.test(text));

const isBlank = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The error for the first such scalar in a flow collection of `text`, unless js-yaml stops before it
 * (that error is the first one then). `load` reads `text` with a listener: it shows where the flow
 * collections begin (a `[` or `{` where a node opens), so that block scalars and quotes are no concern here.
 */
export function flowColonError(text: string, load: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown): jsyaml.YAMLException | undefined {
  const starts: number[] = [];
  let stoppedAt = Infinity;
  try {
    load((event, state) => {
      if (event === 'open') starts.push(state.position);
    });
  } catch (e) {
    if (e instanceof jsyaml.YAMLException && e.mark) stoppedAt = e.mark.position;
  }
  let scannedTo = -1;
  for (const open of starts) {
    const start = nodeStartAt(text, open);
    if (start <= scannedTo || (text[start] !== '[' && text[start] !== '{')) continue;
    const found = scanFlowTokens(text, start, flowKeyAllowed(text, start));
    // js-yaml's own error first, where it stops before libyaml's (a refused scalar read ahead
    // past a `- ` the parser stops at is libyaml's first: yaml-flow-scan.ts)
    const first = found.node ?? found.colon;
    if (first !== undefined && first > stoppedAt) return undefined;
    if (found.colon !== undefined) return problemAt(text, FLOW_COLON_REASON, found.colon);
    if (found.node !== undefined) return problemAt(text, FLOW_NODE_REASON, found.node);
    scannedTo = found.end;
  }
  return undefined;
}

function problemAt(text: string, reason: string, position: number): jsyaml.YAMLException {
  const { line, column } = place(text, position);
  return new jsyaml.YAMLException(reason, { name: null, buffer: text, position, line, column, snippet: null } as never);
}

/** Past spaces, breaks, comments, tags and anchors: where the node opened at `from` begins. */
export function nodeStartAt(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if ((c === '!' || c === '&') && i + 1 < text.length) while (i < text.length && !isBlank(text[i])) i++;
    else return i;
  }
}
