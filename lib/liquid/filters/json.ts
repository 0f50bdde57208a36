// Jekyll's jsonify (jekyll/filters.rb #jsonify: as_liquid(input).to_json).
import { rubyJson } from '../ruby/json.js';

export const jsonFilters: Record<string, (input: unknown) => unknown> = {
  jsonify: (input: unknown) => rubyJson(input),
};
