// Jekyll's Include#parse_params reads a bare parameter as context[variable]: `c=nil` is Ruby's nil,
// which jsonify writes as null and inspect as nil (kyll kept liquidjs's nil literal, an object: `{}`).
// Expected values printed by Jekyll 4.3.1 on the same include.
import { render } from './helpers.js';

const files = { '_includes/inc.html': '{{ include | jsonify }}|{{ include.c | inspect }}|{% if include.c == nil %}nil{% endif %}' };

test.each([
  ['{% include inc.html a="2" c=nil %}', '{"a":"2","c":null}|nil|nil'],
  ['{% include inc.html c=nil b=empty %}', '{"c":null,"b":""}|nil|nil'],
  ['{% include inc.html c=page.nothing %}', '{"c":null}|nil|nil'],
])('%s', (template, expected) => {
  expect(render(template, { page: {} }, { files })).toBe(expected);
});
