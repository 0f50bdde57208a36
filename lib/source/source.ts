/**
 * Where files come from. The build reads only through a Source, so a site can
 * be rendered from memory (tests, tools) as well as from disk.
 */
export interface Source {
  /** A label for messages: the folder, or `(memory)`. */
  readonly root: string;
  /** Every file, relative to the root, forward slashes, sorted; dotfiles and underscore folders included. */
  list(): readonly string[];
  exists(relativePath: string): boolean;
  readText(relativePath: string): string;
  readBytes(relativePath: string): Uint8Array;
  /**
   * The file's bytes in a buffer that the next call reuses: for a reader that decodes them at
   * once (no buffer made per file, no stat). Optional; readBytes otherwise.
   */
  readTransient?(relativePath: string): Uint8Array;
  /**
   * readTransient, with the file's stat (bigint) taken on the open file before it is read: no
   * second lookup of the path for a reader that needs both (warm-key.ts#stampingSource). Disk sources only.
   */
  readTransientWithStat?(relativePath: string): TransientWithStat;
  /**
   * A hint: the build is about to read these files with readTransient, in this order, as it reads
   * a site's posts (`stamps`: with readTransientWithStat, whose hashes it wants too). A source may
   * read them ahead (read/read-ahead.ts).
   */
  willRead?(relativePaths: readonly string[], options?: { readonly stamps?: boolean }): void;
  /** The first `length` bytes (or fewer), without reading the whole file; optional. */
  readHead?(relativePath: string, length: number): Uint8Array;
  /** Modification time in ms, when known. */
  mtime(relativePath: string): number | undefined;
  /** Absolute path on disk when the file is on disk (for tools such as sass). */
  absolute?(relativePath: string): string;
  /**
   * Where the writer may copy the file from without this thread reading it (a static file's
   * bytes: render/outputs.ts#staticOutput): the absolute path on disk. A wrapper that notes reads
   * (-I, serve) must not pass it on; the warm record's stamping source does (warm-key.ts: it
   * stamps such files after the build).
   */
  copyPath?(relativePath: string): string;
  /** When the entry itself (its last path component) is a symbolic link: the real path it leads to. Disk sources only. */
  linkTarget?(relativePath: string): string | undefined;
  /** When the entry itself is a symbolic link: its text as written (readlink). Disk sources only. */
  readLink?(relativePath: string): string | undefined;
  /** The real path of a file, links resolved (File.realpath); undefined when it cannot be resolved. Disk sources only. */
  realPath?(relativePath: string): string | undefined;
  /**
   * Symbolic links whose target does not exist, relative to the root, as listed (folders `skip`
   * prunes left out). They are not in `list()`; the reader fails on those Jekyll would open
   * (source/dangling-links.ts). Disk sources only.
   */
  dangling?(): readonly string[];
  /**
   * Folders with no file in them or below them (which `list()` cannot show), relative to the root,
   * sorted: an empty folder under `_data` is a key of site.data all the same (DataReader#read_data_to).
   * Optional; a memory source takes a key ending in `/` for one.
   */
  emptyFolders?(): readonly string[];
  /**
   * Links to a folder that holds them (`sub/up -> ..`), listed once and never followed, as listed
   * (folders `skip` prunes left out): `cycle` is the path from the target back to the link
   * (`sub/up`), `outside` whether the target is outside the root (source/link-loops.ts). Disk sources only.
   */
  linkLoops?(): ReadonlyArray<{ readonly path: string; readonly cycle: string; readonly outside: boolean }>;
  /** Folders that could not be listed (EACCES, EPERM), relative to the root (site/unreadable-folders.ts). Disk sources only. */
  unreadable?(): readonly string[];
  /**
   * Entries (files or folders) whose names on disk are not UTF-8, as listed (their bad bytes read as
   * U+FFFD, so the name opens nothing), relative to the root (site/undecodable-names.ts). Disk sources only.
   */
  undecodable?(): readonly string[];
  /**
   * Where an entry (a file or a folder) comes among the entries of its folder as the folder lists
   * them: readdir's order on disk (what Ruby's Dir.entries keeps), the order the files were given
   * in memory. Only compared between siblings; undefined when the source has no order of its own.
   */
  readOrder?(relativePath: string): number | undefined;
  /**
   * A folder's entries as readdir gives them (Ruby's Dir.entries without `.` and `..`), the folders
   * the listing leaves out (node_modules, .jekyll-cache...) too: what `--verbose` names as
   * EntryFilter's exclusions. Undefined when the source has no such listing.
   */
  entries?(folder: string): ReadonlyArray<{ readonly name: string; readonly folder: boolean }> | undefined;
}

/** What a build's warm record keeps of a file's stat (warm-key.ts): enough to tell that it changed. */
export type FileSignatureStat = Pick<import('node:fs').BigIntStats, 'size' | 'mtimeNs' | 'ctimeNs' | 'ino'>;

/** A file's bytes with its stat, taken on the open file; `hash`: its contentHash, when the reader made it already. */
export interface TransientWithStat {
  readonly bytes: Uint8Array;
  readonly stat: FileSignatureStat;
  readonly hash?: string;
}
