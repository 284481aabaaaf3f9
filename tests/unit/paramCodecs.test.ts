import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ParamDefinition } from '../../src/scenes';
import type { Notice } from '../../src/state/notice';
import { paramCodec, sameParam } from '../../src/state/paramCodecs';

// One definition of each kind of setting, and the valid values it holds.
const integer = { kind: 'integer', label: 'sparse.heading', minimum: -3, maximum: 40 } as const;
const hidden = { kind: 'hidden-integer', minimum: 0, maximum: 9 } as const;
const padding = { kind: 'padding', label: 'sparse.heading', maximum: 5 } as const;
const choice = {
  kind: 'choice',
  label: 'sparse.heading',
  options: ['a', 'b', 'c'],
  optionPrefix: 'x',
} as const;
const toggle = { kind: 'toggle', label: 'sparse.heading' } as const;
const integers = { kind: 'integers', length: 2, minimum: -64, maximum: 64 } as const;
const matrix = { kind: 'matrix', maxRows: 3, maxCols: 3, minimum: -9, maximum: 9 } as const;
const layers = { kind: 'layers' } as const;
const network = { kind: 'network', presets: {} } as const;

const CASES: [ParamDefinition, fc.Arbitrary<unknown>][] = [
  [integer, fc.integer({ min: -3, max: 40 })],
  [hidden, fc.integer({ min: 0, max: 9 })],
  [padding, fc.oneof(fc.constantFrom('valid', 'same'), fc.integer({ min: 1, max: 5 }))],
  [choice, fc.constantFrom('a', 'b', 'c')],
  [toggle, fc.boolean()],
  [integers, fc.array(fc.integer({ min: -64, max: 64 }), { minLength: 2, maxLength: 2 })],
  [
    matrix,
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) =>
      fc.array(
        fc.array(
          fc.integer({ min: -90, max: 90 }).map((tenths) => tenths / 10),
          { minLength: cols, maxLength: cols },
        ),
        {
          minLength: rows,
          maxLength: rows,
        },
      ),
    ),
  ],
  [layers, fc.uniqueArray(fc.nat(255), { maxLength: 8 }).map((list) => list.sort((a, b) => a - b))],
  [
    network,
    fc.record({ input: fc.record({ size: fc.integer({ min: 1, max: 99 }) }), layers: fc.constant([]) }),
  ],
];

describe('paramCodec', () => {
  for (const [definition, values] of CASES) {
    test(`${definition.kind}: every valid value is written and read back as the same setting, with no notice`, () => {
      const codec = paramCodec(definition);
      fc.assert(
        fc.property(values, (value) => {
          const notices: Notice[] = [];
          const read = codec.read(
            codec.write(value as never),
            'x.y',
            definition as never,
            value as never,
            notices,
          );
          expect(notices).toEqual([]);
          expect(read).toEqual(value);
          expect(sameParam(definition, read as never, value as never)).toBe(true);
        }),
        { seed: 15, numRuns: 200 },
      );
    });
  }

  test('a value it cannot read falls back with the notice of its kind', () => {
    const cases: [ParamDefinition, string, string][] = [
      [integer, 'x', 'notice.url.badNumber'],
      [padding, '9', 'notice.url.badPadding'],
      [choice, 'd', 'notice.url.badChoice'],
      [toggle, 'yes', 'notice.url.badToggle'],
      [integers, '1', 'notice.url.badIntegers'],
      [matrix, '1,2;3', 'notice.url.badMatrix'],
      [layers, '1,x', 'notice.url.badLayerList'],
      [network, '[1]', 'notice.url.badNetwork'],
    ];
    for (const [definition, raw, key] of cases) {
      const notices: Notice[] = [];
      const fallback = {
        integer: 7,
        padding: 'same',
        choice: 'b',
        toggle: true,
        integers: [0, 0],
        matrix: [[1]],
        layers: [1],
      }[definition.kind as string];
      const read = paramCodec(definition).read(raw, 'x.y', definition as never, fallback as never, notices);
      expect(notices.map((notice) => notice.key)).toEqual([key]);
      expect(read).toEqual(definition.kind === 'network' ? undefined : fallback);
    }
  });

  test('sameParam compares lists, matrices and networks by content, and nothing else alike', () => {
    expect(sameParam(integers, [1, 2], [1, 2])).toBe(true);
    expect(sameParam(integers, [1, 2], [2, 1])).toBe(false);
    expect(sameParam(matrix, [[1, 2]], [[1, 2]])).toBe(true);
    expect(sameParam(matrix, [[1, 2]], [[1], [2]])).toBe(false);
    expect(sameParam(network, { input: { size: 4 }, layers: [] }, { layers: [], input: { size: 4 } })).toBe(
      true,
    );
    expect(sameParam(network, { input: { size: 4 }, layers: [] }, { input: { size: 5 }, layers: [] })).toBe(
      false,
    );
    expect(sameParam(toggle, true, false)).toBe(false);
  });
});
