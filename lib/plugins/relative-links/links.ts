// The Markdown link scanner of jekyll-relative-links 0.7.0
// (lib/jekyll-relative-links/generator.rb LINK_REGEX and #replacement_text),
// with Ruby's meanings kept: `.` and `$` stop at "\n", `^` starts a line,
// `\s` is ASCII whitespace. It runs on the Markdown source, before conversion.

const S = '[ \\t\\r\\n\\f\\v]';
const DOT = '[^\\n]';
const BOL = '(?<![^\\n])';
const EOL = '(?=\\n|(?![\\s\\S]))';
const TEXT = `(${DOT}*?)`;
const FRAGMENT = `(#${DOT}+?|)?`;
// TITLE_REGEX: a double-quoted title, or (as the gem writes it) one opened by `"` and closed by `'`.
const TITLE = `(${S}+"(?:\\\\"|[^"])*(?<!\\\\)"|${S}+"(?:\\\\'|[^'])*(?<!\\\\)')?`;
const INLINE = `\\[${TEXT}\\]\\(([^)]+?)${FRAGMENT}${TITLE}\\)`;
const REFERENCE = `${BOL}${S}*?\\[${TEXT}\\]: (${DOT}+?)${FRAGMENT}${TITLE}${S}*?${EOL}`;
const LINK = new RegExp(`(${INLINE}|${REFERENCE})`, 'g');

export interface Link {
  readonly type: 'inline' | 'reference';
  readonly text: string;
  readonly path: string;
  readonly fragment: string | undefined;
  readonly title: string | undefined;
}

/**
 * Every link of `content` passed to `rewrite`: a new path for it (the fragment
 * and title are kept), or undefined to leave the link's text as it was. A
 * rewritten reference definition is written on a line of its own, after a
 * newline, as the gem writes it.
 */
export function replaceLinks(content: string, rewrite: (link: Link) => string | undefined): string {
  return content.replace(LINK, (original, _all, iText, iPath, iFrag, iTitle, rText, rPath, rFrag, rTitle) => {
    const inline = iText !== undefined;
    const link: Link = inline
      ? { type: 'inline', text: iText, path: iPath, fragment: iFrag, title: iTitle }
      : { type: 'reference', text: rText, path: rPath, fragment: rFrag, title: rTitle };
    const url = rewrite(link);
    if (url === undefined) return original;
    const target = url + (link.fragment ?? '');
    return inline ? `[${link.text}](${target}${link.title ?? ''})` : `\n[${link.text}]: ${target}${link.title ?? ''}`;
  });
}

const ROOT = '/\u0000root';

/**
 * #path_from_root: the link's path against the linking file's folder (or the
 * site root for `/...`), as File.expand_path resolves it under the working
 * directory. A path that leaves the site stays absolute and so matches nothing.
 */
export function pathFromRoot(linkPath: string, fileDir: string): string {
  const isAbsolute = linkPath.startsWith('/');
  const rel = linkPath.replace(/^\//, '');
  const base = isAbsolute || fileDir === '.' ? ROOT : `${ROOT}/${fileDir}`;
  const parts: string[] = [];
  for (const seg of `${base}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  const abs = `/${parts.join('/')}`;
  return abs.startsWith(`${ROOT}/`) ? abs.slice(ROOT.length + 1) : abs;
}

/** CGI.unescape: `+` is a space, `%XX` a byte; a broken escape stays as it is. */
export function cgiUnescape(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
  } catch {
    return plus;
  }
}
