// The deprecation notes Jekyll 4.3.1 logs for older sites' settings (checked with Jekyll on a
// site with `paginate: 0`, defaults of types post/page/draft and an invalid set, and a legacy
// kramdown `coderay` hash): found on old blogs whose `gems: [jekyll-paginate]` no longer loads.
import { defaultsDeprecations, paginationDeprecation } from '../../lib/config/deprecation-warnings.js';
import { kramdownSetupDeprecations } from '../../lib/render/kramdown-setup.js';
import { memorySource, renderSite } from '../../lib/index.js';

const PAGINATION = "Deprecation: You appear to have pagination turned on, but you haven't included the `jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in your configuration file.";

test.each([
  [{ paginate: 5 }, []],
  [{ paginate: 0 }, []], // Ruby's truth
  [{ paginate: 5, gems: ['jekyll-paginate'] }, []], // no longer read by Jekyll 4
  [{ paginate: 5, plugins: ['jekyll-feed'] }, ['jekyll-feed']],
])('%j, loaded %j: pagination is said to be off', (config, loaded) => {
  expect(paginationDeprecation(config, loaded)?.message).toBe(PAGINATION);
});

test.each([
  [{}, []],
  [{ paginate: null }, []],
  [{ paginate: false }, []],
  [{ paginate: 5, plugins: ['jekyll-paginate'] }, []],
  [{ paginate: 5 }, ['jekyll-paginate']], // loaded by the Gemfile's group or a theme
])('%j, loaded %j: nothing said', (config, loaded) => {
  expect(paginationDeprecation(config, loaded)).toBeUndefined();
});

test('defaults of the old types, and an invalid set', () => {
  const config = {
    defaults: [
      { scope: { path: '', type: 'post' }, values: { layout: 'x' } },
      { scope: { type: 'posts' }, values: { a: 1 } },
      { scope: { type: 'draft' }, values: { b: 1 } },
      { scope: { type: 'page' }, values: 'nope' },
      { values: { c: 1 } },
    ],
  };
  expect(defaultsDeprecations(config).map((d) => d.message)).toEqual([
    "Defaults: The 'post' type has become 'posts'.",
    "Defaults: Please update your front-matter defaults to use 'type: posts'.",
    "Defaults: The 'draft' type has become 'drafts'.",
    "Defaults: Please update your front-matter defaults to use 'type: drafts'.",
    'Defaults: An invalid front-matter default set was found: {"scope"=>{"type"=>"page"}, "values"=>"nope"}',
  ]);
  expect(defaultsDeprecations({ defaults: 'x' })).toEqual([]);
});

test.each([
  [{}, []],
  [{ kramdown: { enable_coderay: false, coderay: {} } }, []],
  [{ kramdown: { enable_coderay: true, syntax_highlighter: 'rouge' } }, []],
  [{ markdown: 'CommonMark', kramdown: { enable_coderay: true, coderay: { coderay_css: 'class' } } }, []],
  [{ kramdown: { enable_coderay: true } }, ["Deprecation: You are using 'enable_coderay', use syntax_highlighter: coderay in your configuration file."]],
  [
    { kramdown: { coderay: { coderay_line_numbers: 'table', bold_every: 5, coderay_css: 'x' }, syntax_highlighter_opts: { coderay_css: 'class' } } },
    [
      "Deprecation: You are using 'kramdown.coderay' in your configuration, please use 'syntax_highlighter_opts' instead.",
      "Deprecation: You are using 'coderay_css'. Normalizing to css.",
      "Deprecation: You are using 'coderay_line_numbers'. Normalizing to line_numbers.",
    ],
  ],
  // a prefixed option without a coderay hash is not normalized, nor told
  [{ kramdown: { syntax_highlighter_opts: { coderay_css: 'class' } } }, []],
])('kramdown setup of %j', (config, messages) => {
  expect(kramdownSetupDeprecations(config)).toEqual(messages);
});

test('a build says them once, in the order Jekyll logs them', async () => {
  const source = memorySource({
    '_config.yml': 'paginate: 3\ndefaults:\n  - scope: {type: post}\n    values: {x: 1}\nkramdown:\n  coderay:\n    coderay_tab_width: 2\n',
    '_posts/2020-01-01-a.md': '---\n---\nA\n',
    'b.md': '---\n---\nB\n',
  });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.map((d) => d.message)).toEqual([
    PAGINATION,
    "Defaults: The 'post' type has become 'posts'.",
    "Defaults: Please update your front-matter defaults to use 'type: posts'.",
    "Deprecation: You are using 'kramdown.coderay' in your configuration, please use 'syntax_highlighter_opts' instead.",
    "Deprecation: You are using 'coderay_tab_width'. Normalizing to tab_width.",
  ]);
});
