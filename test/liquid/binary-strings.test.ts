// base64_decode's binary (ASCII-8BIT) Strings as Jekyll 4.3.1 treats them: next to UTF-8 text beyond
// ASCII the build stops (Encoding::CompatibilityError, named after the piece that came first), and
// slugify, kramdown (markdownify, smartify, a Markdown page) and JSON refuse their bytes. Messages
// printed by `jekyll build` for the same pages (what it writes: fixtures/sites/liq27-base64-binary).
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

async function build(file: string, body: string, extra: Record<string, string> = {}): Promise<void> {
  await renderSite({ source: memorySource({ '_config.yml': 'title: b\n', [file]: `---\n---\n${body}`, ...extra }), env: FIXED_ENV, write: false });
}

test.each([
  ['b.html', 'B:é{{ "w6k=" | base64_decode }}', 'Liquid Exception: incompatible character encodings: UTF-8 and ASCII-8BIT in b.html'],
  ['c.html', 'C:{{ "w6k=" | base64_decode }}é', 'Liquid Exception: incompatible character encodings: ASCII-8BIT and UTF-8 in c.html'],
  ['f.html', 'F:{{ "w6k=" | base64_decode | append: "é" }}', 'Liquid Exception: incompatible character encodings: ASCII-8BIT and UTF-8 in f.html'],
  ['j.html', 'J:{% assign x = "w6k=" | base64_decode %}{{ x | replace: "é", "e" }}', 'Liquid Exception: incompatible character encodings: ASCII-8BIT and UTF-8 in j.html'],
  ['t.html', 'T:{% capture c %}é{{ "w6k=" | base64_decode }}{% endcapture %}x', 'Liquid Exception: incompatible character encodings: UTF-8 and ASCII-8BIT in t.html'],
  ['e.html', 'E:{{ "/w==" | base64_decode | jsonify }}', 'Liquid Exception: partial character in source, but hit end in e.html'],
  ['e2.html', 'E:{{ "wyg=" | base64_decode | jsonify }}', 'Liquid Exception: source sequence is illegal/malformed utf-8 in e2.html'],
  ['p.html', 'P:{{ "w6k=" | base64_decode | slugify }}', 'Liquid Exception: incompatible encoding regexp match (UTF-8 regexp with ASCII-8BIT string) in p.html'],
  ['q.html', 'Q:{{ "w6k=" | base64_decode | smartify }}', 'Liquid Exception: "\\xC3" from ASCII-8BIT to UTF-8 in q.html'],
  ['i.md', 'I:{{ "w6k=" | base64_decode | markdownify }}', 'Liquid Exception: "\\xC3" from ASCII-8BIT to UTF-8 in i.md'],
  ['k.md', 'K:{{ "w6k=" | base64_decode }}', "Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'k.md': \"\\xC3\" from ASCII-8BIT to UTF-8"],
])('%s', async (file, body, message) => {
  await expect(build(file, body)).rejects.toThrow(message);
});

test("a layout that holds UTF-8 text fails when the page's binary content comes into it", async () => {
  const layout = { '_layouts/l.html': 'L:é{{ content }}\n' };
  await expect(renderSite({ source: memorySource({ '_config.yml': 'title: b\n', 'g.html': '---\nlayout: l\n---\nG:{{ "w6k=" | base64_decode }}\n', ...layout }), env: FIXED_ENV, write: false }))
    .rejects.toThrow(/Liquid Exception: incompatible character encodings: UTF-8 and ASCII-8BIT in .*_layouts\/l\.html/);
});

test('an ASCII page keeps the bytes: written as they are', async () => {
  const result = await renderSite({ source: memorySource({ '_config.yml': 'title: b\n', 'a.html': '---\n---\n{{ "/w==" | base64_decode }}{{ "w6k=" | base64_decode | size }}' }), env: FIXED_ENV, write: false });
  const file = result.files.find((f) => f.path === 'a.html')!;
  expect(Buffer.from(file.contents as Uint8Array)).toEqual(Buffer.from([0xff, 0x32]));
  expect(file.size).toBe(2);
});

// Addressable's normalize_component unencodes the binary String's bytes as they are, and
// encodes a byte that is no UTF-8 on its own (Jekyll 4.3.1: "/blog/i%B7", 10 characters).
test('relative_url and absolute_url escape the bytes of a binary String', async () => {
  const page = '{{ "abc" | base64_url_safe_decode | relative_url }}|{{ "abc" | base64_url_safe_decode | absolute_url | size }}|{{ "5Lit" | base64_decode | relative_url }}';
  const result = await renderSite({ source: memorySource({ '_config.yml': 'url: https://example.com\nbaseurl: /blog\n', 'a.html': `---\n---\n${page}` }), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'a.html')!.contents)).toBe('/blog/i%B7|29|/blog/%E4%B8%AD');
});

// String#inspect of a binary String holding a byte beyond ASCII writes its ASCII controls as bytes
// (`\x1D`, rb_str_buf_cat_escaped_char for a non-Unicode encoding), not as a UTF-8 String's `\u001D`.
// Jekyll 4.3.1's output for the same template (fuzz-liquid --try; found by fuzz-liquid seed 48308).
test('inspect of a binary String writes its controls as \\x bytes', async () => {
  const template = '{{ "0x1A" | base64_url_safe_decode | uniq | inspect }}|{{ "0x1A" | base64_url_safe_decode | uniq | prepend: "x" }}|{{ "3x8B" | base64_decode | uniq | inspect }}|{{ "0x1A" | base64_url_safe_decode | inspect }}';
  const result = await renderSite({ source: memorySource({ 'p.html': `---\n---\n${template}` }), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe(
    '[&quot;\\xD3\\x1D@&quot;]|x["\\xD3\\x1D@"]|[&quot;\\xDF\\x1F\\x01&quot;]|&quot;\\xD3\\x1D@&quot;',
  );
});

// Ruby's Strings belong to one build: a binary String an earlier build made in this process leaves
// a later build's page that is not UTF-8 (a broken UTF-8 String to Ruby, written as it is in its
// UTF-8 layout by Jekyll 4.3.1) as it would be alone.
test('an earlier build\'s base64_decode does not make a later page\'s kept bytes binary', async () => {
  const later = async (): Promise<string> => {
    const files = {
      '_config.yml': 'defaults: [{scope: {path: ""}, values: {layout: l}}]\n',
      '_layouts/l.html': '---\n---\né {{ content }}\n',
      'p.html': Buffer.from('---\n---\n\xe9 text\n', 'latin1'),
    };
    const result = await renderSite({ source: memorySource(files as never), env: FIXED_ENV, write: false });
    return Buffer.from(result.files.find((f) => f.path === 'p.html')!.contents as Uint8Array).toString('hex');
  };
  const alone = await later();
  expect(alone).toBe('c3a9202d2d2d0a2d2d2d0ae920746578740a0a');
  await build('b.html', 'B:{{ "w6k=" | base64_decode }}');
  expect(await later()).toBe(alone);
});
