// A site of another `encoding:` (GBK): the template's own text is GBK, front matter and
// _config.yml values are UTF-8 (Psych transcodes), and Liquid's output buffer refuses the second
// encoding beyond ASCII (String#<<, Encoding::CompatibilityError named after the buffer's first).
// Messages printed by Jekyll 4.3.1 `jekyll build` for the same one-page sites (each case its own site).
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

// GBK bytes: 中 d6d0; the page's title 标题 is b1ea cce2 in the file, UTF-8 once Psych reads it.
const gbk = (text: string): Buffer =>
  Buffer.from(text.replace(/中/g, '\u0001').replace(/标题/g, '\u0002'), 'latin1').reduce<Buffer>((acc, b) => {
    const bytes = b === 1 ? [0xd6, 0xd0] : b === 2 ? [0xb1, 0xea, 0xcc, 0xe2] : [b];
    return Buffer.concat([acc, Buffer.from(bytes)]);
  }, Buffer.alloc(0));

async function build(file: string, body: string, extra: Record<string, string | Buffer> = {}, layout?: string): Promise<Map<string, Uint8Array | string>> {
  const config = Buffer.concat([Buffer.from('encoding: gbk\ntitle: "'), Buffer.from('站点', 'utf8'), Buffer.from('"\nascii: abc\n')]);
  const page = gbk(`---\ntitle: "标题"\nat: abc\n${layout ? 'layout: l\n' : ''}---\n${body}\n`);
  const files: Record<string, string | Buffer> = { '_config.yml': config, [file]: page, ...extra };
  if (layout) files['_layouts/l.html'] = gbk(`---\n---\n${layout}\n`);
  const result = await renderSite({ source: memorySource(files as never), env: FIXED_ENV, write: false });
  return new Map(result.files.map((f) => [f.path, f.contents as Uint8Array | string]));
}

test.each([
  ['p.html', '中{{ page.title }}', 'GBK and UTF-8'],
  ['p.html', '{{ page.title }}中', 'UTF-8 and GBK'],
  ['p.html', '中{{ site.title }}', 'GBK and UTF-8'],
  ['p.html', '中{{ page.title | escape }}', 'GBK and UTF-8'],
  ['p.html', '中{{ page.title | upcase | strip_html }}', 'GBK and UTF-8'],
  ['p.html', '中{% for i in (1..2) %}{{ page.title }}{% endfor %}', 'GBK and UTF-8'],
  ['p.md', '中 {{ page.title | truncate: 5 }}', 'GBK and UTF-8'],
  ['p.html', '{{ page.title }}{{ content }}中', 'UTF-8 and GBK'],
])('%s: %s', async (file, body, names) => {
  await expect(build(file, body)).rejects.toThrow(`Liquid Exception: incompatible character encodings: ${names} in ${file}`);
});

// Capture#render_to_output_buffer renders its body into a String of its own, which takes the
// encoding of its first piece beyond ASCII; printed later, the captured text brings that encoding.
test.each([
  ['{% capture x %}[中]{% endcapture %}{{ x }}{{ page.title }}', 'GBK and UTF-8'],
  ['{% capture x %}[中]{{ page.title }}{% endcapture %}{{ x }}', 'GBK and UTF-8'],
  ['{% capture x %}[中]{% endcapture %}{% capture y %}{{ page.title }}{% endcapture %}{{ x }}{{ y }}', 'GBK and UTF-8'],
  ['{% capture y %}{{ page.title }}{% endcapture %}{{ y }}[中]', 'UTF-8 and GBK'],
])('a capture keeps its encoding: %s', async (body, names) => {
  await expect(build('p.html', body)).rejects.toThrow(`Liquid Exception: incompatible character encodings: ${names} in p.html`);
});

test('a capture of GBK text next to a UTF-8 title it does not print builds', async () => {
  const out = await build('p.html', '{% capture x %}[中]{% endcapture %}{{ page.title }}{{ x | size }}');
  expect(Buffer.from(out.get('p.html') as Uint8Array).toString()).toBe('标题3\n');
});

test('an include: its text and its outputs meet the page in one buffer', async () => {
  await expect(build('p.html', '中{% include i.html %}', { '_includes/i.html': gbk('I{{ page.title }}') })).rejects.toThrow('incompatible character encodings: GBK and UTF-8 in p.html');
  await expect(build('p.html', '{% include i.html %}{{ page.title }}', { '_includes/i.html': gbk('中') })).rejects.toThrow('incompatible character encodings: GBK and UTF-8 in p.html');
  await expect(build('p.html', '{{ page.title }}{% include i.html %}', { '_includes/i.html': gbk('I{{ page.title }}中') })).rejects.toThrow('incompatible character encodings: UTF-8 and GBK in p.html');
});

test('a layout with GBK text and a UTF-8 title fails, named by its path', async () => {
  await expect(build('p.html', 'x', {}, '<b>中</b>{{ page.title }}{{ content }}')).rejects.toThrow(/Liquid Exception: incompatible character encodings: GBK and UTF-8 in .*_layouts\/l\.html/);
});

test('ASCII values next to GBK text build', async () => {
  const out = await build('p.html', '中{{ page.at }}{{ site.ascii }}');
  expect(Buffer.from(out.get('p.html') as Uint8Array).toString('hex')).toBe('d6d06162636162630a');
});

// A post's content in its layouts: the file's own text (GBK) when it holds no Liquid (Jekyll runs
// none then), else Liquid's buffer's, which stays UTF-8 while all its pieces are ASCII; kramdown
// gives its HTML back in that encoding (`It’s` is UTF-8 after `{{ 'x' }}`).
async function post(body: string, layout: string, outer?: string): Promise<Map<string, Uint8Array | string>> {
  const files: Record<string, Buffer> = {
    '_config.yml': Buffer.from('encoding: gbk\n'),
    '_posts/2024-01-02-a.md': gbk(`---\ntitle: "标题"\nlayout: l\n---\n${body}\n`),
    '_layouts/l.html': gbk(`---\n${outer ? 'layout: l2\n' : ''}---\n${layout}\n`),
  };
  if (outer) files['_layouts/l2.html'] = gbk(`---\n---\n${outer}\n`);
  const result = await renderSite({ source: memorySource(files as never), env: FIXED_ENV, write: false });
  return new Map(result.files.map((f) => [f.path, f.contents as Uint8Array | string]));
}

test.each([
  ['中中', '<title>{{ page.title }}</title>{{ content }}', undefined, 'UTF-8 and GBK', 'l'],
  ['中中', '<p>{{ content }}</p>', '<title>{{ page.title }}</title>{{ content }}', 'UTF-8 and GBK', 'l2'],
  ["It's {{ 'x' }}", '<b>中</b>{{ content }}', undefined, 'GBK and UTF-8', 'l'],
  ["It's here", '<b>{{ page.title }}</b>{{ content }}', undefined, 'UTF-8 and GBK', 'l'],
])('a post %j in layouts %j %j', async (body, layout, outer, names, failing) => {
  await expect(post(body, layout, outer)).rejects.toThrow(new RegExp(`Liquid Exception: incompatible character encodings: ${names} in .*_layouts/${failing}\\.html`));
});

test.each([
  ["It's here", '<b>中</b>{{ content }}', '3c623ed6d03c2f623e3c703e4974a1af7320686572653c2f703e0a0a'],
  ['plain', '<b>中</b>{{ content }}', '3c623ed6d03c2f623e3c703e706c61696e3c2f703e0a0a'],
  ["It's here", '<b>中</b>{% assign content = "x" %}{{ content }}', '3c623ed6d03c2f623e780a'],
])('a post %j in the layout %j builds', async (body, layout, hex) => {
  const out = await post(body, layout);
  expect(Buffer.from(out.get('2024/01/02/a.html') as Uint8Array).toString('hex')).toBe(hex);
});

// Front matter values and documents' converted content keep their encoding wherever they are
// printed: `post.title` in a loop over site.posts is UTF-8 (an ASCII page is then written in
// UTF-8), a post's content is GBK (checked with Jekyll 4.3.1 builds of the same sites).
async function listing(index: string): Promise<Map<string, Uint8Array | string>> {
  const files: Record<string, Buffer> = {
    '_config.yml': Buffer.from('encoding: gbk\n'),
    '_posts/2024-01-01-a.md': gbk('---\ntitle: "标题"\ntags: [中]\n---\n中\n'),
    '_posts/2024-01-02-b.md': Buffer.from('---\ntitle: Hello\n---\nplain\n'),
    'index.html': gbk(`---\n---\n${index}\n`),
  };
  const result = await renderSite({ source: memorySource(files as never), env: FIXED_ENV, write: false });
  return new Map(result.files.map((f) => [f.path, f.contents as Uint8Array | string]));
}

test('a post title printed in a loop is UTF-8: an ASCII page listing it is written in UTF-8', async () => {
  const out = await listing('{% for post in site.posts %}{{ post.title }}{% for t in post.tags %}{{ t }}{% endfor %}\n{% endfor %}');
  expect(Buffer.from(out.get('index.html')!).toString('utf8')).toBe('Hello\n标题中\n\n');
});

test.each([
  ['中{% for post in site.posts %}{{ post.title }}{% endfor %}', 'GBK and UTF-8'],
  ['{% for post in site.posts %}{{ post.content }}{{ post.title }}{% endfor %}', 'GBK and UTF-8'],
  ['{% for post in site.posts %}{{ post.title | escape }}{{ post.excerpt }}{% endfor %}', 'UTF-8 and GBK'],
])('a loop over the posts: %s', async (index, names) => {
  await expect(listing(index)).rejects.toThrow(`Liquid Exception: incompatible character encodings: ${names} in index.html`);
});
