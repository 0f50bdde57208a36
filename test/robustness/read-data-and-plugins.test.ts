// _data files Jekyll cannot read stop its build (DataReader has no rescue):
// checked with real Jekyll 4.3.1 for broken YAML, broken JSON and malformed
// CSV (CSV::MalformedCSVError, whose "line" counts rows). And _plugins/*.rb,
// which Jekyll requires outside safe mode, get one warning listing them.
import { KyllError, memorySource, renderSite } from '../../lib/index.js';
import { parseCsv } from '../../lib/read/csv.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const render = (files: Record<string, string>) => renderSite({ source: memorySource(files), env: FIXED_ENV });
const failure = (files: Record<string, string>) => render(files).then(() => undefined, (e: unknown) => e as KyllError);

test.each([
  // Psych names where the unclosed quote or `{` began (Jekyll: "at line 1 column 4", "at line 1 column 1").
  ['_data/bad.yml', 'a: "x\n', 'YAML_EXCEPTION', 1],
  ['_data/bad.json', '{"a": 1\n', 'YAML_EXCEPTION', 1],
  ['_data/bad.csv', 'a,b\n"x,1\n2,3\n', 'DATA_ERROR', 2],
  ['_data/bad.tsv', 'a\tb\n1\t2\nx"y\t3\n', 'DATA_ERROR', 3],
])('%s stops the build with its file and line', async (file, text, code, line) => {
  const err = await failure({ [file]: text, 'index.html': '---\n---\n{{ site.data }}' });
  expect(err).toBeInstanceOf(KyllError);
  expect(err).toMatchObject({ code, file, line });
});

test.each([
  ['a,b\n"x,1\n', 'Unclosed quoted field in line 2.'],
  ['a,b\nx"y,1\n', 'Illegal quoting in line 2.'],
  ['a,b\n1, "b"\n', 'Illegal quoting in line 2.'],
  ['a,b\n"x"y,1\n', "Any value after quoted field isn't allowed in line 2."],
  ['a,b\n1,2\n"ok\nmulti",3\n4,"bad\n', 'Unclosed quoted field in line 4.'],
  // Only the row separator the file starts with (Parser#detect_row_separator) ends a row (Ruby 3.1's CSV 3.2.2)
  ['name,price\r\napple,1\npear,2\r\n', 'Unquoted fields do not allow new line <"\\n"> in line 2.'],
  ['a,b\nc\r\nd,e\n', 'Unquoted fields do not allow new line <"\\r\\n"> in line 2.'],
  ['a,b\r1,2\n3,4\r', 'Unquoted fields do not allow new line <"\\n"> in line 2.'],
  ['a,b\r\n"x"\n,1\r\n', "Any value after quoted field isn't allowed in line 2."],
  ['a,b\n1,2\n\r\n', 'New line must be <"\\n"> not <"\\r\\n"> in line 3.'],
  ['a,b\r\n1,2\r\n\n', 'New line must be <"\\r\\n"> not <"\\n"> in line 3.'],
  ['a,b\n1,\r\n', 'New line must be <"\\n"> not <"\\r\\n"> in line 2.'],
])('malformed CSV %j: Ruby CSV says %s', (text, message) => {
  expect(() => parseCsv(text)).toThrow(message);
});

test('well-formed quoting still parses', () => {
  expect(parseCsv('a,b\n"q ""x""",1\n"",2\n')).toEqual([['a', 'b'], ['q "x"', '1'], ['', '2']]);
  expect(parseCsv('a,b\r\n"x\ny",1\r\n')).toEqual([['a', 'b'], ['x\ny', '1']]);
  expect(parseCsv('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
});

test('_plugins/*.rb: one warning lists every Ruby plugin left out', async () => {
  const result = await render({ '_plugins/a.rb': 'x', '_plugins/sub/b.rb': 'y', '_plugins/c.js': 'export default { name: "c" };', 'index.html': 'home' });
  const warnings = result.diagnostics.filter((d) => d.message.includes('Ruby plugins'));
  expect(warnings).toEqual([expect.objectContaining({ level: 'warning', message: 'Ruby plugins do not run in kyll; skipped: _plugins/a.rb, _plugins/sub/b.rb' })]);
});

test('_plugins/*.rb: no warning in safe mode (Jekyll does not load them either) or without any', async () => {
  const safe = await render({ '_config.yml': 'safe: true\n', '_plugins/a.rb': 'x', 'index.html': 'home' });
  expect(safe.diagnostics.filter((d) => d.message.includes('Ruby plugins'))).toEqual([]);
  const none = await render({ '_plugins/c.js': 'export default { name: "c" };', 'index.html': 'home' });
  expect(none.diagnostics.filter((d) => d.message.includes('Ruby plugins'))).toEqual([]);
});

test('plugins_dir names the folder', async () => {
  const result = await render({ '_config.yml': 'plugins_dir: my_plugins\n', 'my_plugins/x.rb': 'x', '_plugins/y.rb': 'y', 'index.html': 'home' });
  expect(result.diagnostics.find((d) => d.message.includes('Ruby plugins'))!.message).toBe('Ruby plugins do not run in kyll; skipped: my_plugins/x.rb');
});
