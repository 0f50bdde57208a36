// An example kyll plugin (see README, "Plugins in JavaScript"): how long a
// post takes to read, three ways.
//   - a Liquid filter:   {{ content | reading_time }}  → "3 min read"
//   - a posts:pre_render hook: sets `page.reading_minutes` on every post
//     before it renders, so layouts and lists (site.posts) can show it
//   - a generator: writes /reading-times.json, one entry per post
// Load it from a site's _plugins/ folder (a one-line re-export is enough), or
// pass it to renderSite({ plugins: [{ path: '.../reading-time.mjs' }] }).

const WORDS_PER_MINUTE = 200;

/** Whole minutes (at least one) to read a text, HTML tags and Liquid left out. */
export function minutesToRead(text) {
  const words = String(text ?? '')
    .replace(/<[^>]*>|\{[{%][\s\S]*?[%}]\}/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** @type {import('kyll').KyllPlugin} */
export default {
  name: 'reading-time',
  registerLiquid(engine) {
    engine.registerFilter('reading_time', (input) => `${minutesToRead(input)} min read`);
  },
  hooks: {
    posts: {
      // Jekyll::Hooks.register :posts, :pre_render do |post, payload| ... end
      pre_render(post) {
        post.data.reading_minutes = minutesToRead(post.content);
      },
    },
  },
  generate(ctx) {
    const baseurl = String(ctx.site.config.baseurl ?? '');
    return {
      pages: [
        {
          relativePath: 'reading-times.json',
          url: '/reading-times.json',
          outputPath: 'reading-times.json',
          data: { sitemap: false },
          // Computed once every post has rendered: the hook has set reading_minutes by then.
          render: ({ posts }) =>
            `${JSON.stringify(
              posts.map((p) => ({ url: baseurl + p.url, title: p.title, minutes: p.reading_minutes })),
              null,
              2,
            )}\n`,
        },
      ],
    };
  },
};
