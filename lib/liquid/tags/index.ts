// The tags Jekyll adds to Liquid, registered explicitly on the build's engine.
import type { Liquid } from 'liquidjs';
import type { JekyllEnv } from '../env.js';

import { DecrementTag, IncrementTag } from './counters.js';
import { CycleTag } from './cycle.js';
import { ForTag } from './for.js';
import { makeHighlightTag } from './highlight.js';
import { IfchangedTag } from './ifchanged.js';
import { makeIncludeTag } from './include.js';
import { makeIncludeRelativeTag } from './include-relative.js';
import { makeLinkTag } from './link.js';
import { makePostUrlTag } from './post-url.js';
import { RenderTag } from './render.js';
import { TablerowTag } from './tablerow.js';
import { knownErrorMode, registerUnknownErrorModeTags } from './unknown-error-mode.js';
import { SyncAssignTag, SyncCaptureTag, SyncCaseTag, SyncIfTag, SyncUnlessTag } from './sync-blocks.js';

export function registerTags(engine: Liquid, env: JekyllEnv): void {
  engine.registerTag('include', makeIncludeTag(env, 'include', () => env.includeDirs));
  engine.registerTag('include_relative', makeIncludeRelativeTag(env));
  engine.registerTag('link', makeLinkTag(env));
  engine.registerTag('post_url', makePostUrlTag(env));
  engine.registerTag('highlight', makeHighlightTag(env.opts.onRougeHighlight, env.opts.warn));
  engine.registerTag('for', ForTag);
  engine.registerTag('if', SyncIfTag);
  engine.registerTag('unless', SyncUnlessTag);
  engine.registerTag('case', SyncCaseTag);
  engine.registerTag('assign', SyncAssignTag);
  engine.registerTag('capture', SyncCaptureTag);
  engine.registerTag('tablerow', TablerowTag);
  engine.registerTag('ifchanged', IfchangedTag);
  engine.registerTag('cycle', CycleTag);
  engine.registerTag('increment', IncrementTag);
  engine.registerTag('decrement', DecrementTag);
  engine.registerTag('render', RenderTag);
  const liquidConfig = (env.opts.config.liquid ?? {}) as Record<string, unknown>;
  if (!knownErrorMode(liquidConfig['error_mode'])) registerUnknownErrorModeTags(engine);
}

