// StandardFilters#strip_html: `input.to_s`, then script, comment and style blocks removed, then every
// tag. Two passes, where liquidjs made one over blocks and tags together: a tag that holds a
// comment, or a block opener inside an unclosed tag, came out differently. Expected from Jekyll 4.3.1.
import { render } from './helpers.js';

test('blocks go first, then tags', () => {
  expect(render('{{ "<a <!-- x --> b>c" | strip_html }}|{{ "x<scrip<script>t>y</script>z" | strip_html }}|{{ "<style a</script>b" | strip_html }}')).toBe('c|x<scripz|b');
});

test('tags across lines, upper-case blocks as tags, and values that are not texts', () => {
  expect(render('{{ "<SCRIPT>a</SCRIPT>b<br\n/>c" | strip_html }}|{{ nil | strip_html }}|{{ 12.50 | strip_html }}|{{ "<p>一<em>二</em></p>" | strip_html }}')).toBe('abc||12.5|一二');
});
