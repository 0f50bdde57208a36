// Document::YAML_FRONT_MATTER_REGEXP cases, checked against sites/front-matter-yaml (crlf.md, dots.md, bom-prefixed.md, empty-front-matter.md).
import { hasYamlHeader, readFrontMatter, splitFrontMatter } from '../../lib/read/front-matter.js';

describe('splitFrontMatter', () => {
  test('dashes, with blank lines after the closing line dropped', () => {
    const s = splitFrontMatter('---\ntitle: A\n---\n\n\nBody\n');
    expect(s).toEqual({ yaml: '---\ntitle: A\n', content: 'Body\n', contentLine: 6 });
  });

  test('closed by dots', () => {
    expect(splitFrontMatter('---\ntitle: A\n...\nBody')?.content).toBe('Body');
  });

  test('CRLF', () => {
    const s = splitFrontMatter('---\r\nlayout: default\r\ntitle: CRLF file\r\n---\r\nThis page\r\n');
    expect(s?.content).toBe('This page\r\n');
    expect(s?.contentLine).toBe(5);
  });

  test('empty front matter', () => {
    expect(readFrontMatter('---\n---\nNo layout\n', 'e.md')).toEqual({ data: {}, content: 'No layout\n', contentLine: 3 });
  });

  test('not at the first byte: none', () => {
    expect(splitFrontMatter('\ufeff---\ntitle: BOM\n---\nx')).toBeNull();
    expect(hasYamlHeader('\ufeff---\ntitle: BOM\n---\nx')).toBe(false);
    expect(splitFrontMatter(' ---\na: 1\n---\n')).toBeNull();
    expect(splitFrontMatter('---\na: 1\nno closing line\n')).toBeNull();
    expect(hasYamlHeader('---  \nx')).toBe(true);
  });

  test('front matter that is not a mapping', () => {
    expect(() => readFrontMatter('---\n- a\n---\n', 'l.md')).toThrow('Invalid YAML front matter in l.md');
  });
});
