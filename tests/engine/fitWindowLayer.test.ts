import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyWindowLayer, type FittedWindowLayer, fitWindowLayer, meanSquaredError } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

const f32 = (values: number[]) => Float32Array.from(values);

/** mulberry32: a small seeded generator, so example data is random but the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Random whole-number inputs in [−4, 4]. With whole inputs and weights that are multiples of 1/4,
 * every product and sum below is exact in Float32, so the targets carry no rounding noise at all.
 */
function randomInputs(seed: number, examples: number, length: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: examples }, () =>
    Float32Array.from({ length }, () => Math.floor(random() * 9) - 4),
  );
}

/** Valid (no padding, stride 1) window layer by its definition: out[o] = Σ_j w_o[j] · x[o + j]. */
function referenceLayer(input: Float32Array, kernelAt: (output: number) => number[]): Float32Array {
  const kernel = kernelAt(0).length;
  const outputs = input.length - kernel + 1;
  return Float32Array.from({ length: outputs }, (_, output) =>
    kernelAt(output).reduce((total, weight, tap) => total + weight * input[output + tap], 0),
  );
}

const predictAll = (layer: FittedWindowLayer, inputs: Float32Array[]) =>
  inputs.map((input) => applyWindowLayer(layer, input));

function expectWeightsClose(actual: ArrayLike<number>, expected: number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  const bad = expected.flatMap((value, at) =>
    Math.abs(actual[at] - value) <= tolerance ? [] : [`[${at}] ${actual[at]} vs ${value}`],
  );
  expect(bad).toEqual([]);
}

describe('fitWindowLayer: a shared kernel (convolution)', () => {
  test('recovers a known kernel from noiseless examples to 1e-6, and predicts fresh inputs exactly', () => {
    const caseArbitrary = fc.integer({ min: 1, max: 4 }).chain((kernel) =>
      fc.record({
        weights: fc.array(
          fc.integer({ min: -8, max: 8 }).map((quarters) => quarters / 4),
          { minLength: kernel, maxLength: kernel },
        ),
        length: fc.integer({ min: kernel + 4, max: 14 }),
        examples: fc.integer({ min: 3, max: 5 }),
        dataSeed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
    );
    fc.assert(
      fc.property(caseArbitrary, ({ weights, length, examples, dataSeed }) => {
        const inputs = randomInputs(dataSeed, examples, length);
        const targets = inputs.map((input) => referenceLayer(input, () => weights));
        const layer = fitWindowLayer(inputs, targets, weights.length, 'shared');
        expect(layer.sharing).toBe('shared');
        expect(layer.kernel).toBe(weights.length);
        expect(layer.outputs).toBe(length - weights.length + 1);
        expectWeightsClose(layer.weights, weights, 1e-6);

        const testInputs = randomInputs(dataSeed + 1, 3, length);
        const testTargets = testInputs.map((input) => referenceLayer(input, () => weights));
        expect(meanSquaredError(predictAll(layer, testInputs), testTargets)).toBeLessThan(1e-9);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test('one example is enough for a shared kernel, but not for a locally connected layer', () => {
    // Kernel [-1, 1], one input of length 12: the shared fit pools 11 windows into one 2-unknown
    // system and recovers the kernel. The local fit has one equation per position for 2 unknowns; the
    // ridge picks the smallest solution, the projection of [-1, 1] on that one window, which misses
    // the part of [-1, 1] orthogonal to it, so fresh inputs are predicted wrongly.
    const edge = [-1, 1];
    const [input] = randomInputs(7, 1, 12);
    const target = referenceLayer(input, () => edge);
    const shared = fitWindowLayer([input], [target], 2, 'shared');
    const local = fitWindowLayer([input], [target], 2, 'local');
    expectWeightsClose(shared.weights, edge, 1e-6);

    const testInputs = randomInputs(8, 4, 12);
    const testTargets = testInputs.map((x) => referenceLayer(x, () => edge));
    expect(meanSquaredError(predictAll(shared, testInputs), testTargets)).toBeLessThan(1e-9);
    // Both fit their one training example.
    expect(meanSquaredError(predictAll(local, [input]), [target])).toBeLessThan(1e-9);
    expect(meanSquaredError(predictAll(local, testInputs), testTargets)).toBeGreaterThan(0.5);
  });
});

describe('fitWindowLayer: per-position kernels (locally connected)', () => {
  // Kernel k = 3 on inputs of length 8: 6 output positions, each with its own kernel, a one-hot
  // tap that moves across the window ("look left", "look centre", "look right", then again ×2).
  const localKernels = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
    [2, 0, 0],
    [0, 2, 0],
    [0, 0, 2],
  ];

  test('a local fit recovers each position’s kernel from ≥ k random examples; a shared fit cannot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 12, max: 20 }),
        (dataSeed, examples) => {
          const inputs = randomInputs(dataSeed, examples, 8);
          const targets = inputs.map((input) => referenceLayer(input, (output) => localKernels[output]));

          const local = fitWindowLayer(inputs, targets, 3, 'local');
          expect(local.outputs).toBe(6);
          expectWeightsClose(local.weights, localKernels.flat(), 1e-6);
          expect(meanSquaredError(predictAll(local, inputs), targets)).toBeLessThan(1e-9);

          // A shared kernel w would need x_o·w = x_o·W_o for every window x_o at every position o. The
          // windows at one position span R³ (≥ 3 random examples), so that forces w = W_o for every o,
          // impossible when W_0 ≠ W_1: the shared least-squares error is strictly positive (here large,
          // since one w must stand in for six different one-hot kernels).
          const shared = fitWindowLayer(inputs, targets, 3, 'shared');
          expect(meanSquaredError(predictAll(shared, inputs), targets)).toBeGreaterThan(1);
        },
      ),
      { seed: SEED, numRuns: 25 },
    );
  });

  test('hand example with k = 1: local weights [1, −1, 2], shared weight 2/3 with error 14/9', () => {
    // One example x = [1, 1, 1], targets y = [1, −1, 2] (= c_o · x_o with c = [1, −1, 2]).
    // Local, per position: (x_o² + λ)·w_o = x_o·y_o → w_o = c_o / (1 + λ) ≈ c_o.
    // Shared: (Σ x_o² + λ)·w = Σ x_o·y_o → w = 2 / (3 + λ) ≈ 2/3; residuals 1/3, −5/3, 4/3;
    // mean squared error (1 + 25 + 16) / 9 / 3 = 14/9.
    const inputs = [f32([1, 1, 1])];
    const targets = [f32([1, -1, 2])];
    const local = fitWindowLayer(inputs, targets, 1, 'local');
    const shared = fitWindowLayer(inputs, targets, 1, 'shared');
    expectWeightsClose(local.weights, [1, -1, 2], 1e-5);
    expectWeightsClose(shared.weights, [2 / 3], 1e-5);
    expect(meanSquaredError(predictAll(local, inputs), targets)).toBeLessThan(1e-9);
    expect(meanSquaredError(predictAll(shared, inputs), targets)).toBeCloseTo(14 / 9, 5);
  });

  test('a position that only ever saw blank (all-zero) windows predicts ~0 there; a shared kernel does not', () => {
    // Inputs of length 5, k = 2, targets from the edge kernel [-1, 1]: y[o] = x[o+1] − x[o].
    // In training x₃ = x₄ = 0 always, so position 3 (window [x₃, x₄]) only sees [0, 0]: its normal
    // matrix is λ·I and its right side 0, so its weights are exactly 0. Position 2 (window [x₂, x₃])
    // learns its first tap only (≈ −1) and its second tap 0. Positions 0 and 1 see windows spanning R².
    const inputs = [f32([1, 0, 0, 0, 0]), f32([0, 1, 0, 0, 0]), f32([0, 0, 1, 0, 0]), f32([2, 1, 3, 0, 0])];
    const targets = [f32([-1, 0, 0, 0]), f32([1, -1, 0, 0]), f32([0, 1, -1, 0]), f32([-1, 2, -3, 0])];
    const local = fitWindowLayer(inputs, targets, 2, 'local');
    const shared = fitWindowLayer(inputs, targets, 2, 'shared');
    expectWeightsClose(local.weights.subarray(6, 8), [0, 0], 1e-12);
    expectWeightsClose(local.weights.subarray(0, 2), [-1, 1], 1e-5);
    expectWeightsClose(shared.weights, [-1, 1], 1e-5);

    // A fresh input with an edge at the right: the true edge map is [0, 0, 5 − 0, 1 − 5] = [0, 0, 5, −4].
    const fresh = f32([0, 0, 0, 5, 1]);
    const localPrediction = applyWindowLayer(local, fresh);
    const sharedPrediction = applyWindowLayer(shared, fresh);
    expect(Math.abs(localPrediction[3])).toBeLessThan(1e-9);
    expect(Math.abs(localPrediction[2])).toBeLessThan(1e-9); // 0·(≈ −1) + 5·0
    expectWeightsClose(sharedPrediction, [0, 0, 5, -4], 1e-4);
  });
});

describe('fitWindowLayer: parameter counts', () => {
  test('a shared layer keeps k weights; a locally connected one has outputs × k', () => {
    // Length 10, k = 3 → 8 outputs: 3 shared weights against 8 · 3 = 24 local ones.
    const inputs = randomInputs(11, 4, 10);
    const targets = inputs.map((input) => referenceLayer(input, () => [1, 2, 3]));
    const shared = fitWindowLayer(inputs, targets, 3, 'shared');
    const local = fitWindowLayer(inputs, targets, 3, 'local');
    expect(shared.outputs).toBe(8);
    expect(shared.weights.length).toBe(3);
    expect(local.outputs).toBe(8);
    expect(local.weights.length).toBe(24);
    expect(local.sharing).toBe('local');
  });
});

describe('fitWindowLayer: invalid examples', () => {
  const ok = f32([1, 2, 3, 4]);
  const okTarget = f32([1, 2, 3]); // k = 2 on length 4 → 3 targets

  test('no examples, or a different number of inputs and targets, throws RangeError', () => {
    expect(() => fitWindowLayer([], [], 2, 'shared')).toThrow(RangeError);
    expect(() => fitWindowLayer([ok], [], 2, 'shared')).toThrow(RangeError);
    expect(() => fitWindowLayer([ok], [okTarget, okTarget], 2, 'local')).toThrow(RangeError);
  });

  test('inputs of different lengths or targets of the wrong length throw RangeError', () => {
    expect(() => fitWindowLayer([ok, f32([1, 2, 3])], [okTarget, okTarget], 2, 'shared')).toThrow(RangeError);
    expect(() => fitWindowLayer([ok], [f32([1, 2, 3, 4])], 2, 'shared')).toThrow(RangeError);
    expect(() => fitWindowLayer([ok, ok], [okTarget, f32([1, 2])], 2, 'local')).toThrow(RangeError);
  });

  test('a kernel of 0 or longer than the inputs throws RangeError', () => {
    expect(() => fitWindowLayer([ok], [f32([])], 5, 'shared')).toThrow(RangeError);
    expect(() => fitWindowLayer([ok], [f32([1, 2, 3, 4, 5])], 0, 'shared')).toThrow(RangeError);
  });
});

describe('applyWindowLayer', () => {
  test('a shared [-1, 1] on [1, 4, 9, 16] gives the differences [3, 5, 7]', () => {
    const layer: FittedWindowLayer = {
      sharing: 'shared',
      kernel: 2,
      outputs: 3,
      weights: Float64Array.of(-1, 1),
    };
    expect(Array.from(applyWindowLayer(layer, f32([1, 4, 9, 16])))).toEqual([3, 5, 7]);
  });

  test('a local layer uses each position’s own row of weights', () => {
    // Rows [1, 0], [0, 1], [2, −1] on [1, 4, 9, 16]: 1·1 = 1, 1·9 = 9, 2·9 − 16 = 2.
    const layer: FittedWindowLayer = {
      sharing: 'local',
      kernel: 2,
      outputs: 3,
      weights: Float64Array.of(1, 0, 0, 1, 2, -1),
    };
    expect(Array.from(applyWindowLayer(layer, f32([1, 4, 9, 16])))).toEqual([1, 9, 2]);
  });

  test('an input of another length than the layer was fitted for throws RangeError', () => {
    const layer: FittedWindowLayer = {
      sharing: 'shared',
      kernel: 2,
      outputs: 3,
      weights: Float64Array.of(-1, 1),
    };
    expect(() => applyWindowLayer(layer, f32([1, 2, 3]))).toThrow(RangeError);
    expect(() => applyWindowLayer(layer, f32([1, 2, 3, 4, 5]))).toThrow(RangeError);
  });
});

describe('meanSquaredError', () => {
  test('averages squared differences over every position of every example', () => {
    // Differences 0, 2, 0 and −1, −1, 1 → squares 0 + 4 + 0 + 1 + 1 + 1 = 7 over 6 values.
    const predictions = [f32([1, 2, 3]), f32([0, 0, 0])];
    const targets = [f32([1, 0, 3]), f32([1, 1, -1])];
    expect(meanSquaredError(predictions, targets)).toBeCloseTo(7 / 6, 12);
  });

  test('is 0 for identical predictions and for no values at all', () => {
    expect(meanSquaredError([f32([1.5, -2])], [f32([1.5, -2])])).toBe(0);
    expect(meanSquaredError([], [])).toBe(0);
  });
});

describe('shape checks', () => {
  test('meanSquaredError rejects predictions and targets of different shapes', () => {
    expect(() => meanSquaredError([Float32Array.of(1, 2)], [])).toThrow(RangeError);
    expect(() => meanSquaredError([Float32Array.of(1, 2)], [Float32Array.of(1)])).toThrow(RangeError);
  });

  test('applyWindowLayer rejects a layer whose weights do not match its sharing', () => {
    // A local layer of 3 outputs with kernel 2 needs 6 weights; 2 is a shared layer's count.
    const layer = { sharing: 'local' as const, kernel: 2, outputs: 3, weights: Float64Array.of(1, 1) };
    expect(() => applyWindowLayer(layer, Float32Array.of(1, 2, 3, 4))).toThrow(RangeError);
  });
});
