import path from 'node:path';
import { configOverrides, parseArgs, UsageError } from '../../lib/cli/args.js';

describe('parseArgs', () => {
  test("Jekyll's --layouts, -p/--plugins (a list), --force_polling and --lsi become their config keys", () => {
    const o = parseArgs(['build', '--layouts', 'mylayouts', '-p', 'a, b', '--force_polling', '--lsi']);
    expect(configOverrides(o)).toEqual({ layouts_dir: 'mylayouts', plugins_dir: ['a', 'b'], force_polling: true, lsi: true });
    // serve watches unless told not to, and says so in the configuration (Serve's action: opts["watch"] = true)
    expect(configOverrides(parseArgs(['serve', '--plugins=x', '--force-polling']))).toEqual({ plugins_dir: ['x'], force_polling: true, watch: true });
    expect(configOverrides(parseArgs(['serve', '--no-watch']))).toEqual({ watch: false });
    expect(() => parseArgs(['build', '--layouts'])).toThrow(UsageError);
  });
  test('jekyll new --skip-bundle is taken (nothing to skip); other commands refuse it', () => {
    expect(parseArgs(['new', 'blog', '--skip-bundle'])).toMatchObject({ command: 'new', path: 'blog' });
    expect(() => parseArgs(['build', '--skip-bundle'])).toThrow(UsageError);
  });
  test('build with jekyll-style options', () => {
    const o = parseArgs(['build', '-s', 'site', '--destination=out', '--config', 'a.yml,b.yml', '--future', '--limit_posts', '3']);
    expect(o).toMatchObject({ command: 'build', source: 'site', destination: 'out', configFiles: [path.resolve('a.yml'), path.resolve('b.yml')], future: true, limitPosts: 3 });
    // -d is also an override, so site.destination shows it as given (Jekyll's option hash).
    // -s too: it wins over `source:` in _config.yml (config/configured-source.ts), as given (Site#config= expands it: config/source-as-given.ts).
    expect(configOverrides(o)).toEqual({ source: 'site', future: true, limit_posts: 3, destination: 'out' });
    expect(configOverrides(parseArgs(['build']))).toEqual({});
    // --config paths are read from the working folder (Jekyll's File.expand_path): one inside the source by its name there.
    expect(parseArgs(['build', '-s', 'site', '--config', 'site/_config.yml,site/./b.yml']).configFiles).toEqual(['_config.yml', 'b.yml']);
    expect(parseArgs(['build', '--config', '_config.yml,../up.yml']).configFiles).toEqual(['_config.yml', path.resolve('../up.yml')]);
  });
  // jekyll build --limit_posts 0 builds every post (0 is the default; Site#reset limits only a positive
  // count) and overrides a `limit_posts:` of the config; kyll refused it as a usage error
  test('--limit_posts 0 is every post; a negative or fractional count is refused', () => {
    expect(configOverrides(parseArgs(['build', '--limit_posts', '0']))).toEqual({ limit_posts: 0 });
    expect(() => parseArgs(['build', '--limit_posts', '-1'])).toThrow(UsageError);
    expect(() => parseArgs(['build', '--limit_posts', '1.5'])).toThrow(UsageError);
  });
  // Jekyll reads the count with OptionParser's Integer: `010` is octal 8, `1_0` is 10, 0x/0b work,
  // and ` 3`, `3 `, `08` are "invalid argument: --limit_posts  3"; kyll took Number()'s reading.
  test("--limit_posts is read as OptionParser's Integer", () => {
    const n = (v: string): unknown => parseArgs(['build', '--limit_posts', v]).limitPosts;
    expect([n('010'), n('1_0'), n('0x1F'), n('0B11'), n('+2'), n('0')]).toEqual([8, 10, 31, 3, 2, 0]);
    for (const bad of [' 3', '3 ', '08', '0o7', '1e2', '', '_1', '1__0']) expect(() => n(bad)).toThrow(UsageError);
  });
  // `--config "a.yml, b.yml"`: OptionParser's Array splits on commas and trims nothing, so Jekyll looks
  // for ' b.yml' and stops ("could not be found"); kyll trimmed the names and built.
  test('--config names are split on commas, not trimmed', () => {
    expect(parseArgs(['build', '--config', '_config.yml, b.yml']).configFiles).toEqual(['_config.yml', ' b.yml']);
    expect(parseArgs(['build', '--config', ',_config.yml,']).configFiles).toEqual(['_config.yml']);
  });
  test('serve defaults', () => {
    expect(parseArgs(['serve'])).toMatchObject({ command: 'serve', port: 4000, host: '127.0.0.1', watch: true });
  });
  test('serve flags in Jekyll\'s spelling', () => {
    expect(parseArgs(['serve'])).toMatchObject({ livereload: true, livereloadPort: 35729, skipInitialBuild: false, openUrl: false });
    expect(parseArgs(['s', '--no-livereload', '--livereload-port', '35000', '--skip-initial-build', '-o', '-I', '--no-watch'])).toMatchObject({
      command: 'serve', livereload: false, livereloadPort: 35000, skipInitialBuild: true, openUrl: true, incremental: true, watch: false,
    });
    expect(parseArgs(['server', '--no-livereload', '-l'])).toMatchObject({ livereload: true });
    expect(parseArgs(['build'])).toMatchObject({ watch: false });
    expect(parseArgs(['build', '-w', '-t', '--profile'])).toMatchObject({ watch: true, trace: true, profile: true });
  });
  test('the serve options Jekyll has for live reload, listings, SSL and detaching', () => {
    const o = parseArgs(['serve', '--livereload-ignore', '*.css, feed.xml', '--livereload_ignore=assets/*', '--livereload-min-delay', '500', '--livereload-max-delay=8000', '--show-dir-listing', '--ssl-cert', 'c.pem', '--ssl-key', 'k.pem', '-B']);
    expect(o).toMatchObject({ livereloadIgnore: ['*.css', 'feed.xml', 'assets/*'], livereloadMinDelay: 500, livereloadMaxDelay: 8000, showDirListing: true, sslCert: 'c.pem', sslKey: 'k.pem', detach: true });
    expect(parseArgs(['serve'])).toMatchObject({ livereloadIgnore: [], showDirListing: false, detach: false });
    expect(() => parseArgs(['serve', '--livereload-min-delay', 'soon'])).toThrow(UsageError);
  });
  test('other commands, and help for each', () => {
    expect(parseArgs(['new', 'blog', '--blank', '--force'])).toMatchObject({ command: 'new', path: 'blog', blank: true, force: true });
    expect(parseArgs(['clean', '-s', 'x'])).toMatchObject({ command: 'clean', source: 'x' });
    expect(parseArgs(['hyde'])).toMatchObject({ command: 'doctor' });
    expect(parseArgs(['help', 'serve'])).toMatchObject({ command: 'help', helpFor: 'serve' });
    expect(parseArgs(['clean', '--help'])).toMatchObject({ command: 'help', helpFor: 'clean' });
    expect(parseArgs(['--help']).helpFor).toBeUndefined();
  });
  test('bad input is a usage error', () => {
    expect(() => parseArgs(['deploy'])).toThrow(UsageError);
    expect(() => parseArgs(['build', '--port', 'x'])).toThrow(/port/);
    expect(() => parseArgs(['build', '--nope'])).toThrow(/unknown option --nope/);
    expect(() => parseArgs(['build', '-s'])).toThrow(/needs a value/);
  });
});

// Serve#validate_options (Jekyll 4.3.1): `jekyll serve -B -l` warns and serves in the foreground, with live reload.
describe('-l with -B', () => {
  test('warns as Jekyll does and does not detach; -B alone (kyll reloads by default) still detaches', async () => {
    const { livereloadOverDetach } = await import('../../lib/cli/detach.js');
    const err: string[] = [];
    const printer = { out: () => undefined, err: (l: string) => err.push(l) };
    expect(livereloadOverDetach(parseArgs(['serve', '-B', '-l']), printer)).toMatchObject({ detach: false, livereload: true });
    expect(err).toEqual(['           Warning: --detach and --livereload are mutually exclusive. Choosing --livereload']);
    expect(livereloadOverDetach(parseArgs(['serve', '-B']), printer)).toMatchObject({ detach: true });
    expect(err).toHaveLength(1);
  });
});
