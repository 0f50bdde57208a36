// Which kyll made a cache: what every cache key of kyll's holds besides the site's own inputs
// (the warm record, the --incremental state, the Sass cache).
import fs from 'node:fs';

/**
 * Which kyll made a cache (part of every cache key): the package's version, and the bundle's
 * build id (scripts/bundle.mjs: a hash of dist/bundle's files) where there is one, so that two
 * builds of kyll under one version number (a git install, a rebuilt checkout) never take each
 * other's warm record, --incremental state or Sass cache entries. Read once per process.
 */
export function kyllVersion(): string {
  return (knownVersion ??= readVersion());
}

let knownVersion: string | undefined;

function readVersion(): string {
  let version = 'unknown';
  try {
    version = String((JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version);
  } catch {
    // no package.json beside the code
  }
  // From dist/bundle (engine.cjs, the ES chunks) and from tsc's dist/build alike: dist/bundle/build-id.
  const id = readBuildId(new URL('../bundle/build-id', import.meta.url));
  return id === undefined ? version : `${version}+${id}`;
}

/** The build id in `file` (hex digits), or undefined when there is none. */
export function readBuildId(file: URL | string): string | undefined {
  try {
    const id = fs.readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{8,64}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
