// A CommonJS consumer: require() of every entry point (Node >= 20.19 loads the ESM build).
const { renderSite, memorySource, parsePost, isKyllError } = require('kyll');
const { renderFixture } = require('kyll/testing');
const { createJekyllLiquid } = require('kyll/liquid');
const { highlight } = require('kyll/highlight');
const { markdownToHtml } = require('kyll/markdown');

(async () => {
  const post = parsePost('---\ntitle: Hi\ntags: [a]\n---\nx\n', { path: '_posts/2022-02-11-hi.md' });
  const { files } = await renderSite({ source: memorySource({ '_posts/2022-02-11-hi.md': '---\ntitle: Hi\n---\n*x*\n' }), env: {} });
  const site = await renderFixture({ 'index.md': '---\ntitle: Home\n---\n# Welcome\n' }, { env: {} });
  let code;
  try { parsePost('x', { path: '_posts/nodate.md' }); } catch (e) { code = isKyllError(e) ? e.code : 'not a KyllError'; }
  console.log(JSON.stringify({
    post: [post.title, post.tags, post.url],
    files: files.map((f) => f.url),
    fixture: site.page('/').text('h1'),
    liquid: createJekyllLiquid().render('{{ "Hello World" | slugify }}'),
    highlight: highlight('x = 1', 'ruby'),
    markdown: markdownToHtml('*a*'),
    code,
  }));
})();
