// Zlib.crc32 (the IEEE polynomial) over a string's UTF-8 bytes.

// Made on first use: computed when the engine loaded, its loop cost every build a TurboFan
// compile (on-stack replacement) for a plugin few sites use.
let table: number[] | undefined;
const crcTable = (): number[] =>
  (table ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  }));

export function crc32(text: string): number {
  const t = crcTable();
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = t[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
