// Jekyll's {% highlight %} tag (with and without linenos) against real Jekyll: every
// tag-cases/<name>.liquid rendered as a page, expected <name>.html made by make-tag-cases.rb.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../liquid/helpers.js';

const CASES = join(process.cwd(), 'test/highlight/tag-cases');
const names = readdirSync(CASES).filter((f) => f.endsWith('.liquid')).map((f) => f.slice(0, -'.liquid'.length)).sort();

describe('highlight tag matches Jekyll', () => {
  test.each(names)('%s', (name) => {
    const input = readFileSync(join(CASES, `${name}.liquid`), 'utf8');
    expect(render(input)).toBe(readFileSync(join(CASES, `${name}.html`), 'utf8'));
  });
});
