// drop.rb#page_number: `format(site["seo_paginator_message"] || "Page %<current>s of %<total>s for ",
// current: current, total: total)`, Ruby's Kernel#format with a Hash as its one argument.
import { LiquidFailure } from '../../liquid/errors.js';
import { implicitName } from '../../liquid/filters/spaceship.js';
import { toS } from '../shared/values.js';

const SPEC = /%(?:(%)|\{(\w*)\}|([-+ 0#]*)(?:<(\w*)>)?([-+ 0#]*)(\d*)(?:\.(\d*))?(?:<(\w*)>)?([a-zA-Z]?))/g;

function fail(message: string): never {
  throw new LiquidFailure('plain', message);
}

/** Ruby's format(message, current:, total:) for the forms a message uses (%<k>s, %{k}, %d, %%...). */
export function paginatorMessage(message: unknown, current: unknown, total: unknown): string {
  if (typeof message !== 'string') fail(`no implicit conversion of ${implicitName(message)} into String`);
  const args: Record<string, unknown> = { current, total };
  let named = false;
  let unnamed = 0;
  return message.replace(SPEC, (whole, pct: string | undefined, brace: string | undefined, f1 = '', n1: string | undefined, f2 = '', width = '', prec: string | undefined, n2: string | undefined, type = '', at: number) => {
    if (pct) return '%';
    if (brace !== undefined) {
      if (unnamed > 0) fail(`named{${brace}} after unnumbered(${unnamed})`);
      named = true;
      if (!(brace in args)) fail(`key{${brace}} not found`);
      return toS(args[brace]);
    }
    if (type === '') fail(at + whole.length >= message.length ? 'incomplete format specifier; use %% (double %) instead' : `malformed format string - ${whole}`);
    const name = n1 ?? n2;
    const flags = f1 + f2;
    let value: unknown;
    if (name !== undefined) {
      if (unnamed > 0) fail(`named<${name}> after unnumbered(${unnamed})`);
      named = true;
      if (!(name in args)) fail(`key<${name}> not found`);
      value = args[name];
    } else {
      if (named) fail(`unnumbered(${unnamed + 1}) mixed with named`);
      if (++unnamed > 1) fail('too few arguments');
      value = args;
    }
    // the 0 flag pads numbers only
    return pad(convert(value, type, prec), type === 's' || type === 'p' ? flags.replace(/0/g, '') : flags, width);
  });
}

function convert(value: unknown, type: string, prec: string | undefined): string {
  const isArgs = typeof value === 'object' && value !== null;
  if (type === 's' || type === 'p') {
    const text = isArgs ? `{:current=>${toS((value as Record<string, unknown>).current)}, :total=>${toS((value as Record<string, unknown>).total)}}` : toS(value);
    return prec !== undefined ? text.slice(0, Number(prec) || 0) : text;
  }
  const float = 'feEgGaA'.includes(type);
  if (isArgs) fail(`can't convert Hash into ${float ? 'Float' : 'Integer'}`);
  const n = Number(value);
  if (float) return type === 'f' ? n.toFixed(prec === undefined ? 6 : Number(prec) || 0) : String(n);
  const i = Math.trunc(n);
  if (type === 'x') return i.toString(16);
  if (type === 'X') return i.toString(16).toUpperCase();
  if (type === 'o') return i.toString(8);
  if (type === 'b' || type === 'B') return i.toString(2);
  return String(i);
}

function pad(text: string, flags: string, width: string): string {
  let t = text;
  if (flags.includes('+') && /^\d/.test(t)) t = `+${t}`;
  else if (flags.includes(' ') && /^\d/.test(t)) t = ` ${t}`;
  const w = Number(width) || 0;
  if (t.length >= w) return t;
  if (flags.includes('-')) return t.padEnd(w);
  if (flags.includes('0') && /^[-+ ]?\d/.test(t)) {
    const sign = /^[-+ ]/.test(t) ? t[0]! : '';
    return sign + t.slice(sign.length).padStart(w - sign.length, '0');
  }
  return t.padStart(w);
}
