// How `kyll build` prints a build's diagnostics: one line each, as Jekyll's LogAdapter prints its warnings and errors.
import { printDiagnostics, type Printer } from '../../lib/cli/report.js';
import type { Diagnostic } from '../../lib/types.js';

function printed(diags: Diagnostic[], verbose = false): string[] {
  const lines: string[] = [];
  const p: Printer = { out: (l) => lines.push(`out ${l}`), err: (l) => lines.push(l) };
  printDiagnostics(diags, p, verbose);
  return lines;
}

describe('printDiagnostics', () => {
  // jekyll build (4.3.1) printed `     Build Warning: Layout 'x' requested in a.md does not exist.`, its topic right-aligned
  test("a message in Jekyll's words prints as Jekyll's logger prints it: its topic right-aligned in 20 columns", () => {
    expect(printed([{ level: 'warning', code: 'MISSING_LAYOUT', message: "Build Warning: Layout 'x' requested in a.md does not exist." }])).toEqual([
      "     Build Warning: Layout 'x' requested in a.md does not exist.",
    ]);
    expect(printed([{ level: 'warning', code: 'X', message: "Sort warning: 'order' not defined in _staff/porter.md" }])).toEqual(["      Sort warning: 'order' not defined in _staff/porter.md"]);
    expect(printed([{ level: 'error', code: 'X', message: 'Liquid Exception: Liquid error (line 2): divided by 0 in a.md' }])).toEqual(['  Liquid Exception: Liquid error (line 2): divided by 0 in a.md']);
  });

  // Jekyll logs these with the topic "Warning:" (Empty `slug` generated for '...'.): the level is the topic
  test('a message without a topic of its own gets the level as its topic; quotes and paths are no topic', () => {
    expect(printed([{ level: 'warning', code: 'X', message: "Empty `slug` generated for 'a: b'." }])).toEqual(["           Warning: Empty `slug` generated for 'a: b'."]);
    expect(printed([{ level: 'error', code: 'X', message: 'could not read file /x/a.html: invalid byte sequence in UTF-8' }])).toEqual(['             Error: could not read file /x/a.html: invalid byte sequence in UTF-8']);
  });

  // jekyll-gist logs with the topic "Warning:": Jekyll prints it once, and so does kyll (it printed "Warning: Warning:")
  test('a message whose topic is the level itself is not labelled twice', () => {
    const message = 'Warning: The <noscript> tag for your gist 1 could not be generated. This will affect users who do not have JavaScript enabled in their browsers.';
    expect(printed([{ level: 'warning', code: 'PLUGIN_WARNING', message }])).toEqual([`           ${message}`]);
    expect(printed([{ level: 'error', code: 'PLUGIN_WARNING', message: 'Error: x' }])).toEqual(['             Error: x']);
  });

  // jekyll build (4.3.1): `YAML Exception reading /s/a.md: (<unknown>): ... ` and `Error reading file /s/b.html: invalid byte
  // sequence in UTF-8 `, logged as a topic alone; `       Deprecation: You are using 'coderay_line_numbers'. ...` names no file
  test("messages Jekyll logs as a topic alone print as it does; one in Jekyll's words gets no file added", () => {
    expect(printed([{ level: 'warning', code: 'X', message: 'Error reading file /s/b.html: invalid byte sequence in UTF-8', file: 'b.html' }])).toEqual(['Error reading file /s/b.html: invalid byte sequence in UTF-8 ']);
    expect(printed([{ level: 'warning', code: 'X', message: 'YAML Exception reading a.md: x' }])).toEqual(['YAML Exception reading a.md: x ']);
    // a document's is logged as an error with the topic `Error:` (Document#read)
    expect(printed([{ level: 'error', code: 'X', message: 'YAML Exception reading _posts/a.md: x' }])).toEqual(['             Error: YAML Exception reading _posts/a.md: x']);
    expect(printed([{ level: 'warning', code: 'X', message: "Deprecation: You are using 'coderay_line_numbers'. Normalizing to line_numbers.", file: '_config.yml' }])).toEqual([
      "       Deprecation: You are using 'coderay_line_numbers'. Normalizing to line_numbers.",
    ]);
  });

  test('the file is added when the message does not name it; debug lines only when verbose', () => {
    expect(printed([{ level: 'warning', code: 'X', message: 'odd', file: 'a.md', line: 3 }])).toEqual(['           Warning: odd (a.md:3)']);
    expect(printed([{ level: 'debug', code: 'X', message: 'skipped' }])).toEqual([]);
    // as Jekyll's LogAdapter prints them (--verbose): the topic right-aligned in 20 columns, on stdout
    expect(printed([{ level: 'debug', code: 'X', message: 'Skipping: a.md is not valid UTF-8' }], true)).toEqual(['out           Skipping: a.md is not valid UTF-8']);
  });

  // Jekyll 4.3.1's LogAdapter#message turns each whitespace run into one space: a Liquid warning
  // for `{% for post in site.posts  | limit:5%}` quotes "post in site.posts | limit:5". Not U+3000.
  test('whitespace runs in a message print as one space, as Jekyll logs them', () => {
    const message = 'Liquid Warning: Liquid syntax error (line 17): Expected end_of_string but found pipe in "post in site.posts  | limit:5" in a.html';
    expect(printed([{ level: 'warning', code: 'LIQUID_WARNING', message }])).toEqual([`    ${message.replace('posts  |', 'posts |')}`]);
    expect(printed([{ level: 'debug', code: 'X', message: 'Skipping: a\n\tb\u3000\u3000c.md' }], true)).toEqual(['out           Skipping: a b\u3000\u3000c.md']);
  });
});
