// $TZ and $TZDIR as glibc reads them for Ruby's Time (tzset.c, tzfile.c#__tzfile_read):
// `:path` and absolute paths name a zone file, a zone name is looked for in $TZDIR
// (only there when it is set), and a name with no file there is a POSIX TZ string.
// Expected texts were printed by Jekyll 4.3.1 with the same environment and zone files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';

const hasZoneFiles = fs.existsSync('/usr/share/zoneinfo/Asia/Kathmandu') && fs.existsSync('/usr/share/zoneinfo/America/New_York');
const withFiles = hasZoneFiles ? describe : describe.skip;

const POST_A = `---
date: 2020-06-01 10:00:00
---
{{ page.date }} | {{ page.date | date: "%Z %z" }} | {{ site.time | date: "%Z %z" }} | {{ "1980-01-01 12:00" | date: "%Z %z %H" }} | {{ page.date | date_to_xmlschema }}
`;
const POST_B = '{{ page.date }} | {{ page.date | date: "%Z %z" }}\n';

const KATHMANDU = ['2020-06-01 15:45:00 +0545 | +0545 +0545 | +0545 +0545 | +0530 +0530 12 | 2020-06-01T15:45:00+05:45', '1985-01-01 00:00:00 +0530 | +0530 +0530'];
const UTC_NAMED = (name: string): string[] => [
  `2020-06-01 10:00:00 +0000 | ${name} +0000 | ${name} +0000 | ${name} +0000 12 | 2020-06-01T10:00:00+00:00`,
  `1985-01-01 00:00:00 +0000 | ${name} +0000`,
];

withFiles('TZ and TZDIR', () => {
  let zones: string;
  const saved = { TZ: process.env.TZ, TZDIR: process.env.TZDIR };

  beforeAll(() => {
    // A zone folder of our own: Kathmandu as Foo/Bar, New York as Gotham.
    zones = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-tzdir-'));
    fs.mkdirSync(path.join(zones, 'Foo'));
    fs.copyFileSync('/usr/share/zoneinfo/Asia/Kathmandu', path.join(zones, 'Foo', 'Bar'));
    fs.copyFileSync('/usr/share/zoneinfo/America/New_York', path.join(zones, 'Gotham'));
  });
  afterAll(() => fs.rmSync(zones, { recursive: true, force: true }));
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  async function build(env: { TZ?: string; TZDIR?: string }, config = ''): Promise<string[]> {
    delete process.env.TZDIR;
    Object.assign(process.env, env);
    const result = await renderSite({
      source: memorySource({ '_config.yml': config, '_posts/2020-06-01-a.html': POST_A, '_posts/1985-01-01-b.html': `---\n---\n${POST_B}` }),
      env: { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' },
    });
    const text = (p: string): string => String(result.files.find((f) => f.path === p)!.contents).trim();
    return [text('2020/06/01/a.html'), text('1985/01/01/b.html')];
  }

  test('TZ=:/path and TZ=/path read that zone file', async () => {
    expect(await build({ TZ: `:${zones}/Foo/Bar` })).toEqual(KATHMANDU);
    expect(await build({ TZ: `${zones}/Foo/Bar` })).toEqual(KATHMANDU);
  });

  test('a TZ name is looked for in TZDIR', async () => {
    expect(await build({ TZDIR: zones, TZ: 'Foo/Bar' })).toEqual(KATHMANDU);
    expect(await build({ TZDIR: zones, TZ: ':Gotham' })).toEqual([
      '2020-06-01 06:00:00 -0400 | EDT -0400 | EST -0500 | EST -0500 12 | 2020-06-01T06:00:00-04:00',
      '1985-01-01 00:00:00 -0500 | EST -0500',
    ]);
  });

  test('with TZDIR set, a zone missing there is a POSIX name: UTC named after its letters', async () => {
    expect(await build({ TZDIR: zones, TZ: 'Europe/Paris' })).toEqual(UTC_NAMED('Europe'));
    expect(await build({ TZDIR: zones, TZ: 'UTC' }, 'timezone: Asia/Tokyo\n')).toEqual(UTC_NAMED('Asia'));
  });

  test('timezone: in _config.yml is looked for in TZDIR too', async () => {
    expect(await build({ TZDIR: zones, TZ: 'UTC' }, 'timezone: Foo/Bar\n')).toEqual(KATHMANDU);
    expect(await build({ TZ: 'UTC' }, 'timezone: Foo/Bar\n')).toEqual(UTC_NAMED('Foo'));
  });
});
