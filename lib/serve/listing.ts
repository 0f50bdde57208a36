// A folder's listing, as WEBrick's FileHandler#set_dir_list writes it with
// FancyIndexing (which Jekyll's Serve#file_handler_opts turns on): a folder
// without an index file, or any folder with --show-dir-listing. Hidden names
// are left out; the query sorts it (`?N=A` by name, the default; `M` by time,
// `S` by size; `D` descending) and `NameWidth` cuts long names (25 by default).
import fs from 'node:fs';
import path from 'node:path';
import { HIDDEN } from './resolve.js';

/** HTMLUtils.escape. */
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n: number): string => String(n).padStart(2, '0');
/** WEBrick's `time.strftime("%Y/%m/%d %H:%M")`, local time. */
const when = (d: Date): string => `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** HTTPUtils.escape: controls, space, `<>#%"`, `{}|\^[]` and backquote, and every byte above 127, as %XX. */
function escapeHref(name: string): string {
  return Array.from(Buffer.from(name, 'utf8'), (b) =>
    b <= 0x20 || b >= 0x7f || '<>#%"{}|\\^[]`'.includes(String.fromCharCode(b)) ? `%${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b),
  ).join('');
}

interface Entry {
  readonly name: string;
  readonly mtime: Date | undefined;
  /** -1 for a folder or what cannot be read. */
  readonly size: number;
}

/** Ruby's `<=>` on one column: names by their bytes, times, sizes. */
function compare(a: Entry, b: Entry, column: number): number {
  if (column === 0) return Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
  if (column === 1) return (a.mtime?.getTime() ?? 0) - (b.mtime?.getTime() ?? 0);
  return a.size - b.size;
}

/** The HTML listing of `dir`, shown at `urlPath` (the request's unescaped path, with the mount), sorted as `query` (`?N=D`...) says. */
export function dirListing(dir: string, urlPath: string, host: string, query = ''): string {
  const list: Entry[] = fs
    .readdirSync(dir)
    .filter((name) => !HIDDEN.some((re) => re.test(name)))
    .map((name) => {
      const st = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
      if (!st) return { name, mtime: undefined, size: -1 };
      return st.isDirectory() ? { name: `${name}/`, mtime: st.mtime, size: -1 } : { name, mtime: st.mtime, size: st.size };
    });
  // The first of N, M, S in the query picks the column, its value the order; all three leave the query.
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  let column: number | undefined;
  let order: string | undefined;
  ['N', 'M', 'S'].forEach((key, i) => {
    const v = params.get(key);
    if (v === null) return;
    params.delete(key);
    column ??= i;
    order ??= v;
  });
  const descending = (order ?? 'A') !== 'A';
  list.sort((a, b) => (descending ? compare(b, a, column ?? 0) : compare(a, b, column ?? 0)));
  const nameWidthParam = params.get('NameWidth');
  const nameWidth = nameWidthParam === '*' ? undefined : Number.parseInt(nameWidthParam ?? '', 10) >= 2 ? Number.parseInt(nameWidthParam!, 10) : 25;
  // The rest of the query goes on with the header's sort links and the folders' links.
  const rest = [...params].map(([k, v]) => `&${escapeHtml(`${k}=${v}`)}`).join('');
  const other = order === undefined || order === 'A' ? 'D' : 'A';
  const title = escapeHtml(`Index of ${urlPath}`);
  const row = (href: string, name: string, mtime: Date | undefined, size: number): string =>
    `<TR><TD class="name"><A HREF="${href}">${escapeHtml(name)}</A></TD><TD class="mtime">${mtime ? when(mtime) : ''}</TD><TD class="size">${size >= 0 ? size : '-'}</TD></TR>\n`;
  const shown = (name: string): string => (nameWidth !== undefined && [...name].length > nameWidth ? `${[...name].slice(0, nameWidth - 2).join('')}..` : name);
  const folderQuery = rest.replace(/^&/, '?');
  const parent = fs.statSync(path.dirname(dir), { throwIfNoEntry: false })?.mtime;
  return (
    `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<HTML>\n  <HEAD>\n    <TITLE>${title}</TITLE>\n` +
    `    <style type="text/css">\n    <!--\n    .name, .mtime { text-align: left; }\n    .size { text-align: right; }\n` +
    `    td { text-overflow: ellipsis; white-space: nowrap; overflow: hidden; }\n    table { border-collapse: collapse; }\n    tr th { border-bottom: 2px groove; }\n    //-->\n    </style>\n` +
    `  </HEAD>\n  <BODY>\n    <H1>${title}</H1>\n<TABLE width="100%"><THEAD><TR>\n` +
    `<TH class="name"><A HREF="?N=${other}${rest}">Name</A></TH><TH class="mtime"><A HREF="?M=${other}${rest}">Last modified</A></TH><TH class="size"><A HREF="?S=${other}${rest}">Size</A></TH>\n</TR></THEAD>\n<TBODY>\n` +
    row('..', 'Parent Directory', parent, -1) +
    list.map((e) => row(`${escapeHref(e.name)}${e.name.endsWith('/') ? folderQuery : ''}`, shown(e.name), e.mtime, e.size)).join('') +
    `</TBODY></TABLE><HR>    <ADDRESS>\n     kyll<BR>\n     at ${escapeHtml(host)}\n    </ADDRESS>\n  </BODY>\n</HTML>\n`
  );
}
