// Simple front matter never reaches js-yaml: the full parser is replaced by a spy
// that counts its loads, and posts of the common shape are parsed with it.
import { jest } from '@jest/globals';

const real = (await import('js-yaml')).default;
let loads = 0;
jest.unstable_mockModule('js-yaml', () => ({
  default: {
    ...real,
    load: (...args: Parameters<typeof real.load>) => {
      loads++;
      return real.load(...args);
    },
  },
}));
const { parsePost } = await import('../../lib/read/parse-post.js');
const { JekyllTime } = await import('../../lib/time/index.js');

const time = new JekyllTime(Date.UTC(2024, 0, 1), 0);
const post = (frontMatter: string): ReturnType<typeof parsePost> =>
  parsePost(`---\n${frontMatter}---\nBody\n`, { path: '_posts/2022-02-11-hello.md', config: { timezone: 'Asia/Shanghai' }, time });

beforeEach(() => {
  loads = 0;
});

test('the common shape: no js-yaml load', () => {
  const p = post("layout: post\ntitle: 'Hello: world'\ndate: 2022-02-11 10:00:00 +0800\ncategories: news\ntags: [a, b]\nlist:\n  - 1\n  - yes\n");
  expect(loads).toBe(0);
  expect(p.data.title).toBe('Hello: world');
  expect(p.tags).toEqual(['a', 'b']);
  expect(p.data.list).toEqual([1, true]);
  expect(String(p.date)).toBe('2022-02-11 10:00:00 +0800');
});

test('nested or unusual front matter: one js-yaml load, same reading', () => {
  const p = post('title: &t Hello\nauthor:\n  name: X\nalias: *t\n');
  expect(loads).toBe(1);
  expect(p.data.alias).toBe('Hello');
  expect(p.data.author).toEqual({ name: 'X' });
});

test('a symbol goes to js-yaml, which reports it with its line', () => {
  expect(() => post('title: x\nkind: :sym\n')).toThrow(/Tried to load unspecified class: Symbol/);
  expect(loads).toBeGreaterThan(0);
});
