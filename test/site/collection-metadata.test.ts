// A collection whose `collections:` entry is no mapping (`x: "text"`): Collection#metadata keeps
// the value, and Jekyll 4.3.1 fails where it reads it (collection.rb). Each message below is the
// one real Jekyll 4.3.1 stopped with for the same site (`jekyll build`, checked in session 43).
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (entry: string, files: Record<string, string>) =>
  renderSite({ source: memorySource({ '_config.yml': `collections:\n  x: ${entry}\n`, 'index.html': '---\n---\nhi\n', ...files }), write: false, env: FIXED_ENV });

test('a text entry with no documents builds', async () => {
  const result = await build('"text"', {});
  expect(result.files.map((f) => f.path)).toEqual(['index.html']);
});

test("a text entry with a document stops the build where Site#cleanup asks Document#write?", async () => {
  await expect(build('"text"', { '_x/a.md': '---\n---\nd\n' })).rejects.toThrow('undefined method `fetch\' for "text":String (NoMethodError)');
});

test("reading such a document's url in a template raises Collection#url_template's error", async () => {
  await expect(build('"text"', { '_x/a.md': '---\n---\n{{ page.url }}\n' })).rejects.toThrow(
    'Liquid Exception: undefined method `fetch\' for "text":String @url_template ||= metadata.fetch("permalink") do ^^^^^^ in',
  );
});

test("reading the collection's output in a template raises Collection#write?'s error", async () => {
  await expect(build('"text"', { 'index.html': "---\n---\n{{ site.collections | map: 'output' | join: ',' }}\n" })).rejects.toThrow(
    'Liquid Exception: undefined method `fetch\' for "text":String !!metadata.fetch("output", false) ^^^^^^ in index.html',
  );
});

test.each([
  ['5', 'no implicit conversion of String into Integer (TypeError)'],
  ['[a]', 'no implicit conversion of String into Integer (TypeError)'],
  ['true', "undefined method `[]' for true:TrueClass (NoMethodError)"],
  ['1.5', "undefined method `[]' for 1.5:Float (NoMethodError)"],
])('an entry %s stops the read at sort_docs! (documents or not)', async (entry, message) => {
  await expect(build(entry, {})).rejects.toThrow(message);
});
