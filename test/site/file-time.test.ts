// File times as the build shows them: never later than site.time (SOURCE_DATE_EPOCH clamps them,
// as Jekyll under a frozen clock sees every file at that instant).
import { staticFileDrop } from '../../lib/site/drops.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { StaticFile } from '../../lib/types.js';

const EPOCH = 1767225600000;
const file = (mtime: number | undefined): StaticFile =>
  ({ relativePath: 'a/b.html', outputPath: 'a/b.html', url: '/a/b.html', collection: null, mtime, data: {} }) as StaticFile;

describe('static_file.modified_time', () => {
  const time = new JekyllTime(EPOCH, 0);
  test('a file changed after the build time shows the build time', () => {
    expect((staticFileDrop(file(EPOCH + 1000), time).modified_time as Date).getTime()).toBe(EPOCH);
  });
  test('an older file keeps its own time', () => {
    expect((staticFileDrop(file(EPOCH - 5000), time).modified_time as Date).getTime()).toBe(EPOCH - 5000);
  });
  test("a local Time of the site's zone, printed as Ruby prints it wherever a string filter takes it", () => {
    const shown = staticFileDrop(file(EPOCH + 1000), JekyllTime.inZone(EPOCH, 'America/New_York')).modified_time;
    expect(String(shown)).toBe('2025-12-31 19:00:00 -0500');
  });
  test('no time known (memory source): the build time, as for a file written just before it', () => {
    expect((staticFileDrop(file(undefined), time).modified_time as Date).getTime()).toBe(EPOCH);
  });
});
