// A document's front matter key named as one of Jekyll::Drops::Drop's public methods: Drop#[]
// calls the method before it reads the data (drops/drop.rb). Jekyll 4.3.1 stops with
// "Liquid Exception: wrong number of arguments (given 0, expected 1..2) in .../_posts/..." for
// `fetch:`, and "stack level too deep" for `count:`, `sort:`, `min:`, `max:`, `to_hash:` and `hash_for_json:`; a page (a Hash) prints its data. The keys,
// first and content_methods cases are in fixtures/sites/fid21-drop-method-keys.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (front: string, body: string) =>
  renderSite({ source: memorySource({ '_config.yml': 'title: t\n', '_posts/2020-01-01-a.md': `---\n${front}\n---\nplain\n\n${body}\n`, 'index.html': `---\n${front}\n---\n${body}\n` }), write: false, env: FIXED_ENV });

test.each([
  ['fetch: F', '{{ page.fetch }}', 'wrong number of arguments (given 0, expected 1..2)'],
  ['merge: M', '{{ page.merge }}', 'wrong number of arguments (given 0, expected 1)'],
  // raised in a filter: Liquid's Strainer turns the ArgumentError into a Liquid::ArgumentError with its line
  ['fetch: F', '{{ page | jsonify }}', 'Liquid error (line 3): wrong number of arguments (given 0, expected 1..2)'],
  ['count: C', '{{ page.count }}', 'stack level too deep'],
  // Enumerable#sort/min/max, Drop#to_hash and DocumentDrop#hash_for_json go through Drop#each too
  ['sort: 3', '{{ page.sort }}', 'stack level too deep'],
  ['min: 1', '{{ page["min"] }}', 'stack level too deep'],
  ['max: 9', '{{ page.max }}', 'stack level too deep'],
  ['to_hash: h', '{{ page.to_hash }}', 'stack level too deep'],
  ['hash_for_json: h', '{{ page.hash_for_json }}', 'stack level too deep'],
  // Those read every key's value in order (Drop#each, Drop#to_h): a `fetch:` before them fails first
  ['fetch: F\ncount: C', '{{ page.count }}', 'wrong number of arguments (given 0, expected 1..2)'],
  ['count: C\nfetch: F', '{{ page.count }}', 'stack level too deep'],
  // DocumentDrop#collapse_document(doc), and Drop#each_key's Enumerator (no to_liquid), with or without such a key
  ['x: 1', '{{ page.collapse_document }}', 'wrong number of arguments (given 0, expected 1)'],
  ['collapse_document: c', '{{ page.collapse_document }}', 'wrong number of arguments (given 0, expected 1)'],
  [
    'each_key: e',
    '{{ page.each_key }}',
    'undefined method `to_liquid\' for #<Enumerator: ["name", "id", "relative_path", "excerpt", "title", "categories", "collection", "next", "tags", "previous", "content", "output", "path", "url", "date", "draft", "each_key", "slug", "ext"]:each>',
  ],
  // Liquid::Drop#to_liquid is the drop: in JSON it holds itself until the json gem's max_nesting
  ['to_liquid: t', '{{ page | jsonify }}', 'nesting of 100 is too deep'],
])('a document with %s: %s raises', async (front, body, message) => {
  await expect(build(front, body)).rejects.toThrow(`Liquid Exception: ${message} in _posts/2020-01-01-a.md`);
});

test('a document\'s to_liquid is the document itself, with or without that key (checked with Jekyll 4.3.1)', async () => {
  for (const front of ['to_liquid: t\ntitle: T', 'title: T']) {
    const r = await build(front, '[{{ page.to_liquid.title }} {{ page["to_liquid"].url }}]');
    const post = Buffer.from(r.files.find((f) => f.path.endsWith('a.html'))!.contents).toString();
    expect(post).toContain('[T /2020/01/01/a.html]');
  }
});

test('a page is a Hash: its data is read', async () => {
  const page = await renderSite({ source: memorySource({ '_config.yml': '', 'index.html': '---\nfetch: F\nmerge: M\n---\n[{{ page.fetch }}][{{ page.merge }}]\n' }), write: false, env: FIXED_ENV });
  expect(Buffer.from(page.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('[F][M]\n');
});
