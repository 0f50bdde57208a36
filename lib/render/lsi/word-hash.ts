// classifier-reborn's Hasher.clean_word_hash (extensions/hasher.rb), language 'en': what LSI
// counts of a text. Punctuation goes (`gsub(/[^\p{WORD}\s]/, '')`, so "<p>word</p>" is
// "pwordp"), the rest is downcased and split on ASCII whitespace; words of three characters
// or more that are not stop words are stemmed (fast-stemmer) and counted, in the order first met.
import { rubyDowncase } from '../../values/ruby-downcase.js';
import { porterStem } from './porter-stem.js';

// classifier-reborn's data/stopwords/en
const STOPWORDS_EN = new Set(
  ('a again all along are also an and as at but by came can cant couldnt did didn didnt do doesnt dont ever first from have ' +
    'her here him how i if in into is isnt it itll just last least like most my new no not now of on or should sinc so some ' +
    'th than this that the their then those to told too true try until url us were when whether while with within yes you youll').split(' '),
);

// Onigmo's \p{Word} (letters, marks, decimal numbers, connector punctuation) and Ruby's \s (ASCII);
// made on first use (a /u literal with \p{...} costs V8 a check at every parse of the bundle)
let notWordRe: RegExp | undefined;
const notWord = (): RegExp => (notWordRe ??= new RegExp(String.raw`[^\p{L}\p{M}\p{Nd}\p{Pc} \t\r\n\f\v]`, 'gu'));

/** Word stem (a byte string, as fast-stemmer returns it) -> count, in first-seen order. */
export function cleanWordHash(text: string): Map<string, number> {
  const hash = new Map<string, number>();
  const words = rubyDowncase(text.replace(notWord(), '')).split(/[ \t\n\v\f\r]+/);
  for (const word of words) {
    // String#length counts characters
    if (word === '' || [...word].length <= 2 || STOPWORDS_EN.has(word)) continue;
    const stem = porterStem(toBytes(word));
    hash.set(stem, (hash.get(stem) ?? 0) + 1);
  }
  return hash;
}

/** The word's UTF-8 bytes, one char each (the stemmer works on bytes, as the C extension does). */
function toBytes(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return Buffer.from(word, 'utf8').toString('latin1');
}
