// The `_data` folder as DataReader#read_data_to reads it (jekyll/readers/data_reader.rb).
import { missingLinkTarget } from '../source/dangling-links.js';
import { fileDenied, folderDenied, isDenied } from '../source/permission-denied.js';
import type { Source } from '../source/index.js';
import type { Data } from '../types.js';
import { CsvSyntaxError, parseCsvTable } from './csv.js';
import { csvEncodingError } from './csv-encoding.js';
import { isWideEncoding, wideCsvText } from './csv-wide.js';
import { CsvConverterError, type CsvOptions } from './csv-options.js';
import { KyllError, codeFrame } from '../errors/index.js';
import { parseYamlWithBom, yamlFileText } from './yaml.js';
import { readTextOrThrow } from './decode.js';
import { codecFor } from './text-codec.js';
import { setKey } from '../values/own-keys.js';
import { keepRubyOrder } from '../values/typed-keys.js';

// Dir["*.{yaml,yml,json,csv,tsv}"] lists each extension in turn; later files win.
const EXTENSIONS = ['yaml', 'yml', 'json', 'csv', 'tsv'];

/**
 * Every data file under `dataDir` (default `_data`) as a nested hash: folders
 * become hashes, file names (without extension, sanitized) become keys.
 * YAML and JSON go through the YAML loader; CSV and TSV are arrays of row hashes.
 */
export function readData(source: Source, options: { dataDir?: string; zone?: string; csv?: CsvOptions; tsv?: CsvOptions } = {}): Data {
  const dataDir = (options.dataDir ?? '_data').replace(/^\/+|\/+$/g, '');
  const prefix = `${dataDir}/`;
  // An empty folder is a key too (Dir["*"] lists it; its hash stays {}): it comes in as `<folder>/`,
  // which readFolder hands down to that folder as a name with no data extension.
  const files = [...source.list().filter((p) => p.startsWith(prefix)), ...(source.emptyFolders?.() ?? []).flatMap((p) => (p.startsWith(prefix) ? [`${p}/`] : []))];
  // DataReader#read_data_to reads every `*.{yaml,yml,json,csv,tsv}` it lists: a link to nothing stops the build.
  const missing = source.dangling?.().find((p) => p.startsWith(prefix) && EXTENSIONS.some((ext) => p.endsWith(`.${ext}`)) && !p.slice(p.lastIndexOf('/') + 1).startsWith('.'));
  if (missing !== undefined) throw missingLinkTarget(source, missing);
  // DataReader#read_data_to Dir.chdir's into the folder and each folder in it (not those Dir["*"] leaves out: `.` names).
  const denied = source.unreadable?.().find((p) => (p === dataDir || p.startsWith(prefix)) && !p.slice(prefix.length).split('/').some((seg) => seg.startsWith('.')));
  if (denied !== undefined) throw folderDenied(source, denied, false); // exclude: does not reach _data
  return readFolder(source, dataDir, files, options);
}

// `files`: the paths under `dir/`. Each folder's are handed down to it, grouped in one pass: a
// _data with thousands of folders (one of comments per post, as Staticman writes them) was
// read in time quadratic in its files when each folder looked through the whole list.
function readFolder(source: Source, dir: string, files: readonly string[], options: ReadOptions): Data {
  const data: Data = {};
  // the order the names were read in (Hash#[]=), which a name such as `2019` would lose in an object
  const order: string[] = [];
  const put = (key: string, value: unknown): void => {
    if (!Object.hasOwn(data, key)) order.push(key);
    setKey(data, key, value);
  };
  const prefix = `${dir}/`;
  const direct: string[] = [];
  const folders = new Map<string, string[]>();
  for (const p of files) {
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash < 0) direct.push(p);
    else if (slash > 0 && !rest.startsWith('.')) {
      const folder = rest.slice(0, slash);
      const list = folders.get(folder);
      if (list) list.push(p);
      else folders.set(folder, [p]);
    }
  }
  for (const ext of EXTENSIONS) {
    for (const path of direct.filter((p) => p.endsWith(`.${ext}`)).sort()) {
      const name = path.slice(prefix.length);
      if (name.startsWith('.')) continue;
      put(sanitizeFilename(name.slice(0, name.lastIndexOf('.'))), readDataFile(source, path, ext, options));
    }
  }
  for (const folder of [...folders.keys()].sort()) {
    put(sanitizeFilename(folder), readFolder(source, `${dir}/${folder}`, folders.get(folder)!, options));
  }
  keepRubyOrder(data, order);
  return data;
}

type ReadOptions = { zone?: string; csv?: CsvOptions; tsv?: CsvOptions };

function readDataFile(source: Source, path: string, ext: string, { zone, csv, tsv }: ReadOptions): unknown {
  // Psych and Ruby's CSV refuse bytes that are not UTF-8 ("invalid leading UTF-8 octet", CSV::MalformedCSVError);
  // a CSV read in another `encoding` is not checked.
  const table = ext === 'csv' ? csv : ext === 'tsv' ? tsv : undefined;
  // read_config's (or CSV.read's) error for a csv_reader/tsv_reader setting it cannot use
  if (table?.failure !== undefined) throw new KyllError('INVALID_CONFIG', table.failure, { file: '_config.yml' });
  let text: string;
  try {
    text = table?.utf8 === false ? otherEncoding(source, path, table.encoding) : ext === 'csv' || ext === 'tsv' ? readTextOrThrow(source, path) : yamlFileText(source.readBytes(path), path);
  } catch (e) {
    if (isDenied(e)) throw fileDenied(source, path, e);
    if (e instanceof CsvSyntaxError) throw new KyllError('DATA_ERROR', `${e.message} (CSV::MalformedCSVError) reading ${path}`, { file: path, line: e.line }, { cause: e });
    // CSV.read reads the bytes itself: its own message, with its count of lines. It opens the file
    // with the site's plain `utf-8` (not `bom|utf-8`, as pages are read), so a UTF-16 byte-order
    // mark is two bytes that are not UTF-8 (line 1), not File.read's "needs binmode".
    const notUtf8 = e instanceof KyllError && e.code === 'INVALID_ENCODING' && (e.message.endsWith('invalid byte sequence in UTF-8') || e.message.endsWith('ASCII incompatible encoding needs binmode'));
    const csvError = (ext === 'csv' || ext === 'tsv') && notUtf8 ? csvEncodingError(source.readBytes(path)) : undefined;
    if (csvError) throw new KyllError('DATA_ERROR', `${csvError.message} (CSV::MalformedCSVError) reading ${path}`, { file: path, line: csvError.line }, { cause: csvError });
    throw e;
  }
  if (ext === 'csv' || ext === 'tsv') {
    try {
      return parseCsvTable(text, (ext === 'csv' ? csv : tsv) ?? { separator: ext === 'csv' ? ',' : '\t' });
    } catch (e) {
      if (e instanceof CsvConverterError) throw new KyllError('INVALID_CONFIG', e.message, { file: '_config.yml' }, { cause: e });
      // DataReader#read_data_file lets CSV::MalformedCSVError stop the build.
      if (!(e instanceof CsvSyntaxError)) throw e;
      throw new KyllError('DATA_ERROR', `${e.message} (CSV::MalformedCSVError) reading ${path}`, { file: path, line: e.line, frame: codeFrame(text, e.line) }, { cause: e });
    }
  }
  // DataReader#read_data_file: Utils.safe_load_yaml_file with no `bom|` (its read_opts go nowhere).
  return parseYamlWithBom(text, path, { zone });
}

/** A CSV file of another `encoding` (CSV.read(path, encoding:)): decoded from it when Node can, else read as UTF-8 leniently. */
function otherEncoding(source: Source, path: string, encoding: string | undefined): string {
  if (encoding !== undefined && isWideEncoding(encoding)) {
    const text = wideCsvText(source.readBytes(path), encoding);
    return typeof text === 'string' ? text : Buffer.from(text.utf8).toString('utf8');
  }
  const decoded = codecFor(encoding)?.decode(source.readBytes(path));
  return decoded?.ok ? decoded.text : source.readText(path);
}

// Ruby's \w is ASCII ([a-zA-Z0-9_]) and its \s is [ \t\n\v\f\r]: any other character (é, 日, a
// no-break space) is dropped with the punctuation.
const FILENAME_PUNCTUATION = /[^\w \t\n\v\f\r-]+|(?<=^|\b[ \t\n\v\f\r])[ \t\n\v\f\r]+(?=$|[ \t\n\v\f\r]?\b)/g;

/** DataReader#sanitize_filename: all but ASCII word characters, hyphens and spaces dropped, spaces → `_`. */
export function sanitizeFilename(name: string): string {
  return name
    .replace(FILENAME_PUNCTUATION, '')
    .replace(/[ \t\n\v\f\r]+/g, '_');
}
