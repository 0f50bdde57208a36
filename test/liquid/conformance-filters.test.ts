// The Liquid output of the filters-jekyll conformance pages (HTML pages: no Markdown),
// rendered from their sources and looked up in the output real Jekyll wrote.
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { RubyFloat } from '../../lib/liquid/index.js';
import { JekyllTime } from '../../lib/time/index.js';
import { liquid, SITE_TIME } from './helpers.js';

const SITES = '/work/shared/conformance/sites/filters-jekyll/';
const EXPECTED = '/work/shared/conformance/expected/filters-jekyll/';
const available = existsSync(SITES) && existsSync(EXPECTED);

/** What the reader gives Liquid: times as JekyllTime, `3.0` as a RubyFloat. */
function load(path: string): [Record<string, unknown>, string] {
  const src = readFileSync(path, 'utf8').replace(/\b3\.0\b/, '"__float3"');
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src)!;
  const fix = (v: unknown): unknown => {
    if (v === '__float3') return new RubyFloat(3);
    if (v instanceof Date) return new JekyllTime(v.getTime(), 0);
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
    return v;
  };
  return [fix(yaml.load(fm!)) as Record<string, unknown>, body!];
}

const pages: Array<[string, string, string]> = [
  ['arrays.html', 'arrays.html', ''],
  ['dates.html', 'dates.html', ''],
  ['escaping.html', 'escaping.html', ''],
  ['raw-output.html', 'raw-output.html', ''],
  ['slugify.html', 'slugify.html', ''],
  ['urls.html', 'url-filters/index.html', '/url-filters/'],
];

(available ? describe : describe.skip)('filters-jekyll pages', () => {
  const books = available ? yaml.load(readFileSync(SITES + '_data/books.yml', 'utf8')) : [];
  const posts = ['2022-03-13-post-3.md', '2022-02-12-post-2.md', '2022-01-11-post-1.md'].map((f) => {
    const [data] = load(SITES + '_posts/' + f);
    const m = /(\d+)-(\d+)-(\d+) (\d+):(\d+)/.exec(String(data.date))!;
    return { ...data, date: new JekyllTime(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!), 0) };
  });
  const l = liquid({ config: { url: 'https://filters.example.com', baseurl: '/docs/v2' } });
  test.each(pages)('%s', (source, output, url) => {
    const [page, body] = load(SITES + source);
    if (url) page.url = url;
    const out = l.render(l.parse(body, source), { page, site: { data: { books }, posts, time: SITE_TIME } });
    const expected = readFileSync(EXPECTED + output, 'utf8');
    // Known difference: smartify is the Markdown stage's SmartyPants (a stub in these tests)
    const ours = out.replace(/^smartify: .*$/m, '');
    const theirs = expected.replace(/^smartify: .*$/m, '');
    expect(theirs).toContain(ours.trim());
  });
});
