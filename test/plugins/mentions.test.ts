// jekyll-mentions beyond the fixture site (built by real Jekyll).
import { mentionBase, mentionFilter } from '../../lib/plugins/mentions/index.js';

test('the base URL: a string, a hash with base_url, else github.com; anything else is an error', () => {
  expect(mentionBase(undefined)).toBe('https://github.com');
  expect(mentionBase('https://gitlab.com')).toBe('https://gitlab.com');
  expect(mentionBase({ base_url: 'https://x.org' })).toBe('https://x.org');
  expect(mentionBase({})).toBe('https://github.com');
  expect(() => mentionBase(['x'])).toThrow("Your jekyll-mentions config has to either be a string or a hash. It's a Array right now.");
});

test('a base URL ending in / or ~ gets no extra slash', () => {
  expect(mentionFilter('hi @a', 'https://h/~')).toBe("hi <a href=\"https://h/~a\" class=\"user-mention\">@a</a>");
  expect(mentionFilter('hi @a', 'https://h/')).toBe("hi <a href=\"https://h/a\" class=\"user-mention\">@a</a>");
});

test('text in pre, code, a, style and script is left alone, at any depth', () => {
  const html = '<pre><span>@a</span></pre><code>@b</code><a href="/"><em>@c</em></a><script>x("@d")</script>';
  expect(mentionFilter(html, 'https://github.com')).toBe(html);
});
