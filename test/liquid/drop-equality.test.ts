// `==` on a Jekyll::Drops::Drop (a document's DocumentDrop, the site's, a static file's):
// Drop has no #== of its own, so Object#== compares identity, and Hash#== against a drop asks
// the drop back. A post compared with `page` in a loop over site.posts (`{% if post != page %}`,
// jekyll-theme-memoirs) is thus never a walk of both drops' keys, which would read every
// post's output.
import { markJekyllDrop } from '../../lib/values/document-drop-mark.js';
import { liquid } from './helpers.js';

function render(template: string, scope: Record<string, unknown>): string {
  const l = liquid();
  return l.render(l.parse(template, 'index.html'), scope);
}

test('a drop equals itself only, never a hash with the same keys', () => {
  const drop = markJekyllDrop({ title: 'A', url: '/a.html' });
  const twin = markJekyllDrop({ title: 'A', url: '/a.html' });
  const scope = { drop, twin, hash: { title: 'A', url: '/a.html' }, list: [drop] };
  const t = '{% if drop == drop %}1{% endif %}{% if drop == twin %}2{% endif %}{% if drop == hash %}3{% endif %}' +
    '{% if hash == drop %}4{% endif %}{% if drop != twin %}5{% endif %}{% for d in list %}{% if d == drop %}6{% endif %}{% endfor %}';
  expect(render(t, scope)).toBe('156');
});

test('comparing two drops reads none of their values', () => {
  let reads = 0;
  const make = (title: string) => {
    const d = markJekyllDrop({ title } as Record<string, unknown>);
    Object.defineProperty(d, 'output', { enumerable: true, get: () => ++reads && '<p>x</p>' });
    return d;
  };
  expect(render('{% if a != b %}ne{% endif %}', { a: make('A'), b: make('B') })).toBe('ne');
  expect(reads).toBe(0);
});
