// How commonmarker writes HTML, as hast-util-to-html options (rehype-stringify, heading ids):
// named references (&amp; &lt; &quot;, not hexadecimal ones), `<br />`, raw HTML kept. (Titles and
// alt texts, which cmark escapes otherwise, are written by rehype-commonmarker.ts.)
import type { Options } from 'rehype-stringify';

export const CMARK_HTML: Options = { allowDangerousHtml: true, closeSelfClosing: true, characterReferences: { useNamedReferences: true } };
