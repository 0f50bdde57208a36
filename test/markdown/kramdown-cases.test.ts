// kramdown's own test cases as Jekyll 4.3.1 renders them (../shared/conformance/kramdown):
// every case listed in kramdown-passing.json must stay identical or equivalent.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from '../../lib/markdown/index.js';
import { collapse, HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';

interface Case { id: string; input: string; expected: string }

const passing: string[] = JSON.parse(readFileSync(path.join(process.cwd(), 'test/markdown/kramdown-passing.json'), 'utf8'));

if (!HAS_SHARED) {
  test.skip(`kramdown conformance cases: ${KRAMDOWN_CASES} not found (needs the shared checkout next to the repo)`, () => {});
} else {
  const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: Case[] };
  const results = new Map<string, 'identical' | 'equivalent' | 'failing'>();
  for (const c of manifest.cases) {
    const input = readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8');
    const expected = readFileSync(path.join(KRAMDOWN_CASES, c.expected), 'utf8');
    let actual: string;
    try {
      actual = markdownToHtml(input);
    } catch {
      results.set(c.id, 'failing');
      continue;
    }
    results.set(c.id, actual === expected ? 'identical' : collapse(actual) === collapse(expected) ? 'equivalent' : 'failing');
  }

  describe('kramdown conformance cases', () => {
    test.each(passing)('%s still passes', (id) => {
      expect(results.get(id)).toMatch(/^(identical|equivalent)$/);
    });

    test('the passing list names only existing cases', () => {
      for (const id of passing) expect(results.has(id)).toBe(true);
    });

    test('at least 90% of all cases are byte-identical', () => {
      const identical = [...results.values()].filter((r) => r === 'identical').length;
      expect(identical / results.size).toBeGreaterThanOrEqual(0.9);
      const newlyPassing = [...results].filter(([id, r]) => r !== 'failing' && !passing.includes(id)).map(([id]) => id);
      if (newlyPassing.length > 0) console.log(`Cases passing but not yet in kramdown-passing.json: ${newlyPassing.join(', ')}`);
    });
  });
}
