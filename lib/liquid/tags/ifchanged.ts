// Liquid's `ifchanged` (liquid/tags/ifchanged.rb): prints its body only when it differs
// from what the previous `ifchanged` of this render printed.
import { Tag } from 'liquidjs';
import type { Context, Emitter, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';

export class IfchangedTag extends Tag {
  readonly templates: Template[] = [];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const stream = this.liquid.parser
      .parseStream(remain)
      .on('tag:endifchanged', () => stream.stop())
      .on('template', (tpl: Template) => this.templates.push(tpl))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const output = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    if (ctx.getRegister('ifchanged') !== output) {
      ctx.setRegister('ifchanged', output);
      emitter.write(output);
    }
  }
}
