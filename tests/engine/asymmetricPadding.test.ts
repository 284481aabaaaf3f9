import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  analyzeNetwork,
  MAX_WINDOW_VALUE,
  type NetworkSpec,
  type SpecIssueCode,
  traceField,
  validateNetwork,
} from '../../src/engine';
import {
  buildReferenceNetwork,
  referenceReceptiveField,
  referenceWindowAxes,
} from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { SEED } from './reference/networkArbitraries';

/** [path, layer, code] of every issue, in order. */
function issuesOf(spec: unknown): [string, number | null, SpecIssueCode][] {
  const result = validateNetwork(spec);
  if (result.ok) return [];
  return result.issues.map((issue) => [issue.path, issue.layer, issue.code]);
}

function resolved(spec: unknown) {
  const result = validateNetwork(spec);
  if (!result.ok) throw new Error(`expected a valid spec, got ${JSON.stringify(result.issues)}`);
  return result.network;
}

const bits = (masks: Uint8Array[]) => masks.map((mask) => Array.from(mask));

const conv1D = (padding: unknown, size = 5, kernel = 3) => ({
  input: { size },
  layers: [{ kind: 'conv', kernel, padding }],
});

describe('explicit [before, after] padding', () => {
  test('1D causal padding [[2, 0]] pads two units before and none after, keeping 5 outputs from 5 inputs', () => {
    // floor((5 + 2 + 0 − 3)/1) + 1 = 5.
    const network = resolved(conv1D([[2, 0]]));
    expect(network.sizes).toEqual([[5], [5]]);
    expect(network.layers[0].axes?.[0]).toMatchObject({ padBefore: 2, padAfter: 0, outputSize: 5 });
  });

  test('2D [[0, 1], 2]: rows padded 0 before and 1 after, columns 2 on both sides', () => {
    // Rows: floor((4 + 0 + 1 − 3)/1) + 1 = 3. Cols: floor((5 + 2 + 2 − 3)/1) + 1 = 7.
    const network = resolved({
      input: { size: [4, 5] },
      layers: [{ kind: 'conv', kernel: 3, padding: [[0, 1], 2] }],
    });
    expect(network.sizes[1]).toEqual([3, 7]);
    expect(network.layers[0].axes?.map((axis) => [axis.padBefore, axis.padAfter])).toEqual([
      [0, 1],
      [2, 2],
    ]);
  });

  test('a pair with equal sides resolves like the plain number', () => {
    const pair = resolved(conv1D([[1, 1]])).layers[0].axes;
    expect(resolved(conv1D(1)).layers[0].axes).toEqual(pair);
    expect(resolved(conv1D([1])).layers[0].axes).toEqual(pair);
  });

  test('the output size uses both sides: floor((in + before + after − span)/stride) + 1', () => {
    // in 10, k3, s2, d2 (span 5), padding [3, 0]: floor((10 + 3 − 5)/2) + 1 = 5; [0, 3]: the same
    // count, a window shifted by 3. Sizes differ once the sum differs: [3, 1] → floor(9/2) + 1 = 5,
    // [3, 2] → floor(10/2) + 1 = 6.
    const size = (padding: [number, number]) =>
      resolved({
        input: { size: 10 },
        layers: [{ kind: 'conv', kernel: 3, stride: 2, dilation: 2, padding: [padding] }],
      }).sizes[1][0];
    expect([size([3, 0]), size([0, 3]), size([3, 1]), size([3, 2])]).toEqual([5, 5, 5, 6]);
  });

  test('padding on one side only can make a window fit: kernel 6 on 3 inputs needs 3 units of padding', () => {
    expect(resolved(conv1D([[3, 0]], 3, 6)).sizes[1]).toEqual([1]);
    expect(issuesOf(conv1D([[1, 1]], 3, 6))).toEqual([['layers[0].kernel', 1, 'windowLargerThanInput']]);
  });

  test.each([
    ['1D pair not nested per axis', conv1D([2, 0]), 'layers[0].padding', 'wrongAxisCount'],
    [
      '2D with one axis entry',
      { input: { size: [4, 4] }, layers: [{ kind: 'conv', kernel: 3, padding: [[0, 1]] }] },
      'layers[0].padding',
      'wrongAxisCount',
    ],
    ['a pair of three', conv1D([[1, 2, 3]]), 'layers[0].padding', 'wrongAxisCount'],
    ['a pair of one', conv1D([[1]]), 'layers[0].padding', 'wrongAxisCount'],
    ['an empty pair', conv1D([[]]), 'layers[0].padding', 'wrongAxisCount'],
  ])('%s is wrongAxisCount', (_name, spec, path, code) => {
    expect(issuesOf(spec)).toEqual([[path, 1, code]]);
  });

  test.each([
    ['a negative side', conv1D([[-1, 0]]), 'outOfRange'],
    ['a side above the limit', conv1D([[0, MAX_WINDOW_VALUE + 1]]), 'outOfRange'],
    ['a fractional side', conv1D([[0.5, 0]]), 'notAnInteger'],
    ['a string side', conv1D([['same', 0]]), 'notAnInteger'],
    ['a nested pair', conv1D([[[1, 1], 0]]), 'notAnInteger'],
    [
      'a bad side on the second axis',
      { input: { size: [4, 4] }, layers: [{ kind: 'conv', kernel: 3, padding: [1, [0, -2]] }] },
      'outOfRange',
    ],
  ])('%s is %s on the layer’s padding', (_name, spec, code) => {
    const issues = issuesOf(spec);
    expect(issues).toHaveLength(1);
    const [[path, layer, actual]] = issues;
    expect([layer, actual]).toEqual([1, code]);
    // The issue points at the padding (the engine names the field, not always the entry).
    expect(path.startsWith('layers[0].padding')).toBe(true);
  });

  test('pairs are accepted by every sliding-window kind and reported on the right layer', () => {
    const spec = {
      input: { size: [6, 6] },
      layers: [
        { kind: 'local', kernel: 2, padding: [[1, 0], 0] },
        { kind: 'tiled', kernel: 2, tiles: 2, padding: [0, [0, 1]] },
        {
          kind: 'pool',
          op: 'max',
          kernel: 2,
          padding: [
            [0, 1],
            [1, 0],
          ],
        },
        {
          kind: 'conv',
          kernel: 2,
          padding: [
            [0, 1],
            [0, 1, 2],
          ],
        },
      ],
    };
    expect(issuesOf(spec)).toEqual([['layers[3].padding', 4, 'wrongAxisCount']]);
    // Without the bad layer: 6×6 → 6×5 → 5×5 → 3×3.
    expect(resolved({ ...spec, layers: spec.layers.slice(0, 3) }).sizes).toEqual([
      [6, 6],
      [6, 5],
      [5, 5],
      [3, 3],
    ]);
  });

  test('the analytic geometry counts only the padding before: P grows by 2 per causal kernel-3 layer', () => {
    // Two k3 layers padded [2, 0]: r = 3, then 5; S = 1; P = 2, then 4. Unit u sees u − 4 … u.
    const spec: NetworkSpec = {
      input: { size: 6 },
      layers: [
        { kind: 'conv', kernel: 3, padding: [[2, 0]] },
        { kind: 'conv', kernel: 3, padding: [[2, 0]] },
      ],
    };
    expect(analyzeNetwork(spec).map((layer) => [layer.receptiveField, layer.effectivePadding])).toEqual([
      [[1], [0]],
      [[3], [2]],
      [[5], [4]],
    ]);
  });

  test('a WaveNet stack of causal dilated convolutions: the last output sees all 8 inputs, output 3 only inputs 0–3', () => {
    // k2 with dilations 1, 2, 4, each padded (k − 1)·d before: 8 units per layer, unit u of a layer
    // with dilation d reads u − d and u. Top unit 7 reads layer-2 units 3, 7; those read layer-1 units
    // 1, 3, 5, 7; those read every input. Top unit 3 reads layer-2 unit 3 (−1 is padding), which reads
    // layer-1 units 1, 3, which read inputs 0 … 3.
    const spec: NetworkSpec = {
      input: { size: 8 },
      layers: [1, 2, 4].map(
        (dilation) => ({ kind: 'conv', kernel: 2, dilation, padding: [[dilation, 0]] }) as const,
      ),
    };
    expect(bits(traceField(spec, 3, 7))).toEqual([
      [1, 1, 1, 1, 1, 1, 1, 1],
      [0, 1, 0, 1, 0, 1, 0, 1],
      [0, 0, 0, 1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0, 1],
    ]);
    expect(Array.from(traceField(spec, 3, 3)[0])).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    // Input 5 influences only outputs at or after position 5.
    expect(Array.from(traceField(spec, 0, 5)[3])).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
  });

  test('causal stacks never look ahead: every unit’s field ends exactly at its own position', () => {
    const causalStack = fc.record({
      size: fc.integer({ min: 1, max: 30 }),
      layers: fc.array(
        fc.record({ kernel: fc.integer({ min: 1, max: 4 }), dilation: fc.integer({ min: 1, max: 3 }) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
    });
    fc.assert(
      fc.property(causalStack, ({ size, layers }) => {
        const spec: NetworkSpec = {
          input: { size },
          layers: layers.map(({ kernel, dilation }) => ({
            kind: 'conv',
            kernel,
            dilation,
            padding: [[(kernel - 1) * dilation, 0]],
          })),
        };
        const reference = buildReferenceNetwork(spec);
        const top = layers.length;
        expect(reference.shapes[top]).toEqual([size]);
        for (let unit = 0; unit < size; unit += 1) {
          const field = traceField(spec, top, unit)[0];
          expect(Array.from(field)).toEqual(Array.from(referenceReceptiveField(reference, top, unit)[0]));
          expect(field.lastIndexOf(1)).toBe(unit);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('random specs with pairs resolve to the brute force’s sizes and per-axis windows', () => {
    fc.assert(
      fc.property(anyExtendedNetworkSpecArbitrary(), (spec) => {
        const network = resolved(spec);
        const reference = buildReferenceNetwork(spec);
        expect(network.sizes).toEqual(reference.shapes);
        spec.layers.forEach((layer, position) => {
          if (layer.kind === 'dense') return;
          expect(network.layers[position].axes).toEqual(
            referenceWindowAxes(layer, reference.shapes[position]),
          );
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
