// jekyll-commonmark.rb#validate: each option or extension name that commonmarker does not know
// is dropped with a warning (Jekyll.logger.warn "CommonMark:", then .info with the valid names),
// options first, then extensions; once per build, when the converter is first set up.
import type { Diagnostic } from '../../types.js';

// CommonMarker::Config::OPTS[:parse] + [:render] keys (commonmarker 0.23), as the Set lists them
const VALID_OPTIONS = [
  'DEFAULT', 'SOURCEPOS', 'UNSAFE', 'VALIDATE_UTF8', 'SMART', 'LIBERAL_HTML_TAG', 'FOOTNOTES', 'STRIKETHROUGH_DOUBLE_TILDE',
  'HARDBREAKS', 'NOBREAKS', 'GITHUB_PRE_LANG', 'TABLE_PREFER_STYLE_ATTRIBUTES', 'FULL_INFO_STRING',
];
// CommonMarker.extensions
const VALID_EXTENSIONS = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'];

/** The warnings of #setup_options and #setup_extensions for `commonmark:` in _config.yml. */
export function commonmarkOptionWarnings(config: Readonly<Record<string, unknown>>): Diagnostic[] {
  // the converter classes, named case and all (Markdown#custom_class_allowed?; GitHub Pages' GFM
  // has become CommonMarkGhPages by now, with names of its own)
  if (config.markdown !== 'CommonMark' && config.markdown !== 'CommonMarkGhPages') return [];
  const cm = config.commonmark;
  if (!cm || typeof cm !== 'object' || Array.isArray(cm)) return [];
  const c = cm as Record<string, unknown>;
  // A list that is not an Array of Strings raises NoMethodError, rescued with no warning at all (options.ts).
  const strings = (v: unknown): string[] => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : []);
  const out: Diagnostic[] = [];
  const check = (names: readonly string[], valid: readonly string[], type: string): void => {
    for (const name of names) {
      if (valid.includes(name)) continue;
      out.push({
        level: 'warning',
        code: 'INVALID_CONFIG',
        message: `CommonMark: ${name} is not a valid ${type} (Valid ${type}s: ${valid.join(', ')})`,
        file: '_config.yml',
      });
    }
  };
  check(strings(c.options).map((x) => x.toUpperCase()), VALID_OPTIONS, 'option');
  check(strings(c.extensions), VALID_EXTENSIONS, 'extension');
  return out;
}
