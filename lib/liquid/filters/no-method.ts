// Ruby's NoMethodError, as Jekyll prints it when one of its filters calls a method the input
// lacks (`input.split` on 12): Ruby 3.1's error.c writes the receiver's inspect, then its class,
// and did_you_mean adds the methods of that class with a near name (Jekyll's log puts it all on
// one line). It is no Liquid::Error, so the message has no "Liquid error (line N)" prefix.
import { LiquidFailure } from '../errors.js';
import { rubyInspect } from '../ruby/to-s.js';
import { rubyClass } from './spaceship.js';

// did_you_mean's suggestions for the calls kyll's filters make on a wrong type, printed by Ruby
// 3.1 with Jekyll 4.3.1 loaded (`12.sub` → "Did you mean? succ"); a pair not listed suggests nothing.
const SUGGESTIONS: Readonly<Record<string, string>> = {
  'sub Integer': 'succ',
  'sub Date': 'succ',
  'sub DateTime': 'succ',
  'to_i Date': 'to_s',
  'to_i DateTime': 'to_s',
  'map Date': 'tap',
  'map DateTime': 'tap',
  'sub Array': 'sum',
  'sub Hash': 'sum',
  'to_i TrueClass': 'to_s',
  'to_i FalseClass': 'to_s',
  'to_i Array': 'to_s to_a to_h',
  'to_i Hash': 'to_s to_a to_h',
  'to_i Range': 'to_h to_s to_a',
  'to_i Jekyll::Drops::JekyllDrop': 'to_s to_h',
  'to_i Jekyll::Drops::SiteDrop': 'to_s to_a to_h',
  'to_i Jekyll::Drops::DocumentDrop': 'to_a to_h to_s',
  'to_i Jekyll::Drops::CollectionDrop': 'to_a to_h to_s',
  'to_i Jekyll::Drops::StaticFileDrop': 'to_s to_a to_h',
  'to_i Liquid::ForloopDrop': 'to_s',
  'to_i Liquid::TablerowloopDrop': 'to_s',
  'sub Range': 'sum',
  'map Integer': 'tap',
  'map Float': 'tap',
  'map TrueClass': 'tap',
  'map FalseClass': 'tap',
  'map String': 'tap',
  'map Time': 'tap',
  'map Liquid::ForloopDrop': 'tap',
  'map Liquid::TablerowloopDrop': 'tap',
  'map Jekyll::Drops::JekyllDrop': 'tap',
  // `permalink:` or liquid's `error_mode:` that is no string (Configuration#style_to_permalink, LiquidRenderer)
  'to_sym Integer': 'to_s',
  'to_sym Float': 'to_s',
  'to_sym TrueClass': 'to_s',
  'to_sym FalseClass': 'to_s',
  'to_sym Array': 'to_s to_set',
  'to_sym Hash': 'to_s to_set',
  'to_sym Date': 'to_s',
  // `kramdown: 5` (Converters::SmartyPants#initialize's config[:input]=)
  '[]= Integer': '[]',
};

export function noMethod(method: string, receiver: unknown, at?: RubyLine): LiquidFailure {
  return new LiquidFailure('plain', noMethodText(method, receiver, at));
}

/**
 * The line of Ruby that made the call, as Ruby 3.1's error_highlight adds it to the message
 * (after the message, before did_you_mean's suggestion): the line without its indent, then
 * carets under the call (`.length`, `[property]`); Jekyll's log puts it all on one line.
 */
export interface RubyLine {
  readonly line: string;
  readonly call: string;
}

/** PathManager.sanitize_and_join's call, met by a path given as something else than text (Jekyll.sanitized_path, Site#in_source_dir). */
export const SANITIZE_AND_JOIN: RubyLine = { line: 'clean_path = if questionable_path.start_with?("~")', call: '.start_with?' };

/** Ruby 3.1's NoMethodError message: "undefined method `gsub' for 12:Integer". */
export function noMethodText(method: string, receiver: unknown, at?: RubyLine): string {
  const cls = rubyClass(receiver);
  const near = SUGGESTIONS[`${method} ${cls}`];
  // an inspect that starts with `#` (`#<Date: ...>`) names the class already: Ruby adds no `:Date`
  const inspect = rubyInspect(receiver);
  const who = inspect.startsWith('#') ? inspect : `${inspect}:${cls}`;
  const line = at ? ` ${at.line} ${'^'.repeat(at.call.length)}` : '';
  return `undefined method \`${method}' for ${who}${line}${near ? ` Did you mean? ${near}` : ''}`;
}
