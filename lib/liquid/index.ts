// Jekyll's Liquid on liquidjs: the public surface of lib/liquid.
export { createJekyllLiquid } from './engine.js';
export type { JekyllLiquid, JekyllLiquidOptions, ParsedTemplate } from './engine.js';
export { LiquidFailure } from './errors.js';
export { RubyFloat, isRubyFloat, rubyToS, rubyInspect } from './ruby/to-s.js';
export { rubyJson } from './ruby/json.js';
export { strftime } from './ruby/strftime.js';
export { relativeUrl, absoluteUrl } from './filters/url.js';
