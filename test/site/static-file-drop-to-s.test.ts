// Jekyll::Drops::StaticFileDrop defines no #to_s: `{{ file }}`, a loop variable and string filters
// print Liquid::Drop#to_s, the class name, where `jsonify`/`inspect` give its fields. Expected:
// Jekyll 4.3.1 (a site with one static file, a.txt).
import { pageOutputOrError } from '../helpers/page-output.js';

const page = [
  'A: {{ site.static_files.first }}',
  'B: {% assign f = site.static_files.first %}{{ f }}',
  'C: {{ f.name }} {{ f | size }}',
  'D: {{ f | jsonify }}',
  'F: {% for x in site.static_files %}{{ x }}{% endfor %}',
  'G: {{ f | append: "!" }}',
  'H: {{ f | downcase }}',
  'I: {% if f == "Jekyll::Drops::StaticFileDrop" %}eq{% endif %}',
].join('\n');

test('a static file drop prints its class name', async () => {
  expect(await pageOutputOrError({ '_config.yml': 'title: x\n', 'a.txt': 'hello\n' }, page)).toBe(
    [
      'A: Jekyll::Drops::StaticFileDrop',
      'B: Jekyll::Drops::StaticFileDrop',
      'C: a.txt 0',
      'D: {"name":"a.txt","basename":"a","extname":".txt","path":"/a.txt","collection":null,"modified_time":"2026-01-01 00:00:00 +0000"}',
      'F: Jekyll::Drops::StaticFileDrop',
      'G: Jekyll::Drops::StaticFileDrop!',
      'H: jekyll::drops::staticfiledrop',
      'I: ',
      '',
    ].join('\n'),
  );
});
