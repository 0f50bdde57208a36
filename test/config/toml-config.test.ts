// Jekyll's Configuration#safe_load_file reads `.toml` config files with Tomlrb (and finds
// `_config.toml` when there is no `_config.yml`); kyll used to stop with "No parser".
// The values below were checked against jekyll 4.3.1 + tomlrb 1.3 (see the s39cvariants notes).
import { loadConfig } from '../../lib/config/load-config.js';
import { parseToml } from '../../lib/config/toml.js';
import { memorySource } from '../../lib/source/index.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';

const TOML = `# comment
title = "TOML \\"site\\"\\u00e9"
baseurl = '/t'
ratio = 1.0
big = 1_000
flag = true
tagline = """
Line one \\
  joined
two"""
raw = '''C:\\path'''
exclude = ["notes.txt",
  "README.md", # trailing comma next
]

[kramdown]
auto_ids = false

[author]
name = "Ann"
links = { home = "https://a.example", n = 2 }

[[menu]]
title = "Home"

[[menu]]
title = "About"

[collections.notes]
output = true
`;

describe('TOML configuration', () => {
  test('_config.toml is read when there is no _config.yml, over the defaults', () => {
    const c = loadConfig(memorySource({ '_config.toml': TOML })) as any;
    expect(c.title).toBe('TOML "site"é');
    expect(c.baseurl).toBe('/t');
    expect(c.ratio).toBeInstanceOf(RubyFloat);
    expect(String(c.ratio)).toBe('1.0');
    expect(c.big).toBe(1000);
    expect(c.flag).toBe(true);
    expect(c.tagline).toBe('Line one joined\ntwo');
    expect(c.raw).toBe('C:\\path');
    expect(c.exclude.slice(0, 3)).toEqual(['notes.txt', 'README.md', '.sass-cache']);
    expect(c.kramdown.auto_ids).toBe(false);
    expect(c.kramdown.input).toBe('GFM');
    expect(c.author).toEqual({ name: 'Ann', links: { home: 'https://a.example', n: 2 } });
    expect(c.menu).toEqual([{ title: 'Home' }, { title: 'About' }]);
    expect(c.collections.notes).toEqual({ output: true });
  });

  test('--config a.yml,b.toml: the TOML file merges over the YAML one', () => {
    const src = memorySource({ '_config.yml': 'title: Y\npermalink: date\n', 'v.toml': 'permalink = "/:year/:title/"\n' });
    const c = loadConfig(src, { configFiles: ['_config.yml', 'v.toml'] });
    expect(c.title).toBe('Y');
    expect(c.permalink).toBe('/:year/:title/');
  });

  test('dates, arrays of arrays, a redefined key takes the last value (Tomlrb 1.3)', () => {
    // Tomlrb 1.3: every date is a Time at its offset, +0000 for `Z` and for none (jekyll 4.3.1
    // prints `{{ site.d }}` as `1979-05-27 07:32:00 -0800`, `{{ site.day }}` with +0000 under TZ=Asia/Tokyo).
    const v = parseToml('d = 1979-05-27T07:32:00-08:00\nz = 1979-05-27T07:32:00Z\nday = 1979-05-27\na = [[1, 2], ["x"]]\n') as any;
    expect(String(v.d)).toBe('1979-05-27 07:32:00 -0800');
    expect(String(v.z)).toBe('1979-05-27 07:32:00 +0000');
    expect(String(v.day)).toBe('1979-05-27 00:00:00 +0000');
    expect(v.a).toEqual([[1, 2], ['x']]);
    expect((parseToml('a = 1\na = 2\n') as any).a).toBe(2);
    expect(() => loadConfig(memorySource({ '_config.toml': 'a = @\n' }))).toThrow(/_config\.toml/);
  });

  test('values nested too deeply for the stack stop with an error naming the file, not a RangeError', () => {
    const deep = `a = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    expect(() => loadConfig(memorySource({ '_config.toml': deep }))).toThrow(
      expect.objectContaining({ code: 'INVALID_CONFIG', message: 'stack level too deep (values nested too deeply) in _config.toml' }),
    );
  });
});

describe('config files Jekyll has no parser for', () => {
  // Jekyll 4.3.1 with --config _config.toml,x.json: "WARNING: Error reading configuration. Using
  // defaults (and options)." (an ArgumentError, rescued), then builds with the files read before.
  test('a .json config file is skipped with a warning, the files before it kept', () => {
    const warnings: string[] = [];
    const src = memorySource({ '_config.toml': 'title = "T"\nempty =\n', 'x.json': '{"title":"J"}' });
    const c = loadConfig(src, { configFiles: ['_config.toml', 'x.json'], onWarning: (d) => void warnings.push(d.message) }) as any;
    expect(c.title).toBe('T');
    expect(c.empty).toBeNull();
    expect(warnings[0]).toMatch(/^Error reading configuration\. Using defaults \(and options\)\. No parser for 'x\.json'/);
  });
});

test('a __proto__ or constructor key is data on its own table, never a prototype', () => {
  const data = parseToml('__proto__ = 1\n[constructor]\nx = 2\n[a.__proto__]\npolluted = true\n[[__proto__x]]\ny = 3\n');
  expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'a', '__proto__x']);
  expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe(1);
  expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  expect((Object.getOwnPropertyDescriptor(data, 'constructor')?.value as Record<string, unknown>).x).toBe(2);
  const a = data.a as Record<string, unknown>;
  expect(Object.getOwnPropertyDescriptor(a, '__proto__')?.value).toEqual({ polluted: true });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
});
