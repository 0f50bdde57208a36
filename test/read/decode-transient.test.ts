// Files read through the fs source's reused buffer (readTransient): the same text as a
// whole-file read, whatever the size against the buffer's, and the same refusals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fsSource } from '../../lib/source/fs-source.js';
import { readUtf8 } from '../../lib/read/decode.js';

describe('readUtf8 through readTransient', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-transient-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([0, 1, 4096, 65_535, 65_536, 65_537, 131_072, 200_001])('a file of %d bytes reads whole', (size) => {
    // Multi-byte characters across every boundary, and a different text per size.
    const unit = `é中${size}a`;
    const text = unit.repeat(Math.ceil(size / Buffer.byteLength(unit)) + 1);
    const bytes = Buffer.from(text).subarray(0, size);
    // Cut on a character boundary so that the file is valid UTF-8.
    let end = bytes.length;
    while (end > 0 && (bytes[end - 1]! & 0xc0) === 0x80) end--;
    if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
    const body = bytes.subarray(0, end);
    fs.writeFileSync(path.join(dir, `f${size}.md`), body);
    const source = fsSource(dir);
    expect(source.readTransient).toBeDefined();
    // A bigger file read first must not leave its bytes in a smaller one's.
    fs.writeFileSync(path.join(dir, 'big.md'), Buffer.alloc(150_000, 0x61));
    expect(readUtf8(source, 'big.md')).toEqual({ ok: true, text: 'a'.repeat(150_000) });
    expect(readUtf8(source, `f${size}.md`)).toEqual({ ok: true, text: body.toString('utf8') });
  });

  test.each([65_536, 131_072, 196_608])('an ASCII file of exactly %d bytes (a multiple of the buffer) reads whole', (size) => {
    fs.writeFileSync(path.join(dir, `exact${size}.md`), Buffer.alloc(size, 0x62));
    expect(readUtf8(fsSource(dir), `exact${size}.md`)).toEqual({ ok: true, text: 'b'.repeat(size) });
  });

  test('invalid UTF-8 and UTF-16 are still refused', () => {
    fs.writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0x61, 0xff, 0x62]));
    fs.writeFileSync(path.join(dir, 'wide.md'), Buffer.from([0xff, 0xfe, 0x61, 0x00]));
    const source = fsSource(dir);
    expect(readUtf8(source, 'bad.md')).toEqual({ ok: false, reason: 'invalid byte sequence in UTF-8', line: 1 });
    expect(readUtf8(source, 'wide.md')).toMatchObject({ ok: false });
  });
});
