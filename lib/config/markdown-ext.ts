// Markdown#extname_list (jekyll/converters/markdown.rb), which every use of `markdown_ext` goes
// through (Markdown#matches, and the plugins that ask the converter): the setting split at commas
// (Ruby's split drops empty strings at the end), each part downcased behind a dot and nothing
// trimmed, so `"md, markdown"` lists ". markdown", which no file's extension is.

/** Jekyll's default `markdown_ext`. */
export const DEFAULT_MARKDOWN_EXT = 'markdown,mkdown,mkdn,mkd,md';

const lists = new Map<string, readonly string[]>();

/** The extensions (`.md`) `markdown_ext` makes Markdown; a setting that is no String is read as the default (load-config.ts refuses it first). */
export function markdownExtList(setting: unknown): readonly string[] {
  const text = typeof setting === 'string' ? setting : DEFAULT_MARKDOWN_EXT;
  let list = lists.get(text);
  if (!list) {
    if (lists.size > 100) lists.clear();
    const parts = text.split(',');
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    lists.set(text, (list = parts.map((e) => `.${e.toLowerCase()}`)));
  }
  return list;
}
