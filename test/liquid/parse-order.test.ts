// Ruby Liquid parses a template from its start and stops at the first error: an unknown tag
// before a later syntax error is the one Jekyll reports, and the warnings of a template
// whose parse fails are never printed (Renderer#render_liquid prints them after the parse).
// Messages and lines of Jekyll 4.3.1 on one-page sites (`---\n---\n` + the template).
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/memory-source.js';
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import { liquid } from './helpers.js';

async function build(template: string): Promise<{ error?: string; warnings: string[]; output?: string }> {
  const files = { 'index.html': `---\n---\n${template}` };
  try {
    const r = await renderSite({ source: memorySource(files, '/site'), write: false });
    const page = r.files.find((f) => f.path === 'index.html');
    return { warnings: r.diagnostics.map((d) => d.message), output: String(page?.contents) };
  } catch (e) {
    const err = e as Error & { diagnostics?: Array<{ message: string }> };
    return { error: err.message.split('\n')[0], warnings: (err.diagnostics ?? []).map((d) => d.message) };
  }
}

describe('the first error in the template is the one reported', () => {
  test.each([
    ['{% nosuch %}\n{% if %}\n', "Liquid syntax error (line 1): Unknown tag 'nosuch'"],
    ['{% nosuch %}\n{{ x | }}\n', "Liquid syntax error (line 1): Unknown tag 'nosuch'"],
    ['{{ x | }}\n{% nosuch %}\n', "Liquid syntax error (line 2): Unknown tag 'nosuch'"],
    ['{% if %}\n{% nosuch %}\n', "Liquid syntax error (line 1): Syntax Error in tag 'if' - Valid syntax: if [expression]"],
    ['{% nosuch %}\n{% endfor %}\n', "Liquid syntax error (line 1): Unknown tag 'nosuch'"],
    ['{% nosuch %}\n{{ x | }}\n{% if %}\n', "Liquid syntax error (line 1): Unknown tag 'nosuch'"],
    // Block.raise_unknown_tag inside a block
    ['{% if a %}\n{% endfoo %}\n{% endif %}\n', "Liquid syntax error (line 2): 'endfoo' is not a valid delimiter for if tags. use endif"],
    ['{% endfoo %}\n', "Liquid syntax error (line 1): Unknown tag 'endfoo'"],
    ['{% if a %}{% when b %}{% endif %}\n', "Liquid syntax error (line 1): Unknown tag 'when'"],
    ['{% for x in y %}\n{% elsif %}{% endfor %}\n', "Liquid syntax error (line 2): Unknown tag 'elsif'"],
    ['{% case a %}{% when 1 %}{% elsif b %}{% endcase %}\n', "Liquid syntax error (line 1): Unknown tag 'elsif'"],
    // a comment ignores unknown tags, but not those of a block inside it
    ['{% comment %}{% if a %}\n{% nosuch %}{% endif %}{% endcomment %}\n', "Liquid syntax error (line 2): Unknown tag 'nosuch'"],
    ['{% liquid\n  assign a = 1\n  nosuch x\n%}\n{% if %}\n', "Liquid syntax error (line 3): Unknown tag 'nosuch'"],
    // liquidjs's own tags that Ruby Liquid has not
    ['{% block x %}a{% endblock %}\n', "Liquid syntax error (line 1): Unknown tag 'block'"],
    ['{% layout "x" %}\n', "Liquid syntax error (line 1): Unknown tag 'layout'"],
  ])('%j', async (template, message) => {
    const r = await build(template);
    expect(r.error).toBe(`Liquid Exception: ${message} in index.html`);
    expect(r.warnings).toEqual([]);
  });

  test('a template that parses still warns', async () => {
    const r = await build('{{ x | }}\nok\n');
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual(['Liquid Warning: Liquid syntax error (line 1): Expected id but found end_of_string in "{{ x | }}" in index.html']);
  });

  test('sub-tags where their block reads them, and unknown tags inside a comment, are no errors', async () => {
    const r = await build('{% if a %}{% elsif b %}{% endif %}{% unless a %}{% elsif b %}{% endunless %}{% comment %}{% nosuch %}{% endcomment %}ok{% # c %}\n');
    expect(r.error).toBeUndefined();
    expect(r.output).toBe('ok\n');
  });
});

describe('render: Jekyll gives Liquid no file system', () => {
  test.each([
    ['{% assign y = 2 %}{% render "r.html", x: 1 %}\n', 'Liquid error (line 1): This liquid context does not allow includes.'],
    ['a\n{% render x %}\n', "Liquid syntax error (line 2): Syntax error in tag 'render' - Template name must be a quoted string"],
    ['a\n{% render %}\n', "Liquid syntax error (line 2): Syntax error in tag 'render' - Template name must be a quoted string"],
  ])('%j', async (template, message) => {
    expect((await build(template)).error).toBe(`Liquid Exception: ${message} in index.html`);
  });

  test('a render that does not run is no error', async () => {
    expect((await build('{% if false %}{% render "x" %}{% endif %}ok\n')).output).toBe('ok\n');
  });
});

describe("a plugin's block reads its own body", () => {
  // `{% tabs %}` with `{% tab %}` and `{% else %}` inside, read by the plugin's parseStream (liquidjs's API for block tags)
  function withTabs(): ReturnType<typeof liquid> {
    const l = liquid();
    class Tabs extends Tag {
      private readonly tpls: Template[] = [];
      constructor(token: TagToken, remain: TopLevelToken[], engine: Liquid) {
        super(token, remain, engine);
        const stream = engine.parser
          .parseStream(remain)
          .on('tag:tab', () => undefined)
          .on('tag:else', () => undefined)
          .on('tag:endtabs', () => stream.stop())
          .on('template', (t: Template) => void this.tpls.push(t));
        stream.start();
      }
      *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
        yield this.liquid.renderer.renderTemplates(this.tpls, ctx, emitter);
      }
    }
    l.engine.registerTag('tabs', Tabs);
    return l;
  }
  test('its sub-tags are no unknown tags', () => {
    const l = withTabs();
    expect(l.render(l.parse('{% tabs %}a{% tab %}b{% else %}c{% endtabs %}', 'index.html'), {})).toBe('abc');
  });
  test('an unknown tag after it still is', () => {
    const l = withTabs();
    expect(() => l.parse('{% tabs %}a{% tab %}b{% endtabs %}\n{% nosuch %}', 'index.html')).toThrow("Liquid syntax error (line 2): Unknown tag 'nosuch'");
  });
});
