// Float#to_s as Ruby 3 prints it (values checked with `ruby -e 'p ...'`).
import { floatToS } from '../../lib/values/ruby-float.js';

describe('floatToS (Ruby Float#to_s)', () => {
  test.each([
    [100000000000000, '100000000000000.0'],
    [999999999999999, '999999999999999.0'],
    [1e15, '1.0e+15'],
    [1.5e15, '1.5e+15'],
    [9007199254740992, '9.007199254740992e+15'],
    [12345678901234567, '1.2345678901234568e+16'],
    [0.0001, '0.0001'],
    [0.00001, '1.0e-05'],
  ])('%p prints %p', (n, s) => {
    expect(floatToS(n)).toBe(s);
  });
});
