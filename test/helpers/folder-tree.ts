import fs from 'node:fs';
import path from 'node:path';

/** Every folder (`dir/`) and file (its contents in `encoding`) under `root`, sorted by name: two trees compare with toEqual. */
export function folderTree(root: string, encoding: 'utf8' | 'base64' = 'utf8', rel = ''): Array<[string, string]> {
  if (!fs.existsSync(path.join(root, rel))) return [];
  return fs
    .readdirSync(path.join(root, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e): Array<[string, string]> => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? [[`${child}/`, ''], ...folderTree(root, encoding, child)] : [[child, fs.readFileSync(path.join(root, child), encoding)]];
    });
}

/** Writes each file of `files` (path relative to `root`: its text or bytes) under `root`, making its folders. */
export function writeFiles(root: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [p, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), body);
  }
}
