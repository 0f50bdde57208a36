// A site read from the disk must be a folder that exists: without this check a
// mistyped `-s` builds an empty site and creates `_site` inside a new folder.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';

export function ensureSourceFolder(source: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(source);
  } catch {
    stat = undefined;
  }
  const abs = path.resolve(source);
  if (stat?.isDirectory()) return ensureListable(abs);
  throw new KyllError(
    'SOURCE_NOT_FOUND',
    stat ? `The source ${abs} is not a folder.` : `The source folder ${abs} does not exist.`,
    { file: abs },
    { hint: 'give the site folder with -s (or `source` in the API); nothing was written' },
  );
}

// A folder that cannot be listed (no read or search permission) would otherwise read as an empty
// site and replace the destination with nothing; Jekyll stops with Errno::EACCES there.
function ensureListable(abs: string): void {
  try {
    fs.opendirSync(abs).closeSync();
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new KyllError('SOURCE_NOT_FOUND', `The source folder ${abs} cannot be read (${reason}).`, { file: abs }, {
      hint: 'give kyll permission to read the folder; nothing was written',
    });
  }
}
