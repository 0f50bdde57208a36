// `kyll/testing`: render a site given as files, look its pages up by URL, assert on their HTML.
export { renderFixture } from './fixture.js';
export type { FixturePage, FixtureSite, RenderFixtureOptions } from './fixture.js';
export { parseHtml, textContent, decodeEntities } from './html.js';
export type { HtmlElement, HtmlNode, HtmlText } from './html.js';
export { selectAll } from './select.js';
