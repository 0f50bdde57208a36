import { porterStem } from '../../lib/render/lsi/porter-stem.js';
import { cleanWordHash } from '../../lib/render/lsi/word-hash.js';

describe('LSI word stems (fast-stemmer, classifier-reborn)', () => {
  // Expected from Ruby: `require "fast_stemmer"; words.map(&:stem)`
  test('Porter stems, with porter.c\'s departures', () => {
    const words = 'generalizations caresses ponies sky happy agreed feed hopping filing conditional rational relational digitizer radically callousness formaliti electrical hopeful goodness revival adjustable dependent adoption homologou angulariti effective bowdlerize probate rate cease controll roll logi bli'.split(' ');
    const stems = 'gener caress poni sky happi agre feed hop file condit ration relat digit radic callous formal electr hope good reviv adjust depend adopt homolog angular effect bowdler probat rate ceas control roll logi bli'.split(' ');
    expect(words.map(porterStem)).toEqual(stems);
  });

  // Expected from Ruby: ClassifierReborn::Hasher.clean_word_hash(text)
  test('clean_word_hash drops punctuation, short and stop words, and counts stems in first-seen order', () => {
    const hash = cleanWordHash('<p>The Gardens, gardening & THE garden — café naïve</p>');
    expect([...hash].map(([k, v]) => [Buffer.from(k, 'latin1').toString('utf8'), v])).toEqual([
      ['pthe', 1],
      ['garden', 3],
      ['café', 1],
      ['naïvep', 1],
    ]);
  });
});
