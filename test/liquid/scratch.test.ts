import { render } from './helpers.js';
test('scratch', () => {
  console.log(render('{{ 4 | times: 1.0 }}|{{ 10 | times: 1.0 | divided_by: 4 }}|{{ 10 | divided_by: 4 }}|{{ 4.0 }}|{% if 4.0 == 4 %}eq{% endif %}|{{ 1.5 | plus: 1.5 }}|{{ 0.1 | plus: 0.2 }}|{{ "3.5" | plus: 1 }}|{{ 7 | modulo: 3.0 }}|{{ 2.5 | round }}|{{ 3.14159 | round: 2 }}|{{ -2.5 | round }}|{% for i in (1..3) limit: 2.0 %}{{i}}{% endfor %}'));
});
