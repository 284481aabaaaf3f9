import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_AXIS_SIZE,
  MAX_LAYER_UNITS,
  MAX_LAYERS,
  MAX_WINDOW_VALUE,
  type SpecIssue,
  type SpecIssueCode,
  type ValidationResult,
  validateNetwork,
} from '../../src/engine';
import { buildReferenceNetwork } from './reference/bruteForceNetwork';
import { ISSUE_CODES } from './reference/issueCodes';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';

/** [path, layer, code] of every issue, in order. */
function issuesOf(spec: unknown): [string, number | null, SpecIssueCode][] {
  const result = validateNetwork(spec);
  if (result.ok) return [];
  return result.issues.map((issue) => [issue.path, issue.layer, issue.code]);
}

/** The full issue list of a spec that must be rejected. */
function rejected(spec: unknown): SpecIssue[] {
  const result = validateNetwork(spec);
  if (result.ok) throw new Error(`expected ${JSON.stringify(spec)} to be rejected`);
  return result.issues;
}

function resolved(spec: unknown) {
  const result = validateNetwork(spec);
  if (!result.ok) throw new Error(`expected a valid spec, got ${JSON.stringify(result.issues)}`);
  return result.network;
}

const oneLayer1D = (layer: unknown, size: unknown = 5) => ({ input: { size }, layers: [layer] });
const oneLayer2D = (layer: unknown, size: unknown = [5, 6]) => ({ input: { size }, layers: [layer] });

/** Checks the shape every result must have, whatever the input. */
function expectWellFormed(result: ValidationResult) {
  if (result.ok) {
    const { network } = result;
    expect(network.sizes).toHaveLength(network.layers.length + 1);
    expect(network.channels).toHaveLength(network.layers.length + 1);
    for (const size of network.sizes) {
      for (const extent of size) expect(Number.isInteger(extent) && extent >= 1).toBe(true);
    }
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(ISSUE_CODES).toContain(issue.code);
    expect(issue.layer === null || (Number.isInteger(issue.layer) && issue.layer >= 0)).toBe(true);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    for (const value of Object.values(issue.values)) expect(['number', 'string']).toContain(typeof value);
  }
}

describe('validateNetwork: window sizes', () => {
  test('a kernel larger than the input is windowLargerThanInput on that layer’s kernel', () => {
    expect(issuesOf(oneLayer1D({ kind: 'conv', kernel: 7 }))).toEqual([
      ['layers[0].kernel', 1, 'windowLargerThanInput'],
    ]);
  });

  test('dilation counts toward the span: kernel 3, dilation 3 spans 7 > 6', () => {
    expect(issuesOf(oneLayer1D({ kind: 'conv', kernel: 3, dilation: 3 }, 6))).toEqual([
      ['layers[0].kernel', 1, 'windowLargerThanInput'],
    ]);
  });

  test('padding counts toward the input: kernel 7 fits 5 + 2·1, kernel 8 does not', () => {
    expect(resolved(oneLayer1D({ kind: 'conv', kernel: 7, padding: 1 })).sizes).toEqual([[5], [1]]);
    expect(issuesOf(oneLayer1D({ kind: 'conv', kernel: 8, padding: 1 }))).toEqual([
      ['layers[0].kernel', 1, 'windowLargerThanInput'],
    ]);
  });

  test('2D: the issue names the axis that is too small, with span and padded extent', () => {
    const [issue] = rejected(oneLayer2D({ kind: 'conv', kernel: [3, 11] }, [5, 9]));
    expect([issue.path, issue.layer, issue.code]).toEqual(['layers[0].kernel', 1, 'windowLargerThanInput']);
    expect(issue.values).toMatchObject({ axis: 1, span: 11, padded: 9 });
  });

  test('a window too large for a deeper layer is reported on that layer (input = 0, layers[i] = i + 1)', () => {
    // 10 → conv k3 valid → 8; a pool of kernel 9 does not fit 8.
    const spec = {
      input: { size: 10 },
      layers: [
        { kind: 'conv', kernel: 3 },
        { kind: 'pool', op: 'max', kernel: 9 },
      ],
    };
    expect(issuesOf(spec)).toEqual([['layers[1].kernel', 2, 'windowLargerThanInput']]);
  });
});

describe('validateNetwork: numbers', () => {
  test.each([
    ['kernel 0', { kernel: 0 }, 'layers[0].kernel', 'outOfRange'],
    ['kernel −2', { kernel: -2 }, 'layers[0].kernel', 'outOfRange'],
    ['kernel 2.5', { kernel: 2.5 }, 'layers[0].kernel', 'notAnInteger'],
    ['kernel "3"', { kernel: '3' }, 'layers[0].kernel', 'notAnInteger'],
    ['kernel NaN', { kernel: Number.NaN }, 'layers[0].kernel', 'notAnInteger'],
    ['kernel Infinity', { kernel: Number.POSITIVE_INFINITY }, 'layers[0].kernel', 'notAnInteger'],
    ['kernel null', { kernel: null }, 'layers[0].kernel', 'notAnInteger'],
    ['kernel above the limit', { kernel: MAX_WINDOW_VALUE + 1 }, 'layers[0].kernel', 'outOfRange'],
    ['stride 0', { kernel: 3, stride: 0 }, 'layers[0].stride', 'outOfRange'],
    ['stride −1', { kernel: 3, stride: -1 }, 'layers[0].stride', 'outOfRange'],
    ['stride 1.5', { kernel: 3, stride: 1.5 }, 'layers[0].stride', 'notAnInteger'],
    ['stride "2"', { kernel: 3, stride: '2' }, 'layers[0].stride', 'notAnInteger'],
    ['dilation 0', { kernel: 3, dilation: 0 }, 'layers[0].dilation', 'outOfRange'],
    [
      'dilation −Infinity',
      { kernel: 3, dilation: Number.NEGATIVE_INFINITY },
      'layers[0].dilation',
      'notAnInteger',
    ],
    ['padding −1', { kernel: 3, padding: -1 }, 'layers[0].padding', 'outOfRange'],
    ['padding 0.5', { kernel: 3, padding: 0.5 }, 'layers[0].padding', 'notAnInteger'],
    [
      'padding above the limit',
      { kernel: 3, padding: MAX_WINDOW_VALUE + 1 },
      'layers[0].padding',
      'outOfRange',
    ],
    ['channels 0', { kernel: 3, channels: 0 }, 'layers[0].channels', 'outOfRange'],
    ['channels 1.5', { kernel: 3, channels: 1.5 }, 'layers[0].channels', 'notAnInteger'],
  ])('conv with %s is rejected at the field that is wrong', (_, fields, path, code) => {
    expect(issuesOf(oneLayer1D({ kind: 'conv', ...fields }, 9))).toEqual([[path, 1, code]]);
  });

  test('a missing kernel is missingField', () => {
    expect(issuesOf(oneLayer1D({ kind: 'conv' }))).toEqual([['layers[0].kernel', 1, 'missingField']]);
  });

  test.each([
    ['0', 0, 'outOfRange'],
    ['above MAX_AXIS_SIZE', MAX_AXIS_SIZE + 1, 'outOfRange'],
    ['a string', 'big', 'notAnInteger'],
    ['NaN', Number.NaN, 'notAnInteger'],
    ['Infinity', Number.POSITIVE_INFINITY, 'notAnInteger'],
    ['[[5]]', [[5]], 'notAnInteger'],
    ['[4, 2.5]', [4, 2.5], 'notAnInteger'],
  ])('an input size of %s is rejected on input.size, layer 0', (_, size, code) => {
    expect(issuesOf({ input: { size }, layers: [] })).toEqual([['input.size', 0, code]]);
  });

  test('input channels must be a positive integer', () => {
    expect(issuesOf({ input: { size: 4, channels: 0 }, layers: [] })).toEqual([
      ['input.channels', 0, 'outOfRange'],
    ]);
    expect(issuesOf({ input: { size: 4, channels: 'rgb' }, layers: [] })).toEqual([
      ['input.channels', 0, 'notAnInteger'],
    ]);
  });
});

describe('validateNetwork: axes', () => {
  test.each([
    ['2D kernel with one value', oneLayer2D({ kind: 'conv', kernel: [3] }), 'layers[0].kernel'],
    ['1D kernel with two values', oneLayer1D({ kind: 'conv', kernel: [3, 3] }), 'layers[0].kernel'],
    [
      '2D stride with three values',
      oneLayer2D({ kind: 'conv', kernel: 3, stride: [1, 1, 1] }),
      'layers[0].stride',
    ],
    [
      '2D dilation with no values',
      oneLayer2D({ kind: 'conv', kernel: 3, dilation: [] }),
      'layers[0].dilation',
    ],
    ['2D padding with one value', oneLayer2D({ kind: 'conv', kernel: 3, padding: [1] }), 'layers[0].padding'],
    ['2D tiles with one value', oneLayer2D({ kind: 'tiled', kernel: 3, tiles: [2] }), 'layers[0].tiles'],
    ['1D dense units [2, 3]', oneLayer1D({ kind: 'dense', units: [2, 3] }), 'layers[0].units'],
    ['2D dense with a number of units', oneLayer2D({ kind: 'dense', units: 10 }), 'layers[0].units'],
  ])('%s is wrongAxisCount', (_, spec, path) => {
    expect(issuesOf(spec)).toEqual([[path, 1, 'wrongAxisCount']]);
  });

  test('an input size with 0 or 3 axes is wrongAxisCount on input.size', () => {
    expect(issuesOf({ input: { size: [] }, layers: [] })).toEqual([['input.size', 0, 'wrongAxisCount']]);
    expect(issuesOf({ input: { size: [2, 3, 4] }, layers: [] })).toEqual([
      ['input.size', 0, 'wrongAxisCount'],
    ]);
  });
});

describe('validateNetwork: fields and kinds', () => {
  test.each([
    ['a misspelt field', { kind: 'conv', kernel: 3, kernal: 3 }, 'layers[0].kernal'],
    [
      'channels on a pool (pooling keeps its channels)',
      { kind: 'pool', op: 'max', kernel: 2, channels: 4 },
      'layers[0].channels',
    ],
    ['a kernel on a dense layer', { kind: 'dense', units: 3, kernel: 3 }, 'layers[0].kernel'],
    ['tiles on a conv layer', { kind: 'conv', kernel: 3, tiles: 2 }, 'layers[0].tiles'],
    ['op on a conv layer', { kind: 'conv', kernel: 3, op: 'max' }, 'layers[0].op'],
  ])('%s is unknownField at its own path', (_, layer, path) => {
    expect(issuesOf(oneLayer1D(layer))).toEqual([[path, 1, 'unknownField']]);
  });

  test('an unknown input field is reported on layer 0, and every unknown field is listed', () => {
    const spec = { input: { size: 5, depth: 3 }, layers: [{ kind: 'conv', kernel: 3, bias: true }] };
    expect(issuesOf(spec)).toEqual([
      ['input.depth', 0, 'unknownField'],
      ['layers[0].bias', 1, 'unknownField'],
    ]);
  });

  test.each([['convolution'], ['Conv'], [''], [3], [null], [undefined]])('kind %j is unknownKind', (kind) => {
    expect(issuesOf(oneLayer1D({ kind, kernel: 3 }))).toEqual([['layers[0].kind', 1, 'unknownKind']]);
  });

  test.each([['SAME'], ['full'], ['']])('padding %j is invalidPadding', (padding) => {
    expect(issuesOf(oneLayer1D({ kind: 'conv', kernel: 3, padding }))).toEqual([
      ['layers[0].padding', 1, 'invalidPadding'],
    ]);
  });

  test('a per-axis padding mixing a number and a string is rejected', () => {
    expect(issuesOf(oneLayer2D({ kind: 'conv', kernel: 3, padding: [1, 'same'] }))).toEqual([
      ['layers[0].padding', 1, 'notAnInteger'],
    ]);
  });

  test('a pool without op, or with an op other than max/avg, is invalidOp', () => {
    expect(issuesOf(oneLayer1D({ kind: 'pool', kernel: 2 }))).toEqual([['layers[0].op', 1, 'invalidOp']]);
    expect(issuesOf(oneLayer1D({ kind: 'pool', kernel: 2, op: 'min' }))).toEqual([
      ['layers[0].op', 1, 'invalidOp'],
    ]);
  });

  test('a tiled layer without tiles is missingField; tiles 0 is outOfRange', () => {
    expect(issuesOf(oneLayer1D({ kind: 'tiled', kernel: 2 }))).toEqual([
      ['layers[0].tiles', 1, 'missingField'],
    ]);
    expect(issuesOf(oneLayer1D({ kind: 'tiled', kernel: 2, tiles: 0 }))).toEqual([
      ['layers[0].tiles', 1, 'outOfRange'],
    ]);
  });

  test('a dense layer without units is missingField; units 0 is outOfRange', () => {
    expect(issuesOf(oneLayer1D({ kind: 'dense' }))).toEqual([['layers[0].units', 1, 'missingField']]);
    expect(issuesOf(oneLayer1D({ kind: 'dense', units: 0 }))).toEqual([['layers[0].units', 1, 'outOfRange']]);
  });
});

describe('validateNetwork: sizes and limits', () => {
  test('an input above the per-layer unit limit is tooManyUnits; exactly at the limit is accepted', () => {
    // 2048 × 2048 = 4,194,304 = MAX_LAYER_UNITS; 4096 × 4096 = 16,777,216 is four times that.
    expect(MAX_LAYER_UNITS).toBe(2048 * 2048);
    expect(issuesOf({ input: { size: [4096, 4096] }, layers: [] })).toEqual([
      ['input.size', 0, 'tooManyUnits'],
    ]);
    expect(validateNetwork({ input: { size: [2048, 2048] }, layers: [] }).ok).toBe(true);
  });

  test('a layer that padding grows past the unit limit is tooManyUnits on that layer', () => {
    // k 1, padding 1: 2048 → 2050 per axis, 2050² = 4,202,500 > 4,194,304.
    const spec = { input: { size: [2048, 2048] }, layers: [{ kind: 'conv', kernel: 1, padding: 1 }] };
    expect(issuesOf(spec)).toEqual([['layers[0]', 1, 'tooManyUnits']]);
  });

  test('a dense layer with too many units is tooManyUnits', () => {
    // 4096 × 2048 = 8,388,608 > 4,194,304, though each axis is within MAX_AXIS_SIZE.
    expect(issuesOf(oneLayer2D({ kind: 'dense', units: [4096, 2048] }))).toEqual([
      ['layers[0]', 1, 'tooManyUnits'],
    ]);
  });

  // limits.ts documents MAX_AXIS_SIZE as the "largest extent of one axis
  // of any layer", but only the input size and dense units are checked against it.
  test('a layer that padding grows past MAX_AXIS_SIZE on one axis is rejected on that layer', () => {
    // 65,536 + 2·4,096 − 1 + 1 = 73,728 > 65,536 units on the axis (still < MAX_LAYER_UNITS in total).
    const spec = {
      input: { size: MAX_AXIS_SIZE },
      layers: [{ kind: 'conv', kernel: 1, padding: MAX_WINDOW_VALUE }],
    };
    const result = validateNetwork(spec);
    expect(result.ok ? [] : result.issues.map((issue) => issue.layer)).toEqual([1]);
  });

  test('more than MAX_LAYERS layers is tooManyLayers on the whole spec; exactly MAX_LAYERS is accepted', () => {
    const layers = (count: number) => Array.from({ length: count }, () => ({ kind: 'conv', kernel: 1 }));
    expect(issuesOf({ input: { size: 3 }, layers: layers(MAX_LAYERS + 1) })).toEqual([
      ['layers', null, 'tooManyLayers'],
    ]);
    expect(resolved({ input: { size: 3 }, layers: layers(MAX_LAYERS) }).layers).toHaveLength(MAX_LAYERS);
  });
});

describe('validateNetwork: not a spec at all', () => {
  test.each([[null], [5], ['spec'], [[]], [true], [undefined]])('%j is notAnObject', (spec) => {
    expect(issuesOf(spec)).toEqual([['', null, 'notAnObject']]);
  });

  test('a missing or non-object input is missingField on input', () => {
    expect(issuesOf({ layers: [] })).toEqual([['input', 0, 'missingField']]);
    expect(issuesOf({ input: 5, layers: [] })).toEqual([['input', 0, 'missingField']]);
  });

  test('a missing input size is missingField on input.size, layer 0', () => {
    expect(issuesOf({ input: {}, layers: [] })).toEqual([['input.size', 0, 'missingField']]);
  });

  test('missing or non-array layers is missingField on layers', () => {
    expect(issuesOf({ input: { size: 5 } })).toEqual([['layers', null, 'missingField']]);
    expect(issuesOf({ input: { size: 5 }, layers: {} })).toEqual([['layers', null, 'missingField']]);
  });

  test('a layer that is not an object is notAnObject on that layer', () => {
    expect(issuesOf({ input: { size: 5 }, layers: [null] })).toEqual([['layers[0]', 1, 'notAnObject']]);
    expect(issuesOf({ input: { size: 5 }, layers: [{ kind: 'conv', kernel: 1 }, 'conv'] })).toEqual([
      ['layers[1]', 2, 'notAnObject'],
    ]);
  });
});

describe('validateNetwork: hostile JSON', () => {
  test('an own "__proto__" key from JSON.parse is an unknown field, never a default, and pollutes nothing', () => {
    const spec = JSON.parse(
      '{"input":{"size":5},"layers":[{"kind":"conv","kernel":3,"__proto__":{"stride":2}}]}',
    );
    expect(issuesOf(spec)).toEqual([['layers[0].__proto__', 1, 'unknownField']]);
    expect(({} as Record<string, unknown>).stride).toBeUndefined();
  });

  test('"__proto__" inside input is an unknown field of the input', () => {
    const spec = JSON.parse('{"input":{"size":5,"__proto__":{"channels":9}},"layers":[]}');
    expect(issuesOf(spec)).toEqual([['input.__proto__', 0, 'unknownField']]);
  });

  test('padding or op named after an Object.prototype member is rejected, not looked up', () => {
    expect(issuesOf(oneLayer1D({ kind: 'conv', kernel: 3, padding: 'constructor' }))).toEqual([
      ['layers[0].padding', 1, 'invalidPadding'],
    ]);
    expect(issuesOf(oneLayer1D({ kind: 'pool', kernel: 2, op: 'toString' }))).toEqual([
      ['layers[0].op', 1, 'invalidOp'],
    ]);
  });

  // `kind in KNOWN_FIELDS` is true for inherited names, then
  // KNOWN_FIELDS[kind].includes(...) throws "TypeError: known.includes is not a function".
  test('a kind named after an Object.prototype member is unknownKind and does not throw', () => {
    const kinds = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
    const outcome = (kind: string) => {
      const spec = JSON.parse(`{"input":{"size":5},"layers":[{"kind":"${kind}","kernel":3}]}`);
      try {
        return issuesOf(spec);
      } catch (error) {
        return `threw ${String(error)}`;
      }
    };
    expect(kinds.map(outcome)).toEqual(kinds.map(() => [['layers[0].kind', 1, 'unknownKind']]));
  });
});

describe('validateNetwork: paths follow one convention', () => {
  // top-level unknown fields get the path "spec.foo", while every other
  // path is relative to the spec itself ("input", "input.size", "layers[2].kernel").
  test('an unknown top-level field has the path of that field, like input.x and layers[i].x', () => {
    expect(issuesOf({ input: { size: 5 }, layers: [], foo: 1 })).toEqual([['foo', null, 'unknownField']]);
  });

  // padding null is silently read as 'valid', while stride null, dilation
  // null and kernel null are rejected as notAnInteger (DESIGN: options are never silently ignored).
  test('padding null is rejected like stride null, not silently read as valid', () => {
    expect(issuesOf(oneLayer1D({ kind: 'conv', kernel: 3, stride: null }))).toEqual([
      ['layers[0].stride', 1, 'notAnInteger'],
    ]);
    expect(validateNetwork(oneLayer1D({ kind: 'conv', kernel: 3, padding: null })).ok).toBe(false);
  });
});

describe('validateNetwork: resolution of valid specs', () => {
  test('explicit padding follows PyTorch’s floor((in + 2p − d(k − 1) − 1)/s) + 1', () => {
    // in 10, k 3, s 2, d 2, p 1: floor((10 + 2 − 4 − 1)/2) + 1 = floor(7/2) + 1 = 4.
    const network = resolved(oneLayer1D({ kind: 'conv', kernel: 3, stride: 2, dilation: 2, padding: 1 }, 10));
    expect(network.sizes).toEqual([[10], [4]]);
    expect(network.layers[0].axes).toEqual([
      { kernel: 3, stride: 2, dilation: 2, padBefore: 1, padAfter: 1, inputSize: 10, outputSize: 4 },
    ]);
  });

  test.each([
    // [in, k, s, d, out = ceil(in/s), total = max((out−1)s + d(k−1) + 1 − in, 0), before, after]
    [10, 3, 3, 1, 4, 2, 1, 1],
    [7, 4, 2, 1, 4, 3, 1, 2],
    [5, 3, 1, 3, 5, 6, 3, 3],
    [8, 1, 2, 1, 4, 0, 0, 0],
    [6, 2, 4, 1, 2, 0, 0, 0],
    [1, 5, 1, 1, 1, 4, 2, 2],
  ])(
    "'same' on in %i, k %i, s %i, d %i: out %i, total padding %i = %i before + %i after",
    (input, kernel, stride, dilation, out, _total, before, after) => {
      const network = resolved(
        oneLayer1D({ kind: 'conv', kernel, stride, dilation, padding: 'same' }, input),
      );
      expect(network.sizes[1]).toEqual([out]);
      expect(network.layers[0].axes?.[0]).toMatchObject({
        padBefore: before,
        padAfter: after,
        outputSize: out,
      });
    },
  );

  test('pooling strides by its kernel unless told otherwise', () => {
    // in 9, k 2, s 2: floor((9 − 2)/2) + 1 = 4; with stride 1: 8.
    expect(resolved(oneLayer1D({ kind: 'pool', op: 'max', kernel: 2 }, 9)).sizes[1]).toEqual([4]);
    expect(resolved(oneLayer1D({ kind: 'pool', op: 'max', kernel: 2, stride: 1 }, 9)).sizes[1]).toEqual([8]);
    expect(
      resolved(oneLayer2D({ kind: 'pool', op: 'avg', kernel: [2, 3] }, [6, 9])).layers[0].axes?.map(
        (axis) => axis.stride,
      ),
    ).toEqual([2, 3]);
  });

  test('2D per-axis geometry resolves each axis on its own', () => {
    // rows: floor((28 + 4 − 5)/1) + 1 = 28; cols: floor((32 + 0 − 3)/2) + 1 = 15.
    const network = resolved(
      oneLayer2D({ kind: 'conv', kernel: [5, 3], stride: [1, 2], padding: [2, 0] }, [28, 32]),
    );
    expect(network.dimensions).toBe(2);
    expect(network.sizes).toEqual([
      [28, 32],
      [28, 15],
    ]);
  });

  test('a one-element size array is a 1D network', () => {
    const network = resolved({ input: { size: [6] }, layers: [{ kind: 'conv', kernel: [3] }] });
    expect(network.dimensions).toBe(1);
    expect(network.sizes).toEqual([[6], [4]]);
  });

  test('channels: default 1, set by conv and dense, kept by pool', () => {
    const network = resolved({
      input: { size: [8, 8], channels: 3 },
      layers: [
        { kind: 'conv', kernel: 3, channels: 16 },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'local', kernel: 1 },
        { kind: 'dense', units: [1, 2], channels: 5 },
      ],
    });
    expect(network.channels).toEqual([3, 16, 16, 1, 5]);
    expect(network.sizes).toEqual([
      [8, 8],
      [6, 6],
      [3, 3],
      [3, 3],
      [1, 2],
    ]);
    expect(network.layers.map((layer) => [layer.index, layer.inputChannels])).toEqual([
      [1, 3],
      [2, 16],
      [3, 16],
      [4, 1],
    ]);
  });

  test('tiles resolve per axis for tiled layers, to one per axis for conv, and to null elsewhere', () => {
    const network = resolved({
      input: { size: [6, 6] },
      layers: [
        { kind: 'tiled', kernel: 2, tiles: [2, 3] },
        { kind: 'conv', kernel: 2 },
        { kind: 'local', kernel: 2 },
        { kind: 'dense', units: [1, 1] },
      ],
    });
    expect(network.layers.map((layer) => layer.tiles)).toEqual([[2, 3], [1, 1], null, null]);
    expect(network.layers[3].axes).toBeNull();
  });

  test('the largest allowed values are accepted', () => {
    expect(resolved({ input: { size: MAX_AXIS_SIZE }, layers: [] }).sizes).toEqual([[MAX_AXIS_SIZE]]);
    expect(
      resolved(oneLayer1D({ kind: 'conv', kernel: MAX_WINDOW_VALUE }, MAX_WINDOW_VALUE)).sizes[1],
    ).toEqual([1]);
  });

  test('random valid specs resolve to the brute force’s sizes, channels and windows', () => {
    fc.assert(
      fc.property(anyNetworkSpecArbitrary(), (spec) => {
        const reference = buildReferenceNetwork(spec);
        const network = resolved(spec);
        expect(network.dimensions).toBe(reference.dimensions);
        expect(network.sizes).toEqual(reference.shapes);
        expect(network.channels).toEqual(reference.channels);
        expect(network.layers.map((layer) => [layer.kind, layer.axes])).toEqual(
          reference.layers.map((layer) => [layer.kind, layer.axes]),
        );
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** A value at a random place in a spec: anything JSON can hold, plus a few sharp edges. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(-1, 0, 0.5, 1e308, -0, 'same', 'valid', '__proto__', [], {}, [0, 0], [1, 2, 3], null),
);

const LAYER_KEYS = [
  'kind',
  'kernel',
  'stride',
  'dilation',
  'padding',
  'tiles',
  'op',
  'units',
  'channels',
  'bogus',
];

describe('validateNetwork never throws', () => {
  test('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(validateNetwork(value));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  test('on spec-shaped JSON with arbitrary field values', () => {
    const layer = fc.dictionary(fc.constantFrom(...LAYER_KEYS), hostileValue, { maxKeys: 6 });
    const spec = fc.record({
      input: fc.oneof(fc.record({ size: hostileValue, channels: hostileValue }), hostileValue),
      layers: fc.oneof(fc.array(layer, { maxLength: 4 }), hostileValue),
    });
    fc.assert(
      fc.property(spec, (value) => {
        expectWellFormed(validateNetwork(value));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  test('on valid specs with one field set, deleted or added, and reports an added unknown field precisely', () => {
    const mutation = fc.record({
      spec: anyNetworkSpecArbitrary(),
      layerPick: fc.nat(),
      key: fc.constantFrom(...LAYER_KEYS),
      value: hostileValue,
      action: fc.constantFrom('set', 'delete', 'replaceLayer', 'setInput', 'setTop'),
    });
    fc.assert(
      fc.property(mutation, ({ spec, layerPick, key, value, action }) => {
        const mutated = structuredClone(spec) as unknown as Record<string, unknown>;
        const input = mutated.input as Record<string, unknown>;
        const layers = mutated.layers as unknown[];
        const position = layerPick % layers.length;
        const target = layers[position] as Record<string, unknown>;
        if (action === 'set') target[key] = value;
        if (action === 'delete') delete target[key];
        if (action === 'replaceLayer') layers[position] = value;
        if (action === 'setInput') input[key === 'bogus' ? 'bogus' : 'size'] = value;
        if (action === 'setTop') mutated[key === 'bogus' ? 'input' : 'layers'] = value;
        const result = validateNetwork(mutated);
        expectWellFormed(result);
        if (action === 'set' && key === 'bogus') {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.issues.map((issue) => [issue.path, issue.layer, issue.code])).toContainEqual([
              `layers[${position}].bogus`,
              position + 1,
              'unknownField',
            ]);
          }
        }
        // Validation must not touch what it reads.
        if (action === 'set') expect(target[key]).toBe(value);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('validateNetwork: the whole network’s size', () => {
  test('a network of more than 16,777,216 units in all is networkTooLarge at the layer that passes the limit', () => {
    // 2048 × 2048 = 4,194,304 units per layer: the input and three 'same' layers make 16,777,216,
    // exactly the limit; the fourth layer passes it.
    const spec = {
      input: { size: [2048, 2048] },
      layers: Array.from({ length: 5 }, () => ({ kind: 'conv', kernel: 1 })),
    };
    expect(issuesOf(spec)).toEqual([['layers[3]', 4, 'networkTooLarge']]);
    expect(validateNetwork({ ...spec, layers: spec.layers.slice(0, 3) }).ok).toBe(true);
  });
});
