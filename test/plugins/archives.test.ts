// jekyll-archives beyond the fixture sites (built by real Jekyll): options.
import { memorySource, renderSite } from '../../lib/index.js';

const files = (config: string): Record<string, string> => ({
  '_config.yml': `plugins: [jekyll-archives]\n${config}`,
  '_layouts/archive.html': '{{ page.type }}:{{ page.title }}:{{ page.posts | size }}',
  '_posts/2024-02-03-a.md': '---\ntags: [x]\ncategories: c\n---\nA',
});

async function paths(config: string): Promise<string[]> {
  const r = await renderSite({ source: memorySource(files(config)), env: { TZ: 'UTC' } });
  return r.files.map((f) => f.path).filter((p) => !p.startsWith('c/')).sort();
}

test('nothing is made unless enabled; `enabled: true` makes every kind', async () => {
  expect(await paths('')).toEqual([]);
  expect(await paths('jekyll-archives: {enabled: true}\n')).toEqual([
    '2024/02/03/index.html', '2024/02/index.html', '2024/index.html', 'category/c/index.html', 'tag/x/index.html',
  ]);
});

// Archives#initialize merges the hash over DEFAULTS and reads its own keys: jekyll-archives 2.2.1 logs nothing.
test('an unknown option is silent', async () => {
  const r = await renderSite({ source: memorySource(files('jekyll-archives: {enabled: [tags], slug_mode: latin}\n')), env: { TZ: 'UTC' } });
  expect(r.diagnostics.filter((d) => d.message.includes('slug_mode'))).toEqual([]);
});

// Archives#generate sets site.config["archives"] and ["jekyll-archives"] whatever is enabled.
test('site.archives lists the archive pages; site.jekyll-archives shows the merged options', async () => {
  const index = '---\n---\n{{ site.archives | size }}|{% for a in site.archives %}{{ a.type }}:{{ a.url }}:{{ a.posts | size }};{% endfor %}|{{ site.jekyll-archives.layout }} {{ site.jekyll-archives.permalinks.tag }}';
  const render = async (config: string): Promise<string> => {
    const r = await renderSite({ source: memorySource({ ...files(config), 'index.html': index }), env: { TZ: 'UTC' } });
    return String(r.files.find((f) => f.path === 'index.html')!.contents);
  };
  expect(await render('')).toBe('0||archive /tag/:name/');
  expect(await render('jekyll-archives: {enabled: [tags, year], layout: list}\n')).toBe('2|tag:/tag/x/:1;year:/2024/:1;|list /tag/:name/');
});

// Archives#initialize deep-merges DEFAULTS with config.fetch("jekyll-archives", {}): Hash#merge!
// takes no other value, so a `jekyll-archives:` that is nil, a String or a list is Ruby's TypeError.
test.each([
  ['~', 'nil'],
  ['all', 'String'],
  ['[year]', 'Array'],
  ['true', 'true'],
])('`jekyll-archives: %s` stops the build: no implicit conversion of %s into Hash', async (value, name) => {
  await expect(renderSite({ source: memorySource(files(`jekyll-archives: ${value}\n`)), env: { TZ: 'UTC' } })).rejects.toMatchObject({
    message: `no implicit conversion of ${name} into Hash`,
  });
});

// Archive#layout reads `@config["layouts"] && @config["layouts"][type]` and Archive#template
// `@config["permalinks"][type]`, which URL#generate_url_from_hash scans with #index. Jekyll 4.3.1
// (jekyll-archives 2.2.1): a text layouts takes the type it holds ("my-year-thing" → year), a list
// template is written as its inspect (`["a"]/`), and these stop the build; kyll used the defaults.
describe('jekyll-archives: layouts and permalinks of other kinds', () => {
  test.each([
    ['layouts: 5', 'no implicit conversion of String into Integer'],
    ['layouts: true', "undefined method `[]' for true:TrueClass"],
    ['permalinks: 5', 'no implicit conversion of String into Integer'],
    ['permalinks: x', 'Template "" provided is invalid. (ArgumentError)'],
    ['permalinks: {year: 5}', "undefined method `index' for 5:Integer"],
  ])('%s stops the build', async (option, message) => {
    await expect(paths(`jekyll-archives: {enabled: [year], ${option}}\n`)).rejects.toThrow(message);
  });

  test('a text layouts names the type it holds; a list template is its inspect', async () => {
    const r = await renderSite({
      source: memorySource({ ...files('jekyll-archives: {enabled: [year], layouts: my-year-thing}\n'), '_layouts/year.html': 'Y {{ page.url }}' }),
      env: { TZ: 'UTC' },
    });
    expect(Buffer.from(r.files.find((f) => f.path === '2024/index.html')!.contents).toString()).toBe('Y /2024/');
    expect(await paths('jekyll-archives: {enabled: [year], permalinks: {year: [a]}}\n')).toEqual(['["a"]']);
  });
});

// Jekyll 4.3.1 + jekyll-archives 2.2.1: a tag given as a mapping is an Archive whose title is a Hash,
// read as a date's parts: URL#generate_url_from_hash escapes each value (a value that is no text
// stops the build) and Archive#date is Date.new(*values.map(&:to_i)) (an invalid day stops it).
// fixtures/sites/s42bplugins6-archives-mapping-tags has the pages such tags make.
test('tags given as mappings stop the build where Jekyll does', async () => {
  const build = (tags: string) =>
    renderSite({ source: memorySource({ ...files('jekyll-archives: {enabled: [tags]}\n'), '_posts/2024-02-03-a.md': `---\ntags: ${tags}\n---\nA` }), env: { TZ: 'UTC' } });
  await expect(build('[{a: 1}]')).rejects.toThrow("jekyll-archives: undefined method `empty?' for 1:Integer (NoMethodError)");
  await expect(build('[{a: [x]}]')).rejects.toThrow('jekyll-archives: no implicit conversion of Array into String (TypeError)');
  await expect(build('[{a: x, b: y}]')).rejects.toThrow('jekyll-archives: invalid date (Date::Error)');
  await expect(build('[{a: "2024", b: "2", c: "30"}]')).rejects.toThrow('jekyll-archives: invalid date (Date::Error)');
  // a placeholder the mapping does not fill is kept; 2024-12-31 is a day
  const r = await build('[{a: "2024", b: "-1", c: "-1"}]');
  expect(r.files.map((f) => f.path)).toContain('tag/:name/index.html');
});

// Jekyll 4.3.1, jekyll-archives 2.2.1: an Archive at /t/x.html is named `x` but its ext is .html,
// so Page#html? is true and site.html_pages (jekyll-sitemap's list) holds it; found by
// fuzz-plugins seed 82025 (kyll judged it by its name, which has no extension).
test('an archive whose permalink ends in .html is one of site.html_pages', async () => {
  const r = await renderSite({
    source: memorySource({
      ...files('jekyll-archives: {enabled: [tags], layout: archive, permalinks: {tag: "/t/:name.html"}}\n'),
      'list.html': '---\n---\n{% for p in site.html_pages %}{{ p.url }} {% endfor %}',
    }),
    env: { TZ: 'UTC' },
  });
  expect(String(r.files.find((f) => f.path === 'list.html')?.contents)).toBe('/list.html /t/x.html ');
});
