// The inline after a hard break as cmark writes it: handle_newline skips the spaces that start the
// next line, but a code span's or a link text's own leading spaces are theirs (`a  \n` b``` gives
// `<code> b</code>`). mdast-util-to-hast trims the start of the first text of whatever element
// follows a break (state.all); it leaves a handler's array of nodes alone, so these handlers
// answer with one.
import { defaultHandlers, type Handler } from 'mdast-util-to-hast';

const asList =
  (handler: Handler): Handler =>
  (state, node, parent) => {
    const result = handler(state, node, parent);
    return result === undefined || Array.isArray(result) ? result : [result];
  };

export const afterBreakHandlers: Record<string, Handler> = {
  inlineCode: asList(defaultHandlers.inlineCode as Handler),
  link: asList(defaultHandlers.link as Handler),
  linkReference: asList(defaultHandlers.linkReference as Handler),
};
