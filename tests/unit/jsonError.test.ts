import { describe, expect, test } from 'vitest';
import { jsonErrorPlace } from '../../src/views/playground/jsonError';

describe('where text stops being JSON', () => {
  test('a stray character is placed by line and column, counted from 1', () => {
    // Line 3 is `  "layers": [1,,2]`: the second comma is its 16th character.
    expect(jsonErrorPlace('{\n  "input": {"size": 8},\n  "layers": [1,,2]\n}')).toEqual({
      line: 3,
      column: 16,
    });
    // `{not json`: a property name is wanted where `n` stands, the 2nd character.
    expect(jsonErrorPlace('{not json')).toEqual({ line: 1, column: 2 });
    // A wrong last character, and a string a line break cuts, are placed, not said to end early.
    expect(jsonErrorPlace('[1, 2, x')).toEqual({ line: 1, column: 8 });
    expect(jsonErrorPlace('["a\nb"]')).toEqual({ line: 1, column: 2 });
    // JSON has no trailing commas or comments: `}` after `1,` (7th character) and `//` (2nd).
    expect(jsonErrorPlace('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(jsonErrorPlace('[// no\n1]')).toEqual({ line: 1, column: 2 });
  });

  test('text that ends too soon is said to end early, with or without trailing space', () => {
    for (const text of ['{"input": ', '[1, 2', '{"a": [1, 2]\n\n', '"open'])
      expect(jsonErrorPlace(text)).toBe('end');
  });

  test('every text JSON.parse refuses gets a place, and none it accepts does', () => {
    const texts = [
      '{"a": tru}',
      'nul',
      '{"a" 1}',
      '[1 2]',
      "{'a': 1}",
      '{"a": 01}',
      '{"a": 1} x',
      '',
      '{"a": 1}',
    ];
    for (const text of texts) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorPlace(text) === null, text).toBe(valid);
    }
  });
});
