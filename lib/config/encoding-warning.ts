// `encoding:` (Site#file_read_opts): Jekyll reads pages, posts, documents, layouts and includes
// in that encoding. kyll reads those Node can decode (read/text-codec.ts); any other name is read
// as UTF-8 (Ruby too ignores a name it does not know: "Unsupported encoding foo ignored"), and a
// site in such an encoding stops at its first file that is not valid UTF-8 ("invalid byte
// sequence in UTF-8"): this says why, once. An encoding Ruby cannot open text in (UTF-16LE...) needs
// no word here: every page, post and layout is refused as Jekyll refuses it (read/text-codec.ts).
import { asciiIncompatible, codecFor } from '../read/text-codec.js';
import type { Diagnostic } from '../types.js';

// Names Ruby reads as UTF-8, with or without Jekyll's `bom|` (utf8 is no Ruby name: Ruby warns
// and reads the default, UTF-8).
const UTF8 = /^(?:bom\|)?(?:utf-?8|cp65001|utf-?8-mac)$/i;

export function encodingWarning(config: Readonly<Record<string, unknown>>): Diagnostic | undefined {
  const encoding = config.encoding;
  if (encoding == null || encoding === false || UTF8.test(String(encoding).trim()) || codecFor(encoding) || asciiIncompatible(encoding)) return undefined;
  const name = String(encoding);
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: `encoding: ${name} is not supported by kyll: files are read as UTF-8. Convert them (for example iconv -f ${name.replace(/^bom\|/i, '')} -t UTF-8) and set encoding: utf-8.`,
    file: '_config.yml',
  };
}
