// The flow collections of a YAML text as libyaml's scanner reads them (yaml-flow-scan.ts), found by
// js-yaml's own parse: where it opened each collection, outermost first; a collection inside one
// already scanned is skipped. Shared by the bare `-` (yaml-flow-dash.ts) and bare `?` (yaml-flow-key.ts) readers.
import type jsyaml from 'js-yaml';
import { nodeStartAt } from './yaml-flow-colon.js';
import { flowKeyAllowed, scanFlowTokens } from './yaml-flow-scan.js';

/** Scans each flow collection that `load` (js-yaml's parse with this listener) opens, noting bare dashes and bare keys. */
export function scanFlowCollections(text: string, load: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown, dashes?: number[], bareKeys?: number[]): void {
  const starts: number[] = [];
  try {
    load((event, state) => {
      if (event === 'open') starts.push(state.position);
    });
  } catch {
    // the failure may be what is looked for: the collections opened before it are scanned
  }
  let scannedTo = -1;
  for (const open of starts) {
    const start = nodeStartAt(text, open);
    if (start <= scannedTo || (text[start] !== '[' && text[start] !== '{')) continue;
    scannedTo = scanFlowTokens(text, start, flowKeyAllowed(text, start), dashes, bareKeys).end;
  }
}
