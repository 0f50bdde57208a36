// What `jsonify` shows of StaticFileDrop and of the kramdown config once Jekyll's
// Markdown converter has set itself up. Expected strings are real Jekyll 4.3.1's
// output for the same site (static file mtime 2024-05-06 07:08:09 UTC, TZ=UTC);
// the whole SiteDrop is covered by fixtures/sites/realsites4a-site-jsonify.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { kramdownAfterSetup } from '../../lib/render/kramdown-setup.js';

process.env.TZ = FIXED_ENV.TZ;

test('a static file drop lists its methods, then its front matter defaults, and its mtime as a Time', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-static-json-'));
  try {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, '_config.yml'), 'defaults:\n  - scope: {path: assets}\n    values: {image: true, name: over}\n');
    fs.writeFileSync(path.join(dir, 'assets/a.txt'), 'x\n');
    const when = new Date('2024-05-06T07:08:09Z');
    fs.utimesSync(path.join(dir, 'assets/a.txt'), when, when);
    fs.writeFileSync(path.join(dir, 'i.html'), '---\n---\n{{ site.static_files | jsonify }}\n{% for k in site.static_files.first %}{{ k }},{% endfor %}\n');
    const result = await renderSite({ source: dir, write: false, env: FIXED_ENV });
    const page = result.files.find((f) => f.path === 'i.html')!;
    expect(String(page.contents)).toBe(
      '[{"name":"a.txt","basename":"a","extname":".txt","path":"/assets/a.txt","collection":null,"modified_time":"2024-05-06 07:08:09 +0000","image":true}]\n' +
        'name,basename,extname,path,collection,modified_time,image,\n',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('KramdownParser#setup: a legacy coderay hash merges into syntax_highlighter_opts without its prefixes', () => {
  const kramdown = { guess_lang: true, syntax_highlighter_opts: { css: 'class', guess_lang: false }, coderay: { coderay_line_numbers: 'table', tab_width: 2 } };
  const after = kramdownAfterSetup({ highlighter: 'rouge', kramdown });
  expect(JSON.stringify(after.syntax_highlighter_opts)).toBe(
    '{"css":"style","guess_lang":true,"default_lang":"plaintext","bold_every":10,"line_numbers":"table","line_number_start":1,"tab_width":2,"wrap":"div"}',
  );
  expect(Object.keys(after)).toEqual(['guess_lang', 'syntax_highlighter_opts', 'coderay', 'syntax_highlighter']);
  expect(after.syntax_highlighter).toBe('rouge');
  // the site's config itself is left as it was
  expect(kramdown.syntax_highlighter_opts).toEqual({ css: 'class', guess_lang: false });
});

// A document drop's keys (lib/site/drops.ts#documentDrop) keep DocumentDrop's order: its methods,
// then the front matter (draft first), with a lazy or a front matter excerpt alike.
// Expected: real Jekyll 4.3.1's output for the same site.
test("a post's drop lists its own keys, then its front matter's, whatever its excerpt", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-doc-keys-'));
  try {
    fs.mkdirSync(path.join(dir, '_posts'));
    fs.writeFileSync(path.join(dir, '_posts/2024-01-02-a.md'), '---\ntitle: A\nzeta: 1\nurl: /x\ndraft: no\n---\nOne\n\nTwo\n');
    fs.writeFileSync(path.join(dir, '_posts/2024-01-03-b.md'), '---\nexcerpt: Given\nalpha: 2\n---\nB\n');
    fs.writeFileSync(path.join(dir, 'i.html'), '---\n---\n{% for p in site.posts %}{% for k in p %}{{ k }},{% endfor %}|{{ p.excerpt | strip }}|{{ p.url }}\n{% endfor %}');
    const result = await renderSite({ source: dir, write: false, env: FIXED_ENV });
    const page = result.files.find((f) => f.path === 'i.html')!;
    const own = 'name,id,relative_path,excerpt,title,categories,collection,next,tags,previous,content,output,path,url,date,';
    expect(String(page.contents)).toBe(
      `${own}draft,alpha,slug,ext,|Given|/2024/01/03/b.html\n` + `${own}draft,zeta,slug,ext,|<p>One</p>|/2024/01/02/a.html\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
