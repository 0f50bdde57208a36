// Jekyll::Drops::Drop#inspect is JSON.pretty_generate of the drop's hash: a static file's
// drop printed on its own (`site.static_files[0] | inspect`, a loop variable, the sitemap
// page's static_files) shows its JSON; inside site.static_files it is the StaticFile's
// #inspect. Expected values from real Jekyll 4.3.1.
import { rubyInspect } from '../../lib/liquid/ruby/to-s.js';
import { markRubyObject, markJekyllDrop, markLiquidViews } from '../../lib/values/document-drop-mark.js';
import { liquid } from './helpers.js';

function fileDrop(): Record<string, unknown> {
  const drop = { name: 'a.pdf', basename: 'a', extname: '.pdf', path: '/docs/a.pdf', collection: undefined };
  return markJekyllDrop(markRubyObject(drop, '#<Jekyll::StaticFile @relative_path="/docs/a.pdf">'));
}

describe('inspect of a Jekyll drop', () => {
  test('on its own: its JSON, pretty', () => {
    expect(rubyInspect(fileDrop())).toBe('{\n  "name": "a.pdf",\n  "basename": "a",\n  "extname": ".pdf",\n  "path": "/docs/a.pdf",\n  "collection": null\n}');
  });

  test('in a Jekyll list: the Ruby object; in a list of drops: their JSON', () => {
    expect(rubyInspect([fileDrop()])).toBe('[#<Jekyll::StaticFile @relative_path="/docs/a.pdf">]');
    expect(rubyInspect(markLiquidViews([fileDrop()], () => true))).toContain('[{\n  "name": "a.pdf",');
  });
});

// Array#sort, #select and #group_by give back the same objects: a drop that a filter's
// InputIterator made (`| uniq`, `| sort_natural`) is still a drop after them (Jekyll 4.3.1:
// `site.posts | sort_natural | sort | inspect` prints the posts' JSON).
describe('filters that keep the elements they are given keep their drops', () => {
  const render = (template: string, files: unknown[]): string => {
    const l = liquid();
    return l.render(l.parse(template, 'test.html'), { files });
  };
  test.each([
    ['{{ files | uniq | sort | inspect }}'],
    ['{{ files | uniq | sort: "name" | inspect }}'],
    ['{{ files | uniq | where: "extname", ".pdf" | inspect }}'],
    ['{{ files | uniq | where_exp: "f", "f.name" | inspect }}'],
    ['{{ files | sort_natural | pop: 0 | inspect }}'],
    ['{{ files | uniq | group_by: "extname" | map: "items" | inspect }}'],
  ])('%s', (template) => {
    expect(render(template, [fileDrop()])).toContain('&quot;basename&quot;: &quot;a&quot;');
    expect(render(template.replace(/uniq \| |sort_natural \| /, ''), [fileDrop()])).toContain('#&lt;Jekyll::StaticFile');
  });
});
