// Jekyll::Drops::Drop#inspect is JSON.pretty_generate of the drop's hash: a static file's
// drop printed on its own (`site.static_files[0] | inspect`, a loop variable, the sitemap
// page's static_files) shows its JSON; inside site.static_files it is the StaticFile's
// #inspect. Expected values from real Jekyll 4.3.1.
import { rubyInspect } from '../../lib/liquid/ruby/to-s.js';
import { markRubyObject, markJekyllDrop, markLiquidViews } from '../../lib/values/document-drop-mark.js';

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
