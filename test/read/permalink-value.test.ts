// A permalink that is not a string stops Jekyll 4.3.1 (a page's in Renderer#permalink_ext, a
// document's in URL#generate_url_from_drop: "undefined method `end_with?' for 5:Integer"), where
// kyll wrote `5.html`, `a,b.html` or `[object Object].html`. nil and false are no permalink; a
// document that is never written fails only where a template reads its url (Document#url is lazy).
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (files: Record<string, string>) => renderSite({ source: memorySource(files, '/site'), write: false, env: FIXED_ENV });
const paths = async (files: Record<string, string>) => (await build(files)).files.map((f) => f.path).sort();

describe('a page', () => {
  test.each([
    ['5', '5'],
    ['[1, 2]', '[1,2]'],
    ['{a: 1}', '{"a":1}'],
    ['2020-01-01', '2020-01-01'],
    ['true', 'true'],
  ])('permalink: %s stops the build', async (value, shown) => {
    await expect(build({ 'index.html': `---\ntitle: t\npermalink: ${value}\n---\nx\n` })).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      message: `Invalid permalink in index.html: ${shown} is not a string`,
      file: 'index.html',
      line: 3,
    });
  });

  test.each(['', 'false', 'null'])('permalink: %s is none', async (value) => {
    expect(await paths({ 'a.html': `---\npermalink: ${value}\n---\nx\n` })).toEqual(['a.html']);
  });

  test('from the front matter defaults too', async () => {
    const config = 'defaults:\n  - scope: { path: "" }\n    values: { permalink: 7 }\n';
    await expect(build({ '_config.yml': config, 'a.html': '---\n---\nx\n' })).rejects.toMatchObject({ code: 'INVALID_PERMALINK' });
  });
});

describe('a document', () => {
  test('a post with a list for a permalink stops the build', async () => {
    await expect(build({ '_posts/2020-01-01-a.md': '---\npermalink: [a, b]\n---\nx\n' })).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      message: 'Invalid permalink in _posts/2020-01-01-a.md: ["a","b"] is not a string',
    });
  });

  const unwritten = (index: string) => ({
    '_config.yml': 'collections:\n  things:\n    output: false\n',
    '_things/a.md': '---\npermalink: true\n---\nx\n',
    'index.html': `---\n---\n${index}\n`,
  });
  test('one never written builds until a template reads its url', async () => {
    expect(await paths(unwritten('ok'))).toEqual(['index.html']);
    await expect(build(unwritten('{{ site.things[0].url }}'))).rejects.toThrow('Invalid permalink in _things/a.md: true is not a string');
  });
});
