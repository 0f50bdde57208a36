// Property: any post file (front matter and body) reads without an unexpected exception,
// in a time linear in its size, and never changes Object.prototype (issue 7).
import fc from 'fast-check';
import { parsePost } from '../../lib/index.js';
import { config } from '../liquid/helpers.js';
import { checkRun, params, textOf } from './property-helpers.js';

const YAML = [
  '\n', ' ', '  ', '- ', ': ', ':', 'key', 'title', 'date', 'categories', 'tags', 'permalink', 'layout', 'published', '__proto__', 'constructor',
  'prototype', 'toString', '{', '}', '[', ']', ',', '"', "'", '#', '&a', '*a', '<<', '!!int', '!!str', '!ruby/object', '|', '>', '?', '%',
  '2020-01-01', '2020-13-45 25:61:00', '12:30', '1e400', '0x1F', '.nan', 'true', 'null', '~', '---', '...', '\t', 'é', '\u0000',
];
const ORIGINAL = Object.getOwnPropertyNames(Object.prototype).sort();

test('parsePost: only KyllErrors, time linear in size, Object.prototype untouched', () => {
  const cfg = config({ timezone: 'UTC' });
  fc.assert(
    fc.property(textOf(YAML, 80), fc.string({ maxLength: 40 }), fc.constantFrom('_posts/2020-01-01-a.md', '_posts/2020-01-01-b.html', '_posts/x.md'), (yaml, body, path) => {
      const text = `---\n${yaml}\n---\n${body}`;
      checkRun(text, () => parsePost(text, { path, config: cfg }));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(ORIGINAL);
    }),
    params(300),
  );
});
