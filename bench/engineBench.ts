import {
  analyzeNetwork,
  countNetwork,
  crossCorrelate,
  traceInfluence,
  traceReceptiveField,
} from '../src/engine';
import { DEEP_2D_NETWORK, EDGE_IMAGE_SIZE, seededImage, summarize, timeRuns } from './networks';
import { runPlaygroundEngineBench } from './playgroundEngineBench';

/** Engine timings in this JavaScript runtime (Node when run by scripts/bench.mjs), in milliseconds. */
export async function runEngineBench() {
  const layers = DEEP_2D_NETWORK.layers.length;
  const [height, width] = EDGE_IMAGE_SIZE;
  const image = seededImage(height * width, 11);
  const kernel = Float32Array.of(-1, 1);
  return {
    network: { layers, input: DEEP_2D_NETWORK.input.size },
    traceReceptiveFieldDeepUnitMs: summarize(
      await timeRuns(() => traceReceptiveField(DEEP_2D_NETWORK, layers, [3, 4]), 30),
    ),
    traceInfluenceInputPixelMs: summarize(
      await timeRuns(() => traceInfluence(DEEP_2D_NETWORK, 0, [112, 100]), 30),
    ),
    analyzeNetworkMs: summarize(await timeRuns(() => analyzeNetwork(DEEP_2D_NETWORK), 30)),
    countNetworkMs: summarize(await timeRuns(() => countNetwork(DEEP_2D_NETWORK), 30)),
    edgeConv280x320Ms: summarize(
      await timeRuns(() => crossCorrelate(image, EDGE_IMAGE_SIZE, kernel, { kernel: [1, 2] }), 30),
    ),
    playground: await runPlaygroundEngineBench(),
  };
}
