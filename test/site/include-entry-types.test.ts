// `include:` entries that are no text, as Reader#read_included_excludes meets them after the walk:
// Site#in_source_dir(entry) runs Jekyll.sanitized_path, where nil is the site folder (skipped as
// a folder) and anything else has no start_with?, which stops the build. Messages as Jekyll
// 4.3.1 printed them (error_highlight's line included) on a probe site.
import { memorySource, renderSite } from '../../lib/index.js';

const build = (include: string) =>
  renderSite({ source: memorySource({ '_config.yml': `include: ${include}\n`, '.well-known/a.txt': 'a', 'i.html': '---\n---\ni' }) });

const line = ' clean_path = if questionable_path.start_with?("~") ^^^^^^^^^^^^';

test.each([
  ['[5]', '5:Integer'],
  ['[[.well-known]]', '[".well-known"]:Array'],
  ['[{a: 1}]', '{"a"=>1}:Hash'],
])('include: %s stops the build', async (include, receiver) => {
  await expect(build(include)).rejects.toThrow(`undefined method \`start_with?' for ${receiver}${line}`);
});

test('a nil entry is passed over; the others still count', async () => {
  const result = await build('[~, .well-known]');
  expect(result.files.map((f) => f.path).sort()).toEqual(['.well-known/a.txt', 'i.html']);
});
