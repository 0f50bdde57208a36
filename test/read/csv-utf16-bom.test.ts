// A _data CSV or TSV file that starts with a UTF-16 byte-order mark: Jekyll 4.3.1's DataReader
// calls CSV.read(path, encoding: "utf-8") (plain utf-8, not the `bom|utf-8` pages are read with),
// so FF FE are two bytes that are not UTF-8 and CSV stops with "Invalid byte sequence in UTF-8 in
// line 1. (CSV::MalformedCSVError)"; kyll said File.read's "ASCII incompatible encoding needs
// binmode". Found by scripts/fuzz-errors.mjs (seed 60019, case 17), checked with jekyll build.
import { readData } from '../../lib/read/data.js';
import { memorySource } from '../../lib/source/memory-source.js';

const bom = (bytes: number[], text: string): Uint8Array => new Uint8Array([...bytes, ...Buffer.from(text, 'latin1')]);

test.each([
  ['items.csv', [0xff, 0xfe], 'name,price\napple,1\n'],
  ['items.tsv', [0xfe, 0xff], 'name\tprice\napple\t1\n'],
  ['wide.csv', [0xff, 0xfe], 'n\0a\0,\0b\0\n\0'],
])('%s after a UTF-16 byte-order mark is CSV\'s invalid UTF-8 in line 1', (name, mark, text) => {
  const source = memorySource({ [`_data/${name}`]: bom(mark, text) }, '/site');
  expect(() => readData(source)).toThrow(`Invalid byte sequence in UTF-8 in line 1. (CSV::MalformedCSVError) reading _data/${name}`);
});
