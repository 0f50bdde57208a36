// fixtures/liquid/oracle-3: Ruby Liquid's lax reading (Jekyll's default error_mode: warn),
// its tokenizer, string filters given arrays, replace escapes, sort of hashes and counters
// across documents, as real Jekyll 4.3.1 rendered the site; rebuilt here in memory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/memory-source.js';

const dir = new URL('../../fixtures/liquid/oracle-3/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

function siteFiles(root: URL, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(root)) {
    const url = new URL(name, root);
    if (statSync(url).isDirectory()) Object.assign(files, siteFiles(new URL(`${name}/`, root), `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(url, 'utf8');
  }
  return files;
}

// Known differences, with their reason (none left: X2, Range#to_s and Ruby's lookups, now matches).
const KNOWN = new Set<string>([]);

const rows = (html: string): string[] => html.split(/\n(?=[A-Z]\d )/);

describe('Ruby Liquid lax reading (oracle-3)', () => {
  let out: string[] = [];
  let warnings: string[] = [];
  beforeAll(async () => {
    const result = await renderSite({ source: memorySource(siteFiles(new URL('site/', dir)), '/site'), write: false });
    const index = result.files.find((f) => f.path === 'index.html')!;
    out = rows(index.contents as string);
    warnings = result.diagnostics.map((d) => d.message);
  });

  const expected = rows(read('expected.html'));
  test.each(expected.filter((line) => !KNOWN.has(line.slice(0, 2))).map((line) => [line.slice(0, 2), line]))('%s', (key, line) => {
    expect(out.find((x) => x.startsWith(key as string))).toBe(line);
  });

  test('the same warnings as Jekyll (its logger squeezes whitespace)', () => {
    const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const jekyll = read('expected-warnings.txt').split('\n').filter(Boolean);
    expect(warnings.filter((w) => w.startsWith('Liquid Warning')).map(squeeze)).toEqual(jekyll.map(squeeze));
  });
});
