import { capitalize } from '../plugins/shared/text.js';
// Post file names: Document::DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER (jekyll/document.rb).

const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
const DATELESS_FILENAME = /^(?:.+\/)*(.*)(\.[^.]+)$/;

export interface PostName {
  /** `2022-02-11` as written in the name (`2022-2-1` stays so). */
  readonly date: string;
  /** The slug part, trailing dots dropped (Document#populate_title). */
  readonly slug: string;
  /** `.md` */
  readonly ext: string;
}

/** `YYYY-MM-DD-slug.ext` (the last path segment); null when the name is not a post name. */
export function parsePostName(path: string): PostName | null {
  const m = DATE_FILENAME.exec(path);
  if (!m) return null;
  return { date: m[1]!, slug: m[2]!.replace(/\.+$/, ''), ext: m[3]! };
}

/** A draft's or undated document's name: `slug.ext`; null without an extension. */
export function parseDatelessName(path: string): { slug: string; ext: string } | null {
  const m = DATELESS_FILENAME.exec(path);
  if (!m) return null;
  return { slug: m[1]!.replace(/\.+$/, ''), ext: m[2]! };
}

/**
 * Utils.titleize_slug: `hello-world` → `Hello World` (String#capitalize: first letter titlecased, the rest
 * down). String#split drops trailing empty fields, so `arm-stack-` is `Arm Stack`, without a space.
 */
export function titleizeSlug(slug: string): string {
  return slug
    .replace(/-+$/, '')
    .split('-')
    .map((word) => capitalize(word))
    .join(' ');
}
