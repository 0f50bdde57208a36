// smartify and markdownify read `input.to_s`, whose encoding is US-ASCII for a number or an array whose first
// element is no String (Array#inspect takes its first element's encoding): kramdown then writes
// curly quotes as numeric entities. Expected values printed by Jekyll 4.3.1 (jekyll build) for the same site.
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test('smartify of an array: entities when its inspect is US-ASCII', async () => {
  const template = `{{ site.numbers | smartify }}|{{ site.words | smartify }}|{{ site.data.h | smartify }}`;
  const files = { '_config.yml': 'numbers: [1, 2.5, "3", null, true, -4]\nwords: [b, a]\n', '_data/h.yml': '2: "x"\n', 'p.html': `---\n---\n${template}` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('[1, 2.5, &#8220;3&#8221;, nil, true, -4]|[“b”, “a”]|{2=&gt;&#8221;x&#8221;}');
});

test('markdownify of an array: the same, through the site converter', async () => {
  const template = `{{ site.numbers | markdownify }}|{{ site.words | markdownify }}|{{ site.numbers | push: "it's -- &copy;" | markdownify }}`;
  const files = { '_config.yml': 'numbers: [1, "3"]\nwords: [b, a]\n', 'p.html': `---\n---\n${template}` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe(
    '<p>[1, &#8220;3&#8221;]</p>\n|<p>[“b”, “a”]</p>\n|<p>[1, &#8220;3&#8221;, &#8220;it&#8217;s &#8211; &copy;&#8221;]</p>\n',
  );
});
