// Utils.slugify (jekyll/utils.rb): modes raw, default, pretty, ascii, latin; anything else (none) only downcases.
// I18n::Backend::Transliterator::HashTransliterator::DEFAULT_APPROXIMATIONS (i18n 1.10), used by slugify latin mode.
import { rubyDowncase } from '../values/ruby-downcase.js';
import { unassignedInRubyClass } from '../liquid/ruby/unicode13-unassigned.js';
const FROM = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
const TO = "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O|x|O|U|U|U|U|Y|Th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o|o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|'n|NG|ng|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z".split("|");

const LATIN = new Map<string, string>([...FROM].map((ch, i) => [ch, TO[i]!]));

export const SLUGIFY_MODES = new Set(['raw', 'default', 'pretty', 'ascii', 'latin']);
// Utils::SLUGIFY_*_REGEXP; Ruby's \s is ASCII whitespace.
const RAW = /[ \t\r\n\f\v]+/g;
// A RegExp built at run time, not a literal: V8 checks each \p{...} class of a /u literal when it
// parses the file (about 3M instructions each), so a literal costs import('kyll') even unused.
// Made on first use: V8 parses a pattern when it is made, and \p{...} classes make that costly.
let defaultRe: RegExp | undefined, prettyRe: RegExp | undefined;
// Ruby 3.1's \p{...} classes are Unicode 13.0's: a letter assigned since (CJK extension H, ...) is
// none to them, so it is replaced like any other character the mode does not keep.
const DEFAULT = (): RegExp => (defaultRe ??= new RegExp(String.raw`(?:[^\p{M}\p{L}\p{Nd}]|${unassignedInRubyClass()})+`, 'gu'));
const PRETTY = (): RegExp => (prettyRe ??= new RegExp(String.raw`(?:[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]|${unassignedInRubyClass()})+`, 'gu'));
const ASCII = /[^A-Za-z0-9]+/g;
// ASCII letters and digits with single hyphens between them: what every mode leaves as it is.
const PLAIN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * Jekyll's Utils.slugify: runs of characters the mode does not keep become one
 * hyphen, one leading and one trailing hyphen are dropped, then the result is
 * downcased unless `cased`. `latin` first transliterates like I18n (`é` → `e`,
 * other non-ASCII → `?`).
 */
export function slugify(input: string, mode?: string | null, cased = false, warn?: SlugWarn): string {
  const m = mode ?? 'default';
  if (!SLUGIFY_MODES.has(m) || PLAIN.test(input)) return cased ? input : rubyDowncase(input);
  const from = m === 'latin' ? transliterate(input) : input;
  const s = from.replace(m === 'raw' ? RAW : m === 'pretty' ? PRETTY() : m === 'ascii' ? ASCII : DEFAULT(), '-').replace(/^-|-$/g, '');
  // Jekyll.logger.warn for a slug that came out empty (`!!!`, `''`, `é` in ascii mode), naming the
  // string (after latin's transliteration); the logger folds whitespace runs into one space.
  if (s === '' && warn) warn(`Empty \`slug\` generated for '${from.replace(/[ \t\r\n\f\v]+/g, ' ')}'.`);
  return cased ? s : rubyDowncase(s);
}

/** Where Utils.slugify's warning goes (Jekyll.logger.warn, which names no file). */
export type SlugWarn = (message: string) => void;

/** I18n.transliterate with the default approximations: each non-ASCII code point → its ASCII form or `?`. */
export function transliterate(input: string): string {
  return input.replace(/[^\x00-\x7f]/gu, (ch) => LATIN.get(ch) ?? '?');
}
