// csv_reader / tsv_reader (DataReader#read_config) and Ruby's CSV::Converters. Expected values
// from Ruby 3.1's csv 3.2.2 (CSV.read with the same options) and real Jekyll 4.3.1
// (fixtures/sites/fidelity11-csv-reader).
import { convertField, csvOptions } from '../../lib/read/csv-options.js';
import { parseCsvTable } from '../../lib/read/csv.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';
import type { RubyHash } from '../../lib/values/ruby-hash.js';

describe('csv_reader options', () => {
  test('defaults: headers, no converters, the site encoding', () => {
    expect(csvOptions({}, 'csv_reader')).toEqual({ headers: true, converters: [], dropBom: false, utf8: true, separator: ',' });
    expect(csvOptions({ encoding: 'BOM|UTF-8' }, 'tsv_reader')).toEqual({ headers: true, converters: [], dropBom: true, utf8: true, separator: '\t' });
    expect(csvOptions({ encoding: 'ISO-8859-1' }, 'csv_reader').utf8).toBe(false);
    expect(csvOptions({ encoding: 'bom|utf-8', csv_reader: { encoding: 'utf-8', headers: false } }, 'csv_reader').dropBom).toBe(false);
  });

  test('headers given as a CSV line or a list name the fields of every line', () => {
    expect(parseCsvTable('a,b\n1,2\n', csvOptions({ csv_reader: { headers: 'x,y' } }, 'csv_reader'))).toEqual([{ x: 'a', y: 'b' }, { x: '1', y: '2' }]);
    expect(parseCsvTable('a,b\n', { headers: false })).toEqual([['a', 'b']]);
  });

  test('a headers line is split as the file is: on tabs for tsv_reader; an empty one means the first row', () => {
    // Ruby: CSV.read(f, col_sep: "\t", headers: "x,y") gives [{"x,y"=>"a", nil=>"b"}, ...]
    const tsv = (headers: string) => csvOptions({ tsv_reader: { headers } }, 'tsv_reader');
    expect(tsv('x\ty').headers).toEqual(['x', 'y']);
    expect(tsv('x,y').headers).toEqual(['x,y']);
    expect(parseCsvTable('a\tb\n1\t2\n', tsv('x,y')).map((r) => [...(r as RubyHash)])).toEqual([
      [['x,y', 'a'], [null, 'b']],
      [['x,y', '1'], [null, '2']],
    ]);
    expect(parseCsvTable('a\tb\n1\t2\n', tsv(''))).toEqual([{ a: '1', b: '2' }]);
  });

  test('a BOM is dropped only with bom|', () => {
    expect(parseCsvTable('\uFEFFn\n1\n', { dropBom: true })).toEqual([{ n: '1' }]);
    expect(parseCsvTable('\uFEFFn\n1\n')).toEqual([{ '\uFEFFn': '1' }]);
  });
});

describe("Ruby's CSV converters", () => {
  const int = (s: string): unknown => convertField(s, ['integer']);
  const num = (s: string): unknown => convertField(s, ['numeric']);

  test('integer: Kernel#Integer (prefixes, octal 0, underscores, blanks)', () => {
    expect([int('012'), int(' 12 '), int('0x1A'), int('-0b11'), int('0o17'), int('1_0'), int('+5'), int('0_1')]).toEqual([10, 12, 26, -3, 15, 10, 5, 1]);
    expect([int('08'), int('1__0'), int(''), int('1.5'), int('_1')]).toEqual(['08', '1__0', '', '1.5', '_1']);
  });

  test('numeric: integer first, then Kernel#Float', () => {
    expect(num('08')).toEqual(new RubyFloat(8));
    expect(num('1e3')).toEqual(new RubyFloat(1000));
    expect(num('.5')).toEqual(new RubyFloat(0.5));
    expect(num('1_000.5')).toEqual(new RubyFloat(1000.5));
    expect([num('1.'), num('1.e5'), num('NaN'), num('x')]).toEqual(['1.', '1.e5', 'NaN', 'x']);
  });
});
