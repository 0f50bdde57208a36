// A TypeScript consumer (module: nodenext), compiled once as an ES module and once as CommonJS.
// The annotations make the compiler check the public types, not only the names.
import { renderSite, memorySource, parsePost, isKyllError, type Post, type ParsePostOptions, type RenderResult } from 'kyll';
import { renderFixture, type FixtureSite } from 'kyll/testing';
import { createJekyllLiquid, type JekyllLiquid } from 'kyll/liquid';
import { highlight } from 'kyll/highlight';
import { markdownToHtml } from 'kyll/markdown';

async function main(): Promise<void> {
  const options: ParsePostOptions = { path: '_posts/2022-02-11-hi.md' };
  const post: Post = parsePost('---\ntitle: Hi\ntags: [a]\n---\nx\n', options);
  const tags: readonly string[] = post.tags;
  const title: string | undefined = post.title;
  const result: RenderResult = await renderSite({ source: memorySource({ '_posts/2022-02-11-hi.md': '---\ntitle: Hi\n---\n*x*\n' }), env: {} });
  const site: FixtureSite = await renderFixture({ 'index.md': '---\ntitle: Home\n---\n# Welcome\n' }, { env: {} });
  const liquid: JekyllLiquid = createJekyllLiquid();
  let code: string | undefined;
  try {
    parsePost('x', { path: '_posts/nodate.md' });
  } catch (e) {
    code = isKyllError(e) ? e.code : 'not a KyllError';
  }
  console.log(JSON.stringify({
    post: [title, tags, post.url],
    files: result.files.map((f) => f.url),
    fixture: site.page('/').text('h1'),
    liquid: liquid.render('{{ "Hello World" | slugify }}'),
    highlight: highlight('x = 1', 'ruby'),
    markdown: markdownToHtml('*a*'),
    code,
  }));
}

void main();
