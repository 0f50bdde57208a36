// `encoding:` (Site#file_read_opts): Jekyll reads pages, posts, documents, layouts and includes
// in that encoding, as Ruby Strings tagged with it, without converting them (_config.yml and
// _data stay UTF-8). kyll reads every file as UTF-8: a site in another encoding stops at its
// first file that is not valid UTF-8 ("invalid byte sequence in UTF-8"), and this says why once.
// (In Jekyll 4.3.1 such a site mostly fails too, with "incompatible character encodings: UTF-8
// and GBK", as soon as non-ASCII text in that encoding meets UTF-8 text: Markdown that kramdown
// converted, a front matter value, anything from _data.)
import type { Diagnostic } from '../types.js';

// Names Ruby reads as UTF-8, with or without Jekyll's `bom|` (utf8 is no Ruby name: Ruby warns
// and reads the default, UTF-8).
const UTF8 = /^(?:bom\|)?(?:utf-?8|cp65001|utf-?8-mac)$/i;

export function encodingWarning(config: Readonly<Record<string, unknown>>): Diagnostic | undefined {
  const encoding = config.encoding;
  if (encoding == null || encoding === false || UTF8.test(String(encoding).trim())) return undefined;
  const name = String(encoding);
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: `encoding: ${name} is not supported by kyll: files are read as UTF-8. Convert them (for example iconv -f ${name.replace(/^bom\|/i, '')} -t UTF-8) and set encoding: utf-8.`,
    file: '_config.yml',
  };
}
