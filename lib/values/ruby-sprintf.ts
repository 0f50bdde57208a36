// Ruby's Kernel#sprintf with one Integer argument (sprintf.c), as Rouge's HTMLTable formats each
// line number through kramdown's `line_format` option: flags, width, precision, `N$` positions,
// and the errors Ruby raises for a format that needs more than that one argument.

/** Ruby's ArgumentError from sprintf, with Ruby's message. */
export class RubySprintfError extends Error {}

// %[flags][width][.precision]conversion, flags and `N$` in any order before the width.
const DIRECTIVE = /%((?:[-+ 0#]|\d+\$)*)(\d+)?(?:\.(\d*))?([a-zA-Z%]?)/y;

/** sprintf(format, n) for an Integer n (a line number). Throws RubySprintfError as Ruby raises. */
export function rubySprintfInteger(format: string, n: number): string {
  let out = '';
  let unnumbered = 0;
  let numbered = false;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) { out += format.slice(i); break; }
    out += format.slice(i, pct);
    if (pct === format.length - 1) throw new RubySprintfError('incomplete format specifier; use %% (double %) instead');
    const next = format[pct + 1];
    if (next === '%') { out += '%'; i = pct + 2; continue; }
    if (next === '{' || next === '<') throw new RubySprintfError('one hash required');
    if (next === '*') throw new RubySprintfError('too few arguments');
    DIRECTIVE.lastIndex = pct;
    const m = DIRECTIVE.exec(format)!;
    const [, flagText, width, precision, conv] = m;
    const end = m.index + m[0].length;
    if (!conv) {
      if (end < format.length) throw new RubySprintfError(`malformed format string - %${format[end]}`);
      throw new RubySprintfError(width === undefined ? 'invalid format character - %' : 'malformed format string - %*[0-9]');
    }
    const position = /(\d+)\$/.exec(flagText!);
    if (position) {
      if (unnumbered > 0) throw new RubySprintfError(`numbered(${position[1]}) after unnumbered(${unnumbered})`);
      if (Number(position[1]) !== 1) throw new RubySprintfError('too few arguments');
      numbered = true;
    } else {
      // Each unnumbered directive takes the next argument: there is only one.
      if (numbered) throw new RubySprintfError(`unnumbered(${unnumbered + 1}) mixed with numbered`);
      if (++unnumbered > 1) throw new RubySprintfError('too few arguments');
    }
    out += directive(conv, flagText!.replace(/\d+\$/g, ''), width === undefined ? 0 : Number(width), precision, n);
    i = end;
  }
  return out;
}

function directive(conv: string, flags: string, width: number, precision: string | undefined, n: number): string {
  const left = flags.includes('-');
  const prec = precision === undefined ? undefined : Number(precision || 0);
  const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const abs = Math.abs(n);
  switch (conv) {
    case 'd': case 'i': case 'u':
      return number(sign, '', String(abs), flags, width, prec, left);
    case 'x': case 'X': case 'o': case 'b': case 'B': {
      const radix = conv === 'o' ? 8 : conv === 'b' || conv === 'B' ? 2 : 16;
      let digits = abs.toString(radix);
      if (conv === 'X') digits = digits.toUpperCase();
      // '#': 0x / 0X / 0b / 0B before a non-zero value; octal gets a leading 0.
      const prefix = !flags.includes('#') || abs === 0 ? '' : conv === 'o' ? '0' : `0${conv}`;
      return number(sign, prefix, digits, flags, width, prec, left);
    }
    case 's': case 'p': {
      const text = prec === undefined ? String(n) : String(n).slice(0, prec);
      return pad(text, width, left, ' ');
    }
    case 'f':
      return number(sign, '', abs.toFixed(prec ?? 6), flags, width, undefined, left);
    case 'e': case 'E': {
      const [mantissa, exp] = abs.toExponential(prec ?? 6).split('e') as [string, string];
      const e = `e${exp[0]}${exp.slice(1).padStart(2, '0')}`;
      return number(sign, '', mantissa + (conv === 'E' ? e.toUpperCase() : e), flags, width, undefined, left);
    }
    case 'c':
      return pad(String.fromCodePoint(n), width, left, ' ');
    default:
      throw new RubySprintfError(`malformed format string - %${conv}`);
  }
}

// An integer's digits with its precision (minimum digits), then the width: '0' pads after the
// sign and prefix unless '-' or a precision is given, as sprintf.c does.
function number(sign: string, prefix: string, digits: string, flags: string, width: number, prec: number | undefined, left: boolean): string {
  if (prec !== undefined) digits = digits.padStart(prec, '0');
  if (!left && prec === undefined && flags.includes('0')) return sign + prefix + digits.padStart(width - sign.length - prefix.length, '0');
  return pad(sign + prefix + digits, width, left, ' ');
}

function pad(text: string, width: number, left: boolean, fill: string): string {
  return left ? text.padEnd(width, fill) : text.padStart(width, fill);
}
