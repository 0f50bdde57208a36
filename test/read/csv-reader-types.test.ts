// csv_reader / tsv_reader settings of the wrong type, as DataReader#read_config reads them
// (`config[key] || {}`, `fetch("csv_converters", []).map(&:to_sym)`) and CSV.read uses them: the
// first CSV (or TSV) file read stops the build with Ruby's error. Messages as Jekyll 4.3.1
// printed them (error_highlight's line and did_you_mean included) on a probe site.
import { memorySource, renderSite } from '../../lib/index.js';

const build = (setting: string) =>
  renderSite({ source: memorySource({ '_config.yml': `${setting}\n`, '_data/c.csv': 'a,b\nx,2\n', '_data/t.tsv': 'a\tb\n1\t2\n', 'i.html': '---\n---\n{{ site.data.c | jsonify }}' }) });

const line = ':converters => reader_config.fetch("csv_converters", []).map(&:to_sym),';

test.each([
  ['csv_reader: {csv_converters: numeric}', `undefined method \`map' for "numeric":String ${line} ^^^^ Did you mean? tap`],
  ['csv_reader: {csv_converters: ~}', `undefined method \`map' for nil:NilClass ${line} ^^^^`],
  ['csv_reader: {csv_converters: [5]}', `undefined method \`to_sym' for 5:Integer ${line} ^^^^ Did you mean? to_s`],
  ['csv_reader: {csv_converters: [~]}', `undefined method \`to_sym' for nil:NilClass ${line} ^^^^`],
  ['tsv_reader: {csv_converters: {a: 1}}', `undefined method \`to_sym' for ["a", 1]:Array ${line} ^^^^ Did you mean? to_s`],
  ['csv_reader: 5', `undefined method \`fetch' for 5:Integer ${line} ^^^^^^`],
  ['csv_reader: "x"', `undefined method \`fetch' for "x":String ${line} ^^^^^^`],
  ['csv_reader: [a]', 'no implicit conversion of String into Integer'],
  ['csv_reader: {encoding: 5}', 'no implicit conversion of Integer into String'],
  // a field the first converter turns into a number never meets the unknown one: `x` does
  ['csv_reader: {csv_converters: [integer, bogus]}', "undefined method `arity' for nil:NilClass if converter.arity == 1  # straight field converter ^^^^^^"],
])('%s stops the build as in Jekyll', async (setting, message) => {
  await expect(build(setting)).rejects.toThrow(message);
});

test('usable settings, and a bad one for the kind of file the site lacks, build', async () => {
  for (const setting of ['csv_reader: ~', 'csv_reader: false', 'csv_reader: {csv_converters: [numeric], headers: false}', 'csv_reader: {csv_converters: {}}']) {
    await expect(build(setting)).resolves.toBeDefined();
  }
  const noTsv = renderSite({ source: memorySource({ '_config.yml': 'tsv_reader: 5\n', '_data/c.csv': 'a\n1\n' }) });
  await expect(noTsv).resolves.toBeDefined();
});
