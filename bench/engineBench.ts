import { analyzeNetwork, countNetwork, traceInfluence, traceReceptiveField } from '../src/engine';
import { runConvolutionBench } from './convolutionBench';
import { DEEP_2D_NETWORK, summarize, timeRuns } from './networks';
import { runPlaygroundEngineBench } from './playgroundEngineBench';

/** Engine timings in this JavaScript runtime (Node when run by scripts/bench.mjs), in milliseconds. */
export async function runEngineBench() {
  const layers = DEEP_2D_NETWORK.layers.length;
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
    convolution: await runConvolutionBench(),
    playground: await runPlaygroundEngineBench(),
  };
}
