// The live reload script tag, put where `jekyll serve --livereload` puts it:
// right after the opening <head> tag, on the first line that mentions "<head"
// (Jekyll::Commands::Serve::BodyProcessor#process!). Only the dev server calls
// this, on the bytes it sends; nothing here touches a build's output.

/** BodyProcessor::HEAD_TAG_REGEX: `<head>` or `<head` + one character that is not `(`, `e`, `r`, `)` (so not `<header>`). */
const HEAD_TAG = /<head>|<head[^(er)][^<]*>/g;

/**
 * A tag that loads the client from the live reload server on the host the page
 * came from (so that localhost and 127.0.0.1 both work), as Jekyll's snippet does.
 */
/** livereload.js's mindelay/maxdelay: the first and the longest wait before reconnecting, in milliseconds. */
export interface LiveReloadDelays {
  readonly min?: number;
  readonly max?: number;
}

export function liveReloadSnippet(port: number, delays: LiveReloadDelays = {}): string {
  // Servlet#livereload_args: the delays go to the client in its query string.
  const args = `${delays.min === undefined ? '' : `&mindelay=${delays.min}`}${delays.max === undefined ? '' : `&maxdelay=${delays.max}`}`;
  return (
    `<script>(function(){var s=document.createElement('script');` +
    `s.src=location.protocol+'//'+(location.hostname||'localhost')+':${port}/livereload.js?port=${port}${args}';` +
    `document.head.appendChild(s);})();</script>\n`
  );
}

/** The page with the snippet after its head tag(s) on the first line containing `<head`; `added` says whether the snippet went in. */
export function injectLiveReload(html: string, port: number, delays?: LiveReloadDelays): { html: string; added: boolean } {
  const lines = html.split(/(?<=\n)/);
  const i = lines.findIndex((l) => l.includes('<head'));
  if (i < 0) return { html, added: false };
  const snippet = liveReloadSnippet(port, delays);
  let added = false;
  lines[i] = lines[i]!.replace(HEAD_TAG, (m) => {
    added = true;
    return m + snippet;
  });
  return { html: lines.join(''), added };
}
