// Liquid 5.4's `render` tag as Jekyll 4.3 has it (liquid/tags/render.rb): Jekyll gives Liquid no
// file system, so the BlankFileSystem answers every partial with a FileSystemError. The markup
// is checked when the template is parsed (Render#initialize), the error raised when it renders.
import { Tag, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { QUOTED_STRING } from '../lax/expression.js';
import { LiquidFailure } from '../errors.js';

// Render::SYNTAX starts with a QuotedString; unanchored, so a quoted name anywhere will do
const SYNTAX = new RegExp(`(?:${QUOTED_STRING})`);

export class RenderTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    if (!SYNTAX.test(token.args)) throw new LiquidFailure('syntax', "Syntax error in tag 'render' - Template name must be a quoted string");
  }

  render(): never {
    // BlankFileSystem#read_template_file
    throw new LiquidFailure('error', 'This liquid context does not allow includes.');
  }
}
