// String#capitalize titlecases its first letter; JavaScript only has uppercase. Expected
// values printed by Ruby 3.1 ("ﬁ".capitalize ...) and Jekyll 4.3.1 (fixtures/sites/realsites15h-titlecase).
import { rubyTitlecase } from '../../lib/values/ruby-titlecase.js';
import { capitalize } from '../../lib/plugins/shared/text.js';
import { titleizeSlug } from '../../lib/read/post-name.js';

describe('Ruby titlecase', () => {
  test.each([
    ['ﬁ', 'Fi'], ['ǆ', 'ǅ'], ['Ǆ', 'ǅ'], ['ß', 'Ss'], ['ᾳ', 'ᾼ'], ['ᾈ', 'ᾈ'], ['ა', 'ა'], ['Ა', 'ა'], ['é', 'É'], ['ж', 'Ж'],
  ])('%s titlecases to %s', (ch, title) => {
    expect(rubyTitlecase(ch)).toBe(title);
  });

  test('capitalize and a title from a file name use it', () => {
    expect(capitalize('ﬁne')).toBe('Fine');
    expect(capitalize('ǆemal')).toBe('ǅemal');
    expect(titleizeSlug('ﬁne-ǆem-ßa-ᾳb-ა')).toBe('Fine ǅem Ssa ᾼb ა');
  });
});
