// kramdown's update_tree span-parses a raw text from its parent's location
// (StringScanner.new(child.value, element.options[:location])), so a warning about span HTML
// names the line of the list item, quote, div or root that holds the text, not the text's own.
// Expected warnings from kramdown 2.4.0 (Jekyll 4.3.1); the androidyue/octopress corpus file
// whose "  \t<style ...>" line no block parser takes showed it.
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const warnings = (text: string): string[] => {
  const c = createMarkdownConverter({});
  c.convert(text, 'x.md');
  return c.warnings.map((w) => w.message);
};

const NO_PARSER = 'Warning: this should not occur - no block parser handled the line';

test('a line no block parser takes warns with the line of its parent', () => {
  expect(warnings('para\n\n  \t<style name="x">\n')).toEqual([NO_PARSER, "Found no end tag for 'style' (line 1) - auto-closing it"]);
  expect(warnings('* item one\n\n    \t<i>li1\n\n1. first\n\n     \t<b>li2\n')).toEqual([
    NO_PARSER, NO_PARSER,
    "Found no end tag for 'i' (line 1) - auto-closing it",
    "Found no end tag for 'b' (line 5) - auto-closing it",
  ]);
  expect(warnings('x\n\n> q1\n>\n>   \t<q>quote\n\n<div markdown="1">\nx\n\n  \t<em>div\n</div>\n')).toEqual([
    NO_PARSER, NO_PARSER,
    "Found no end tag for 'q' (line 3) - auto-closing it",
    "Found no end tag for 'em' (line 7) - auto-closing it",
  ]);
});

test('the other span warnings keep their lines', () => {
  const text = 'intro\n\n* item one\n\n    \t<i>li1\n\n1. first\n\n     \t<b>li2\n\nterm\n: def one\n\n    \t<u>dd1\n\n' +
    'Foot[^1] here.\n\n[^1]: the note\n\n      \t<s>fn1\n\n> q1\n>\n>   \t<q>quote\n\n> > q2\n> >\n> >   \t<q>nested\n\n' +
    '<div markdown="1">\nx\n\n  \t<em>div\n</div>\n\n| a | b |\n|---|---|\n| c | <kbd>d |\n\n# head <span>x\n\nterm2\n: dd <code>c\n';
  expect(warnings(text)).toEqual([
    ...Array(7).fill(NO_PARSER),
    "Found no end tag for 'kbd' (line 42) - auto-closing it",
    "Found no end tag for 'i' (line 3) - auto-closing it",
    "Found no end tag for 'b' (line 7) - auto-closing it",
    "Found no end tag for 'u' (line 12) - auto-closing it",
    "Found no end tag for 'q' (line 22) - auto-closing it",
    "Found no end tag for 'q' (line 26) - auto-closing it",
    "Found no end tag for 'em' (line 30) - auto-closing it",
    "Found no end tag for 'kbd' (line 1) - auto-closing it",
    "Found no end tag for 'span' (line 40) - auto-closing it",
    "Found no end tag for 'code' (line 43) - auto-closing it",
    "Found no end tag for 's' (line 18) - auto-closing it",
  ]);
});
