// Fixture runner: every fixtures/markdown/<case>/ holds input.md and the
// expected.html that real Jekyll wrote for it (ruby scripts/render-markdown-fixture.rb <case>,
// with the case's options.json, if any, as the `kramdown:` settings); a warnings.json (made
// with --warnings) holds kramdown's warnings, which the converter's must equal.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownConverter, markdownToHtml } from '../../lib/markdown/index.js';

const ROOT = path.join(process.cwd(), 'fixtures/markdown');
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, d.name, 'input.md')))
  .map((d) => d.name)
  .sort();

describe('fixtures/markdown', () => {
  test('has cases', () => expect(cases.length).toBeGreaterThan(0));
  test.each(cases)('%s', (name) => {
    const input = readFileSync(path.join(ROOT, name, 'input.md'), 'utf8');
    const expected = readFileSync(path.join(ROOT, name, 'expected.html'), 'utf8');
    const optionsFile = path.join(ROOT, name, 'options.json');
    const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
    expect(markdownToHtml(input, options)).toBe(expected);
    const warningsFile = path.join(ROOT, name, 'warnings.json');
    if (existsSync(warningsFile)) {
      const converter = createMarkdownConverter({ kramdown: options });
      converter.convert(input);
      expect(converter.warnings.map((w) => w.message)).toEqual(JSON.parse(readFileSync(warningsFile, 'utf8')));
    }
  });
});
