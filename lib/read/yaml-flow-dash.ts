// A `-` that a flow indicator follows (`[-]`, `[a, -]`, `{a: -}`) is the plain scalar "-" in
// libyaml, whose scanner takes `-` as an indicator only before a blank (scanner.c
// yaml_parser_fetch_next_token); js-yaml refuses it ("missed comma"). Where js-yaml has failed,
// such dashes are read again as a placeholder of the same length, which becomes "-" in the value.
// Checked against Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) in test/read/yaml-psych-error.test.ts.
import type jsyaml from 'js-yaml';
import { scanFlowCollections } from './yaml-flow-collections.js';
import { RubyHash } from '../values/ruby-hash.js';

const PLACEHOLDER = '\uE000';

/** `text` with the flow collections' bare dashes as placeholders, or undefined when it has none. */
export function flowDashesReplaced(text: string, load: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown): string | undefined {
  const dashes: number[] = [];
  scanFlowCollections(text, load, dashes);
  if (dashes.length === 0) return undefined;
  const chars = text.split('');
  for (const at of dashes) chars[at] = PLACEHOLDER;
  return chars.join('');
}

/** The value read from flowDashesReplaced's text, each placeholder scalar "-" again. */
export function restoreFlowDashes<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = value[i] === PLACEHOLDER ? '-' : restoreFlowDashes(value[i], seen);
  } else if (value instanceof RubyHash) {
    // a mapping with keys that are no strings (`{~: -}`, `{1: -}`): its entries again, in their order
    const entries = value.entries().map(([k, v]) => [k === PLACEHOLDER ? '-' : restoreFlowDashes(k, seen), v === PLACEHOLDER ? '-' : restoreFlowDashes(v, seen)] as const);
    for (const [k] of value.entries()) value.delete(k);
    for (const [k, v] of entries) value.set(k, v);
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = record[key] === PLACEHOLDER ? '-' : restoreFlowDashes(record[key], seen);
  }
  return value;
}
