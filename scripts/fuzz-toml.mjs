#!/usr/bin/env node
// Differential fuzzing of kyll's TOML reader (lib/config/toml.ts) against Tomlrb 1.3.0, which Jekyll
// 4.3.1 reads `_config.toml` / `--config x.toml` with: random TOML texts (TOML 1.0 as written, and
// what Tomlrb reads its own way: keys given twice, tables reopened, `[a]` over a value or an array,
// `[[a]]` after `a = [...]`, dotted and quoted keys, odd numbers, dates out of range, escapes,
// multi-line strings, `a =` with no value, `[a.]`, `[]`, newlines inside and between statements).
// Each text is read by both: the values are compared as a plain Ruby inspect (scripts/toml-oracle.rb
// renders Tomlrb's, this kyll's the same way), and any exception in Ruby must be a TomlError in kyll
// ("refused"), an ArgumentError one (Jekyll warns and reads on without the file) where Ruby's is an
// ArgumentError; a TomlError where Ruby reads a value, or another exception, is a difference. Each difference is reduced to the fewest lines that still show it and printed.
//
//   npm run build && node scripts/fuzz-toml.mjs [--seed S] [--seeds N] [--count N] [--max N]
//   --stats: what Tomlrb refused the texts for, counted
//   node scripts/fuzz-toml.mjs --try 'a = 1.'     (one text, both readings printed)
//
// --seeds N runs seeds S..S+N-1, --count texts each (default 100). Needs Ruby with tomlrb 1.3.0.
// Seeds 4101-4199 x 100 texts: 2,832 differences with the TOML 1.0 reader kyll had, 0 now.
// Known differences, not generated: a `-00:00` date whose fields roll over (Ruby keeps them as
// written for a UTC time), the nil key of `[[]]` (the oracle leaves it out; kyll keeps it aside).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandLine, mixedRandom, reduceLines, ROOT, rubyOracle } from './fuzz-common.mjs';

const { opt } = commandLine();
const firstSeed = Number(opt('seed', 4101));
const seeds = Number(opt('seeds', 1));
const count = Number(opt('count', 100));
const maxCases = Number(opt('max', 20));
const tryText = opt('try');
const stats = process.argv.includes('--stats');
const reasons = new Map();

// --dist DIR: read with another build of kyll (an older one, to count what a change fixed).
const dist = (p) => import(pathToFileURL(path.join(opt('dist', path.join(ROOT, 'dist')), p)).href);
const { parseToml, TomlError } = await dist('config/toml.js');
const { RubyFloat } = await dist('values/ruby-float.js');
const { rubyKeys } = await dist('values/typed-keys.js');
const { strftime } = await dist('liquid/ruby/strftime.js');

// --- kyll's reading, rendered as toml-oracle.rb renders Tomlrb's ------------------------------
function render(v) {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
  if (typeof v === 'string') {
    return `"${[...v].map((c) => (c.codePointAt(0) >= 0x20 && c.codePointAt(0) <= 0x7e && c !== '"' && c !== '\\' ? c : `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`)).join('')}"`;
  }
  if (v instanceof RubyFloat) return String(v);
  if (v instanceof Date) return `Time(${strftime(v, '%Y-%m-%d %H:%M:%S %z')} ${v.nanosecond}${v.isUtc ? ' UTC' : ''})`;
  if (typeof v === 'object') return `{${rubyKeys(v).map((k) => `${render(k)}=>${render(v[k])}`).join(', ')}}`;
  return String(v);
}

function kyll(text) {
  try {
    return { value: render(parseToml(text)) };
  } catch (e) {
    return e instanceof TomlError ? { error: e.message, argumentError: e.isArgumentError } : { crash: `${e.name}: ${e.message}` };
  }
}

const oracle = rubyOracle('toml-oracle.rb');

/** What each read, and whether they agree. */
async function compare(text) {
  const ruby = await oracle.ask(text);
  const ours = kyll(text);
  // An ArgumentError Jekyll rescues (a warning, the build goes on without the file), any other stops it.
  const rubyArgumentError = ruby.error?.startsWith('ArgumentError: ');
  const same = !ours.crash && (ruby.error !== undefined ? ours.error !== undefined && ours.argumentError === rubyArgumentError : ours.value === ruby.value);
  return { same, ruby, ours };
}

// --- the texts ---------------------------------------------------------------------------------
function generator(r) {
  const { int, pick } = r;
  // A text is clean (few oddities: most of what Tomlrb reads) or wild; `odd(p)` is rarer in a clean one.
  let wild = false;
  const chance = (p) => r.chance(p);
  const odd = (p) => r.chance(wild ? p : p / 8);
  const BARE = ['a', 'b', 'c', 'x', 'title', 'a-b', 'a_b', '_', '1', '2', '10', '-1', '+1', '01', '1_0', 'true', 'false', 'inf', 'nan', 'info', 'truex', 'e5', '1e5', '1.5', '__proto__', 'constructor', 'Z'];
  const QUOTED = ['"a"', '"b"', '"a.b"', '"a\\"b"', '"a\\nb"', '""', "''", "'a'", "'x y'", '"é"', "'a\"b'", '"1"', '"a b"', '"\\u0061"'];
  const key = () => (!odd(0.3) ? pick(BARE.slice(0, 6)) : chance(0.5) ? pick(BARE) : pick(QUOTED));
  const path = () => {
    const n = chance(0.5) ? 1 : chance(0.7) ? 2 : 3;
    return Array.from({ length: n }, key).join(pick(['.', '.', ' . ']));
  };
  const digits = (n) => Array.from({ length: n }, () => int(10)).join('');
  const two = (max) => String(int(max)).padStart(2, '0');
  const ws = () => pick([' ', ' ', '', '  ', '\t', '\n', ' # c\n']);
  const INTS = ['0', '1', '-1', '+5', '1_000', '1__0', '01', '00', '-0', '+0', '0x1F', '0o17', '0b11', '9223372036854775807', '9223372036854775808', '-9223372036854775809', '12345678901234567890', '1_', '_1', '1-2', '123abc'];
  const FLOATS = ['1.0', '1.', '.5', '-.5', '1e5', '1E+5', '1e-5', '1.5e-3', '1_0.5', '_1.5', '1__0.5', '1_.5', '1._5', '1.5_', '1.5e_5', '1e5_5', '1.e5', '1e', '-_.', '_.', 'inf', '+inf', '-inf', 'nan', '+nan', '-nan', '-0.0', '+0.0', '1e400', '-1e400', '1e-400', '0.1', '3.14159265358979323846', '00.5', '1.5.3', '6.02e23', '1e+', '1.5e5.5'];
  const ESC = ['\\n', '\\t', '\\"', '\\\\', '\\b', '\\f', '\\r', '\\u00e9', '\\U0001F600', '\\u12', '\\x', '\\ ', '\\uD800', '\\U00110000', '\\u0000', '\\/', '\\e', '\\U0000004A', 'é', '"', "'", '#', '\\'];
  const word = () => pick(['x', 'hello', 'a b', '', 'ünï', '=', '[a]', '{', ',', '#no', '1.5', 'true']);
  const str = () => {
    switch (int(7)) {
      case 0:
      case 1:
        return `"${Array.from({ length: int(3) + 1 }, () => (chance(0.4) ? pick(odd(0.5) ? ESC : ESC.slice(0, 8)) : word())).join('')}"`;
      case 2:
        return `'${Array.from({ length: int(3) + 1 }, () => (chance(0.2) ? pick(['\\', '\\n', '"', "\\'"]) : word())).join('')}'`;
      case 3: {
        const parts = Array.from({ length: int(4) + 1 }, () => pick([word(), pick(ESC), '\n', '\\\n  ', '\\\n', '\\  \n', '\r\n', '"', '""', ' \\\n\n  x']));
        return `"""${pick(['', '\n', '\r\n'])}${parts.join('')}${pick(['', '"', '""'])}"""${odd(0.5) ? pick(['"', '""']) : ''}`;
      }
      case 4: {
        const parts = Array.from({ length: int(4) + 1 }, () => pick([word(), '\n', "'", "''", '\\', '\\n', '"""']));
        return `'''${pick(['', '\n'])}${parts.join('')}'''${odd(0.3) ? "'" : ''}`;
      }
      case 5:
        return pick(['""', "''", '""""""', "''''''", '"a', "'a", '"a\\"', "'a\\'", '"""a', '"a\nb"']);
      default:
        return `"${word()}"`;
    }
  };
  const date = () => {
    const y = !odd(0.1) ? pick(['1979', '2021', '2000', '0000', '1900', '9999', '-0001']) : digits(4);
    const m = !odd(0.15) ? pick(['01', '02', '05', '12', '04']) : pick(['00', '13', '99']);
    const d = !odd(0.15) ? pick(['01', '27', '28', '29', '30', '31']) : pick(['00', '32', '99']);
    let s = `${y}-${m}-${d}`;
    let rolls = Number(d) > 28;
    if (chance(0.7)) {
      const sep = odd(0.3) ? pick(['t', '\n', '  ', '_']) : pick(['T', ' ']);
      const h = !odd(0.1) ? pick(['00', '07', '12', '23', two(24)]) : pick(['24', '25']);
      const mi = !odd(0.1) ? pick(['00', '32', '59']) : pick(['60', '99']);
      const se = !odd(0.1) ? pick(['00', '30', '59']) : pick(['60', '61']);
      const frac = chance(0.3) ? `.${pick(['5', '999999', '1', '123456789', '0000001', '9999999999', digits(int(12) + 1)])}` : '';
      rolls ||= h === '24' || se === '60';
      s += odd(0.1) ? `${sep}${h}:${mi}` : `${sep}${h}:${mi}:${se}${frac}`;
    }
    // Known difference (left): Time.new(..., "-00:00") (a UTC time) keeps the fields as given
    // unnormalized (Feb 31, 24:00 shown as 23:00, a 60th second), where kyll rolls them over.
    if (chance(0.5)) s += odd(0.3) ? pick(['z', '+24:00', '+01:60', '+1:00']) : pick(['Z', '+00:00', rolls ? '+00:00' : '-00:00', '-07:00', '+05:30', '+23:59', '-12:00']);
    return s;
  };
  const scalar = () => {
    switch (int(9)) {
      case 0:
        return odd(0.5) ? pick(INTS) : pick(INTS.slice(0, 6));
      case 1:
        return odd(0.5) ? pick(FLOATS) : pick(['1.0', '1.', '1e5', '-0.0', '0.1', 'inf', '1_0.5']);
      case 2:
        return chance(0.5) ? `${chance(0.3) ? '-' : ''}${digits(int(25) + 1)}` : `${digits(int(4) + 1)}.${digits(int(20) + 1)}${chance(0.3) ? `e${pick(['', '-', '+'])}${int(330)}` : ''}`;
      case 3:
        return odd(0.3) ? pick(['True', 'trueish', 'false x = 1']) : pick(['true', 'false']);
      case 4:
        return date();
      case 5:
        return odd(0.5) ? pick(['07:32:00', '07:32:00.5', '00:00:00']) : `"${word()}"`;
      case 6:
        return !odd(0.15) ? str() : '';
      default:
        return str();
    }
  };
  const value = (depth = 0) => {
    if (depth < 3 && chance(0.15)) {
      const items = Array.from({ length: int(4) }, () => (chance(0.05) ? '' : value(depth + 1)));
      return `[${ws()}${items.join(`,${ws()}`)}${chance(0.2) ? ',' : ''}${ws()}]`;
    }
    if (depth < 3 && chance(0.12)) {
      const items = Array.from({ length: int(4) }, () => `${chance(0.85) ? pick(BARE.slice(0, 6)) : chance(0.5) ? path() : pick(QUOTED)}${pick([' = ', '=', ' ='])}${chance(0.05) ? '' : value(depth + 1)}`);
      return `{${pick([' ', ''])}${items.join(pick([', ', ',']))}${chance(0.1) ? ',' : ''}${pick([' ', ''])}}`;
    }
    return scalar();
  };
  const header = () => {
    if (odd(0.08)) return pick(['[]', '[[]]', '[a.]', '[a]]', '[[a]', '[ [a] ]', '[1.5]', '[1]', '[true]', '[.a]', '[a..b]', '[2021-01-01]', '[a b]', '["a"."b"]', "['a\"b']", '[["a.b"]]']);
    const p = path();
    return chance(0.35) ? `[[${p}]]` : `[${p}]`;
  };
  const statement = () => {
    const n = int(20);
    if (n < 4) return header();
    if (n < 5) return `# ${word()}`;
    if (n < 6) return odd(0.6) ? pick(['{ a = 1 }', 'a = 1 b = 2', '= 1', 'a', 'a = ', 'a ==1', 'a = 1,', 'a = [', ']']) : '';
    const k = !odd(0.15) ? key() : path();
    return `${k}${pick([' = ', '=', ' =', ' =\t'])}${value()}${chance(0.1) ? ' # note' : ''}`;
  };
  // Tokens in any order, to try the grammar: most such texts are refused, some are read oddly.
  const soup = () => {
    const parts = ['[', ']', '[', ']', '{', '}', '=', '=', '=', ',', '.', '\n', ' ', '# c\n'];
    return Array.from({ length: int(20) + 3 }, () => (chance(0.4) ? key() : chance(0.3) ? scalar() : pick(parts))).join(pick(['', ' ', ' ']));
  };
  return () => {
    if (chance(0.15)) return soup();
    wild = chance(0.3);
    const lines = Array.from({ length: int(8) + 1 }, statement);
    const nl = chance(0.1) ? '\r\n' : '\n';
    return (odd(0.05) ? '\uFEFF' : '') + lines.join(nl) + (chance(0.5) ? '\n' : '');
  };
}

// --- the run --------------------------------------------------------------------------------------
if (tryText !== undefined) {
  const text = tryText.replace(/\\n/g, '\n');
  console.log('tomlrb:', JSON.stringify(await oracle.ask(text)));
  console.log('kyll:  ', JSON.stringify(kyll(text)));
  oracle.end();
} else {
  let cases = 0;
  let found = 0;
  let refused = 0;
  for (let seed = firstSeed; seed < firstSeed + seeds && found < maxCases; seed++) {
    const next = generator(mixedRandom('toml', seed));
    for (let k = 0; k < count && found < maxCases; k++) {
      const text = next();
      cases++;
      const diff = await compare(text);
      if (diff.same) {
        if (diff.ruby.error !== undefined) refused++;
        if (diff.ruby.error !== undefined && stats) {
          const why = diff.ruby.error.replace(/value ".*" \(/, 'value (').replace(/ for .*$/, '').slice(0, 70);
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
          if (process.argv.includes('--show') && why.includes(opt('show'))) console.log(JSON.stringify(text), diff.ruby.error);
        }
        continue;
      }
      found++;
      const reduced = await reduceLines(text, async (t) => !(await compare(t)).same);
      const d = await compare(reduced);
      console.log(`--- seed ${seed} text ${k}:\n${reduced}\n    tomlrb: ${JSON.stringify(d.ruby)}\n    kyll:   ${JSON.stringify(d.ours)}`);
    }
  }
  if (stats) for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${why}`);
  console.log(`${cases} texts (${refused} refused by both), ${found} differences`);
  oracle.end();
  process.exitCode = found > 0 ? 1 : 0;
}
