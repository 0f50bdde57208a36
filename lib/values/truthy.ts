// Ruby's truthiness, as Jekyll's and its plugins' `if value` read a setting: only nil and false
// are false (0 and "" are true). No imports: threads that load no Liquid code use it too.
export function rubyTruthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}
