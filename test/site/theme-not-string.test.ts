// Site#configure_theme: a `theme:` that is no String is logged with its Ruby class and the site
// builds without a theme (Jekyll 4.3.1; an old Jekyll Bootstrap setting). kyll stopped there.
import { memorySource, renderSite } from '../../lib/index.js';

test.each([
  ['{name: twitter}', 'Hash'],
  ['[a, b]', 'Array'],
  ['5', 'Integer'],
  ['true', 'TrueClass'],
])('theme: %s is told as %s, and the site builds', async (value, klass) => {
  const source = memorySource({ '_config.yml': `theme: ${value}\n`, 'index.md': '---\n---\nHi\n' });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.map((d) => d.message)).toContain(`Theme: value of 'theme' in config should be String to use gem-based themes, but got ${klass}`);
  expect(String(result.files.find((f) => f.path === 'index.html')?.contents)).toBe('<p>Hi</p>\n');
});
