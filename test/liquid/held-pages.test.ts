// site.pages holds Jekyll's Page objects, whose to_s is their content (Convertible#to_s), while
// `push: page` adds the page's own drop, a Hash printed as its inspect. The page being rendered is
// both: by place, not by identity. Outputs of Jekyll 4.3.1 for a.html below (b.html is `b`).
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const A = `---
---
1[{{ site.pages | push: page | array_to_sentence_string }}] 2[{{ site.pages | push: page | push: page | pop | array_to_sentence_string: "or" }}]
`;
const body = A.split('---\n')[2]!;
const hash = `{"content"=>${JSON.stringify(body).replace(/"or"/g, '\\"or\\"')}, "dir"=>"/", "excerpt"=>nil, "name"=>"a.html", "path"=>"a.html", "url"=>"/a.html"}`;

test("`site.pages | push: page` in the page's own content: the page held in site.pages prints its content, the pushed drop its inspect", async () => {
  const r = await renderSite({ source: memorySource({ '_config.yml': 'title: t\n', 'a.html': A, 'b.html': '---\n---\nb\n' }), env: FIXED_ENV, write: false });
  const out = Buffer.from(r.files.find((f) => f.path === 'a.html')!.contents).toString();
  expect(out).toBe(`1[${body}, b\n, and ${hash}] 2[${body}, b\n, or ${hash}]\n`);
});
