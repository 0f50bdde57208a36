// Output files as the renderer makes them: text from a template, bytes of a static file.
import type { Source } from '../source/source.js';
import type { OutputFile, StaticFile } from '../types.js';

export function textFile(outputPath: string, url: string, text: string): OutputFile {
  return { path: outputPath, url, size: Buffer.byteLength(text, 'utf8'), contents: text };
}

export function staticOutput(source: Source, file: StaticFile): OutputFile {
  const bytes = source.readBytes(file.relativePath);
  return { path: file.outputPath, url: file.url, size: bytes.length, contents: bytes };
}

export function extOf(p: string): string {
  const m = /\.[^./]+$/.exec(p);
  return m ? m[0] : '.html';
}
