// Liquid's `tablerow` as Ruby Liquid writes it (liquid/tags/table_row.rb): `<tr class="row1">`
// then a newline, rows closed by `</tr>` and a newline, `cols` missing means one row.
import { TablerowTag as BaseTablerow, evalToken, toValue } from 'liquidjs';
import type { Context, Emitter, Template } from 'liquidjs';
import { loopItems, sliceCollection } from '../slice-collection.js';
import { markLiquidDrop } from '../../values/document-drop-mark.js';
import { useItems } from '../limits.js';

interface TablerowFields {
  variable: string;
  collection: Parameters<typeof evalToken>[0];
  args: { render(ctx: Context): Generator<unknown, Record<string, unknown>, unknown> };
  templates: Template[];
}

function toInt(v: unknown): number {
  const n = Number(toValue(v));
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

export class TablerowTag extends BaseTablerow {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as TablerowFields;
    const value = yield evalToken(self.collection, ctx);
    // TableRow#render_to_output_buffer: nil or false writes nothing, not even a row
    const v = toValue(value);
    if (v === null || v === undefined || v === false) return;
    const args = (yield self.args.render(ctx)) as Record<string, unknown>;
    // TableRow reads a given offset/limit with #to_i, so a nil one is 0 (not absent, as in `for`)
    const from = 'offset' in args ? toInt(args['offset']) : 0;
    const all = loopItems(value);
    const to = 'limit' in args ? from + toInt(args['limit']) : undefined;
    // Utils.slice_collection, as in `for`
    const collection = typeof toValue(value) === 'string' ? all : sliceCollection(all, from, to);
    const length = collection.length;
    useItems(ctx, length); // iterations count against liquid.memory_limit, as in `for`
    const cols = toInt(args['cols']);
    emitter.write('<tr class="row1">\n');
    // a Liquid::Drop in Ruby: printed as its class name, no size
    const loop = markLiquidDrop({ length, col: 1, col0: 0, row: 1, index: 1, index0: 0, rindex: length, rindex0: length - 1, first: true, last: length === 1, col_first: true, col_last: cols === 1 }, 'Liquid::TablerowloopDrop');
    const scope: Record<string, unknown> = { tablerowloop: loop };
    ctx.push(scope);
    try {
      for (const item of collection) {
        scope[self.variable] = item;
        emitter.write(`<td class="col${loop.col}">`);
        yield this.liquid.renderer.renderTemplates(self.templates, ctx, emitter);
        emitter.write('</td>');
        if (loop.col_last && !loop.last) emitter.write(`</tr>\n<tr class="row${loop.row + 1}">`);
        // TablerowloopDrop#increment!
        loop.index0++;
        loop.index++;
        loop.rindex--;
        loop.rindex0--;
        loop.first = false;
        loop.last = loop.index === length;
        if (loop.col === cols) {
          loop.col = 1;
          loop.row++;
        } else loop.col++;
        loop.col0 = loop.col - 1;
        loop.col_first = loop.col === 1;
        loop.col_last = loop.col === cols;
      }
    } finally {
      ctx.pop();
    }
    emitter.write('</tr>\n');
  }
}
