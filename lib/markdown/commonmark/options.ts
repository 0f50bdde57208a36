// jekyll-commonmark's settings: `commonmark: { options: [...], extensions: [...] }`
// in _config.yml (jekyll-commonmark.rb#setup_options, #setup_extensions).
export interface CommonmarkOptions {
  /** UNSAFE: raw HTML is written; otherwise commonmarker leaves it out. */
  readonly unsafe: boolean;
  readonly hardbreaks: boolean;
  /** Any of the GFM extensions (table, strikethrough, autolink, tasklist) turns on remark-gfm. */
  readonly gfm: boolean;
}

export function commonmarkOptions(config: unknown): CommonmarkOptions {
  const c = (config && typeof config === 'object' ? config : {}) as Record<string, unknown>;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : []);
  const options = list(c.options);
  const extensions = list(c.extensions);
  return {
    unsafe: options.includes('unsafe'),
    hardbreaks: options.includes('hardbreaks'),
    gfm: extensions.some((e) => ['table', 'strikethrough', 'autolink', 'tasklist'].includes(e)),
  };
}
