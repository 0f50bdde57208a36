// GFM autolink literals as cmark-gfm's autolink extension finds them. It links `www.` and
// `http(s)://` while parsing inlines (autolink.c#match), and refuses to while a `[` or `![` is
// still open on the bracket stack (cmark_inline_parser_in_bracket), so `[see http://x.com` stays
// text; e-mail addresses are linked after parsing (#postprocess), brackets or not.
// micromark's syntax refuses as cmark does (previousUnbalanced), but mdast-util's transform then
// finds every URL again in the text: its links for `www.`/`http` are undone here, keeping the
// syntax's (which have a position) and the transform's e-mail links.
import type { Extension } from 'mdast-util-from-markdown';
import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';

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

// An address micromark's syntax linked right after `mailto:` or `xmpp:`: cmark links the
// protocol with it (`mailto:a@b.co` is one link), as the transform's mailto/xmpp finds do, so
// it goes back to text (joined with the text around it) for the transform to find again.
function isProtocolAddress(node: Nodes | undefined, before: Nodes | undefined): boolean {
  if (node?.type !== 'link' || node.position === undefined || before?.type !== 'text') return false;
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

function transformAutolinkLiterals(tree: Root): undefined {
  unlinkProtocolAddresses(tree);
  for (const find of findLiterals) find(tree);
  undoFoundUrls(tree);
  return undefined;
}

export const cmarkAutolinkLiteralFromMarkdown: Extension = { ...fromMarkdown, transforms: [transformAutolinkLiterals] };
