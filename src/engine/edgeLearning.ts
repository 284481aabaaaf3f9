import { fitLeastSquares } from './leastSquares';

/** One point of a learning curve: how many labelled output pixels the layer was fitted to, and how it did. */
export interface LearningPoint {
  /** Labelled output pixels used for fitting. */
  pixels: number;
  /** Mean squared error on the test crops over the mean square of their targets: 1 is no better than predicting 0. */
  relativeError: number;
}

/** Test error against training data for fig. 9.6's edge detector, learned two ways. */
export interface LearningCurves {
  /** A convolutional layer: 2 shared weights. */
  conv: LearningPoint[];
  /** A dense layer from the crop to its edge map: one weight per (input, output) pair. */
  dense: LearningPoint[];
  /** Side of the square crops, and the learned layers' parameter counts. */
  crop: number;
  /**
   * How many different crops the image has, (H − crop + 1)(W − crop + 1): the dense layer is fitted
   * to at most this many, since more would repeat them (on a small image, fewer than it needs).
   */
  distinctCrops: number;
  convParameters: number;
  denseParameters: number;
  testCrops: number;
}

/** A reproducible stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/**
 * Learns the edge detector y(r, c) = x(r, c + 1) − x(r, c) from examples cut from `image`: a
 * convolutional layer (2 shared weights) from 1, 2, 4 … labelled output pixels, and a dense layer
 * on `crop` × `crop` crops (crop² inputs to crop · (crop − 1) outputs) from 1, 2, 4 … whole crops,
 * every output of a crop labelled, both by least squares (the smallest-norm fit while the examples
 * do not determine the weights). Each is tested on the same held-out crops.
 */
export function edgeLearningCurves(
  image: Float32Array,
  size: readonly number[],
  options: LearningOptions = {},
): LearningCurves {
  const steps = edgeLearningSteps(image, size, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How {@link edgeLearningCurves} samples its examples. */
export interface LearningOptions {
  seed?: number;
  crop?: number;
  testCrops?: number;
  maxTrainCrops?: number;
}

/**
 * {@link edgeLearningCurves} one fit at a time: the generator pauses after each least-squares fit,
 * so a worker can stop a superseded run between fits, and returns the curves at the end.
 */
export function* edgeLearningSteps(
  image: Float32Array,
  size: readonly number[],
  options: LearningOptions = {},
): Generator<void, LearningCurves, void> {
  const [height, width] = size;
  const crop = Math.min(options.crop ?? 16, height, width);
  const testCrops = options.testCrops ?? 32;
  const maxTrainCrops = options.maxTrainCrops ?? 512;
  const next = random(options.seed ?? 1);
  const inputs = crop * crop;
  const outputsPerCrop = crop * (crop - 1);
  const distinctCrops = (height - crop + 1) * (width - crop + 1);
  const cutCrop = () => {
    const top = Math.floor(next() * (height - crop + 1));
    const left = Math.floor(next() * (width - crop + 1));
    const x = new Float64Array(inputs);
    const y = new Float64Array(outputsPerCrop);
    for (let r = 0; r < crop; r += 1) {
      for (let c = 0; c < crop; c += 1) x[r * crop + c] = image[(top + r) * width + left + c];
      for (let c = 0; c < crop - 1; c += 1) y[r * (crop - 1) + c] = x[r * crop + c + 1] - x[r * crop + c];
    }
    return { x, y };
  };
  const test = Array.from({ length: testCrops }, cutCrop);
  const train = Array.from({ length: maxTrainCrops }, cutCrop);
  let targetPower = 0;
  for (const { y } of test) for (const value of y) targetPower += value * value;
  targetPower /= testCrops * outputsPerCrop;
  const relative = (squaredError: number) =>
    targetPower > 0 ? squaredError / (testCrops * outputsPerCrop) / targetPower : 0;

  // The convolutional layer: each labelled pixel is one equation in the two shared weights.
  const conv: LearningPoint[] = [];
  const samples: [crop: number, row: number, col: number][] = [];
  for (let pixels = 1; pixels <= 1024; pixels *= 2) {
    while (samples.length < pixels) {
      samples.push([
        Math.floor(next() * maxTrainCrops),
        Math.floor(next() * crop),
        Math.floor(next() * (crop - 1)),
      ]);
    }
    const x = new Float64Array(pixels * 2);
    const y = new Float64Array(pixels);
    samples.forEach(([index, row, col], sample) => {
      const source = train[index];
      x[sample * 2] = source.x[row * crop + col];
      x[sample * 2 + 1] = source.x[row * crop + col + 1];
      y[sample] = source.y[row * (crop - 1) + col];
    });
    const [w0, w1] = fitLeastSquares(x, y, pixels, 2, 1);
    let squaredError = 0;
    for (const { x: input, y: target } of test) {
      for (let r = 0; r < crop; r += 1) {
        for (let c = 0; c < crop - 1; c += 1) {
          const predicted = w0 * input[r * crop + c] + w1 * input[r * crop + c + 1];
          squaredError += (predicted - target[r * (crop - 1) + c]) ** 2;
        }
      }
    }
    conv.push({ pixels, relativeError: relative(squaredError) });
    yield;
  }

  // The dense layer: a crop labels every output at once, one equation per output unit's weights.
  const dense: LearningPoint[] = [];
  for (let crops = 1; crops <= Math.min(maxTrainCrops, distinctCrops); crops *= 2) {
    const x = new Float64Array(crops * inputs);
    const y = new Float64Array(crops * outputsPerCrop);
    for (let index = 0; index < crops; index += 1) {
      x.set(train[index].x, index * inputs);
      y.set(train[index].y, index * outputsPerCrop);
    }
    const weights = fitLeastSquares(x, y, crops, inputs, outputsPerCrop);
    let squaredError = 0;
    for (const { x: input, y: target } of test) {
      for (let output = 0; output < outputsPerCrop; output += 1) {
        let predicted = 0;
        for (let k = 0; k < inputs; k += 1) predicted += input[k] * weights[k * outputsPerCrop + output];
        squaredError += (predicted - target[output]) ** 2;
      }
    }
    dense.push({ pixels: crops * outputsPerCrop, relativeError: relative(squaredError) });
    yield;
  }
  return {
    conv,
    dense,
    crop,
    distinctCrops,
    convParameters: 2,
    denseParameters: inputs * outputsPerCrop,
    testCrops,
  };
}
