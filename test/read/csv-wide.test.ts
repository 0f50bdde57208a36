// _data CSV files in a site whose `encoding:` (or csv_reader's) is not ASCII-compatible, as
// Jekyll 4.3.1's DataReader reads them with Ruby 3.1's CSV.read(path, encoding:) (each case run
// with real Jekyll: the build stops with these messages, or goes on).
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const be = (s: string): Buffer => Buffer.from(le(s)).swap16();
const le32 = (s: string): Buffer => Buffer.concat([...s].map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return b; }));
const site = (encoding: string, csv: Uint8Array) => memorySource({ '_config.yml': `encoding: ${encoding}\n`, '_data/a.csv': csv, 's.txt': 'x\n' });

test.each([
  ['utf-16le', le('name,n\nab,1\n\u00e9,2\n')],
  ['UTF-16BE', be('name,n\nab,1\n')],
  ['bom|utf-16le', le('\uFEFFname,n\nab,1\n')],
  // IO's BOM detection reads the file as UTF-16LE whatever `bom|` named
  ['bom|utf-16be', le('\uFEFFname,n\nab,1\n')],
  ['utf-32le', le32('name,n\nab,1\n')],
  // UTF-8 bytes that happen to be UTF-16LE characters: one header row, no data rows
  ['utf-16le', Buffer.from('name,n\nab,1\n')],
])('encoding: %s reads the CSV file in that encoding (%#)', async (encoding, csv) => {
  await expect(renderSite({ source: site(encoding, csv), env: FIXED_ENV })).resolves.toBeDefined();
});

test.each([
  ['utf-16le', Buffer.from('name,n\nab,12\n'), 1],
  ['utf-16le', Buffer.concat([le('name,n\nab,1\n'), Buffer.from([0x00, 0xdc]), le('\nx,2\n')]), 3],
  ['utf-16le', Buffer.concat([le('name,n\nab,1\n'), Buffer.from([0x00])]), 3],
  // IO#gets(nil, limit) ends the sample after a 0xFF byte, in UTF-16LE inside a character
  ['utf-16le', le('\uFEFFname,n\nab,1\n'), 1],
  ['utf-16le', le('name,n\na\u00ffb,1\n'), 1],
  ['utf-32be', Buffer.from('name,n\n'), 1],
  ['utf-32le', Buffer.concat([le32('name,n\nab,1\n'), Buffer.from([0, 0, 0x11, 0])]), 3],
])('encoding: %s, bytes not of it: CSV::MalformedCSVError in Ruby\'s line (%#)', async (encoding, csv, line) => {
  const name = encoding.toUpperCase();
  await expect(renderSite({ source: site(encoding, csv), env: FIXED_ENV })).rejects.toMatchObject({
    code: 'DATA_ERROR', file: '_data/a.csv', message: `Invalid byte sequence in ${name} in line ${line}. (CSV::MalformedCSVError) reading _data/a.csv`,
  });
});

test('an unclosed quote in a UTF-16LE CSV file: its line', async () => {
  await expect(renderSite({ source: site('utf-16le', le('name,n\n"ab,1\n')), env: FIXED_ENV })).rejects.toMatchObject({ message: 'Unclosed quoted field in line 2. (CSV::MalformedCSVError) reading _data/a.csv' });
});

// Ruby's dummy encodings: CSV's parser cannot make its quote character or patterns in them.
test.each([
  ['utf-16', ':quote_char has to be nil or a single character String (ArgumentError)'],
  ['UTF-32', ':quote_char has to be nil or a single character String (ArgumentError)'],
  ['ISO-2022-JP', 'can\'t make regexp with dummy encoding: /"/ (RegexpError)'],
  ['IBM037', "can't make regexp with dummy encoding: /\\\\x7F/ (RegexpError)"],
  ['UTF-7', 'code converter not found (US-ASCII to UTF-7) (Encoding::ConverterNotFoundError)'],
])('encoding: %s stops the build at the first CSV file', async (encoding, message) => {
  await expect(renderSite({ source: site(encoding, Buffer.from('a,b\n')), env: FIXED_ENV })).rejects.toMatchObject({ message });
  await expect(renderSite({ source: memorySource({ '_config.yml': `encoding: ${encoding}\n`, 's.txt': 'x\n' }), env: FIXED_ENV })).resolves.toBeDefined();
});
