// A collection document read from a .yml/.yaml file (Document#read, yaml_file?): its data is
// the file's first YAML document, nothing else; no content. Expected values from real
// Jekyll 4.3.1 (fixtures/sites/fidelity11-collection-data-files).
import { parseDocument } from '../../lib/read/parse-document.js';
import { JekyllTime } from '../../lib/time/index.js';

const time = new JekyllTime(1767225600000, 0);
const config = {
  collections: { notes: { output: true, permalink: '/n/:slug:output_ext' } },
  defaults: [{ scope: { path: '' }, values: { layout: 'wrap', extra: 'from-defaults' } }],
};

describe('a YAML collection document', () => {
  test('its data is its YAML only: no defaults, title, slug, ext nor categories', () => {
    const doc = parseDocument('---\ntitle: A list\nitems: [1, 2]\n---\nbody: {{ page.title }}\n', { path: '_notes/with-fm.yaml', collection: 'notes', config, time });
    expect(doc.data).toEqual({ title: 'A list', items: [1, 2], date: time });
    expect(doc.content).toBe('');
    expect(doc.url).toBe('/n/with-fm.yaml');
    expect(doc.excerptSource).toBeUndefined();
  });

  test('its slug is its own, else the file name (no date taken from the name)', () => {
    const doc = parseDocument('---\nslug: custom\n---\nk: v\n', { path: '_notes/2021-01-01-dated.yml', collection: 'notes', config, time });
    expect(doc.url).toBe('/n/custom.yml');
    expect(doc.date).toBe(time);
  });

  test('a Markdown document next to it still gets the defaults', () => {
    const doc = parseDocument('---\ntitle: md\n---\nMD\n', { path: '_notes/doc.md', collection: 'notes', config, time });
    expect(doc.data.layout).toBe('wrap');
    expect(doc.data.slug).toBe('doc');
  });

  test('upper-case extensions are not YAML files (yaml_file? compares as written)', () => {
    const doc = parseDocument('---\ntitle: t\n---\nk: v\n', { path: '_notes/x.YML', collection: 'notes', config, time });
    expect(doc.content).toBe('k: v\n');
  });
});
