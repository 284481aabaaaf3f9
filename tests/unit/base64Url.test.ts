import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/state/base64Url';

describe('base64url', () => {
  test('encodes the RFC 4648 §10 test vectors, without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, encoded] of vectors) {
      expect(encodeBase64Url(text)).toBe(encoded);
      expect(decodeBase64Url(encoded)).toBe(text);
    }
  });

  test('uses the URL-safe alphabet of §5: - and _ where base64 has + and /', () => {
    // By hand: "~~~" is 7E 7E 7E = 011111 100111 111001 111110 → f n 5 and 62 (+ in base64, - here);
    // "???" is 3F 3F 3F → P z 8 and 63 (/ in base64, _ here); U+00FB is the UTF-8 bytes C3 BB =
    // 110000 111011 1011(00) → w 7 s.
    expect(encodeBase64Url('~~~')).toBe('fn5-');
    expect(encodeBase64Url('\u00fb')).toBe('w7s');
    expect(encodeBase64Url('???')).toBe('Pz8_');
    expect(decodeBase64Url('Pz8_')).toBe('???');
    expect(decodeBase64Url('Pz8_==')).toBe('???');
  });

  test('round-trips any text, Chinese included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
      }),
      { seed: 4648, numRuns: 300 },
    );
    expect(decodeBase64Url(encodeBase64Url('感受野 {"a":1}'))).toBe('感受野 {"a":1}');
  });

  test('rejects what is not base64url or not UTF-8', () => {
    expect(decodeBase64Url('a+b/')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
    expect(decodeBase64Url('%%%')).toBeNull();
    // 0xFF 0xFE is not valid UTF-8.
    expect(decodeBase64Url('__4')).toBeNull();
  });
});
