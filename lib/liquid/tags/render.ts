// {% render %} as Jekyll 4.3.1 leaves it (liquid/tags/render.rb with Liquid's BlankFileSystem):
// Jekyll gives Liquid no file system, so a render with a quoted name fails when it runs ("This
// liquid context does not allow includes."), and one without a quoted name fails to parse.
import { Tag, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { QUOTED_STRING } from '../lax/expression.js';

// Render::SYNTAX begins with a QuotedString and is not anchored: a quoted string anywhere will do.
const SYNTAX = new RegExp(QUOTED_STRING);

export class RenderTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    if (!SYNTAX.test(token.args)) throw new LiquidFailure('syntax', "Syntax error in tag 'render' - Template name must be a quoted string");
  }

  // PartialCache.load asks the file system for the template before anything is evaluated.
  render(): never {
    throw new LiquidFailure('error', 'This liquid context does not allow includes.');
  }
}
