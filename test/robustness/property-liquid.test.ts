// Property: any template text rendered with any data gives output or a KyllError, never
// another exception, in a time linear in its size; and no JavaScript built-in leaks into
// the output (issue 7).
import fc from 'fast-check';
import { liquid } from '../liquid/helpers.js';
import { checkRun, params, textOf } from './property-helpers.js';

const LIQUID = [
  '{{', '}}', '{%', '%}', '{%-', '-%}', ' ', '\n', '|', ':', ',', '.', '[', ']', '"', "'", '(', ')', '..', '==', '!=', '<', '>', 'and', 'or',
  'contains', 'page', 'site', 'x', 'forloop', 'page.a', 'page.__proto__', 'constructor', 'toString', 'valueOf', 'push', 'length', 'size',
  'first', 'last', 'if', 'endif', 'unless', 'endunless', 'for x in', 'endfor', 'case', 'when', 'endcase', 'assign x =', 'capture x', 'endcapture',
  'raw', 'endraw', 'comment', 'endcomment', 'include', 'highlight', 'cycle', 'increment', 'tablerow', 'endtablerow', 'break', 'continue',
  'upcase', 'append', 'split', 'join', 'map', 'where', 'sort', 'jsonify', 'inspect', 'date', 'slice', 'truncate', 'default', 'plus', 'times',
  'divided_by', 'modulo', '(1..5)', '0', '-1', '1.5', 'nil', 'true', 'empty', 'blank',
];

const KEY = fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString', 'valueOf', 'size', 'first', 'length', 'push'), fc.string({ maxLength: 5 }));
const DATA = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('list'), tie('hash')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  hash: fc.dictionary(KEY, tie('value'), { maxKeys: 4 }),
})).hash;

// Well-formed templates too, so that most inputs get past the parser: outputs and tags
// over property paths made of data keys and JavaScript names, through filters.
const NAME = fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'size', 'first', 'last', 'length', 'push', 'pop', '0', '-1');
const EXPR = fc
  .tuple(fc.constantFrom('page', 'x', 'site', 'site.posts', 'site.data', 'forloop', 'v'), fc.array(NAME, { maxLength: 2 }), fc.array(fc.constantFrom('| size', '| first', '| jsonify', '| inspect', '| map: "constructor"', '| where: "a", 1', '| sort', '| join: ","', '| upcase', '| default: "d"', '| slice: 0, 2'), { maxLength: 1 }))
  .map(([root, path, filters]) => `${root}${path.map((k) => (/^-?\d+$/.test(k) ? `[${k}]` : `.${k}`)).join('')} ${filters.join(' ')}`);
const TEMPLATE = fc.letrec((tie) => ({
  part: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('text ', '\n', '|'),
    EXPR.map((e) => `{{ ${e} }}`),
    EXPR.map((e) => `{% assign v = ${e} %}`),
    fc.tuple(EXPR, tie('body')).map(([e, b]) => `{% if ${e} %}${b}{% endif %}`),
    fc.tuple(EXPR, tie('body')).map(([e, b]) => `{% for v in ${e} %}${b}{% endfor %}`),
  ),
  body: fc.array(tie('part'), { maxLength: 3 }).map((a) => a.join('')),
})).part;

// What printing a JavaScript function or prototype would look like.
const LEAK = /function |\[native code\]|\[object Object\]|class \w+ extends/;

test('parse + render: only KyllErrors, time linear in size, no JavaScript in the output', () => {
  const l = liquid();
  fc.assert(
    fc.property(textOf(LIQUID, 60), DATA, DATA, (text, page, x) => {
      checkRun(text, () => {
        const out = l.render(l.parse(text, 'p.html'), { page, x, site: { posts: [page], data: x } });
        if (LEAK.test(out) && !LEAK.test(text + JSON.stringify([page, x]))) throw new Error(`JavaScript leaked into ${JSON.stringify(out)}`);
      });
    }),
    params(300),
  );
});

test('well-formed templates over any data: output with no JavaScript in it, in linear time', () => {
  const l = liquid();
  fc.assert(
    fc.property(fc.array(TEMPLATE, { minLength: 1, maxLength: 6 }), DATA, DATA, (parts, page, x) => {
      const scope = { page, x, site: { posts: [page, x], data: x } };
      checkRun(parts.join(''), () => l.render(l.parse(parts.join(''), 'p.html'), scope));
      // each part alone too, so that one part's error does not hide another's output
      for (const text of parts) {
        checkRun(text, () => {
          const out = l.render(l.parse(text, 'p.html'), scope);
          if (LEAK.test(out) && !LEAK.test(JSON.stringify([page, x]))) throw new Error(`JavaScript leaked into ${JSON.stringify(out)}`);
        });
      }
    }),
    params(300),
  );
});
