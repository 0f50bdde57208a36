// Jekyll's Markdown converter sets itself up on the first conversion of a build
// (converters/markdown.rb #setup → KramdownParser#initialize/#setup), and in doing so
// fills in the site's own `kramdown` config hash: from then on `site.kramdown` (and
// `site | jsonify`) show syntax_highlighter, syntax_highlighter_opts and coderay.
import { modernizeCoderay } from '../config/markdown-settings.js';
import type { MarkdownConverter } from '../markdown/types.js';
import type { Data } from '../types.js';
import type { Drop } from '../site/drops.js';

// Ruby's truth: only nil and false are false.
const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

/** `converter`, calling `onFirst` before its first conversion. */
export function onFirstConvert(converter: MarkdownConverter, onFirst: () => void): MarkdownConverter {
  let first = true;
  return {
    convert(text, file) {
      if (first) {
        first = false;
        onFirst();
      }
      return converter.convert(text, file);
    },
    get warnings() {
      return converter.warnings;
    },
  };
}

/** The `kramdown` hash as KramdownParser#setup leaves it (a copy: the config itself is not changed). */
export function kramdownAfterSetup(config: Readonly<Data>): Data {
  const kramdown: Data = { ...((config.kramdown as Data | undefined) ?? {}) };
  // #highlighter: kramdown's syntax_highlighter, else enable_coderay, else the site's highlighter.
  if (!truthy(kramdown.syntax_highlighter)) kramdown.syntax_highlighter = truthy(kramdown.enable_coderay) ? 'coderay' : truthy(config.highlighter) ? config.highlighter : 'rouge';
  const opts: Data = { ...(truthy(kramdown.syntax_highlighter_opts) ? (kramdown.syntax_highlighter_opts as Data) : {}) };
  if (!truthy(opts.default_lang)) opts.default_lang = 'plaintext';
  opts.guess_lang = kramdown.guess_lang;
  kramdown.syntax_highlighter_opts = opts;
  const coderay = truthy(kramdown.coderay) ? (kramdown.coderay as Data) : {};
  kramdown.coderay = coderay;
  // #modernize_coderay_config: a legacy `coderay` hash merges into the options, `coderay_` prefixes dropped.
  if (Object.keys(coderay).length > 0) {
    kramdown.syntax_highlighter_opts = modernizeCoderay(opts, coderay);
  }
  return kramdown;
}

/**
 * `site.kramdown` as the config hash before the markdown converter is set up, and as
 * KramdownParser#setup leaves it afterwards (only for kramdown: another processor's
 * converter does not touch the hash).
 */
export function showKramdownSetup(site: Drop, config: Readonly<Data>, setUp: () => boolean): void {
  if (String(config.markdown ?? 'kramdown').toLowerCase() !== 'kramdown' || config.kramdown == null || typeof config.kramdown !== 'object') return;
  const before = site.kramdown;
  let after: Data | undefined;
  Object.defineProperty(site, 'kramdown', {
    enumerable: true,
    configurable: true,
    get: () => (setUp() ? (after ??= kramdownAfterSetup(config)) : before),
  });
}
