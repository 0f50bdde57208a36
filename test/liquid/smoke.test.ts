import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { JekyllTime } from '../../lib/time/index.js';
import { liquid } from './helpers.js';

function fix(v: unknown): unknown {
  if (v instanceof Date) return new JekyllTime(v.getTime(), 0);
  if (Array.isArray(v)) return v.map(fix);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
  return v;
}
function load(path: string): [Record<string, unknown>, string] {
  const src = readFileSync(path, 'utf8');
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src)!;
  return [fix(yaml.load(fm!)) as Record<string, unknown>, body!];
}

test('smoke filters-jekyll', () => {
  const dir = '/work/shared/conformance/sites/filters-jekyll/';
  const books = yaml.load(readFileSync(dir + '_data/books.yml', 'utf8'));
  const posts = ['2022-03-13-post-3.md', '2022-02-12-post-2.md', '2022-01-11-post-1.md'].map((f) => load(dir + '_posts/' + f)[0]);
  const l = liquid({ config: { url: 'https://filters.example.com', baseurl: '/docs/v2' } });
  for (const f of (process.env.PAGES ?? 'arrays.html,dates.html,escaping.html,raw-output.html,slugify.html,urls.html,text.md').split(',')) {
    const [page, body] = load(dir + f);
    if (f === 'urls.html') page.url = '/url-filters/';
    const site = { data: { books }, posts, time: new JekyllTime(1767225600000, 0) };
    console.log(l.render(l.parse(body, f), { page, site }));
  }
});
