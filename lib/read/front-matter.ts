// Front matter split as Jekyll does: Document::YAML_FRONT_MATTER_REGEXP (jekyll/document.rb),
// Utils.has_yaml_header? (jekyll/utils.rb) and the `bom|utf-8` read (Utils#merged_file_read_opts).
import { RubyHash } from '../values/ruby-hash.js';
import { typedRecord } from '../values/typed-keys.js';
import type { Data } from '../types.js';
import { KyllError } from '../errors/index.js';
import { parseYaml, yamlFileText, type YamlOptions } from './yaml.js';
import type { TextCodec } from './text-codec.js';
import { PsychLoadError } from './psych-scalar.js';

// Ruby's \s is [ \t\r\n\f\v], `^`/`$` are line anchors (after / before "\n" only) and /m lets `.` match newlines.
const WS = '[ \\t\\r\\n\\f\\v]';
const FRONT_MATTER = new RegExp(`(---${WS}*\\n[\\s\\S]*?\\n?)(?<=\\n)((?:---|\\.\\.\\.)${WS}*(?=\\n|(?![\\s\\S]))\\n?)`, 'y');
const YAML_HEADER = /^---[ \t\r\f\v]*\r?\n/;

export interface FrontMatterSplit {
  /** The YAML text, including the opening `---` line (Jekyll passes it to Psych as is, so YAML lines are file lines). */
  readonly yaml: string;
  /** Everything after the closing line and the blank lines that follow it. */
  readonly content: string;
  /** 1-based line of the file where `content` starts. */
  readonly contentLine: number;
}

/**
 * Does the file start with a front matter line? (Utils.has_yaml_header?: the
 * raw first line, so a byte-order mark or anything before `---` makes a static file.)
 */
export function hasYamlHeader(text: string): boolean {
  return YAML_HEADER.test(text);
}

/** The text as Jekyll reads a page or document: with `encoding: utf-8`, a leading BOM is dropped. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Split front matter from the body. Null when the text does not start at its
 * first byte with `---` (the body is then the whole text, with no data).
 */
export function splitFrontMatter(text: string): FrontMatterSplit | null {
  FRONT_MATTER.lastIndex = 0;
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const whole = m[0];
  return {
    yaml: m[1]!,
    content: text.slice(whole.length),
    contentLine: 1 + countNewlines(whole),
  };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export interface FrontMatterOptions extends YamlOptions {
  /** The site's codec when its `encoding:` is not UTF-8 (the text was decoded with it). */
  codec?: TextCodec;
}

/**
 * The text Psych reads of front matter. Psych's parser (psych_parser.c, transcode_string) converts
 * a String of another encoding to UTF-8 with rb_str_export_to_enc, which gives the String back
 * unconverted when a character has no UTF-8 (Windows-1252's undefined 0x81, 0x8D, 0x8F, 0x90,
 * 0x9D): libyaml then reads those raw bytes as UTF-8, and refuses them with its reader's error
 * ("invalid leading UTF-8 octet") unless they happen to be UTF-8.
 */
export function psychText(yaml: string, file: string, codec: TextCodec | undefined, named = file): string {
  if (!codec?.untranscodable?.test(yaml)) return yaml;
  const bytes = codec.encode(yaml);
  return bytes ? yamlFileText(bytes, file, named) : yaml;
}

export interface FrontMatter {
  readonly data: Data;
  readonly content: string;
  readonly contentLine: number;
}

/**
 * Split and parse front matter (Convertible#read_yaml, Document#read_content).
 * Null when there is none. Broken YAML and front matter that is not a mapping
 * (Convertible#validate_data!) throw YAML_EXCEPTION with the file line.
 */
export function readFrontMatter(text: string, file: string, options: FrontMatterOptions = {}): FrontMatter | null {
  const split = splitFrontMatter(text);
  if (!split) return null;
  const yaml = psychText(split.yaml, file, options.codec, options.named);
  // Jekyll hands Psych the front matter as a string, which Psych's messages call `<unknown>`.
  // parseYaml names `<unknown>` when no name is given: the caller's options as they are, not a copy per file
  const value = parseYaml(yaml, file, 0, options.psychName === undefined ? options : { ...options, psychName: '<unknown>' });
  if (value === null || value === false) return { data: {}, content: split.content, contentLine: split.contentLine };
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    // Convertible#validate_data! names the file by its absolute path (options.named)
    throw new KyllError('YAML_EXCEPTION', `Invalid YAML front matter in ${options.named ?? file}`, { file, line: 1 }, {
      hint: 'Front matter must be a mapping of keys to values (`title: Hello`).',
    });
  }
  // Psych keeps a key's type (`true:`, `1:`, `~:`); Jekyll's page data is that Hash.
  const data = value instanceof RubyHash ? typedRecord(value) : value;
  return { data: data as Data, content: split.content, contentLine: split.contentLine };
}

/**
 * The name Jekyll's read errors give a page, layout or document (Convertible#read_yaml's
 * `filename`, Document#path, both `site.in_source_dir`): its absolute path, the Source's root
 * joined to its path in the site.
 */
export function jekyllFilename(root: string, path: string): string {
  return `${root.replace(/\/+$/, '')}/${path}`;
}

/** Front matter read without throwing: what Jekyll keeps of a file whose front matter it cannot use. */
export type FrontMatterRead =
  | { readonly ok: true; readonly fm: FrontMatter | null }
  | {
      readonly ok: false;
      readonly error: KyllError;
      /** The front matter parsed but is not a mapping (a list, a string, a number). */
      readonly notMapping: boolean;
      /** That value, when notMapping. */
      readonly value?: unknown;
      /** The body after the front matter, as Jekyll keeps it (Regexp.last_match.post_match). */
      readonly content: string;
      readonly contentLine: number;
    };

/**
 * readFrontMatter that returns its failure instead of throwing, with the body
 * Jekyll still renders: Convertible#read_yaml and Document#read_content set the
 * content before the YAML is loaded.
 */
export function tryReadFrontMatter(text: string, file: string, options: FrontMatterOptions = {}): FrontMatterRead {
  try {
    return { ok: true, fm: readFrontMatter(text, file, options) };
  } catch (e) {
    const split = splitFrontMatter(text);
    if (!(e instanceof KyllError) || e.code !== 'YAML_EXCEPTION' || !split) throw e;
    const notMapping = e.message.startsWith('Invalid YAML front matter');
    // (parsed again, only on this rare path, for the value the message names)
    const value = notMapping ? parseYaml(psychText(split.yaml, file, options.codec, options.named), file, 0, options) : undefined;
    return { ok: false, error: e, notMapping, value, content: split.content, contentLine: split.contentLine };
  }
}

/**
 * What Jekyll logs for front matter it could not load. Psych's DisallowedClass (a `:symbol`) is
 * no syntax error: Jekyll's StandardError branch names it, "Error reading file" for a page or
 * layout (Convertible#read_yaml), "could not read file" for a document (Document#handle_read_error),
 * `file` being the name they give it (its absolute path: jekyllFilename).
 */
export function unreadableMessage(error: KyllError, file: string, words: 'Error reading file' | 'could not read file'): string {
  return error.cause instanceof PsychLoadError ? `${words} ${file}: ${error.cause.message}` : error.message;
}
