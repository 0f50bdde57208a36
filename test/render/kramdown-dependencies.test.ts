// KramdownParser#load_dependencies: on the first Markdown conversion Jekyll requires
// kramdown-math-<engine> for any math_engine but mathjax, and stops without it. Checked with
// real Jekyll 4.3.1 (no such gem installed): `math_engine: katex` with only an HTML page builds;
// add a Markdown page and the build fails with MissingDependencyException kramdown-math-katex.
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (config: string, files: Record<string, string>) => renderSite({ source: memorySource({ '_config.yml': config, ...files }), env: FIXED_ENV });

test('math_engine katex: a Markdown page stops the build, naming the gem', async () => {
  await expect(build('kramdown:\n  math_engine: katex\n', { 'a.md': '---\n---\n$$x$$\n' })).rejects.toThrow(/kramdown-math-katex/);
});

test('math_engine katex without any Markdown: the build goes on', async () => {
  const result = await build('kramdown:\n  math_engine: katex\n', { 'index.html': '---\n---\nhtml {{ "x" }}\n' });
  expect(result.files.map((f) => f.path)).toEqual(['index.html']);
});

test('mathjax, none and another Markdown processor need nothing', async () => {
  for (const config of ['kramdown:\n  math_engine: mathjax\n', 'kramdown:\n  math_engine: null\n', 'markdown: CommonMark\nplugins: [jekyll-commonmark]\nkramdown:\n  math_engine: katex\n']) {
    const result = await build(config, { 'a.md': '---\n---\ntext\n' });
    expect(result.files.map((f) => f.path)).toEqual(['a.html']);
  }
});

// jekyll 4.3.1 without kramdown-syntax-coderay: each of these fails the build with a Markdown page, not without one.
test('the coderay highlighter stops the first conversion, however it is chosen', async () => {
  for (const config of ['highlighter: coderay\n', 'kramdown:\n  enable_coderay: true\n', 'kramdown:\n  syntax_highlighter: coderay\n']) {
    await expect(build(config, { 'a.md': '---\n---\n# x\n' })).rejects.toThrow(/kramdown-syntax-coderay/);
    const result = await build(config, { 'index.html': '---\n---\nhtml {{ "x" }}\n' });
    expect(result.files.map((f) => f.path)).toEqual(['index.html']);
  }
});

// Kramdown::JekyllDocument.setup: `input` with its first letter upcased must name a kramdown parser
// class. Checked with Jekyll 4.3.1: each of these fails on the first Markdown conversion, with this message.
test('an input naming no kramdown parser stops the first conversion', async () => {
  const cases: Array<[string, RegExp]> = [
    ['gfm', /kramdown has no parser to handle the specified input format: gfm$/],
    ['Gfm', /kramdown has no parser to handle the specified input format: Gfm$/],
    ['KRAMDOWN', /kramdown has no parser to handle the specified input format: KRAMDOWN$/],
    ['true', /kramdown has no parser to handle the specified input format: true$/],
    ['5', /^wrong constant name 5$/],
    ['"GFM "', /^wrong constant name GFM $/],
    ['""', /^no implicit conversion of nil into String$/],
  ];
  for (const [input, message] of cases) {
    await expect(build(`kramdown:\n  input: ${input}\n`, { 'a.md': '---\n---\n# x\n' })).rejects.toThrow(message);
    const result = await build(`kramdown:\n  input: ${input}\n`, { 'index.html': '---\n---\nhtml\n' });
    expect(result.files.map((f) => f.path)).toEqual(['index.html']);
  }
});

test('GFM (any first letter), kramdown, Kramdown and no input convert', async () => {
  for (const config of ['kramdown:\n  input: GFM\n', 'kramdown:\n  input: gFM\n', 'kramdown:\n  input: kramdown\n', 'kramdown:\n  input: Kramdown\n', 'kramdown:\n  input:\n', 'kramdown: {}\n']) {
    const result = await build(config, { 'a.md': '---\n---\n# x\n' });
    expect(result.files.map((f) => f.path)).toEqual(['a.html']);
  }
});
