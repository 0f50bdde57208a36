// A `_data` file or folder kyll may not read stops the build with Jekyll's Errno::EACCES wording,
// naming it (data.ts): through a source that refuses them as a disk would, so that it runs as root too
// (test/robustness/unreadable-data.test.ts runs the command without the permission, where it can).
import { readData } from '../../lib/read/data.js';
import { KyllError } from '../../lib/errors/kyll-error.js';
import { memorySource } from '../../lib/source/memory-source.js';
import type { Source } from '../../lib/source/source.js';

const denied = (p: string): Error => Object.assign(new Error(`EACCES: permission denied, open '/site/${p}'`), { code: 'EACCES' });

/** A site in /site whose `files` cannot be opened and whose `folders` cannot be listed. */
function refusing(all: Record<string, string>, files: string[], folders: string[]): Source {
  const inner = memorySource(all, '/site');
  const check = (p: string): void => {
    if (files.includes(p)) throw denied(p);
  };
  return {
    ...inner,
    absolute: (p) => `/site/${p}`,
    readText: (p) => (check(p), inner.readText(p)),
    readBytes: (p) => (check(p), inner.readBytes(p)),
    readTransient: undefined,
    unreadable: () => folders,
  };
}

const thrown = (f: () => unknown): KyllError => {
  try {
    f();
  } catch (e) {
    return e as KyllError;
  }
  throw new Error('did not throw');
};

test('a data file that cannot be opened: Permission denied @ rb_sysopen - PATH (Errno::EACCES)', () => {
  const e = thrown(() => readData(refusing({ '_data/a.yml': 'k: v\n', '_data/b.csv': 'x\n1\n' }, ['_data/a.yml'], [])));
  expect(e).toBeInstanceOf(KyllError);
  expect([e.message, e.file]).toEqual(['Permission denied @ rb_sysopen - /site/_data/a.yml (Errno::EACCES)', '_data/a.yml']);
  const csv = thrown(() => readData(refusing({ '_data/b.csv': 'x\n1\n' }, ['_data/b.csv'], []), { csv: { separator: ',', headers: true, converters: [], dropBom: false, utf8: false } }));
  expect(csv.message).toBe('Permission denied @ rb_sysopen - /site/_data/b.csv (Errno::EACCES)');
});

test('_data, or a folder in it, that cannot be listed: Permission denied @ dir_chdir - PATH (Errno::EACCES); a dot folder is not read', () => {
  for (const [folders, named] of [[['_data'], '_data'], [['_data/sub'], '_data/sub'], [['_data/sub/deeper'], '_data/sub/deeper']] as const) {
    const e = thrown(() => readData(refusing({ '_data/a.yml': 'k: v\n' }, [], [...folders])));
    expect([e.message, e.file]).toEqual([`Permission denied @ dir_chdir - /site/${named} (Errno::EACCES)`, named]);
  }
  expect(readData(refusing({ '_data/a.yml': 'k: v\n' }, [], ['_data/.private', 'other', '_datax']))).toEqual({ a: { k: 'v' } });
  const custom = thrown(() => readData(refusing({ 'db/a.yml': 'k: v\n' }, [], ['db']), { dataDir: 'db' }));
  expect(custom.message).toBe('Permission denied @ dir_chdir - /site/db (Errno::EACCES)');
});
