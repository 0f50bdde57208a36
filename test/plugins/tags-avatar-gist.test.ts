// jekyll-avatar, jekyll-gist (and the environment variables of jekyll-mentions and
// jemoji) through a whole in-memory build: what the
// fixture sites (built by real Jekyll) cannot show, warnings and errors.
import { memorySource, renderSite } from '../../lib/index.js';
import { avatarHtml } from '../../lib/plugins/avatar/index.js';
import { gistScriptTag } from '../../lib/plugins/gist/index.js';
import { emojiFilter, emojiImage } from '../../lib/plugins/jemoji/index.js';

async function build(files: Record<string, string>) {
  return renderSite({ source: memorySource(files), env: { TZ: 'UTC' } });
}

function output(result: Awaited<ReturnType<typeof build>>, path: string): string {
  const f = result.files.find((x) => x.path === path);
  return f ? Buffer.from(f.contents).toString('utf8') : '';
}

describe('jekyll-gist', () => {
  test('without `noscript: false` the gem cannot fetch the code offline: the logger\'s `true`, the script and its warning', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-gist]\n', 'index.html': '---\n---\n{% gist u/1 a.rb %}' });
    expect(output(r, 'index.html')).toBe('true<script src="https://gist.github.com/u/1.js?file=a.rb"> </script>');
    expect(r.diagnostics.map((d) => d.message)).toContain(
      'Warning: The <noscript> tag for your gist u/1 could not be generated. This will affect users who do not have JavaScript enabled in their browsers.',
    );
  });

  test('`noscript: false` writes the script without a warning', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-gist]\ngist: {noscript: false}\n', 'index.html': '---\n---\n{% gist 28949e1d %}' });
    expect(output(r, 'index.html')).toBe(gistScriptTag('28949e1d'));
    expect(r.diagnostics.filter((d) => /gist/.test(d.message))).toEqual([]);
  });

  // Checked with Jekyll 4.3.1 + jekyll-gist 1.5.0: the id and file looked up are interpolated, a list as its inspect.
  test('a file name looked up as a list is its Ruby inspect', async () => {
    const page = '---\ng: u/1\nf: [x.rb]\ne: []\n---\n{% gist page.g page.f %}|{% gist page.g page.e %}';
    const r = await build({ '_config.yml': 'plugins: [jekyll-gist]\ngist: {noscript: false}\n', 'index.html': page });
    expect(output(r, 'index.html')).toBe('<script src="https://gist.github.com/u/1.js?file=["x.rb"]"> </script>|<script src="https://gist.github.com/u/1.js?file=[]"> </script>');
  });

  // Context#key? evaluates each word with Expression.parse (Jekyll 4.3.1 + jekyll-gist 1.5.0 printed
  // these): `2.0` is the Float 2.0, `nil` is nil so the word stays, `empty` the MethodLiteral ('').
  test('the words are read as Liquid literals: Floats keep their `.0`, nil leaves the word', async () => {
    const page = '---\n---\n{% gist 1.50 2.0 %}|{% gist true nil %}|{% gist empty blank %}';
    const r = await build({ '_config.yml': 'plugins: [jekyll-gist]\ngist: {noscript: false}\n', 'index.html': page });
    expect(output(r, 'index.html')).toBe(`${gistScriptTag('1.5', '2.0')}|${gistScriptTag('true', 'nil')}|${gistScriptTag('')}`);
  });

  test('a tag without an id is a syntax error', async () => {
    await expect(build({ '_config.yml': 'plugins: [jekyll-gist]\n', 'index.html': '---\n---\n{% gist %}' })).rejects.toThrow(/Syntax error in tag 'gist'/);
  });
});

describe('jekyll-avatar', () => {
  test('a dotted user= variable whose middle is nil fails as the gem does', async () => {
    await expect(build({ '_config.yml': 'plugins: [jekyll-avatar]\n', 'index.html': '---\n---\n{% avatar user=nobody.here %}' })).rejects.toThrow(/undefined method `\[\]' for nil/);
  });

  // Checked with Jekyll 4.3.1 + jekyll-avatar 0.8.0: each later segment is Ruby's `lookup[value]`,
  // and NoMethodError carries Ruby 3.1's error_highlight line.
  test.each([
    ['page.missing.x', "undefined method `[]' for nil:NilClass lookup = lookup[value] ^^^^^^^ in index.html"],
    ['page.list.x', 'no implicit conversion of String into Integer in index.html'],
    ['page.num.x', 'no implicit conversion of String into Integer in index.html'],
    ['12.x', 'no implicit conversion of String into Integer in index.html'],
    ['page.t.x', "undefined method `[]' for true:TrueClass lookup = lookup[value] ^^^^^^^ in index.html"],
    ['page.f.x', "undefined method `[]' for 1.5:Float lookup = lookup[value] ^^^^^^^ in index.html"],
    ['page.date.x', "undefined method `[]' for #<Date: 2024-01-01 ((2460311j,0s,0n),+0s,2299161j)> lookup = lookup[value] ^^^^^^^ in index.html"],
  ])('user=%s fails as Ruby indexes the value before', async (user, message) => {
    const page = `---\nnum: 42\nf: 1.5\nt: true\nlist: [a]\ndate: 2024-01-01\n---\n{% avatar user=${user} %}\n`;
    await expect(build({ '_config.yml': 'plugins: [jekyll-avatar]\n', 'index.html': page })).rejects.toThrow(`Liquid Exception: ${message}`);
  });

  test('the server is chosen by the CRC32 of the 1x path', () => {
    expect(avatarHtml('hubot', () => undefined)).toContain('src="https://avatars3.githubusercontent.com/hubot?v=3&s=40"');
    expect(avatarHtml('hubot size=20', () => undefined)).toContain('src="https://avatars1.githubusercontent.com/hubot?v=3&s=20"');
  });

  test('size= and user= come from the markup as written (Avatar#initialize), lazy=true from the rendered one', () => {
    const html = avatarHtml('user=mona size=30 lazy=true', () => 'x', '', 'user={{ u }} size={{ n }} {{ l }}');
    expect(html).toContain('alt="user=mona" width="40" height="40"');
    expect(html).toContain('src="" data-src=');
  });
});

// What real Jekyll wrote for these two sites with the same environment variables
// (the avatar markup is Nokogiri's, as jekyll-mentions re-serializes the page).
describe('GitHub Enterprise environment variables', () => {
  test('PAGES_AVATARS_URL for avatars, SSL and GITHUB_HOSTNAME for mentions', async () => {
    const r = await renderSite({
      source: memorySource({ '_config.yml': 'plugins: [jekyll-avatar, jekyll-mentions]\n', 'index.html': '---\n---\n{% avatar hubot size=20 %} hi @mona\n' }),
      env: { TZ: 'UTC', PAGES_AVATARS_URL: 'http://localhost:8080/av', SSL: 'false', GITHUB_HOSTNAME: 'ghe.example.com/' },
    });
    expect(output(r, 'index.html')).toBe(
      '<img class="avatar avatar-small" alt="hubot" width="20" height="20" data-proofer-ignore="true" src="http://localhost:8080/av/hubot?v=3&amp;s=20" srcset="http://localhost:8080/av/hubot?v=3&amp;s=20 1x, http://localhost:8080/av/hubot?v=3&amp;s=40 2x, http://localhost:8080/av/hubot?v=3&amp;s=60 3x, http://localhost:8080/av/hubot?v=3&amp;s=80 4x"> hi <a href="http://ghe.example.com/mona" class="user-mention">@mona</a>\n',
    );
  });

  test('ASSET_HOST_URL for emoji images', async () => {
    const r = await renderSite({
      source: memorySource({ '_config.yml': 'plugins: [jemoji]\n', 'index.html': '---\n---\n:smile:\n' }),
      env: { TZ: 'UTC', ASSET_HOST_URL: 'https://assets.ghe.example/' },
    });
    expect(output(r, 'index.html')).toBe(
      '<img class="emoji" title=":smile:" alt=":smile:" src="https://assets.ghe.example/images/icons/emoji/unicode/1f604.png" height="20" width="20">\n',
    );
  });

  // jemoji 0.13.0's emoji_src: `config.key?("emoji") && config["emoji"].key?("src")`, asked when a page has an emoji.
  test('an `emoji:` that is no hash (nil too) stops the build once a page has an emoji', async () => {
    const site = (emoji: string, page: string) =>
      renderSite({ source: memorySource({ '_config.yml': `plugins: [jemoji]\nemoji: ${emoji}\n`, 'index.html': `---\n---\n${page}\n` }), env: { TZ: 'UTC' } });
    await expect(site('~', ':smile:')).rejects.toMatchObject({ message: "undefined method `key?' for nil:NilClass" });
    await expect(site('https://cdn.example/e', ':smile:')).rejects.toMatchObject({ message: 'undefined method `key?\' for "https://cdn.example/e":String' });
    expect(output(await site('~', 'no emoji'), 'index.html')).toBe('no emoji\n');
  });

  // EmojiFilter#emoji_url is File.join(asset_root, path): a list is flattened and joined, other non-Strings fail.
  test('an `emoji: src:` that is no String', () => {
    expect(emojiImage('smile', ['https://a', ['b/']])).toContain('src="https://a/b/emoji/unicode/1f604.png"');
    expect(emojiImage('smile', [])).toContain('src="/emoji/unicode/1f604.png"');
    expect(() => emojiImage('smile', null)).toThrow('no implicit conversion of nil into String');
    expect(() => emojiImage('smile', 5)).toThrow('no implicit conversion of Integer into String');
  });

  // Checked with jemoji 0.13.0 (html-pipeline 2.14, Nokogiri 1.13.10): the emojified text, decoded,
  // replaces its node as markup parsed in the parent's context, wrapped in <div>...</div>, of
  // which the first node's children are kept. A `</div>` of the text's own ends that div early.
  // (Under the fragment itself, the markup is parsed as a fragment of its own.)
  test('an emojified text that holds a </div> keeps only what comes before it', () => {
    const img = emojiImage('smile', 'S/');
    expect(emojiFilter('<p>a &lt;/div&gt; :smile: b</p><p>c</p>', 'S/')).toBe('<p>a </p><p>c</p>');
    expect(emojiFilter('<td>x &lt;/DIV &gt; :smile:</td>', 'S/')).toBe('<td>x </td>');
    expect(emojiFilter('<p>&lt;/div&gt;&lt;div&gt; :smile: c</p>', 'S/')).toBe('<p></p>');
    expect(emojiFilter('<script>var a = "</div>"; // :smile:</script>', 'S/')).toBe('<script>var a = "</script>');
    // other end tags are ignored inside the div; a <div> of the text's own takes its </div>
    expect(emojiFilter('<p>a &lt;/p&gt; :smile: b</p>', 'S/')).toBe(`<p>a  ${img} b</p>`);
    expect(emojiFilter('<p>a &lt;div&gt; :smile: &lt;/div&gt; b</p>', 'S/')).toBe(`<p>a <div> ${img} </div> b</p>`);
    // a text at the top level is parsed by the fragment's document, which has no root: no wrapper
    expect(emojiFilter('a &lt;/div&gt; :smile: b', 'S/')).toBe(`a  ${img} b`);
  });
});

// Checked with Jekyll 4.3.1 + jekyll-avatar 0.8.0: the gem interpolates the looked-up user ("#{username}"),
// so a list is its inspect, in the URL (and its CRC32 server) as in alt.
test('{% avatar user=page.who %} of a list', () => {
  const html = avatarHtml('user=page.who', (name) => (name === 'page.who' ? ['a', 'b'] : undefined));
  expect(html).toContain('alt="["a", "b"]"');
  expect(html).toContain('src="https://avatars3.githubusercontent.com/["a", "b"]?v=3&s=40"');
});
