// The Markdown link scanner of jekyll-relative-links 0.7.0
// (lib/jekyll-relative-links/generator.rb LINK_REGEX and #replacement_text),
// with Ruby's meanings kept: `.` and `$` stop at "\n", `^` starts a line,
// `\s` is ASCII whitespace. It runs on the Markdown source, before conversion.
import { systemHome, type HomeLookup } from '../../source/home-folder.js';

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

/** File.expand_path's ArgumentError for a `~name` whose user the system does not know. */
export class UnknownUserError extends Error {
  constructor(readonly user: string) {
    super(`user ${user} doesn't exist`);
  }
}

// File.expand_path(path, base) with the working directory as `root`: a path that starts with `~` is
// taken from a home folder (base unused), `~name` from that user's (the name runs to the first
// `/`; an unknown one is an error); an absolute path stands alone; any other is joined to the base,
// which is expanded the same way first (so a base starting with `~` is a home folder too).
function expandPath(path: string, base: string | undefined, home: HomeLookup, root: string): string {
  let start: string;
  let rest = path;
  if (path.startsWith('~')) {
    const slash = path.indexOf('/');
    const user = slash < 0 ? path.slice(1) : path.slice(1, slash);
    const dir = home(user === '' ? undefined : user);
    if (dir === undefined) throw new UnknownUserError(user);
    start = dir;
    rest = slash < 0 ? '' : path.slice(slash + 1);
  } else if (path.startsWith('/')) {
    start = '/';
  } else {
    start = base === undefined || base === '' ? root : expandPath(base, undefined, home, root);
  }
  const parts: string[] = [];
  for (const seg of `${start}/${rest}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/**
 * #path_from_root: the link's path against the linking file's folder (or the
 * site root for `/...`), as File.expand_path resolves it under the working
 * directory (`source`, the site's folder, where the build runs). A path that
 * leaves the site stays absolute and so matches nothing, unless it comes back
 * in: `../site/a.md` from the top of a folder named `site` is `a.md`, as
 * Ruby's expand_path climbs the real folders. A `~` path (after the leading `/`
 * is dropped) is a home folder's, and `~name` of an unknown user throws
 * UnknownUserError, which stops Jekyll's build.
 */
export function pathFromRoot(linkPath: string, fileDir: string, home: HomeLookup = systemHome, source?: string): string {
  const isAbsolute = linkPath.startsWith('/');
  const rel = linkPath.replace(/^\//, '');
  // the real folder when it is known (a site on disk), else a stand-in no path leaves
  const cwd = source?.replace(/\/+$/, '');
  const root = cwd !== undefined && cwd.startsWith('/') && cwd.length > 1 ? cwd : ROOT;
  const abs = expandPath(rel, isAbsolute || fileDir === '.' ? '' : fileDir, home, root);
  if (abs.startsWith(`${root}/`)) return abs.slice(root.length + 1);
  // a home folder may hold the site: the part under the working directory is relative again
  return cwd && abs.startsWith(`${cwd}/`) ? abs.slice(cwd.length + 1) : abs;
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
