import { describe, expect, it } from 'vitest';
import { jsonLocation } from './json-location.js';

describe('jsonLocation', () => {
  it('finds the value at a path, or its nearest existing ancestor, by line and column', () => {
    const text = '{\n  "fields": 5,\n  "dialect": { "header": "yes", "rows": [1, "x"] }\n}';
    expect(jsonLocation(text, ['fields'])).toEqual({ line: 2, column: 13 });
    expect(jsonLocation(text, ['dialect', 'rows', 1])).toEqual({ line: 3, column: 45 });
    // a missing property is reported at its parent
    expect(jsonLocation(text, ['dialect', 'missing'])).toEqual({ line: 3, column: 14 });
    expect(jsonLocation(text, [])).toEqual({ line: 1, column: 1 });
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(jsonLocation('{ "😀": 1, "a": 2 }', ['a'])).toEqual({ line: 1, column: 16 });
  });
});
