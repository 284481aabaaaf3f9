import { describe, expect, test } from 'vitest';
import { translate } from '../../src/i18n';
import { describeField, listUnits } from '../../src/views/describeField';

const en = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('en', key, values);
const zh = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('zh', key, values);

describe('listUnits', () => {
  test('names up to three neighbours one by one and longer runs as a range; holes stay visible', () => {
    expect(listUnits(en, 'x', Uint8Array.of(0, 1, 1, 1, 0))).toBe('x₂, x₃, x₄');
    expect(listUnits(en, 'x', Uint8Array.of(1, 1, 1, 1, 1, 0, 1))).toBe('x₁–x₅, x₇');
    expect(listUnits(en, 'x', Uint8Array.of(1, 0, 1, 0, 1))).toBe('x₁, x₃, x₅');
    expect(listUnits(zh, 'x', Uint8Array.of(1, 1, 1, 1, 0, 1))).toBe('x₁ 至 x₄、x₆');
  });
});

describe('describeField', () => {
  test('an output says what it sees; an input what it reaches; a middle unit both', () => {
    const masks = [Uint8Array.of(0, 1, 1, 1, 0), Uint8Array.of(0, 0, 1, 0, 0), Uint8Array.of(1, 1, 1, 1, 1)];
    expect(describeField(en, 'Stack', ['x', 'h', 'g'], { focus: { layer: 1, index: 2 }, masks })).toEqual([
      'Stack: h₃ sees x₂, x₃, x₄: 3 of 5 inputs.',
      'Stack: h₃ reaches all 5 units of the top layer.',
    ]);
    expect(
      describeField(en, 'Conv', ['x', 's'], {
        focus: { layer: 0, index: 0 },
        masks: [Uint8Array.of(1, 0), Uint8Array.of(1, 0)],
      }),
    ).toEqual(['Conv: x₁ reaches s₁: 1 of 2 units of the top layer.']);
  });
});
