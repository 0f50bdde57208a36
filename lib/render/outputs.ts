// Output files as the renderer makes them: text from a template, bytes of a static file.
import { encodeKeptBytes, hasKeptBytes } from '../read/decode.js';
import { siteCodec } from '../read/text-codec.js';
import { holdsBinary } from '../values/binary-text.js';
import { invalidUtf8Made } from '../values/invalid-utf8.js';
import type { Source } from '../source/source.js';
import { copiedFile, copiedFrom } from '../write/copied-file.js';
import type { OutputFile, Site, SiteConfig, StaticFile } from '../types.js';

/** `size`: the text's UTF-8 length when already known (a render worker measured it). */
export function textFile(outputPath: string, url: string, text: string, size = Buffer.byteLength(text, 'utf8')): OutputFile {
  if (keepsBytes(text)) return binaryFile(outputPath, url, text);
  return { path: outputPath, url, size, contents: text };
}

/** Whether `text` holds bytes Ruby has in it as they are: a binary String's, or kramdown's that are no UTF-8 (invalid-utf8.ts). */
function keepsBytes(text: string): boolean {
  return holdsBinary(text) || (invalidUtf8Made() > 0 && hasKeptBytes(text));
}

/** A text holding a binary String's bytes (base64_decode's), or bytes that are no UTF-8: Jekyll writes them as they are. */
function binaryFile(outputPath: string, url: string, text: string): OutputFile {
  const bytes = encodeKeptBytes(text);
  return { path: outputPath, url, size: bytes.length, contents: bytes };
}

/**
 * A rendered text for a SiteWriter, its size left unmeasured (NaN): the writer's file takes
 * its length from the disk when asked (written-output.ts). Never listed in a result as it is.
 */
export function unmeasuredTextFile(outputPath: string, url: string, text: string): OutputFile {
  if (keepsBytes(text)) return binaryFile(outputPath, url, text);
  return { path: outputPath, url, size: Number.NaN, contents: text };
}

/**
 * How the site's rendered texts become bytes when not plain UTF-8, undefined when they are:
 * in a site of another `encoding:` (read/text-codec.ts) its bytes in that encoding, or the text
 * (UTF-8) when a character has none there; with pages or documents that are not UTF-8, the bytes
 * their texts kept written back as they were (read/decode.ts#decodeKeepingBytes).
 */
export function outputEncoder(site: Site, utf8Outputs?: ReadonlyMap<string, string>): ((file: OutputFile) => OutputFile) | undefined {
  // Asked for each output the long-lived builder renders: worked out once per Site.
  if (!encoders.has(site)) encoders.set(site, makeEncoder(site));
  const encode = encoders.get(site);
  if (!encode || !utf8Outputs) return encode;
  // an output Jekyll has as a UTF-8 String (RenderContext#utf8Outputs), unless a hook changed its text since
  return (file) => (utf8Outputs.get(file.path) === file.contents ? file : encode(file));
}

type Encoder = ((file: OutputFile) => OutputFile) | undefined;
const encoders = new WeakMap<Site, Encoder>();

function makeEncoder(site: Site): Encoder {
  const codec = siteCodec(site.config);
  const kept = site.pages.some((p) => p.unreadable) || Object.values(site.collections).some((c) => c.docs.some((d) => d.unreadable));
  if (!codec && !kept) return undefined;
  return (file) => {
    if (copiedFrom(file) !== undefined || typeof file.contents !== 'string') return file;
    const bytes = kept && hasKeptBytes(file.contents) ? encodeKeptBytes(file.contents, codec?.decodeKeeping && ((t) => codec.encode(t))) : codec?.encode(file.contents);
    return bytes ? { ...file, size: bytes.length, contents: bytes } : file;
  };
}

/**
 * StaticFile#copy_file: with `keepLinks` a symlink stays a link (FileUtils.copy_entry);
 * without it (safe mode, production) its target's bytes are copied (FileUtils.cp).
 * `copied`: a build that writes its outputs has a file of a disk source copied by the writer,
 * unread here (write/copied-file.ts).
 */
export function staticOutput(source: Source, file: StaticFile, keepLinks: boolean, copied = false): OutputFile {
  const link = keepLinks ? source.readLink?.(file.relativePath) : undefined;
  const rel = file.relativePath;
  if (copied && link === undefined && source.copyPath) return copiedFile(file.outputPath, file.url, source.copyPath(rel), () => source.readBytes(rel));
  const bytes = source.readBytes(rel);
  const out = { path: file.outputPath, url: file.url, size: bytes.length, contents: bytes };
  return link === undefined ? out : { ...out, symlink: link };
}

/** StaticFile#copy_file's choice: links stay links unless in safe mode or production. */
export function keepsLinks(config: SiteConfig, environment: unknown): boolean {
  return config.safe !== true && environment !== 'production';
}

export function extOf(p: string): string {
  const m = /\.[^./]+$/.exec(p);
  return m ? m[0] : '.html';
}
