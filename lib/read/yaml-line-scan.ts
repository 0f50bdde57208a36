// One line of YAML read for its quoted scalars and comment, as the line-wise fix-ups before js-yaml
// need it (yaml-flow-lines.ts, yaml-line-separators.ts): `\` escapes in double quotes, `''` in single
// quotes, a `#` after a blank outside quotes starts a comment. Where a quote opens a scalar is the
// caller's rule (`opensQuote`); every other character outside quotes goes to `plain`.

export interface LineScan {
  /** The quoted scalar open at the end of the line (`"`, `'` or none). */
  quote: string;
  /** Where the scan stopped: a comment's `#`, or the line's length. */
  end: number;
}

export function scanYamlLine(line: string, open: string, opensQuote: (at: number) => boolean, plain?: (c: string, at: number) => void): LineScan {
  let quote = open;
  let j = 0;
  for (; j < line.length; j++) {
    const c = line[j]!;
    if (quote === '"') {
      if (c === '\\') j++;
      else if (c === '"') quote = '';
    } else if (quote === "'") {
      if (c === "'" && line[j + 1] === "'") j++;
      else if (c === "'") quote = '';
    } else if (c === '#' && (j === 0 || /\s/.test(line[j - 1]!))) {
      break;
    } else if ((c === '"' || c === "'") && opensQuote(j)) {
      quote = c;
    } else {
      plain?.(c, j);
    }
  }
  return { quote, end: j };
}
