// Ruby Liquid drops the whitespace-only text of a control-flow block whose whole body
// is "blank" (liquid/block_body.rb #remove_blank_strings, called by if/unless/case/for):
// `{% unless forloop.last %} {% endunless %}` prints nothing.
import { AssignTag, CaptureTag, CaseTag, CommentTag, ForTag, IfTag, InlineCommentTag, Output, RawTag, UnlessTag } from 'liquidjs';
import type { Template } from 'liquidjs';
import { SyncCaseTag } from './tags/sync-blocks.js';

// BlockBody's WhitespaceOrNothing, /\A\s*\z/: Ruby's \s is ASCII (U+3000 or U+00A0 text is not blank)
const WHITESPACE = /^[\t\n\v\f\r ]*$/;

type AnyTag = Template & Record<string, unknown>;

/** Tags whose own output is nothing (Tag#blank? overrides in Ruby Liquid). */
/** if, unless, case (liquidjs's or kyll's) and for: the blocks BlockBody#remove_blank_strings works on. */
function isControlFlow(node: Template): boolean {
  return node instanceof IfTag || node instanceof UnlessTag || node instanceof CaseTag || node instanceof SyncCaseTag || node instanceof ForTag;
}

function isBlankNode(node: Template): boolean {
  if (node instanceof Output) return false;
  if (isHtml(node)) return WHITESPACE.test((node as unknown as { str: string }).str);
  if (node instanceof AssignTag || node instanceof CaptureTag || node instanceof CommentTag || node instanceof InlineCommentTag) return true;
  if (node instanceof RawTag) return ((node as unknown as { tokens: unknown[] }).tokens ?? []).length === 0;
  if (isControlFlow(node)) {
    return bodies(node as unknown as AnyTag).every((b) => b.every(isBlankNode));
  }
  return false;
}

function isHtml(node: Template): boolean {
  return node.constructor.name === 'HTML' && typeof (node as unknown as { str?: unknown }).str === 'string';
}

/** The template lists of a control-flow tag: branches, the loop body, else. */
function bodies(tag: AnyTag): Template[][] {
  const out: Template[][] = [];
  const branches = tag['branches'];
  if (Array.isArray(branches)) for (const b of branches) out.push((b as { templates: Template[] }).templates);
  if (Array.isArray(tag['templates'])) out.push(tag['templates'] as Template[]);
  if (Array.isArray(tag['elseTemplates'])) out.push(tag['elseTemplates'] as Template[]);
  return out;
}

/** Every list of child templates of any tag (to walk the whole tree). */
function childLists(tag: AnyTag): Template[][] {
  const out = bodies(tag);
  return out;
}

/** Remove blank strings from blank control-flow blocks, depth first, in place. */
export function removeBlankStrings(templates: Template[]): void {
  for (const node of templates) {
    const lists = childLists(node as unknown as AnyTag);
    for (const list of lists) removeBlankStrings(list);
    if (isControlFlow(node) && isBlankNode(node)) {
      for (const list of bodies(node as unknown as AnyTag)) {
        for (let i = list.length - 1; i >= 0; i--) if (isHtml(list[i]!)) list.splice(i, 1);
      }
    }
  }
}
