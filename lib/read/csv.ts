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
 * RFC 4180 fields: quotes around fields, `""` inside quotes, CRLF or LF rows.
 * Empty unquoted fields are null. Malformed quoting throws CsvSyntaxError, as
 * Ruby's CSV parser raises (csv/parser.rb). A leading BOM is kept in the first field, as
 * DataReader#read_data_file reads with `encoding: utf-8`, not `bom|utf-8`.
 */
export function parseCsv(text: string, separator = ','): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
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
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') throw malformed("Any value after quoted field isn't allowed");
      continue;
    }
    if (ch === '"') throw malformed('Illegal quoting');
    if (ch === separator) {
      endField();
      any = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endField();
      rows.push(any || row.some((f) => f !== null) ? row : []);
      row = [];
      any = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
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
