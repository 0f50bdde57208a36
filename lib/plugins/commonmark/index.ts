// jekyll-commonmark: the gem only registers a Markdown converter, chosen with
// `markdown: CommonMark` in _config.yml. Our Markdown stage picks the CommonMark
// parser itself for that setting, so the plugin has nothing more to add; it is
// listed so that naming it under `plugins:` is not reported as unsupported.
import type { KyllPlugin } from '../plugin.js';

export const commonmarkPlugin: KyllPlugin = { name: 'jekyll-commonmark' };
