import { configOverrides, parseArgs, UsageError } from '../../lib/cli/args.js';

describe('parseArgs', () => {
  test('build with jekyll-style options', () => {
    const o = parseArgs(['build', '-s', 'site', '--destination=out', '--config', 'a.yml,b.yml', '--future', '--limit_posts', '3']);
    expect(o).toMatchObject({ command: 'build', source: 'site', destination: 'out', configFiles: ['a.yml', 'b.yml'], future: true, limitPosts: 3 });
    expect(configOverrides(o)).toEqual({ future: true, limit_posts: 3 });
  });
  test('serve defaults', () => {
    expect(parseArgs(['serve'])).toMatchObject({ command: 'serve', port: 4000, host: '127.0.0.1', watch: true });
  });
  test('bad input is a usage error', () => {
    expect(() => parseArgs(['deploy'])).toThrow(UsageError);
    expect(() => parseArgs(['build', '--port', 'x'])).toThrow(/port/);
    expect(() => parseArgs(['build', '--nope'])).toThrow(/unknown option --nope/);
    expect(() => parseArgs(['build', '-s'])).toThrow(/needs a value/);
  });
});
