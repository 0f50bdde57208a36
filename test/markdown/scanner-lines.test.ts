// The scanner's pattern-free line steps give what scan() of kramdown's patterns gives:
// skipLine is PARAGRAPH_MATCH (`^.*?\n`), scanBlank is BLANK_LINE (`(?:^\s*\n)+`, Ruby's \s).
import { Scanner } from '../../lib/markdown/kramdown/scanner.js';
import { R } from '../../lib/markdown/kramdown/regex.js';
import { BLANK_LINE } from '../../lib/markdown/kramdown/patterns.js';

const PARAGRAPH_MATCH = R('^.*?\\n');
const PIECES = ['\n', ' ', '\t', '\r', '\x0b', '\f', '\u00a0', '\u3000', 'a', '\u2028', '😀', '\n\n', ' \n'];

function* texts(): Generator<string> {
  for (const a of PIECES) for (const b of PIECES) for (const c of PIECES) for (const d of ['', 'x', '\n']) yield a + b + c + d;
}

describe('pattern-free line steps of the scanner', () => {
  test('scanBlank is scan(BLANK_LINE), skipLine is scan(PARAGRAPH_MATCH), at every position', () => {
    for (const text of texts()) {
      for (let pos = 0; pos <= text.length; pos++) {
        const a = new Scanner(text);
        const b = new Scanner(text);
        a.pos = pos;
        b.pos = pos;
        expect({ text, pos, blank: a.scanBlank(), at: a.pos }).toEqual({ text, pos, blank: b.scan(BLANK_LINE), at: b.pos });
        a.pos = pos;
        b.pos = pos;
        const end = a.skipLine();
        const line = b.scan(PARAGRAPH_MATCH);
        expect({ text, pos, line: end === -1 ? null : text.slice(pos, end), at: a.pos }).toEqual({ text, pos, line, at: b.pos });
      }
    }
  });
});
