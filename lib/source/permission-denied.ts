// A file or folder kyll may not read (EACCES, EPERM): Jekyll stops with Errno::EACCES, Ruby's
// message naming the call and the path ("Permission denied @ rb_sysopen - /site/_data/a.yml",
// "Permission denied @ dir_chdir - /site/_data/sub"; checked against jekyll 4.3.1 run by a user
// without the permission). kyll stops with the same words, rather than build without the file.
import { KyllError } from '../errors/kyll-error.js';
import type { Source } from './source.js';

/** Whether an error is a refused permission. */
export function isDenied(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'EACCES' || code === 'EPERM';
}

/** Dir.chdir into a folder that cannot be listed (reader.rb, data_reader.rb#read_data_to). */
export function folderDenied(source: Source, dir: string, excludable = true): KyllError {
  return new KyllError('FILE_NOT_FOUND', `Permission denied @ dir_chdir - ${absolute(source, dir)} (Errno::EACCES)`, { file: dir }, {
    hint: `give kyll permission to read the folder${excludable ? ', or add it to `exclude:` in _config.yml' : ''}`,
  });
}

/** File.read of a file that cannot be opened (utils.rb, data_reader.rb#read_data_file). */
export function fileDenied(source: Source, file: string, cause?: unknown): KyllError {
  return new KyllError('FILE_NOT_FOUND', `Permission denied @ rb_sysopen - ${absolute(source, file)} (Errno::EACCES)`, { file }, {
    hint: 'give kyll permission to read the file',
    ...(cause === undefined ? {} : { cause }),
  });
}

function absolute(source: Source, p: string): string {
  return source.absolute ? source.absolute(p) : p;
}
