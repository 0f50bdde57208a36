// A folder's listing, as WEBrick's FileHandler writes it with FancyIndexing
// (which Jekyll's Serve#file_handler_opts turns on): a folder without an index
// file, or any folder with --show-dir-listing. Names sort as WEBrick's default
// (?N=A), folders with a trailing slash; hidden names are left out.
import fs from 'node:fs';
import path from 'node:path';
import { HIDDEN } from './resolve.js';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n: number): string => String(n).padStart(2, '0');
/** WEBrick's `time.strftime("%Y/%m/%d %H:%M")`, local time. */
const when = (d: Date): string => `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The HTML listing of `dir`, shown at `urlPath` (the request's path, with the mount). */
export function dirListing(dir: string, urlPath: string, host: string): string {
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !HIDDEN.some((re) => re.test(e.name)))
    .map((e) => {
      const st = fs.statSync(path.join(dir, e.name), { throwIfNoEntry: false });
      const folder = st?.isDirectory() ?? false;
      return { name: folder ? `${e.name}/` : e.name, mtime: st?.mtime, size: folder || !st ? '-' : String(st.size) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const title = escapeHtml(`Index of ${urlPath}`);
  const row = (href: string, name: string, mtime: Date | undefined, size: string): string =>
    `<TR><TD class="name"><A HREF="${href}">${escapeHtml(name)}</A></TD><TD class="mtime">${mtime ? when(mtime) : ''}</TD><TD class="size">${size}</TD></TR>\n`;
  const parent = fs.statSync(path.dirname(dir), { throwIfNoEntry: false })?.mtime;
  return (
    `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<HTML>\n  <HEAD>\n    <TITLE>${title}</TITLE>\n` +
    `    <style type="text/css">\n    <!--\n    .name, .mtime { text-align: left; }\n    .size { text-align: right; }\n` +
    `    td { text-overflow: ellipsis; white-space: nowrap; overflow: hidden; }\n    table { border-collapse: collapse; }\n    tr th { border-bottom: 2px groove; }\n    //-->\n    </style>\n` +
    `  </HEAD>\n  <BODY>\n    <H1>${title}</H1>\n<TABLE width="100%"><THEAD><TR>\n` +
    `<TH class="name">Name</TH><TH class="mtime">Last modified</TH><TH class="size">Size</TH>\n</TR></THEAD>\n<TBODY>\n` +
    row('..', 'Parent Directory', parent, '-') +
    entries.map((e) => row(encodeURI(e.name).replace(/[?#]/g, encodeURIComponent), e.name, e.mtime, e.size)).join('') +
    `</TBODY></TABLE><HR>    <ADDRESS>\n     kyll<BR>\n     at ${escapeHtml(host)}\n    </ADDRESS>\n  </BODY>\n</HTML>\n`
  );
}
