// jekyll-gist 1.5.0: `{% gist user/id [file] %}` → the gist's <script> embed
// (lib/jekyll-gist/gist_tag.rb). The gem also fetches the code over the network
// for a <noscript> copy; kyll never goes to the network, so it writes what the
// gem writes when the fetch fails: gist_noscript_tag then returns the value of
// its last `Jekyll.logger.warn`, which is `true`, so the embed reads
// `true<script ...>` (with the gem's warning); with `gist: noscript: false` the
// script alone.
import { Tag, toValueSync } from 'liquidjs';
import type { Context, Liquid } from 'liquidjs';
import { LiquidFailure } from '../../liquid/errors.js';
import { expressionValue } from '../../liquid/expression-value.js';
import { literal } from '../../liquid/operators.js';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { filterToS, isHash } from '../shared/values.js';

// GistTag#determine_arguments: the id, then an optional file name.
const ARGUMENTS = /^(\S+|.*(?=\/).+)\s?(\S*)\n?$/;

/** The <script> tag for a gist id and an optional file name. */
export function gistScriptTag(id: string, file?: string): string {
  const url = `https://gist.github.com/${id}.js`;
  return `<script src="${file ? `${url}?file=${file}` : url}"> </script>`;
}

function syntaxError(markup: string): LiquidFailure {
  return new LiquidFailure(
    'plain',
    `  Syntax error in tag 'gist' while parsing the following markup:\n\n    ${markup}\n\n  Valid syntax:\n    {% gist user/1234567 %}\n    {% gist user/1234567 foo.js %}\n    {% gist 28949e1d5ee2273f9fd3 %}\n    {% gist 28949e1d5ee2273f9fd3 best.md %}\n`,
  );
}

function registerGist(engine: Liquid, plugin: PluginContext): void {
  const settings = plugin.site.config.gist;
  const noscript = !(isHash(settings) && settings.noscript === false);
  class GistTag extends Tag {
    render(ctx: Context): string {
      const markup = this.token.args;
      const m = ARGUMENTS.exec(markup.replace(/^[\s\0]+|[\s\0]+$/g, ''));
      if (!m) throw syntaxError(markup);
      // Context#key?: a name that is a variable with a value stands for that value.
      const resolve = (arg: string): string => {
        const v = variable(this.liquid, ctx, arg);
        // "#{gist_id}", "#{filename}": Ruby's to_s, a list's inspect (`["x.rb"]`)
        return v === undefined || v === null ? arg : filterToS(v);
      };
      const id = resolve(m[1]!.trim());
      const file = resolve(m[2]!.trim());
      if (noscript) {
        // "#{noscript_tag}#{script_tag}" where noscript_tag is the logger's `true`.
        plugin.warn(
          `Warning: The <noscript> tag for your gist ${id} could not be generated. This will affect users who do not have JavaScript enabled in their browsers.`,
        );
        return `true${gistScriptTag(id, file)}`;
      }
      return gistScriptTag(id, file);
    }
  }
  engine.registerTag('gist', GistTag);
}

// Context#[]: Expression.parse(name) evaluated, with Ruby's literals (`2.0` is the Float 2.0, printed so).
function variable(liquid: Liquid, ctx: Context, name: string): unknown {
  if (name === '') return undefined;
  try {
    // nil/null are nil (the name is kept); empty/blank the MethodLiteral, whose to_s is ''
    return literal(toValueSync(expressionValue(name, liquid).value(ctx, false)));
  } catch {
    return undefined;
  }
}

export const gistPlugin: KyllPlugin = {
  name: 'jekyll-gist',
  registerLiquid: registerGist,
};
