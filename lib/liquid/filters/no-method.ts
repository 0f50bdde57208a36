// Ruby's NoMethodError, as Jekyll prints it when one of its filters calls a method the input
// lacks (`input.split` on 12): Ruby 3.1's error.c writes the receiver's inspect, then its class.
// It is no Liquid::Error, so the message has no "Liquid error (line N)" prefix.
import { LiquidFailure } from '../errors.js';
import { rubyInspect } from '../ruby/to-s.js';
import { rubyClass } from './array.js';

export function noMethod(method: string, receiver: unknown): LiquidFailure {
  return new LiquidFailure('plain', `undefined method \`${method}' for ${rubyInspect(receiver)}:${rubyClass(receiver)}`);
}
