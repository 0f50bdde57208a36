// converters/markdown.rb#setup (Jekyll 4.3.1): the Markdown converter sets itself up on
// its first conversion and stops the build when `markdown:` names no processor it has:
// "kramdown" (any case), or the name of a class a loaded plugin defined inside
// Jekyll::Converters::Markdown (#custom_class_allowed?: case and all, as `CommonMark`
// from jekyll-commonmark). An old site's `markdown: redcarpet` fails there, so a build
// that never converts Markdown (no .md file, no markdownify) still succeeds.
import { KyllError } from '../errors/index.js';
import type { MarkdownConverter } from '../markdown/types.js';
import { noMethodText } from '../liquid/filters/no-method.js';

// The classes each gem defines under Jekyll::Converters::Markdown (KramdownParser is Jekyll's own).
const PROCESSOR_CLASSES: Readonly<Record<string, readonly string[]>> = {
  'jekyll-commonmark': ['CommonMark'],
  // it requires jekyll-commonmark and subclasses its converter
  'jekyll-commonmark-ghpages': ['CommonMark', 'CommonMarkGhPages'],
};

/**
 * What setup raises when no loaded processor answers to the `markdown:` setting, else undefined:
 * "Invalid Markdown processor given: NAME", or for a setting that is no String the NoMethodError of
 * get_processor's `@config["markdown"].downcase` (a list `[kramdown]` names no processor). With
 * `rubyPlugins` (a site's Ruby plugins, which kyll does not run but which may define a class
 * of that name) only a name no class can have is refused.
 */
export function invalidMarkdownProcessor(setting: unknown, pluginNames: readonly string[], rubyPlugins = false): string | undefined {
  if (setting != null && typeof setting !== 'string') return noMethodText('downcase', setting);
  const name = setting == null ? 'kramdown' : setting;
  if (name.toLowerCase() === 'kramdown' || name === 'KramdownParser') return undefined;
  if (pluginNames.some((p) => PROCESSOR_CLASSES[p]?.includes(name))) return undefined;
  if (rubyPlugins && isConstantName(name)) return undefined;
  return `Invalid Markdown processor given: ${name}`;
}

// #custom_class_allowed? looks the name up among the constants of Jekyll::Converters::Markdown,
// after refusing any character but [A-Za-z0-9_]: a Ruby constant starts with a capital, so an old
// site's `markdown: redcarpet` (or rdiscount, maruku) fails whatever its plugins define.
function isConstantName(name: string): boolean {
  return /^[A-Z][A-Za-z0-9_]*$/.test(name);
}

/**
 * A converter that fails each conversion as Jekyll's does once setup has refused the processor:
 * a document's as Renderer#convert reports it, a markdownify call with the bare message
 * (which Liquid reports as its exception).
 */
export function refusingConverter(message: string): MarkdownConverter {
  // GitHub Pages' `markdown: GFM` is the github-pages gem's: kyll has that profile behind a setting.
  const hint = /^Invalid Markdown processor given: (?:GFM|CommonMarkGhPages)$/i.test(message)
    ? 'GitHub Pages builds `markdown: GFM` with its own gems: set `github_pages: true` in _config.yml (or pass --github-pages) to build as GitHub Pages does.'
    : undefined;
  const extra = hint === undefined ? undefined : { hint };
  return {
    convert(_text, file) {
      if (file) {
        throw new KyllError('INVALID_CONFIG', `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${file}': ${message}`, { file }, extra);
      }
      throw new KyllError('INVALID_CONFIG', message, { file: '_config.yml' }, extra);
    },
    warnings: [],
  };
}
