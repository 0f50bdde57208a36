// All remark-rehype handlers for kramdown's mdast, built once per converter.
import { createBlockHandlers, type Handler } from './handlers-block.js';
import { createSpanHandlers } from './handlers-span.js';
import { createTableHandlers } from './handlers-table.js';
import { createRootHandler } from './handlers-root.js';
import type { HandlerConfig } from './convert-state.js';

export function createHandlers(config: HandlerConfig): Record<string, Handler> {
  return {
    ...createBlockHandlers(config),
    ...createSpanHandlers(config),
    ...createTableHandlers(config),
    ...createRootHandler(config),
  };
}
