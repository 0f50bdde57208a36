// lib/highlight/bmp-properties.ts (scripts/generate-bmp-properties.mjs): the generated ranges of
// each \p{..} escape are the ones regex.ts finds by running the escape over the whole BMP on this
// Node (a Node with another Unicode version fails here: regenerate the table), and every escape
// the lexers use is in the table.
import fs from 'node:fs';
import path from 'node:path';
import { BMP_PROPERTY_RANGES } from '../../lib/highlight/bmp-properties.js';
import { bmpOnly, parsedRanges, searchedBmpRanges } from '../../lib/highlight/regex.js';

test('each escape’s listed ranges are those the BMP search finds', () => {
  const escapes = Object.keys(BMP_PROPERTY_RANGES);
  expect(escapes.length).toBeGreaterThan(10);
  for (const escape of escapes) expect([escape, parsedRanges(BMP_PROPERTY_RANGES[escape]!)]).toEqual([escape, searchedBmpRanges(escape)]);
});

test('every \\p{..} of the lexers is listed', () => {
  const onigmo = new Set(['Word', 'Alpha', 'Alnum', 'Upper', 'Lower', 'Digit', 'Space', 'Punct', 'XDigit', 'Name']);
  const used = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('bmp-properties.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/\\[pP]\{([A-Za-z_]+)\}/g)) used.add(m[1]!);
    }
  };
  walk(path.resolve('lib', 'highlight'));
  const missing = [...used].filter((n) => !onigmo.has(n) && !(`\\p{${n}}` in BMP_PROPERTY_RANGES));
  expect(missing).toEqual([]);
});

test('a class cut to the zones of a Chinese text keeps the ideographs and leaves out the Latin letters beyond ASCII', () => {
  const CJK_ZONE = 1 << 5; // ZONES: 0x3400-0x9fff
  const re = new RegExp(bmpOnly('[\\p{L}]+', CJK_ZONE), 'u');
  expect(re.exec('中文abc')?.[0]).toBe('中文abc');
  expect(re.exec('é')).toBeNull();
});
