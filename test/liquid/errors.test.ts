// Liquid errors keep Jekyll's wording ("Liquid Exception: ... (line N) in <file>", N counted from the
// body as Ruby Liquid counts), with the line in the user's file (body line + lineOffset) and a code frame.
import { liquid, failure } from './helpers.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';

describe('syntax errors', () => {
  test('a second else of a for ends it with a new, empty else block (Jekyll 4.3.1)', () => {
    const l = liquid();
    expect(l.render(l.parse('{% if true %}{% for y in n %}a{% else %}b{% else %}c{% endif %}', 'index.html'), {})).toBe('c');
    expect(l.render(l.parse('{% for x in (1..2) %}{% for y in (1..2) %}a{% else %}b{% else -%}  c {%- endfor %}d', 'index.html'), {})).toBe('aacaacd');
  });

  test('a comment ignores an end tag or an else that is not its own', () => {
    expect(liquid().render(liquid().parse('a{% comment %}{% endif %}{% else %}{% endcomment %}b', 'index.html'), {})).toBe('ab');
  });

  test('unknown tag: Jekyll wording (line counted from the body), location in the file', () => {
    const l = liquid();
    const e = failure(() => l.parse('line2\n{% foo %}\n', 'index.html', 2));
    expect(e.code).toBe('LIQUID_SYNTAX');
    // Ruby Liquid counts from the body (the template starts after the front matter); e.line is the file's line.
    expect(e.message).toBe("Liquid Exception: Liquid syntax error (line 2): Unknown tag 'foo' in index.html");
    expect(e.file).toBe('index.html');
    expect(e.line).toBe(4);
    expect(e.frame).toContain('> 4 | {% foo %}');
  });

  // Ruby Liquid 5.4 (Jekyll 4.3.1): these are syntax errors in every error_mode.
  test.each([
    ['{% case %}{% endcase %}', 1, "Syntax Error in 'case' - Valid syntax: case [condition]"],
    ['x{% cycle %}', 1, "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]"],
    ['x{% cycle , "a" %}', 1, "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]"],
    ['{% liquid\ncase\nendcase\n%}', 2, "Syntax Error in 'case' - Valid syntax: case [condition]"],
    ['{% liquid\nliquid echo 1\n%}', 2, "Unknown tag 'liquid'"],
    ['a\n{% liquid\necho 1\nraw\n%}', 4, "'raw' tag was never closed"],
    // Ruby's \w is ASCII only: a CJK name is no VariableSignature (checked with Jekyll 4.3.1)
    ['x\n{% assign 名字 = 1 %}', 2, "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"],
    ['{% assign x名 = 1 %}', 1, "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"],
    ['{% assign = 1 %}', 1, "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"],
    ['{% capture 捕获 %}x{% endcapture %}', 1, "Syntax Error in 'capture' - Valid syntax: capture [var]"],
    ['{% capture %}x{% endcapture %}', 1, "Syntax Error in 'capture' - Valid syntax: capture [var]"],
    ['{% tablerow 项 in a %}x{% endtablerow %}', 1, "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3"],
    // Block#unknown_tag and Document#unknown_tag: an end tag that is not the open block's, an
    // `else` where none belongs (messages of Jekyll 4.3.1, found by scripts/fuzz-liquid.mjs)
    ['{% for x in a %}{% if x %}\n{% endfor %}', 2, "'endfor' is not a valid delimiter for if tags. use endif"],
    ['{% for x in a %}\n\n{% endif %}{% endfor %}', 3, "'endif' is not a valid delimiter for for tags. use endfor"],
    ['x\n{% capture c %}\n  y\n{%- endfor %}', 4, "'endfor' is not a valid delimiter for capture tags. use endcapture"],
    ['{% comment %}{% if x %}{% endcomment %}', 1, "'endcomment' is not a valid delimiter for if tags. use endif"],
    ['{% if x %}{% end %}{% endif %}', 1, "'end' is not a valid delimiter for if tags. use endif"],
    ['{% capture c %}{% else %}{% endcapture %}', 1, "capture tag does not expect 'else' tag"],
    ['{% tablerow x in a %}{% else %}{% endtablerow %}', 1, "tablerow tag does not expect 'else' tag"],
    ['a\n{% else %}', 2, "Unexpected outer 'else' tag"],
    ['{% end %}', 1, "Unexpected outer 'end' tag"],
    ['{% endif %}', 1, "Unknown tag 'endif'"],
    // For#parse reads two bodies: a second else ends the loop, and its endfor is left over
    ['{% for x in a %}a{% else %}b{% else %}c{% endfor %}', 1, "Unknown tag 'endfor'"],
    ['a\n{% raw %}\nb\n{{ x }}\n', 2, "'raw' tag was never closed"],
    // BlockBody.unknown_tag_in_liquid_tag: the `liquid` tag is the block, even inside another;
    // an elsif outside an if is an unknown tag (Jekyll 4.3.1, scripts/fuzz-liquid.mjs --try)
    ['{% liquid\n\nendif\n%}', 3, "'endif' is not a valid delimiter for liquid tags. use %}"],
    ['{% if true %}{% liquid\nelse\n%}{% endif %}', 2, "liquid tag does not expect 'else' tag"],
    ['{% liquid\nif true\necho 1\nendif\nend\n%}', 5, "'end' is not a valid delimiter for liquid tags. use %}"],
    ['{% liquid\nelsif\n%}', 2, "Unknown tag 'elsif'"],
    ['{% for x in a %}{% elsif %}{% endfor %}', 1, "Unknown tag 'elsif'"],
    // Block#parse_body inside a `liquid` tag: a block the tag opens ends with the tag's lines, at the
    // line its tokenizer stopped on (the tag's, after the newlines around its name, plus one a line
    // of its markup, String#split dropping the empty ones at the end); Jekyll 4.3.1 for each row
    ['a\n{% liquid if x %}\nb\n', 3, "'if' tag was never closed"],
    ['a\n{% liquid\n  if x\n    echo 1\n%}\nb\n{% endif %}\n', 5, "'if' tag was never closed"],
    ['a\n{% liquid\n  for i in (1..2)\n    if x\n\n\n  %}\nb\n', 8, "'if' tag was never closed"],
    ['{% if y %}\n{%\nliquid\n  comment\n %}\n{% endif %}\n', 6, "'comment' tag was never closed"],
    ['{% liquid case x\nwhen 1\n  echo 2\n\n%}\nz\nz\n', 4, "'case' tag was never closed"],
    ['{% liquid if x\n  for y in z\n  endfor\n  unless q -%}\n\n\nz\n', 5, "'unless' tag was never closed"],
    ['q\n{% liquid\n capture a\n  echo 2\n  endcapture\n  tablerow x in y\n%}{% endtablerow %}\n', 7, "'tablerow' tag was never closed"],
  ])('%s: Liquid syntax error at line %d', (template, line, message) => {
    const e = failure(() => liquid().parse(template, 'index.html'));
    expect(e.message).toBe(`Liquid Exception: Liquid syntax error (line ${line}): ${message} in index.html`);
  });

  // Ruby Liquid finds a block unclosed at the end of the template: real Jekyll 4.3.1 says line 3 here
  test('unclosed block: the line where the template ends', () => {
    const e = failure(() => liquid().parse('a\n{% if x %}\n', '_layouts/post.html'));
    expect(e.code).toBe('LIQUID_SYNTAX');
    expect(e.message).toBe("Liquid Exception: Liquid syntax error (line 3): 'if' tag was never closed in _layouts/post.html");
    expect(failure(() => liquid().parse('a\n{% if x %}', 'p.html')).message).toContain('(line 2)');
  });

  // Jekyll 4.3.1: HighlightBlock raises Ruby's ::SyntaxError (no Liquid::Error, so no "Liquid syntax error (line N)")
  test.each(['ruby bad="', ''])('highlight with bad markup %j', (markup) => {
    const e = failure(() => liquid().parse(`{% highlight ${markup} %}x{% endhighlight %}`, 'a.md'));
    expect(e.code).toBe('LIQUID_SYNTAX');
    expect(e.message).toBe(`Liquid Exception: Syntax Error in tag 'highlight' while parsing the following markup:\n\n${markup}\n\nValid syntax: highlight <lang> [linenos]\n in a.md`);
  });

  test('invalid include parameters', () => {
    const e = failure(() => liquid().parse('{% include a.html foo %}', 'a.md'));
    expect(e.message).toContain('Invalid syntax for include tag:\n\nfoo\n\nValid syntax:');
  });
});

describe('render errors', () => {
  // Jekyll 4.3.1 gives Liquid no file system: {% render %} fails (scripts/fuzz-liquid.mjs --try)
  test.each([
    ['x\n{% render "note.html", a: 1 %}', "Liquid Exception: Liquid error (line 2): This liquid context does not allow includes. in index.html"],
    ["{% liquid\nrender 'a' with x\n%}", "Liquid Exception: Liquid error (line 2): This liquid context does not allow includes. in index.html"],
    ['{% render x %}', "Liquid Exception: Liquid syntax error (line 1): Syntax error in tag 'render' - Template name must be a quoted string in index.html"],
  ])('%j: %s', (template, message) => {
    const l = liquid();
    expect(failure(() => l.render(l.parse(template, 'index.html'), {})).message).toBe(message);
  });

  test('divided by 0 (Liquid::ZeroDivisionError)', () => {
    const l = liquid();
    const e = failure(() => l.render(l.parse('x\n{{ 1 | divided_by: 0 }}', 'index.html'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 2): divided by 0 in index.html');
    expect(e.code).toBe('LIQUID_EXCEPTION');
  });

  // Liquid's url_decode checks the bytes CGI.unescape made (Jekyll 4.3.1 stops the build):
  // a cut character (`%E6%96`), one cut by a literal one, an overlong form, a UTF-16 surrogate.
  test.each(['%e4%b8%ad+%E6%96', '%E4中', 'a%C0%AFb', '%ED%A0%80'])('url_decode of %s: invalid byte sequence (Liquid::ArgumentError)', (text) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(`x\n{{ "${text}" | url_decode }}`, 'index.html'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 2): invalid byte sequence in UTF-8 in index.html');
  });

  // In a site of `encoding: GBK` the literal is GBK: bytes of neither encoding fail in GBK's name.
  test('url_decode in a GBK site: invalid byte sequence in GBK', () => {
    const l = liquid({ config: { encoding: 'GBK' } });
    const e = failure(() => l.render(l.parse('{{ "%D6" | url_decode }}', 'b.html'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 1): invalid byte sequence in GBK in b.html');
    expect(l.render(l.parse('{{ "%D6%D0" | url_decode }}', 'a.html'), {})).toBe('中');
  });

  // Jekyll 4.3.1 (Ruby 3.1) on the same templates: filters given what Ruby cannot convert raise.
  test.each([
    ['{{ "a b" | split: " " | cgi_escape }}', 'no implicit conversion of Array into String'],
    ['{{ nothing | cgi_escape }}', 'no implicit conversion of nil into String'],
    ['{{ 5 | cgi_escape }}', 'no implicit conversion of Integer into String'],
    ['{{ "a b" | split: " " | uri_escape }}', "Can't convert Array into String."],
    ['{{ 5 | uri_escape }}', "Can't convert Integer into String."],
    ['{{ "a b" | split: " " | slugify }}', 'undefined method `gsub\' for ["a", "b"]:Array string.gsub(replaceable_char, "-") ^^^^^'],
    // "latin": I18n::Backend::Transliterator::HashTransliterator#transliterate calls the gsub
    ['{{ false | slugify: "latin" }}', "undefined method `gsub' for false:FalseClass string.gsub(/[^\\x00-\\x7f]/u) do |char| ^^^^^"],
    ['{{ 5 | slugify: "none" }}', "undefined method `downcase' for 5:Integer return cased ? string : string.downcase ^^^^^^^^^"],
    // the json gem's generator refuses a Float JSON cannot write
    ['{{ 1.0 | divided_by: 0 | jsonify }}', '1000: Infinity not allowed in JSON'],
    ['{{ -1.0 | divided_by: 0 | jsonify }}', '1000: -Infinity not allowed in JSON'],
    // jsonify's as_liquid never stops on a NaN (NaN == NaN is false): Ruby's SystemStackError (Jekyll 4.3.1 run)
    ['{{ 0.0 | divided_by: 0 | jsonify }}', 'stack level too deep'],
  ])('%s raises as Ruby does', (template, message) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(template, 'index.html'), {}));
    expect(e.message).toBe(`Liquid Exception: ${message} in index.html`);
  });

  // Jekyll 4.3.1: `key: value` arguments reach the Ruby method as one Hash after the positional ones.
  test.each([
    ['{{ "x" | append: "y", b: "c" }}', 'wrong number of arguments (given 3, expected 2)'],
    ['{{ "x" | upcase: b: 1 }}', 'wrong number of arguments (given 2, expected 1)'],
    ['{{ "x" | replace: "x", "y", z: 1 }}', 'wrong number of arguments (given 4, expected 2..3)'],
    ['{{ "x" | append: "a" b: 1 }}', 'wrong number of arguments (given 3, expected 2)'],
    ['{{ "b,a" | split: "," | map: a: 1 }}', 'cannot select the property \'{"a"=>1}\''],
  ])('%s raises with the keyword Hash counted', (template, message) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(template, 'index.html'), {}));
    expect(e.message).toBe(`Liquid Exception: Liquid error (line 1): ${message} in index.html`);
  });

  // Time#strftime's ArgumentError for a format ending inside a directive (jekyll 4.3.1 run:
  // "Liquid Exception: Liquid error (line 57): invalid format: %1 in index.html")
  test.each([
    ['{{ "2024-01-02" | date: "100%" }}', 'invalid format: 100%'],
    ['{{ "2024-01-02" | date: "%Y%-" }}', 'invalid format: %Y%-'],
    ['{{ "2024-01-02" | date: "%1" }}', 'invalid format: %1'],
  ])('%s raises as Ruby strftime', (template, message) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(template, 'index.html'), {}));
    expect(e.message).toBe(`Liquid Exception: Liquid error (line 1): ${message} in index.html`);
  });

  // Addressable::URI.parse in relative_url/absolute_url (jekyll 4.3.1 run): an invalid scheme raises, no "Liquid error" prefix
  test.each([
    ['{{ "2020-01-01 10:00" | relative_url }}', "Invalid scheme format: '2020-01-01 10'"],
    ['{{ "a b:c" | absolute_url }}', "Invalid scheme format: 'a b'"],
    ['{{ h | relative_url }}', 'Invalid scheme format: \'{"a"=>"http\''],
    // the rest of what Addressable::URI.parse refuses (fuzz-liquid --messages seeds 4459/4461; outputs
    // of Jekyll 4.3.1 through scripts/fuzz-liquid.mjs --try): an IP-based scheme with no host and no
    // path, and a scheme-less path with a ':' in the first segment of a line (NORMPATH's ^ starts any
    // line: a drop's pretty JSON inside an inspect)
    ['{{ ":a" | relative_url }}', "Cannot assemble URI string with ambiguous path: ':a'"],
    ['{{ "http:" | relative_url }}', "Absolute URI missing hierarchical segment: 'http:'"],
    ['{{ "http://" | absolute_url }}', "Absolute URI missing hierarchical segment: 'http://'"],
    ['{% capture c %}/x\n  "a": 1{% endcapture %}{{ c | relative_url }}', 'Cannot assemble URI string with ambiguous path: \'/x\n  "a": 1\''],
  ])('%s raises', (template, message) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(template, 'index.html'), { h: { a: 'http://x' } }));
    expect(e.message).toBe(`Liquid Exception: ${message} in index.html`);
  });

  test('a valid scheme or a slash before the colon is no error', () => {
    const l = liquid();
    expect(l.render(l.parse('[{{ "ok:c d" | relative_url }}][{{ "x/y:z" | relative_url }}]', 'index.html'), {})).toBe('[ok:c d][/x/y:z]');
     // a scheme that is not IP-based needs nothing after it; a colon after `?`, `#` or a line's `/` is no scheme
    expect(l.render(l.parse('[{{ "mailto:" | relative_url }}][{{ "?a:b" | relative_url }}][{{ "#a:b" | relative_url }}][{% capture c %}x\n/b:c{% endcapture %}{{ c | relative_url }}]', 'index.html'), {})).toBe('[mailto:][/?a:b][/#a:b][/x%0A/b:c]');
  });

  test('nil passes through uri_escape and slugify', () => {
    const l = liquid();
    expect(l.render(l.parse('[{{ nothing | uri_escape }}][{{ nothing | slugify }}][{{ "A b" | slugify }}][{{ "a b" | cgi_escape }}]', 'index.html'), {})).toBe('[][][a-b][a+b]');
  });

  test('missing include names the include and the folders searched', () => {
    const l = liquid({ files: { '_includes/a.html': 'a' } });
    const e = failure(() => l.render(l.parse('line2\n{% include nope.html %}\n', 'index.html'), {}));
    expect(e.code).toBe('INCLUDE_NOT_FOUND');
    expect(e.message).toBe(
      'Liquid Exception: Could not locate the included file \'nope.html\' in any of ["/site/_includes"]. ' +
        'Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source. in index.html',
    );
    expect(e.line).toBe(2);
  });

  test('a list as includes_dir is its Ruby inspect, one folder of that name (Site#includes_load_paths takes to_s)', () => {
    const l = liquid({ config: { includes_dir: ['./_includes', './extra'] }, files: { '_includes/a.html': 'a' } });
    const e = failure(() => l.render(l.parse('{% include a.html %}', 'index.html'), {}));
    expect(e.message).toContain('in any of ["/site/[\\"./_includes\\", \\"./extra\\"]"].');
  });

  test('missing include lists the theme folder too', () => {
    const l = liquid({ theme: { '_includes/t.html': 't' } });
    const e = failure(() => l.render(l.parse('{% include nope.html %}', 'index.html'), {}));
    expect(e.message).toContain('in any of ["/site/_includes", "/theme/_includes"].');
  });

  test('syntax error inside an include names the include file and says "included"', () => {
    const l = liquid({ files: { '_includes/bad.html': 'a\n{% if x %}\n' } });
    const e = failure(() => l.render(l.parse('line2\n{% include bad.html %}\n', 'index.html', 3), {}));
    expect(e.message).toBe("Liquid Exception: Liquid syntax error (/site/_includes/bad.html line 3): 'if' tag was never closed included in index.html");
  });

  test('an error in an include inside an include names the outermost include, at the inner line', () => {
    const files = { '_includes/outer.html': 'o\n{% include inner.html %}\n', '_includes/inner.html': 'a\nb\n{% nope %}\n' };
    const l = liquid({ files });
    const e = failure(() => l.render(l.parse('{% include outer.html %}', 'index.html'), {}));
    expect(e.message).toBe("Liquid Exception: Liquid syntax error (/site/_includes/outer.html line 3): Unknown tag 'nope' included in index.html");
  });

  test('a layout or a document is named by the path given to parse', () => {
    const e = failure(() => liquid().parse('x\n{% nope %}\n', '_layouts/default.html', 0, '/site/_layouts/default.html'));
    expect(e.message).toBe("Liquid Exception: Liquid syntax error (line 2): Unknown tag 'nope' in /site/_layouts/default.html");
    expect(e.file).toBe('_layouts/default.html');
  });

  test('error inside an include', () => {
    const l = liquid({ files: { '_includes/bad.html': 'a\n{{ 1 | divided_by: 0 }}\n' } });
    const e = failure(() => l.render(l.parse('{% include bad.html %}', 'index.html'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (/site/_includes/bad.html line 2): divided by 0 included in index.html');
  });

  // Jekyll 4.3.1: strict_variables' error in an include (one level or two) names the outermost include and the line.
  test('an undefined variable with strict_variables inside nested includes', () => {
    const files = { '_includes/outer.html': 'o\n{% include inner.html %}\n', '_includes/inner.html': 'a\nb\n{{ missing }}\n', '_includes/one.html': 'x\n{{ gone }}\n' };
    const l = liquid({ files, config: { liquid: { strict_variables: true } } });
    const nested = failure(() => l.render(l.parse('{% include outer.html %}', 'index.html'), {}));
    expect(nested.message).toBe('Liquid Exception: Liquid error (/site/_includes/outer.html line 3): undefined variable missing included in index.html');
    const single = failure(() => l.render(l.parse('p\n{% include one.html %}', 'index.html'), {}));
    expect(single.message).toBe('Liquid Exception: Liquid error (/site/_includes/one.html line 2): undefined variable gone included in index.html');
    expect(single.line).toBe(2);
  });

  // Jekyll 4.3.1: the strict parser's error carries its markup context (`in "..."`), so the include
  // around it adds no "included" (found on massively-jekyll-theme with error_mode strict: `site.500px_url`)
  test.each([
    ['{{ site.500px_url }}', 'Expected id but found number in "{{ site.500px_url }}"'],
    ['{% if site.500px_url %}x{% endif %}', 'Expected id but found number in "site.500px_url"'],
    ['{% for x in a b %}{% endfor %}', 'Expected end_of_string but found id in "x in a b"'],
    ['{% assign x = a | | b %}', 'Expected id but found pipe in "{{a | | b }}"'],
  ])('error_mode strict in an include: %s', (include, detail) => {
    const l = liquid({ files: { '_includes/m.html': `a\n${include}\n` }, config: { liquid: { error_mode: 'strict' } } });
    const e = failure(() => l.render(l.parse('{% include m.html %}', 'index.html'), {}));
    expect(e.message).toBe(`Liquid Exception: Liquid syntax error (/site/_includes/m.html line 2): ${detail} in index.html`);
  });

  test('post_url to a missing post', () => {
    const l = liquid();
    const e = failure(() => l.render(l.parse('{% post_url 2020-01-01-nope %}', 'a.md'), {}));
    expect(e.code).toBe('POST_URL_NOT_FOUND');
    expect(e.message).toBe(
      'Liquid Exception: Could not find post "2020-01-01-nope" in tag \'post_url\'.\nMake sure the post exists and the name is correct.\n in a.md',
    );
  });

  test('link to a missing file', () => {
    const l = liquid();
    const e = failure(() => l.render(l.parse('{% link nope.md %}', 'a.md'), {}));
    expect(e.code).toBe('LINK_NOT_FOUND');
    expect(e.message).toBe(
      "Liquid Exception: Could not find document 'nope.md' in tag 'link'.\n\nMake sure the document exists and the path is correct.\n in a.md",
    );
  });

  test('invalid date in a Jekyll date filter', () => {
    const l = liquid();
    const e = failure(() => l.render(l.parse('{{ "nope" | date_to_xmlschema }}', 'a.md'), {}));
    expect(e.message).toBe('Liquid Exception: Invalid Date: \'"nope"\' is not a valid datetime. in a.md');
  });

  test('strict_filters: an unknown filter is an error', () => {
    const l = liquid({ config: { liquid: { strict_filters: true } } });
    const e = failure(() => l.render(l.parse('{{ "x" | nope }}', 'a.md'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 1): undefined filter nope in a.md');
  });

  test('strict_variables: an unknown variable is an error', () => {
    const l = liquid({ config: { liquid: { strict_variables: true } } });
    const e = failure(() => l.render(l.parse('\n{{ page.nope }}', 'a.md'), { page: {} }));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 2): undefined variable nope in a.md');
  });

  // Jekyll 4.3.1: GroupingFilters#parse_expression's Liquid::Variable parses strictly under error_mode strict.
  test('error_mode strict: an expression group_by_exp cannot parse is a syntax error at its tag', () => {
    const l = liquid({ config: { liquid: { error_mode: 'strict' } } });
    const template = 'a\n\n{% assign g = list | group_by_exp: "p", "p.t == empty" %}{{ g | size }}';
    const e = failure(() => l.render(l.parse(template, 'index.html'), { list: [{ t: 'a' }] }));
    expect(e.message).toBe('Liquid Exception: Liquid syntax error (line 3): Expected end_of_string but found comparison in "{{p.t == empty}}" in index.html');
    expect(e.code).toBe('LIQUID_SYNTAX');
    expect(liquid().render(liquid().parse(template, 'index.html'), { list: [{ t: 'a' }] })).toBe('a\n\n1');
  });

  // Jekyll 4.3.1 (scripts/fuzz-liquid.mjs --liquid 'error_mode: strict'): the strict parser's error is raised,
  // not the lax parser's that error_mode warn falls back to
  test.each([
    ['{% for %}{% endfor %}', 'Expected id but found end_of_string in ""', "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"],
    ['{% for x in %}{% endfor %}', '[:end_of_string] is not a valid expression in "x in"', "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"],
    ['{% unless %}{% endunless %}', '[:end_of_string] is not a valid expression in ""', "Syntax Error in tag 'if' - Valid syntax: if [expression]"],
    ['{% if x %}{% elsif %}{% endif %}', '[:end_of_string] is not a valid expression in ""', "Syntax Error in tag 'if' - Valid syntax: if [expression]"],
  ])('%s: error_mode strict %j, warn %j', (template, strict, warn) => {
    const message = (detail: string): string => `Liquid Exception: Liquid syntax error (line 2): ${detail} in index.html`;
    expect(failure(() => liquid({ config: { liquid: { error_mode: 'strict' } } }).parse(`x\n${template}`, 'index.html')).message).toBe(message(strict));
    expect(failure(() => liquid().parse(`x\n${template}`, 'index.html')).message).toBe(message(warn));
  });

  // Jekyll 4.3.1 (liquid 5.4.0): For#collection_segment reads offset and limit with Utils.to_integer, Integer(x.to_s).
  test.each([['offset:1.7'], ['limit:2.5'], ['offset:"x"']])('for with %s: invalid integer at its tag', (args) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(`A\n{% for p in list ${args} %}{{ p }}{% endfor %}`, 'float.html'), { list: [1, 2, 3] }));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 2): invalid integer in float.html');
    expect(l.render(l.parse('{% for p in list offset:"1" limit:"1" %}{{ p }}{% endfor %}', 'a.html'), { list: [1, 2, 3] })).toBe('2');
  });

  // Jekyll 4.3.1: Filters#parse_condition reads where_exp's and find_exp's expression with Liquid::Parser in every error_mode.
  test.each([
    ['where_exp', "p.t == 'a' extra", 'Expected end_of_string but found id'],
    ['find_exp', "p.t = 'a'", 'Unexpected character ='],
    ['where_exp', 'p.n > 1 and', '[:end_of_string] is not a valid expression'],
    ['where_exp', '', '[:end_of_string] is not a valid expression'],
    ['find_exp', 'p.t | upcase', 'Expected end_of_string but found pipe'],
  ])('%s with "%s": Liquid syntax error at its tag', (filter, expression, message) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(`A\n{% assign a = list | ${filter}: "p", "${expression}" %}`, 'index.html'), { list: [] }));
    expect(e.message).toBe(`Liquid Exception: Liquid syntax error (line 2): ${message} in index.html`);
  });
});

// The line Ruby Liquid 5.4 gives a node (Jekyll 4.3.1's messages, scripts/fuzz-liquid.mjs --try): a tag's
// counts the newlines around its name; the token right after a `{% liquid %}` tag has the line where
// that tag's tokenizer stopped (its start plus its lines, the empty ones at the end left out).
describe("Ruby Liquid's line numbers", () => {
  test.each([
    ["|{%\nif 1 > 'a' %}x{% endif %}", 'Liquid error (line 2): comparison of Integer with String failed'],
    ["|{% if\n1 > 'a' %}x{% endif %}", 'Liquid error (line 2): comparison of Integer with String failed'],
    ["|{% if 1 >\n 'a' %}x{% endif %}", 'Liquid error (line 1): comparison of Integer with String failed'],
    ["|{% liquid\nassign x = 1\n\n%}{% if 1 > 'a' %}{% endif %}", 'Liquid error (line 3): comparison of Integer with String failed'],
    ["|{% liquid\nassign x = 1\n\n%}\n{% if 1 > 'a' %}{% endif %}", 'Liquid error (line 5): comparison of Integer with String failed'],
    ["|{% liquid assign x = 1 %}{% liquid assign x = 1 %}{% if 1 > 'a' %}{% endif %}", 'Liquid error (line 3): comparison of Integer with String failed'],
    ["|{% liquid\nif true\necho 1\nendif\n\n %}{% if 1 > 'a' %}{% endif %}", 'Liquid error (line 7): comparison of Integer with String failed'],
    ["|{%\nliquid\nassign x = 1\nif 1 > 'a'\nendif %}", 'Liquid error (line 4): comparison of Integer with String failed'],
    ["|{% if true %}{% liquid\nassign x = 1\n\n%}{% nosuch %}{% endif %}", "Liquid syntax error (line 3): Unknown tag 'nosuch'"],
    ['|{% raw\n %}{{ {%\n endraw\n %}{%\nnosuch %}', "Liquid syntax error (line 5): Unknown tag 'nosuch'"],
    ['|{%- liquid # note\n\n-%}{% case %}{% endcase %}', "Liquid syntax error (line 2): Syntax Error in 'case' - Valid syntax: case [condition]"],
  ])('%j', (template, message) => {
    const l = liquid();
    expect(failure(() => l.render(l.parse(template, 'index.html'), {})).message).toBe(`Liquid Exception: ${message} in index.html`);
  });

  test("the error's place in the file stays where the tag starts", () => {
    const l = liquid();
    const e = failure(() => l.render(l.parse("a\n{%\n\nif 1 > 'a' %}{% endif %}", 'index.html'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 4): comparison of Integer with String failed in index.html');
    expect(e.line).toBe(2);
  });

  test('in an include, the line is the include\'s own', () => {
    const l = liquid({ files: { '_includes/i.html': "{% liquid assign x = 1 %}{{ 1 | divided_by: 0 }}" } });
    const e = failure(() => l.render(l.parse('{% include i.html %}', 'index.html'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (/site/_includes/i.html line 2): divided by 0 included in index.html');
  });
});

// Jekyll 4.3.1 (Liquid 5.4) with an error_mode Liquid does not know: parse_with_selected_parser parses
// nothing, so If#push_block attaches its body to nil and For has no collection (its else part renders).
describe('an unknown liquid.error_mode', () => {
  const config = { liquid: { error_mode: 'bogus' } };
  test.each(['{% if true %}y{% endif %}', 'x{% unless false %}y{% endunless %}', '{% for i in (1..2) %}{% if i %}{% endif %}{% endfor %}'])('%s stops the build', (text) => {
    const l = liquid({ config });
    const e = failure(() => l.render(l.parse(text, 'index.html'), {}));
    expect(e.message).toBe("Liquid Exception: undefined method `attach' for nil:NilClass in index.html");
  });

  test('a for loop renders its else part; outputs and other tags as in warn mode', () => {
    const l = liquid({ config });
    expect(l.render(l.parse('{% for i in (1..3) %}{{ i }}{% else %}E{% endfor %}{% for i in (1..3) %}{{ i }}{% endfor %}|{{ "a" | upcase }}{% case 1 %}{% when 1 %}one{% endcase %}', 'index.html'), {})).toBe('E|Aone');
    // LiquidRenderer's to_sym keeps the case: `Strict` is no mode Liquid knows
    const cased = liquid({ config: { liquid: { error_mode: 'Strict' } } });
    expect(cased.render(cased.parse('{% for i in (1..3) %}{{ i }}{% endfor %}', 'a.html'), {})).toBe('');
  });
});

// url_filters.rb: `return input if Addressable::URI.parse(input.to_s).absolute?` returns the
// input itself; a drop's to_s is its class name (`Jekyll::Drops::JekyllDrop`, scheme `Jekyll`),
// so the drop goes on to the next filter (jekyll 4.3.1: slugify's NoMethodError names it).
test('relative_url and absolute_url pass on a drop whose to_s is absolute', async () => {
  const { renderSite, memorySource } = await import('../../lib/index.js');
  const { FIXED_ENV } = await import('../helpers/build-env.js');
  const build = (template: string) => renderSite({ source: memorySource({ 'index.html': `---\n---\n${template}` }), env: FIXED_ENV });
  await expect(build('{{ jekyll | absolute_url | slugify }}')).rejects.toThrow("undefined method `gsub' for Jekyll::Drops::JekyllDrop:Jekyll::Drops::JekyllDrop string.gsub(replaceable_char, \"-\") ^^^^^");
  const result = await build('{{ jekyll | relative_url | append: "x" }}');
  expect(String(result.files.find((f) => f.path === 'index.html')!.contents)).toBe('Jekyll::Drops::JekyllDropx');
});

// Ruby 3.1's did_you_mean for `to_integer` (`input.to_i`) on Jekyll's and Liquid's drops, and the
// class a CollectionDrop's NoMethodError names (its to_s is its docs' inspect, no class name):
// messages of Jekyll 4.3.1 rendering the same templates (scripts/liquid-oracle.rb).
test.each([
  ['{{ jekyll | to_integer }}', 'Jekyll::Drops::JekyllDrop:Jekyll::Drops::JekyllDrop input.to_i ^^^^^ Did you mean? to_s to_h'],
  ['{% for x in (1..2) %}{{ forloop | to_integer }}{% endfor %}', 'Liquid::ForloopDrop:Liquid::ForloopDrop input.to_i ^^^^^ Did you mean? to_s'],
  ['{% tablerow x in (1..2) %}{{ tablerowloop | to_integer }}{% endtablerow %}', 'Liquid::TablerowloopDrop:Liquid::TablerowloopDrop input.to_i ^^^^^ Did you mean? to_s'],
  ['{{ site.collections.first | to_integer }}', '}:Jekyll::Drops::CollectionDrop input.to_i ^^^^^ Did you mean? to_a to_h to_s'],
  ['{{ site.collections.first | slugify }}', '}:Jekyll::Drops::CollectionDrop string.gsub(replaceable_char, "-") ^^^^^'],
  ['{{ site.posts.first | to_integer }}', '}:Jekyll::Drops::DocumentDrop input.to_i ^^^^^ Did you mean? to_a to_h to_s'],
  ['{{ site.static_files.first | to_integer }}', '}:Jekyll::Drops::StaticFileDrop input.to_i ^^^^^ Did you mean? to_s to_a to_h'],
  ['{{ site | to_integer }}', '}:Jekyll::Drops::SiteDrop input.to_i ^^^^^ Did you mean? to_s to_a to_h'],
])('%s names the drop as Ruby does', async (template, message) => {
  const { renderSite, memorySource } = await import('../../lib/index.js');
  const { FIXED_ENV } = await import('../helpers/build-env.js');
  const files = { '_config.yml': 'collections: [books]\n', '_books/a.md': '---\n---\nA\n', '_posts/2020-01-01-p.md': '---\n---\nP\n', 'f.txt': 'x', 'index.html': `---\n---\n${template}` };
  await expect(renderSite({ source: memorySource(files), env: FIXED_ENV })).rejects.toThrow(message);
});

// URLFilters#compute_relative_url: `input = input.url if input.respond_to?(:url)`: a document's
// drop has url, a page's Hash (Page#to_liquid) does not, so its inspect goes on and Addressable
// finds no scheme in `{"title"=>...` (Jekyll 4.3.1: "Invalid scheme format").
test('relative_url takes the url of a document, not of a Hash that has one', async () => {
  const { renderSite, memorySource } = await import('../../lib/index.js');
  const { FIXED_ENV } = await import('../helpers/build-env.js');
  const files = { '_posts/2020-01-01-p.md': '---\n---\nP\n', 'a.html': '---\n---\n{% for p in site.posts %}{{ p | relative_url }}{% endfor %}', 'b.html': '---\ntitle: "B: x"\n---\n{{ page | relative_url }}' };
  await expect(renderSite({ source: memorySource(files), env: FIXED_ENV, write: false })).rejects.toThrow('Liquid Exception: Invalid scheme format: \'{"title"=>"B\' in b.html');
  delete (files as Record<string, string>)['b.html'];
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'a.html')!.contents)).toBe('/2020/01/01/p.html');
});

// A list or a hash that holds itself, as a YAML alias inside its own anchor makes one
// (`v: &a [*a]` in front matter). Jekyll 4.3.1 (Ruby 3.1) on the same templates.
describe('a list or a hash that holds itself', () => {
  const list: unknown[] = [];
  list.push(list);
  const hash: Record<string, unknown> = {};
  hash.a = hash;
  const typed = new RubyHash([[true, 'x']]);
  typed.set('y', typed);
  const wrapped = new RubyHash([]);
  wrapped.set(true, [wrapped, 5]);
  test.each([
    ['{{ v | inspect }}', '[[...]]'],
    ['{{ v | append: "x" }}', '[[...]]x'],
    ['{{ v | push: 1 | inspect }}', '[[[...]], 1]'],
    ['{{ h | inspect }}', '{&quot;a&quot;=&gt;{...}}'],
    ['{{ v | size }}{{ v | first | size }}', '11'],
    // a hash with a key that is no string (`- &a {true: x, y: *a}`; fuzz-documents --yaml seed 51506)
    ['{{ r | inspect }}', '{true=&gt;&quot;x&quot;, &quot;y&quot;=&gt;{...}}'],
    ['{{ w | inspect }}', '[{true=&gt;[{...}, 5]}]'],
  ])('%s prints as Ruby inspects it', (template, want) => {
    const l = liquid();
    expect(l.render(l.parse(template, 'index.html'), { v: list, h: hash, r: typed, w: [wrapped] })).toBe(want);
  });
  test.each([
    // Array#join's recursion guard, as Liquid's output joins a list
    ['{{ v }}', 'recursive array join'],
    // InputIterator flattens the list first: Array#flatten's ArgumentError, as Liquid's own
    ['{{ v | join: "," }}', 'Liquid error (line 1): tried to flatten recursive array'],
    ['{{ v | uniq | size }}', 'Liquid error (line 1): tried to flatten recursive array'],
    ['{{ v | map: "a" | size }}', 'Liquid error (line 1): tried to flatten recursive array'],
    // as_liquid walks it without end: Ruby's SystemStackError
    ['{{ v | jsonify }}', 'stack level too deep'],
    ['{{ h | jsonify }}', 'stack level too deep'],
  ])('%s raises as Ruby does', (template, message) => {
    const l = liquid();
    const e = failure(() => l.render(l.parse(template, 'index.html'), { v: list, h: hash }));
    expect(e.message).toBe(`Liquid Exception: ${message} in index.html`);
  });
});
