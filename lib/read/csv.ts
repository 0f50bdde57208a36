// CSV/TSV data files as Ruby's CSV.read gives them with Jekyll's options (csv-options.ts):
// each row's to_hash with headers, else the row itself (jekyll/readers/data_reader.rb).
import { setKey } from '../values/own-keys.js';
import { RubyHash } from '../values/ruby-hash.js';
import { keepRubyOrder } from '../values/typed-keys.js';
import { convertField, type CsvOptions } from './csv-options.js';

/** Rows of `text` as hashes keyed by the header row (or as arrays without headers); an empty unquoted field is null. */
export function parseCsvTable(text: string, options: Partial<CsvOptions> = {}): Array<Record<string, unknown> | RubyHash | unknown[]> {
  const converters = options.converters ?? [];
  const convert = (row: Array<string | null>): unknown[] => (converters.length ? row.map((f) => (f === null ? f : convertField(f, converters))) : row);
  const rows = parseCsv(options.dropBom && text.startsWith('\uFEFF') ? text.slice(1) : text, options.separator ?? ',');
  const given = options.headers ?? true;
  if (given === false) return rows.map(convert);
  const headers = given === true ? (rows.shift() ?? []) : given;
  // a header such as `2019` would come first in a JavaScript object: the row notes the headers' order
  const reordered = headers.some((h) => h !== null && String(Number(h)) === h);
  return rows.map((raw) => {
    const row = convert(raw);
    const hash: Record<string, unknown> = {};
    const width = Math.max(headers.length, row.length);
    // An empty header cell, or a field past the last header, is keyed by nil in Ruby, which
    // `inspect` shows as nil and `row[""]` does not find: such a row is a RubyHash.
    if (width > headers.length || headers.some((h) => h === null)) return nilKeyed(headers, row, width);
    for (let i = 0; i < width; i++) {
      const key = headers[i] ?? '';
      // CSV::Row#to_hash keeps the first of repeated headers.
      if (!Object.hasOwn(hash, key)) setKey(hash, key, row[i] ?? null);
    }
    if (reordered) keepRubyOrder(hash, [...new Set(Array.from({ length: width }, (_, i) => headers[i] ?? ''))]);
    return hash;
  });
}

/** CSV::Row#to_hash of a row with nil headers: the first field of each header, nil among them. */
function nilKeyed(headers: ReadonlyArray<string | null>, row: readonly unknown[], width: number): RubyHash {
  const hash = new RubyHash([]);
  for (let i = 0; i < width; i++) {
    const key = headers[i] ?? null;
    if (!hash.has(key)) hash.set(key, row[i] ?? null);
  }
  return hash;
}

/** CSV::MalformedCSVError: Ruby's message (its "line" counts rows) and the file line the row starts on. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parser#detect_row_separator (row_sep: :auto): "\r\n" or "\r" when a "\r" comes before the first
 * "\n", else "\n". Only that separator ends a row; another line break is an error.
 */
function rowSeparator(text: string): string {
  const lf = text.indexOf('\n');
  const cr = (lf < 0 ? text : text.slice(0, lf)).indexOf('\r');
  if (cr < 0) return '\n';
  return cr + 1 === lf ? '\r\n' : '\r';
}

/** A line break (`\r\n`, `\n` or `\r`, Parser's @line_end) as Ruby's String#inspect shows it. */
const breakAt = (text: string, i: number): string => (text.startsWith('\r\n', i) ? '"\\r\\n"' : text[i] === '\r' ? '"\\r"' : '"\\n"');

/**
 * RFC 4180 fields: quotes around fields, `""` inside quotes, rows ended by the row separator
 * the file uses (rowSeparator). Empty unquoted fields are null. Malformed quoting and stray
 * line breaks throw CsvSyntaxError, as Ruby's CSV parser raises (csv/parser.rb,
 * parse_quotable_robust). A leading BOM is kept in the first field, as
 * DataReader#read_data_file reads with `encoding: utf-8`, not `bom|utf-8`.
 */
export function parseCsv(text: string, separator = ','): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  const rowSep = rowSeparator(text);
  let row: Array<string | null> = [];
  let field = '';
  let quoted = false;
  let any = false;
  let i = 0;
  let line = 1;
  let rowLine = 1;
  const malformed = (what: string): CsvSyntaxError => new CsvSyntaxError(`${what} in line ${rows.length + 1}.`, rowLine);
  const endField = (): void => {
    row.push(quoted || field !== '' ? field : null);
    field = '';
    quoted = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '' && !quoted) {
      quoted = true;
      any = true;
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (text[i] === '\n') line++;
        field += text[i++];
      }
      if (!closed) throw malformed('Unclosed quoted field');
      if (i < text.length && text[i] !== separator && !text.startsWith(rowSep, i)) throw malformed("Any value after quoted field isn't allowed");
      continue;
    }
    if (ch === '"') throw malformed('Illegal quoting');
    if (ch === separator) {
      endField();
      any = true;
      i++;
    } else if (text.startsWith(rowSep, i)) {
      endField();
      rows.push(any || row.some((f) => f !== null) ? row : []);
      row = [];
      any = false;
      i += rowSep.length;
      line++;
      rowLine = line;
    } else if (ch === '\n' || ch === '\r') {
      // a line break that is not the row separator: after a value, or where a row or field starts
      throw malformed(field !== '' ? `Unquoted fields do not allow new line <${breakAt(text, i)}>` : `New line must be <${breakAt(rowSep, 0)}> not <${breakAt(text, i)}>`);
    } else {
      field += ch;
      any = true;
      i++;
    }
  }
  if (any || field !== '') {
    endField();
    rows.push(row);
  }
  return rows;
}
