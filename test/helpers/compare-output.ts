// Compares rendered files with Jekyll's, with the conformance corpus's rules:
// identical (bytes), equivalent (.html/.xml equal once line endings are
// unified, lines trimmed, blank lines dropped and whitespace between tags
// removed, <pre>/<textarea> kept verbatim), or different.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../../lib/types.js';

export type Status = 'identical' | 'equivalent' | 'different' | 'missing' | 'extra';

export function listTree(root: string): string[] {
  return listTreeAsListed(root).sort();
}

// Depth first, each folder's entries in readdir's order (fs.readdirSync would sort them).
function listTreeAsListed(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const dir = fs.opendirSync(path.join(root, rel));
    const entries: fs.Dirent[] = [];
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) entries.push(e);
    dir.closeSync();
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  if (fs.existsSync(root)) walk('');
  return out;
}

const PROTECTED = /<(pre|textarea)\b[\s\S]*?<\/\1\s*>/gi;

function squeeze(segment: string): string {
  return segment
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n')
    .replace(/>\s+</g, '><');
}

export function normalizeMarkup(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n');
  const parts: string[] = [];
  let last = 0;
  for (const m of unified.matchAll(PROTECTED)) {
    parts.push(squeeze(unified.slice(last, m.index)), m[0]);
    last = m.index! + m[0].length;
  }
  parts.push(squeeze(unified.slice(last)));
  return parts.join('\u0000');
}

export function compareBytes(relPath: string, expected: Buffer, actual: Buffer): Status {
  if (expected.equals(actual)) return 'identical';
  if (/\.(html|xml)$/i.test(relPath) && normalizeMarkup(expected.toString('utf8')) === normalizeMarkup(actual.toString('utf8'))) {
    return 'equivalent';
  }
  return 'different';
}

/** Status of every path in either tree: expected folder vs rendered files. */
export function compareWithExpected(expectedDir: string, files: readonly OutputFile[]): Map<string, Status> {
  const actual = new Map<string, Buffer>();
  for (const f of files) actual.set(f.path, Buffer.from(typeof f.contents === 'string' ? Buffer.from(f.contents, 'utf8') : f.contents));
  const result = new Map<string, Status>();
  for (const rel of listTree(expectedDir)) {
    const got = actual.get(rel);
    result.set(rel, got === undefined ? 'missing' : compareBytes(rel, fs.readFileSync(path.join(expectedDir, rel)), got));
  }
  for (const rel of actual.keys()) if (!result.has(rel)) result.set(rel, 'extra');
  return result;
}

export function isPass(s: Status): boolean {
  return s === 'identical' || s === 'equivalent';
}

/** Loads a folder into a path → bytes record for memorySource, in the order the folder lists its files (memorySource's read order). */
export function loadFolder(root: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const rel of listTreeAsListed(root)) files[rel] = fs.readFileSync(path.join(root, rel));
  return files;
}
