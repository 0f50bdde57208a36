// Every case in cases/<lang>/ against the output of real Rouge 3.30 (made by make-cases.rb).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightCode, supportedLanguages } from '../../lib/highlight/index.js';

const CASES = join(process.cwd(), 'test/highlight/cases');
const supported = new Set(supportedLanguages());

const rows: [string, string, string][] = [];
for (const folder of readdirSync(CASES).sort()) {
  const lang = folder.replace('__', '?');
  const name = lang.split('?')[0]!;
  if (name !== 'guess' && !supported.has(name)) continue; // guess: Lexer.guess picks the lexer (guess.ts)
  for (const file of readdirSync(join(CASES, folder)).sort()) {
    if (file.endsWith('.html')) continue;
    rows.push([lang, join(folder, file), join(folder, file.replace(/\.[^.]+$/, '.html'))]);
  }
}

describe('highlightCode matches Rouge', () => {
  test.each(rows)('%s: %s', (lang, input, expected) => {
    const code = readFileSync(join(CASES, input), 'utf8');
    expect(highlightCode(code, lang)).toBe(readFileSync(join(CASES, expected), 'utf8'));
  });
});

describe('highlightCode', () => {
  test('returns null for a language without a lexer', () => {
    expect(highlightCode('x', 'no-such-language')).toBeNull();
  });
});
