// jekyll-sass-converter 2.x hands the whole `sass:` hash to sassc (sass_build_configuration_options
// deep-merges it into its own options, symbolized), so libsass options it never names reach
// libsass too: `line_comments` (a /* line N, file */ comment before each rule) and `precision`
// (decimal places; libsass's default is 10). kyll's libsass build takes neither (`source_map_embed`
// is written by sass.ts): it says so once instead of writing other CSS in silence. In safe mode
// Jekyll passes only its own options, as kyll does.
import type { Diagnostic } from '../types.js';

const LIBSASS_DEFAULT_PRECISION = 10;

export function sassOptionsWarning(config: Readonly<Record<string, unknown>>): Diagnostic | undefined {
  if (config.safe === true) return undefined;
  const sass = config.sass;
  if (sass === null || typeof sass !== 'object' || Array.isArray(sass)) return undefined;
  const given = sass as Record<string, unknown>;
  // Ruby truthiness: anything but nil and false turns an option on.
  const on = (key: string): boolean => given[key] !== undefined && given[key] !== null && given[key] !== false;
  const ignored = [
    ...(on('line_comments') ? ['line_comments'] : []),
    ...(on('precision') && given.precision !== LIBSASS_DEFAULT_PRECISION ? ['precision'] : []),
  ];
  if (ignored.length === 0) return undefined;
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: `sass ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} not supported by kyll: CSS is written as libsass writes it without ${ignored.length === 1 ? 'it' : 'them'}, where Jekyll passes ${ignored.length === 1 ? 'it' : 'them'} to libsass.`,
    file: '_config.yml',
  };
}
