// Jekyll's `post_url` tag (jekyll/tags/post_url.rb, PostComparer): `{% post_url 2021-01-01-first %}`
// or `{% post_url folder/2021-01-01-first %}`, matched on the post's relative path, then
// (deprecated) on slug and date.
import { Tag } from 'liquidjs';
import type { Liquid, TagToken, TopLevelToken } from 'liquidjs';
import type { Post } from '../../types.js';
import type { JekyllEnv, TagClass } from '../env.js';
import { LiquidFailure } from '../errors.js';
import { relativeUrl } from '../filters/url.js';
import { rubyStrip, tagMarkup } from '../lax/markup-guard.js';

const MATCHER = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function makePostUrlTag(env: JekyllEnv): TagClass {
  return class PostUrlTag extends Tag {
    private readonly postName: string;
    private readonly nameRegex: RegExp;
    private readonly date: [number, number, number];
    private readonly slug: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.postName = rubyStrip(tagMarkup(token.args));
      const m = MATCHER.exec(this.postName.replace(/^\//, ''));
      const date = m ? m[2]!.split('-').map(Number) : [];
      if (!m || date.length !== 3 || date.some((n) => !Number.isFinite(n))) {
        const why = m ? `'${m[2]}' does not contain valid date and/or title.` : `'${this.postName}' does not contain valid date and/or title.`;
        throw new LiquidFailure(
          'plain',
          `Could not parse name of post "${this.postName}" in tag 'post_url'.\n Make sure the post exists and the name is correct.\n Jekyll::Errors::InvalidPostNameError: ${why}\n`,
          'POST_URL_NOT_FOUND',
        );
      }
      const path = m[1] ?? '';
      const basename = `${escapeRegExp(m[2]!)}-${escapeRegExp(m[3]!)}\\.[^.]+`;
      this.nameRegex = new RegExp(`^_posts/${escapeRegExp(path)}${basename}|^${escapeRegExp(path)}_posts/?${basename}`);
      this.date = date as [number, number, number];
      // PostComparer#slug is the name's slug without its folders (post_slug's folder is always empty)
      this.slug = m[3]!;
    }

    render(): string {
      const posts = env.opts.site.posts;
      let found: Post | undefined = posts.find((p) => this.nameRegex.test(p.relativePath));
      // PostComparer#deprecated_equality, with Jekyll's deprecation warning
      if (!found) {
        found = posts.find((p) => {
          const f = p.date.local();
          return p.slug === this.slug && f.year === this.date[0] && f.month === this.date[1] && f.day === this.date[2];
        });
        if (found) {
          env.opts.logWarning?.(
            `Deprecation: A call to '{% post_url ${this.postName} %}' did not match a post using the new matching method of checking name (path-date-slug) equality. Please make sure that you change this tag to match the post's name exactly.`,
          );
        }
      }
      if (!found) {
        throw new LiquidFailure(
          'plain',
          `Could not find post "${this.postName}" in tag 'post_url'.\nMake sure the post exists and the name is correct.\n`,
          'POST_URL_NOT_FOUND',
        );
      }
      // relative_url(document) asks Document#url: a permalink it cannot fill fails this tag's template
      if (found.urlError) throw found.urlError;
      return relativeUrl(env.opts.config, found.url) ?? '';
    }
  };
}
