// The `csv_reader` and `tsv_reader` settings (DataReader#read_config, Jekyll 4.3): how Ruby's
// CSV.read reads _data's CSV and TSV files. `headers` (true: rows are hashes; false: arrays;
// a list or a CSV line: those names, the file's first line being data), `csv_converters`
// (each field through Ruby's CSV::Converters in turn: numbers here, dates in csv-dates.ts), `encoding` (`bom|utf-8` drops a BOM).
import type { Data } from '../types.js';
import { RubyFloat } from '../values/ruby-float.js';
import { parseCsv } from './csv.js';
import { csvDate, csvDateTime } from './csv-dates.js';
import { rubyInteger } from '../values/ruby-integer.js';
import { isPlainHash, rubyInspect } from '../liquid/ruby/to-s.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import { implicitName, rubyClass } from '../liquid/filters/spaceship.js';

export interface CsvOptions {
  /** true: the first row names the fields; false: rows stay arrays; a list: these names. */
  readonly headers: boolean | ReadonlyArray<string | null>;
  readonly converters: readonly string[];
  /** `encoding: bom|utf-8`: a leading byte order mark is dropped. */
  readonly dropBom: boolean;
  /** Read as UTF-8 (the default `utf-8` or `bom|utf-8`): bytes that are not UTF-8 stop the build, as CSV.read raises. */
  readonly utf8?: boolean;
  /** The encoding named, when not UTF-8: the file is read in it when Node decodes it (text-codec.ts), as CSV.read reads it. */
  readonly encoding?: string;
  readonly separator: string;
  /** Ruby's error for a reader setting read_config or CSV.read cannot use: the first CSV (or TSV) file read stops the build with it. */
  readonly failure?: string;
}

/** read_config(key): the reader's hash, then the site's `encoding`; TSV files always split on tabs. */
export function csvOptions(config: Data, key: 'csv_reader' | 'tsv_reader'): CsvOptions {
  const given = config[key];
  const reader: Data = given !== null && typeof given === 'object' && !Array.isArray(given) ? (given as Data) : {};
  const failure = readerFailure(config, given);
  const headers = 'headers' in reader ? reader.headers : true;
  const encoding = 'encoding' in reader ? reader.encoding : config.encoding;
  const converters = Array.isArray(reader.csv_converters) ? reader.csv_converters.map(String) : [];
  const separator = key === 'tsv_reader' ? '\t' : ',';
  return {
    headers: typeof headers === 'string' ? headerLine(headers, separator) : Array.isArray(headers) ? headers.map((h) => (h == null ? null : String(h))) : headers != null && headers !== false,
    converters,
    dropBom: typeof encoding === 'string' && /^bom\|/i.test(encoding),
    utf8: typeof encoding !== 'string' || /^(?:bom\|)?utf-?8$/i.test(encoding),
    ...(typeof encoding === 'string' && !/^(?:bom\|)?utf-?8$/i.test(encoding) ? { encoding } : {}),
    separator,
    ...(failure === undefined ? {} : { failure }),
  };
}

// data_reader.rb#read_config's line, which Ruby 3.1's error_highlight adds to a NoMethodError there.
const READ_CONFIG_LINE = ':converters => reader_config.fetch("csv_converters", []).map(&:to_sym),';

/**
 * What DataReader#read_config (`config[key] || {}`, then `fetch("csv_converters", []).map(&:to_sym)`)
 * and CSV.read's `encoding:` raise for settings of the wrong type; undefined when they can be read.
 */
function readerFailure(config: Data, given: unknown): string | undefined {
  if (given == null || given === false) return typeof config.encoding === 'string' ? dummyEncodingFailure(config.encoding) : undefined;
  // Array#fetch takes an index; other non-Hash values have no fetch
  if (Array.isArray(given)) return 'no implicit conversion of String into Integer';
  if (!isPlainHash(given)) return noMethodText('fetch', given, { line: READ_CONFIG_LINE, call: '.fetch' });
  const reader = given as Data;
  if ('csv_converters' in reader) {
    const list = reader.csv_converters;
    // Hash#map yields [key, value] pairs; anything else but a list has no map
    const items: unknown[] | undefined = Array.isArray(list) ? list : isPlainHash(list) ? Object.entries(list as Data) : undefined;
    if (items === undefined) return noMethodText('map', list, { line: READ_CONFIG_LINE, call: '.map' });
    const bad = items.find((c) => typeof c !== 'string');
    // did_you_mean offers to_s here (no Set loaded yet when the data is read)
    if (bad !== undefined) return `undefined method \`to_sym' for ${symbolReceiver(bad)} ${READ_CONFIG_LINE} ^^^^${bad == null ? '' : ' Did you mean? to_s'}`;
  }
  const encoding = 'encoding' in reader ? reader.encoding : config.encoding;
  if (encoding != null && typeof encoding !== 'string') return `no implicit conversion of ${implicitName(encoding)} into String`;
  return typeof encoding === 'string' ? dummyEncodingFailure(encoding) : undefined;
}

// Ruby's dummy encodings (Encoding#dummy?), by name and alias: CSV's parser cannot make its
// quote character or its patterns in them (csv/parser.rb prepare_quote_character), whatever the file.
const DUMMY = new Map<string, string>([
  ['utf-16', ':quote_char has to be nil or a single character String (ArgumentError)'],
  ['utf-32', ':quote_char has to be nil or a single character String (ArgumentError)'],
  ['utf-7', 'code converter not found (US-ASCII to UTF-7) (Encoding::ConverterNotFoundError)'],
  ['cp65000', 'code converter not found (US-ASCII to UTF-7) (Encoding::ConverterNotFoundError)'],
  ['iso-2022-jp-2', 'code converter not found (US-ASCII to ISO-2022-JP-2) (Encoding::ConverterNotFoundError)'],
  ['iso2022-jp2', 'code converter not found (US-ASCII to ISO-2022-JP-2) (Encoding::ConverterNotFoundError)'],
  ['ibm037', "can't make regexp with dummy encoding: /\\\\x7F/ (RegexpError)"],
  ['ebcdic-cp-us', "can't make regexp with dummy encoding: /\\\\x7F/ (RegexpError)"],
  ...['iso-2022-jp', 'iso2022-jp', 'cp50220', 'cp50221', 'iso-2022-jp-kddi'].map((n): [string, string] => [n, 'can\'t make regexp with dummy encoding: /"/ (RegexpError)']),
]);

function dummyEncodingFailure(encoding: string): string | undefined {
  return DUMMY.get(encoding.trim().toLowerCase().replace(/^bom\|/, ''));
}

const symbolReceiver = (v: unknown): string => {
  const inspect = rubyInspect(v);
  return inspect.startsWith('#') ? inspect : `${inspect}:${rubyClass(v)}`;
};

// Parser#parse_headers: a String of headers is a line read with the file's own separator (a tab
// for TSV files); a line of no fields ("") is nil there, so the first row names the fields.
function headerLine(line: string, separator: string): boolean | ReadonlyArray<string | null> {
  const fields = parseCsv(line, separator)[0];
  return fields === undefined ? true : fields;
}

const KNOWN: ReadonlySet<string> = new Set(['integer', 'float', 'date', 'date_time']);

/** CSV::FieldsConverter#convert with a converter name CSV::Converters does not hold (`csv_converters: [bogus]`). */
export class CsvConverterError extends Error {
  constructor() {
    super("undefined method `arity' for nil:NilClass if converter.arity == 1  # straight field converter ^^^^^^");
    this.name = 'CsvConverterError';
  }
}

// CSV::Converters: `numeric` is integer then float; `all` is date_time then numeric.
const EXPANDED: Record<string, readonly string[]> = { numeric: ['integer', 'float'], all: ['date_time', 'integer', 'float'] };

/** A field through the converters in order, until one gives something else than a String. */
export function convertField(field: string, converters: readonly string[]): unknown {
  for (const name of converters.flatMap((c) => EXPANDED[c] ?? [c])) {
    // a name CSV::Converters lacks is nil there, met at the first field converted
    if (!KNOWN.has(name)) throw new CsvConverterError();
    const v = name === 'integer' ? rubyInteger(field) : name === 'float' ? rubyFloat(field) : name === 'date' ? csvDate(field) : name === 'date_time' ? csvDateTime(field) : undefined;
    if (v !== undefined) return v;
  }
  return field;
}

// Kernel#Float of a String: decimal (a leading `.` allowed, not a trailing one), or a hex integer.
const FLOAT = /^\s*[+-]?(?:\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?\s*$/;

function rubyFloat(s: string): RubyFloat | undefined {
  if (FLOAT.test(s)) return new RubyFloat(Number(s.trim().replace(/_/g, '')));
  const hex = /^\s*([+-]?)0[xX]([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)\s*$/.exec(s);
  if (hex) return new RubyFloat((hex[1] === '-' ? -1 : 1) * parseInt(hex[2]!.replace(/_/g, ''), 16));
  return undefined;
}
