import { randomSource } from '../engine';
import type { FitTask } from './sceneTypes';

/** Length of the experiment's 1D inputs and width of the fitted kernels. */
export const EXPERIMENT_LENGTH = 16;
export const EXPERIMENT_KERNEL = 3;
const OUTPUTS = EXPERIMENT_LENGTH - EXPERIMENT_KERNEL + 1;

/** Test examples per task, drawn from a seed of their own. */
const EXPERIMENT_TEST_EXAMPLES = 60;

function gaussian(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function detect(input: Float32Array, detectorAt: (output: number) => readonly number[]): Float32Array {
  const target = new Float32Array(OUTPUTS);
  for (let output = 0; output < OUTPUTS; output += 1) {
    const detector = detectorAt(output);
    let total = 0;
    for (let tap = 0; tap < EXPERIMENT_KERNEL; tap += 1) total += detector[tap] * input[output + tap];
    target[output] = total;
  }
  return target;
}

// A dark band (an eyebrow) is a dip; a chin is where the face ends, a step down.
const EYEBROW_DETECTOR = [-0.5, 1, -0.5];
const CHIN_DETECTOR = [0.5, 0, -0.5];
const EDGE_DETECTOR = [0, -1, 1];

/** Standard deviation of the sensor noise added to every clean input. */
const NOISE = 0.02;

/** A centred face, as a clean vertical intensity profile: eyebrows near the top, chin near the bottom. */
function faceProfile(random: () => number): Float32Array {
  const gain = 0.6 + 0.8 * random();
  const browDepth = 0.3 + 0.6 * random();
  return Float32Array.from({ length: EXPERIMENT_LENGTH }, (_, row) => {
    const skin = row >= 1 && row <= 12 ? 1 : 0.2;
    return gain * (skin - (row === 3 ? browDepth : 0));
  });
}

/** A clean row of a photo: two flat regions meeting at one edge, at a random place. */
function edgeRow(random: () => number): Float32Array {
  const edgeAt = 2 + Math.floor(random() * (EXPERIMENT_LENGTH - 3));
  const before = random();
  const after = random();
  return Float32Array.from({ length: EXPERIMENT_LENGTH }, (_, position) =>
    position < edgeAt ? before : after,
  );
}

/**
 * Examples of a task: the wanted output is computed from the clean signal, while the layer sees the
 * signal with noise, as a detector must find real features in noisy measurements.
 */
function examples(
  count: number,
  seed: number,
  make: (random: () => number) => Float32Array,
  target: (clean: Float32Array) => Float32Array,
) {
  const random = randomSource(seed);
  const clean = Array.from({ length: count }, () => make(random));
  return {
    inputs: clean.map((signal) => signal.map((value) => value + NOISE * gaussian(random))),
    targets: clean.map(target),
  };
}

/**
 * The two tasks of the "when is not sharing better?" experiment, with `trainCount` training
 * examples each: on centred faces the top outputs must detect eyebrows and the bottom outputs
 * chins (a different detector per position); on photo rows every output must detect edges.
 */
export function experimentTasks(trainCount: number): FitTask[] {
  const faceTarget = (input: Float32Array) =>
    detect(input, (output) => (output < OUTPUTS / 2 ? EYEBROW_DETECTOR : CHIN_DETECTOR));
  const edgeTarget = (input: Float32Array) => detect(input, () => EDGE_DETECTOR);
  const faceTrain = examples(trainCount, 101, faceProfile, faceTarget);
  const faceTest = examples(EXPERIMENT_TEST_EXAMPLES, 202, faceProfile, faceTarget);
  const edgeTrain = examples(trainCount, 303, edgeRow, edgeTarget);
  const edgeTest = examples(EXPERIMENT_TEST_EXAMPLES, 404, edgeRow, edgeTarget);
  return [
    {
      name: 'faces',
      trainInputs: faceTrain.inputs,
      trainTargets: faceTrain.targets,
      testInputs: faceTest.inputs,
      testTargets: faceTest.targets,
    },
    {
      name: 'edges',
      trainInputs: edgeTrain.inputs,
      trainTargets: edgeTrain.targets,
      testInputs: edgeTest.inputs,
      testTargets: edgeTest.targets,
    },
  ];
}
