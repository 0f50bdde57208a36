// GFM autolink literals as cmark-gfm's autolink extension finds them. It links `www.`, `ftp://` and
// `http(s)://` while parsing inlines (autolink.c#match), and refuses to while a `[` or `![` is
// still open on the bracket stack (cmark_inline_parser_in_bracket), so `[see http://x.com` stays
// text; e-mail addresses are linked after parsing (#postprocess), brackets or not.
// micromark's syntax refuses as cmark does (previousUnbalanced), but mdast-util's transform then
// finds every URL again in the text: its links for `www.`/`http` are undone here, keeping the
// syntax's (which have a position) and the transform's e-mail links.
import type { Extension } from 'mdast-util-from-markdown';
import type { Link, Nodes, Paragraph, Parent, Root, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { autolinkTrailLength } from './autolink-literal-syntax.js';
import { imageHoldsLink } from './image-alt.js';

const fromMarkdown = gfmAutolinkLiteralFromMarkdown();
const findLiterals = fromMarkdown.transforms ?? [];

// A link the transform made (no position) for a URL rather than an address.
function isFoundUrl(node: Nodes): node is Link {
  return node.type === 'link' && node.position === undefined && /^https?:\/\//i.test(node.url);
}

function undoFoundUrls(parent: Parent): void {
  const out: Parent['children'] = [];
  for (const child of parent.children) {
    const node = isFoundUrl(child) ? ({ type: 'text', value: (child.children[0] as Text | undefined)?.value ?? '' } as Text) : child;
    const last = out[out.length - 1];
    // The transform split one text node around each match (its pieces have no position): join them back.
    if (node.type === 'text' && last?.type === 'text' && (node.position === undefined || last.position === undefined)) {
      last.value += node.value;
      last.position = undefined;
      continue;
    }
    if ('children' in node) undoFoundUrls(node as Parent);
    out.push(node);
  }
  parent.children = out;
}

// A `<...>` autolink (CommonMark's, not the extension's): its source is its text and the two
// brackets. cmark's extension never joins text to it, since only text nodes are scanned.
function isAngleAutolink(node: Link): boolean {
  const text = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return text !== undefined && start !== undefined && end !== undefined && end - start === text.length + 2;
}

// An address micromark's syntax linked right after `mailto:` or `xmpp:`: cmark links the
// protocol with it (`mailto:a@b.co` is one link), as the transform's mailto/xmpp finds do, so
// it goes back to text (joined with the text around it) for the transform to find again.
function isProtocolAddress(node: Nodes | undefined, before: Nodes | undefined): boolean {
  if (node?.type !== 'link' || node.position === undefined || before?.type !== 'text' || isAngleAutolink(node)) return false;
  const text = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
  return text !== undefined && node.url === `mailto:${text}` && /(?:mailto|xmpp):$/.test(before.value);
}

function unlinkProtocolAddresses(parent: Parent): void {
  const out: Parent['children'] = [];
  // The last text in `out` took an address: the text after it joins it too.
  let joining = false;
  for (const child of parent.children) {
    const last = out[out.length - 1];
    if (isProtocolAddress(child, last) || (joining && child.type === 'text')) {
      const text = last as Text;
      text.value += child.type === 'text' ? child.value : ((child as Link).children[0] as Text).value;
      if (text.position && child.position) text.position = { start: text.position.start, end: child.position.end };
      joining = true;
      continue;
    }
    joining = false;
    if ('children' in child) unlinkProtocolAddresses(child as Parent);
    out.push(child);
  }
  parent.children = out;
}

const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);

/**
 * How far cmark's e-mail scan goes back before `end` in `text` (autolink.c#postprocess_text): over
 * letters, digits and `.+-_`, and over a `:` that ends `mailto:` or `xmpp:` with no letter or digit
 * before it (validate_protocol), as many times as they come: `mailto:mailto:a@b.co` is one link.
 */
function rewindStart(text: string, end: number): { start: number; xmpp: boolean } {
  let i = end;
  let xmpp = false;
  while (i > 0) {
    const c = text[i - 1]!;
    if (isAlnum(c) || '.+-_'.includes(c)) {
      i--;
      continue;
    }
    if (c !== ':') break;
    const protocol = ['mailto:', 'xmpp:'].find((p) => text.slice(0, i).endsWith(p) && (i === p.length || !isAlnum(text[i - p.length - 1]!)));
    if (!protocol) break;
    xmpp ||= protocol === 'xmpp:';
    i--;
  }
  return { start: i, xmpp };
}

// An xmpp address's resource, as the transform's own xmpp find takes it.
const RESOURCE = /^\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*/;

/**
 * An address link with its protocol (`mailto:a@b.co`, `xmpp:a@b.co`) that the text before it
 * continues as cmark's scan back goes on (`mailto:`, `_`, `x.`): that text joins the link, whose
 * href is then its text as written (cmark adds `mailto:` only when no protocol was passed). A
 * protocol `xmpp:` passed this way lets the link take a `/resource` after it.
 */
function extendProtocolLinks(parent: Parent): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if ('children' in node && node.type !== 'link') extendProtocolLinks(node as Parent);
    const before = kids[i - 1];
    if (node.type !== 'link' || before?.type !== 'text' || node.children.length !== 1 || node.children[0]!.type !== 'text' || isAngleAutolink(node)) continue;
    const label = node.children[0] as Text;
    if (!/^(?:mailto|xmpp):[^@]*@/.test(label.value) || node.url !== label.value) continue;
    const { start, xmpp } = rewindStart(before.value, before.value.length);
    if (start === before.value.length) continue;
    label.value = before.value.slice(start) + label.value;
    before.value = before.value.slice(0, start);
    const after = kids[i + 1];
    if (xmpp && !/^xmpp:/.test(node.url) && after?.type === 'text') {
      const resource = RESOURCE.exec(after.value)?.[0] ?? '';
      label.value += resource;
      after.value = after.value.slice(resource.length);
    }
    node.url = label.value;
    before.position = undefined;
    if (before.value === '') kids.splice(--i, 1);
  }
}

/**
 * Addresses as cmark's scan reads them (autolink.c#postprocess_text: a `.` counts when a letter or
 * digit follows it, else it ends the address) where the transform's finds read none: a domain
 * starting with `.` (`a@.b.co`, `mailto:a@.b.co`), or going on after such a `.` (`a@b.co.-- x`:
 * the find's domain would end in `-`). From the `@`: back as rewindStart goes, on over letters, digits, `-`,
 * `_`, such `.`s (and `/` after `xmpp:`) up to anything else; a link when it went back at all,
 * met one `@` and at least one such `.`, and ends in a letter or `.`, less autolink_delim's trail.
 * Its href is its text when a protocol was passed, else `mailto:` and its text.
 */
function dotDomainAddress(text: string, at: number): { start: number; end: number; url: string } | undefined {
  const { start, xmpp } = rewindStart(text, at);
  if (start === at) return undefined;
  let end = at;
  let ats = 0, dots = 0;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (isAlnum(c) || c === '-' || c === '_' || (c === '/' && xmpp)) continue;
    if (c === '@') ats++;
    else if (c === '.' && end + 1 < text.length && isAlnum(text[end + 1]!)) dots++;
    else break;
  }
  if (end - at < 2 || ats !== 1 || dots === 0 || !/[A-Za-z.]/.test(text[end - 1]!)) return undefined;
  const value = text.slice(start, end);
  const link = value.slice(0, value.length - autolinkTrailLength(value));
  // (the scan back goes over a `:` only as the end of a protocol)
  return { start, end: start + link.length, url: text.slice(start, at).includes(':') ? link : `mailto:${link}` };
}

/**
 * An address the transform's e-mail find read in a piece of a text that its URL find had cut
 * (`a@b.co.http://x.y`, `a@b.co.www.x.y`, `mailto:a@b.co.www.x.y`), where cmark linked no URL (an open `[`; a `www.` after
 * a `.`): undoFoundUrls joined the text back, and cmark's scan reads the address on into it, as
 * dotDomainAddress reads (`a@b.co.http`, `a@b.co.www.x.y`). When that read fails (`a@b.co.www.x-`), no address
 * is linked there.
 */
function extendAddressesIntoUndoneUrls(parent: Parent): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if ('children' in node && node.type !== 'link') extendAddressesIntoUndoneUrls(node as Parent);
    const after = kids[i + 1];
    if (node.type !== 'link' || node.position !== undefined || after?.type !== 'text' || after.position !== undefined || !/^\.[A-Za-z0-9]/.test(after.value)) continue;
    const label = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
    // (an address with its protocol, `mailto:a@b.co`, is its own href)
    if (label === undefined || (node.url !== `mailto:${label}` && !(node.url === label && /^(?:mailto|xmpp):[^@]*@/.test(label)))) continue;
    const joined = label + after.value;
    const found = dotDomainAddress(joined, label.indexOf('@'));
    if (!found) {
      // The scan reads on into the URL's text and fails there (`a@b.co.www.x-` ends in `-`): cmark
      // links nothing at this `@`, so the address goes back to text.
      const before = kids[i - 1];
      if (before?.type === 'text' && before.position === undefined) {
        before.value += joined;
        kids.splice(i--, 2);
      } else kids.splice(i, 2, { type: 'text', value: joined });
      continue;
    }
    if (found.start !== 0 || found.end <= label.length) continue;
    const address = joined.slice(0, found.end);
    kids[i] = { ...node, url: found.url, children: [{ type: 'text', value: address }] };
    after.value = joined.slice(found.end);
    if (after.value === '') kids.splice(i + 1, 1);
  }
}

function linkDotDomainAddresses(parent: Parent): void {
  const out: Parent['children'] = [];
  for (const child of parent.children) {
    if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') linkDotDomainAddresses(child as Parent);
    if (child.type !== 'text' || !child.value.includes('@')) {
      out.push(child);
      continue;
    }
    let value = child.value;
    let from = 0;
    for (let at = value.indexOf('@'); at >= 0; at = value.indexOf('@', from)) {
      const found = dotDomainAddress(value, at);
      if (!found) {
        from = at + 1;
        continue;
      }
      if (found.start > 0) out.push({ type: 'text', value: value.slice(0, found.start) });
      const label = value.slice(found.start, found.end);
      out.push({ type: 'link', url: found.url, title: null, children: [{ type: 'text', value: label }] });
      value = value.slice(found.end);
      from = 0;
    }
    if (value === child.value) out.push(child);
    else if (value !== '') out.push({ type: 'text', value });
  }
  parent.children = out;
}

// The transform finds no `mailto:`/`xmpp:` right after `.`, `+`, `-` or `_`, where cmark's scan
// goes on through them: such a text is cut before the protocol, so that the find sees it alone, and
// extendProtocolLinks joins what comes before (undoFoundUrls joins the two again when nothing was found).
function splitBeforeProtocols(parent: Parent): void {
  const out: Parent['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'text' && /[._+-](?:mailto|xmpp):/.test(child.value)) {
      for (const piece of child.value.split(/(?<=[._+-])(?=(?:mailto|xmpp):)/)) out.push({ type: 'text', value: piece });
      continue;
    }
    if ('children' in child && child.type !== 'link') splitBeforeProtocols(child as Parent);
    out.push(child);
  }
  parent.children = out;
}

/**
 * A URL literal (`https://...`, `www....`, not `<...>`) followed by text that cmark's scan takes
 * in (url_match/www_match read on to a space or `<`, then autolink_delim): that text joins the link.
 */
function extendUrlLinks(parent: Parent): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if ('children' in node && node.type !== 'link') extendUrlLinks(node as Parent);
    const after = kids[i + 1];
    if (node.type !== 'link' || after?.type !== 'text' || node.children.length !== 1 || node.children[0]!.type !== 'text') continue;
    const label = node.children[0] as Text;
    const written = node.position ? node.position.end.offset! - node.position.start.offset! : -1;
    if (written !== label.value.length || (node.url !== label.value && node.url !== `http://${label.value}`) || !/^(?:https?:\/\/|www\.)/i.test(label.value)) continue;
    // cmark reads the text as written: a text whose references or escapes were decoded is left alone.
    if (!after.position || after.position.end.offset! - after.position.start.offset! !== after.value.length) continue;
    const candidate = label.value + /^[^ \t\n\v\f\r<]*/.exec(after.value)![0];
    const extra = candidate.slice(label.value.length, Math.max(label.value.length, candidate.length - autolinkTrailLength(candidate)));
    if (extra === '') continue;
    label.value += extra;
    node.url += extra;
    after.value = after.value.slice(extra.length);
    after.position = undefined;
    if (after.value === '') kids.splice(i + 1, 1);
  }
}

// With SMART, cmark's inline parser makes each `...` and each run of two or more `-` a text node
// of its own (the ellipsis or dashes), and the e-mail scan (autolink.c#postprocess_text) reads one
// text node: it rewinds to such a run and reads on up to the next. An address micromark read
// across one (`a ...user@example.com`) keeps only its part between them, if that is still one
// (a `.` before an alphanumeric in the domain, which ends in a letter or `.`; a final `.` is
// trail); otherwise the whole is text.
const SMART_RUN = /\.\.\.|-{2,}/g;
const EMAIL_DOMAIN = /^[A-Za-z0-9_-]*(?:\.[A-Za-z0-9][A-Za-z0-9_-]*)+\.?$/;

function emailAt(value: string, at: number): { start: number; end: number } | undefined {
  let start = 0;
  let end = value.length;
  for (const m of value.matchAll(SMART_RUN)) {
    if (m.index < at) start = m.index + m[0].length;
    else if (end === value.length) end = m.index;
  }
  let email = value.slice(start, end);
  if (start === at || !EMAIL_DOMAIN.test(email.slice(at - start + 1)) || !/[A-Za-z.]$/.test(email)) return undefined;
  if (email.endsWith('.')) email = email.slice(0, -1);
  return { start, end: start + email.length };
}

// A piece of `node` from `start` to `end` of its text, with a position when its text is as written.
function piece<T extends Text | Link>(node: T, from: Link, start: number, end: number, length: number): T {
  const p = from.position;
  if (p && p.end.offset! - p.start.offset! === length && p.start.line === p.end.line) {
    node.position = { start: { ...p.start, column: p.start.column + start, offset: p.start.offset! + start }, end: { ...p.start, column: p.start.column + end, offset: p.start.offset! + end } };
  }
  return node;
}

// A text micromark left unlinked (`user@example.com-- x`: no domain ends in `-`): cmark reads
// each of its pieces between SMART runs alone.
function emailsBetweenSmartRuns(text: Text): Parent['children'] {
  const out: Parent['children'] = [];
  let linked = false;
  for (const value of text.value.split(/(\.\.\.|-{2,})/)) {
    if (value === '') continue;
    const holder: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
    if (value.includes('@')) {
      (holder.children[0] as Parent).children = findIn({ type: 'text', value });
      undoFoundUrls(holder);
    }
    const found = (holder.children[0] as Parent).children;
    linked ||= found.some((c) => c.type === 'link');
    out.push(...found);
  }
  return linked ? out : [text];
}

function splitEmailsAtSmartRuns(parent: Parent): void {
  const out: Parent['children'] = [];
  for (const child of parent.children) {
    if ('children' in child && child.type !== 'link') splitEmailsAtSmartRuns(child as Parent);
    if (child.type === 'text' && child.value.includes('@') && /\.\.\.|--/.test(child.value)) {
      out.push(...emailsBetweenSmartRuns(child));
      continue;
    }
    const label = child.type === 'link' && child.children.length === 1 && child.children[0]!.type === 'text' ? child.children[0]!.value : undefined;
    if (child.type !== 'link' || label === undefined || child.url !== `mailto:${label}` || !/\.\.\.|--/.test(label)) {
      out.push(child);
      continue;
    }
    const found = emailAt(label, label.indexOf('@'));
    const text = (start: number, end: number): Text => piece({ type: 'text', value: label.slice(start, end) }, child, start, end, label.length);
    if (found === undefined) {
      out.push(text(0, label.length));
      continue;
    }
    const email = label.slice(found.start, found.end);
    if (found.start > 0) out.push(text(0, found.start));
    out.push(piece({ type: 'link', url: `mailto:${email}`, title: null, children: [{ type: 'text', value: email }] }, child, found.start, found.end, label.length));
    if (found.end < label.length) out.push(text(found.end, label.length));
  }
  parent.children = out;
}

// cmark's e-mail pass (autolink.c#postprocess) skips the text of links with one flag, set on
// entering a link and cleared on leaving any: after a link inside a link's text (`[a <http://x.y>
// b@c.de](u)`), also one in an image's label there (`[![<x@y.z>](i) b@c.de](u)`), the rest of
// the outer text is read again, and its addresses linked (as linkDotDomainAddresses reads them too).
// A reference link (`[a@b.co][r]`, `[a@b.co]`) is a link for cmark as well: its text keeps its addresses.
function emailsAfterInnerLinks(parent: Parent, state: { inLink: boolean }, withinLink = false): void {
  const out: Parent['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'link' || child.type === 'linkReference') {
      state.inLink = true;
      emailsAfterInnerLinks(child, state, true);
      state.inLink = false;
    } else if ('children' in child) emailsAfterInnerLinks(child as Parent, state, withinLink);
    else if (imageHoldsLink(child)) state.inLink = false;
    if (child.type !== 'text' || state.inLink || !child.value.includes('@')) {
      out.push(child);
      continue;
    }
    const found: Paragraph = { type: 'paragraph', children: findIn(child) as Paragraph['children'] };
    undoFoundUrls(found);
    extendAddressesIntoUndoneUrls(found);
    // (outside links, linkDotDomainAddresses reads the texts after this)
    if (withinLink) linkDotDomainAddresses(found);
    out.push(...found.children);
  }
  parent.children = out;
}

// The texts of each parent before the transform looked for URLs in them.
function textsOf(parent: Parent, into: Map<Parent, Text[]>): Map<Parent, Text[]> {
  const texts = parent.children.filter((c): c is Text => c.type === 'text' && c.position !== undefined);
  if (texts.length > 0) into.set(parent, texts);
  for (const child of parent.children) if ('children' in child) textsOf(child as Parent, into);
  return into;
}

// A text the transform split around a URL it found and undoFoundUrls joined back is the text it
// was: its position again, which SMART needs to read the source around a quote when the text
// differs from it (a decoded `&copy;`).
function restoreTextPositions(texts: Map<Parent, Text[]>): void {
  for (const [parent, before] of texts) {
    const unused = before.filter((t) => !parent.children.includes(t));
    for (const child of parent.children) {
      if (child.type !== 'text' || child.position !== undefined) continue;
      const at = unused.findIndex((t) => t.value === child.value);
      if (at >= 0) child.position = unused.splice(at, 1)[0]!.position;
    }
  }
}

// What the transform's finds need: a URL's `http://`, `https://` or `www.`, or the `@` of every
// address find (e-mail, mailto:, xmpp:); a text without any is left as it is.
const MAY_FIND = /@|https?:\/\/|www\./i;

/**
 * The transform's finds (findAndReplace over the whole tree, once per pattern) run on each text
 * that may hold a find, alone: each pattern reads one text's value (and the character before a
 * match in it) and skips the texts of links and link references, so a text's pieces are the same.
 */
function findIn(text: Text): Parent['children'] {
  const holder: Root = { type: 'root', children: [{ type: 'paragraph', children: [text] }] };
  for (const find of findLiterals) find(holder);
  return dotTrailAddresses(secondAtAddresses((holder.children[0] as Parent).children));
}

/**
 * An address the e-mail find took past a `.` that no letter or digit follows (its domain pattern
 * takes `k._y`): autolink.c#postprocess_text ends the domain there, counts only the dots before a
 * letter or digit, and links nothing when there is none or the domain then ends in other than a
 * letter (`r@k._y` is text; `_a.b@e.co.uk._x` is the address `_a.b@e.co.uk` and the text `._x`).
 */
function dotTrailAddresses(found: Parent['children']): Parent['children'] {
  if (!found.some((n) => n.type === 'link' && n.position === undefined)) return found;
  const out: Parent['children'] = [];
  for (const node of found) {
    const label = node.type === 'link' && node.position === undefined && node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
    const at = label?.indexOf('@') ?? -1;
    const cut = label === undefined || node.type !== 'link' || node.url !== `mailto:${label}` ? -1 : label.slice(at).search(/\.(?![A-Za-z0-9])/);
    if (cut < 0) {
      out.push(node);
      continue;
    }
    const address = label!.slice(0, at + cut);
    const text = (value: string): void => {
      const last = out[out.length - 1];
      if (last?.type === 'text') {
        last.value += value;
        last.position = undefined;
      } else out.push({ type: 'text', value });
    };
    if (/\.[A-Za-z0-9]/.test(address.slice(at)) && /[A-Za-z]$/.test(address)) {
      out.push({ ...(node as Link), url: `mailto:${address}`, children: [{ type: 'text', value: address }] });
      text(label!.slice(address.length));
    } else text(label!);
  }
  // (a text after the link the find split off joins the piece made here)
  return out.reduce<Parent['children']>((acc, n) => {
    const last = acc[acc.length - 1];
    if (n.type === 'text' && last?.type === 'text' && (n.position === undefined || last.position === undefined)) {
      acc[acc.length - 1] = { type: 'text', value: last.value + n.value };
    } else acc.push(n);
    return acc;
  }, []);
}

/**
 * An address the e-mail find took whose domain cmark reads on into a second `@` (the find's
 * domain stops before it): for autolink.c#postprocess_text that `@` makes the first no address,
 * and the second is read from after the first (`a@b.c@d.e` is `a@` and `b.c@d.e`).
 */
function secondAtAddresses(found: Parent['children']): Parent['children'] {
  const at = found.findIndex((node, i) => {
    const next = found[i + 1];
    return node.type === 'link' && node.position === undefined && next?.type === 'text' && next.value.startsWith('@') && node.children.length === 1 && node.url === `mailto:${(node.children[0] as Text).value}`;
  });
  if (at < 0) return found;
  const label = ((found[at] as Link).children[0] as Text).value;
  const before = found[at - 1]?.type === 'text' ? (found[at - 1] as Text).value : '';
  const after = (found[at + 1] as Text).value;
  const head: Text = { type: 'text', value: before + label.slice(0, label.indexOf('@') + 1) };
  const rest = findIn({ type: 'text', value: label.slice(label.indexOf('@') + 1) + after });
  const start = before === '' ? at : at - 1;
  return [...found.slice(0, start), head, ...rest, ...found.slice(at + 2)];
}

function findLiteralsIn(parent: Parent): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (child.type === 'text') {
      if (!MAY_FIND.test(child.value)) continue;
      const found = findIn(child);
      kids.splice(i, 1, ...found);
      i += found.length - 1;
    } else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') findLiteralsIn(child as Parent);
  }
}

// An address micromark's syntax linked up to a character escape or reference (`a@b.co\\_x`,
// `a@b.c&#111;`): cmark finds addresses only after parsing, in text nodes merged first
// (autolink.c#postprocess → cmark_consolidate_text_nodes), so the decoded character is part of
// what it reads (`a@b.co_x` is one address; `a@b.co\\_` is none, no domain ends in `_`). The link
// goes back to text, joined with the texts around it, for the transform's finds to read again.
const ADDRESS_CHAR = /^[A-Za-z0-9._+@-]/;

function isAddressReadOn(node: Nodes, next: Nodes | undefined): boolean {
  if (node.type !== 'link' || node.position === undefined || next?.type !== 'text' || next.position === undefined) return false;
  const label = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
  // (a literal: its text as written, no `<...>` around it)
  const literal = label !== undefined && node.position.end.offset! - node.position.start.offset! === label.length;
  // (a `.` goes on only before a letter or digit: `a@b.co.-x` is `a@b.co` for cmark too)
  const readOn = ADDRESS_CHAR.test(next.value) && (next.value[0] !== '.' || isAlnum(next.value[1] ?? ''));
  return literal && node.url === `mailto:${label}` && next.position.start.offset === node.position.end.offset && readOn;
}

function unlinkAddressesReadOn(parent: Parent): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (isAddressReadOn(child as Nodes, kids[i + 1] as Nodes | undefined)) {
      const before = kids[i - 1]?.type === 'text' ? (kids[i - 1] as Text) : undefined;
      const value = `${before?.value ?? ''}${((child as Link).children[0] as Text).value}${(kids[i + 1] as Text).value}`;
      const start = before ? i - 1 : i;
      kids.splice(start, i + 2 - start, { type: 'text', value } as Text);
      i = start;
    } else if ('children' in child && child.type !== 'link') unlinkAddressesReadOn(child as Parent);
  }
}

function transformAutolinkLiterals(tree: Root, smart: boolean): undefined {
  unlinkAddressesReadOn(tree);
  unlinkProtocolAddresses(tree);
  splitBeforeProtocols(tree);
  const texts = textsOf(tree, new Map());
  findLiteralsIn(tree);
  undoFoundUrls(tree);
  extendAddressesIntoUndoneUrls(tree);
  restoreTextPositions(texts);
  extendProtocolLinks(tree);
  extendUrlLinks(tree);
  emailsAfterInnerLinks(tree, { inLink: false });
  linkDotDomainAddresses(tree);
  if (smart) splitEmailsAtSmartRuns(tree);
  return undefined;
}

export function cmarkAutolinkLiteralFromMarkdown(smart: boolean): Extension {
  return { ...fromMarkdown, transforms: [(tree) => transformAutolinkLiterals(tree, smart)] };
}

// A URL literal holding a character reference (`http://a.b/?x=1&amp;y=2`): cmark's url_match takes
// the characters as written (autolink.c scans the raw input), so the link's text and URL keep
// `&amp;` where micromark decoded it to `&`. Needs the source text, so it runs after parsing.
function restoreRawLiterals(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  for (const child of (node as Parent).children) {
    if (child.type === 'link' && child.children.length === 1 && child.children[0]!.type === 'text' && child.position) {
      const label = child.children[0] as Text;
      const raw = source.slice(child.position.start.offset, child.position.end.offset);
      if (raw !== label.value && child.url === label.value && /^(?:https?|ftp):\/\//i.test(raw) && raw.includes('&')) {
        label.value = raw;
        child.url = raw;
      }
      continue;
    }
    restoreRawLiterals(child as Nodes, source);
  }
}

/** URL literals of `tree` with their text as written in `source` (cmark decodes no reference in them). */
export function cmarkRawUrlLiterals(tree: Root, source: string): void {
  restoreRawLiterals(tree, source);
}
