import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { percentDecode } from '../../src/state/percentDecode';

/** The browser's own reading of a query value holding `text` (with no `+`, which means a space there; `&` escaped). */
function asQueryValue(text: string): string | null {
  return new URLSearchParams(`a=${text.replaceAll('&', '%26')}`).get('a');
}

describe('percentDecode', () => {
  test('reads well-formed escapes as decodeURIComponent does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = encodeURIComponent(text);
        expect(percentDecode(encoded)).toBe(text);
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });

  test('never throws, and reads broken escapes as the browser reads a query value', () => {
    const pieces = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '%',
        '%%',
        '%E0%A4%A',
        '%zz',
        '%C0%AF',
        '%ED%A0%80',
        '%FF',
        '%2',
        '%u0041',
        '%41',
        '%e4%b8%ad',
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('').replaceAll('+', '');
        expect(percentDecode(text)).toBe(asQueryValue(text));
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });

  test('the fragment of the issue: a broken three-byte sequence becomes one replacement character', () => {
    // E0 A4 is the start of a three-byte UTF-8 sequence cut short; "%A" is no escape and stays.
    expect(percentDecode('%E0%A4%A')).toBe('\uFFFD%A');
    expect(percentDecode('figure-deep')).toBe('figure-deep');
    expect(percentDecode('figure-%E6%B7%B1')).toBe('figure-深');
  });
});
