import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { breakableTokens } from '../../src/views/lineBreaks';

describe('where an exported caption may break its lines', () => {
  test('a Chinese comma, full stop or closing bracket stays with the character before it', () => {
    expect(breakableTokens('卷积，存储量（参数）少。')).toEqual([
      '卷',
      '积，',
      '存',
      '储',
      '量',
      '（参',
      '数）',
      '少。',
    ]);
  });

  test('English breaks at spaces only, and a no-break space joins', () => {
    expect(breakableTokens('a 3\u00a0×\u00a03 kernel')).toEqual(['a', ' ', '3\u00a0×\u00a03', ' ', 'kernel']);
  });

  test('on any text, the pieces give back the text, and none starts with a closing mark or follows an opening one', () => {
    const alphabet = fc.constantFrom(...'卷积核，。、；：？！（）《》“”abc 1.,\u00a0'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')),
        (text) => {
          const tokens = breakableTokens(text);
          expect(tokens.join('')).toBe(text);
          tokens.forEach((token, index) => {
            if (index === 0 || token.trim() === '' || tokens[index - 1].trim() === '') return;
            expect('，。、；：？！）》”'.includes(token[0]), token).toBe(false);
            expect('（《“'.includes(tokens[index - 1].slice(-1)), tokens[index - 1]).toBe(false);
          });
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});
