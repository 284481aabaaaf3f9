import { effectiveReceptiveField, resolveNetwork, traceInfluence, traceReceptiveField } from '../src/engine';
import { NETWORK_PRESETS } from '../src/scenes';
import type { JobContext } from '../src/worker/cooperativeJob';
import { handleRequest } from '../src/worker/handleRequest';
import { summarize, timeRuns } from './networks';

const RESNET = NETWORK_PRESETS.resnet50;
const RESNET_JSON = JSON.stringify(RESNET);

const context: JobContext = {
  reportProgress: () => {},
  isCancelled: () => false,
  yieldToEvents: () => Promise.resolve(),
};

/**
 * The playground's engine work on ResNet-50 at 224 × 224, as the worker's request handler does it
 * (so in Chromium these are the worker's own times, without the message round trip): the trace of
 * the deepest centre unit (its field below) and of the centre input pixel (its influence above),
 * and a whole analysis. The reference is the engine called with the spec, as before this change:
 * each call validated the spec again. Then the effective receptive field of the deepest unit
 * (uniform weights), beside the trace of the same unit's exact field on the same resolved network.
 */
export async function runPlaygroundEngineBench() {
  const deepest = RESNET.layers.length;
  // The deepest layer is 1 × 1 (the logits); its centre unit is (0, 0). The input's centre is (112, 112).
  const traceBoth = async () => {
    await handleRequest('trace', { specJson: RESNET_JSON, layer: deepest, unit: [0, 0] }, context);
    await handleRequest('trace', { specJson: RESNET_JSON, layer: 0, unit: [112, 112] }, context);
  };
  const referenceBoth = () => {
    traceReceptiveField(RESNET, deepest, [0, 0]);
    traceInfluence(RESNET, 0, [112, 112]);
  };
  // A spec the worker has not seen: a new channel count changes its key, not its geometry.
  let variant = 3;
  const analyzeCold = () =>
    handleRequest(
      'analyze',
      {
        specJson: JSON.stringify({ ...RESNET, input: { ...RESNET.input, channels: variant++ } }),
        withConnections: false,
        flipKernel: false,
      },
      context,
    );
  const resolved = resolveNetwork(RESNET);
  const erf = summarize(await timeRuns(() => effectiveReceptiveField(resolved, deepest, [0, 0]), 20, 3));
  const exactField = summarize(
    await timeRuns(() => traceReceptiveField(resolved, deepest, [0, 0]), 60, 20, 10),
  );
  const tracePair = summarize(await timeRuns(traceBoth, 60, 20, 10));
  const reference = summarize(await timeRuns(referenceBoth, 60, 20, 10));
  return {
    network: 'ResNet-50 main path, 224 × 224, 53 layers',
    traceBothDirectionsMs: tracePair,
    referenceTraceRevalidatingMs: reference,
    traceRatioToReference: Math.round((tracePair.median / reference.median) * 100) / 100,
    analyzeColdMs: summarize(await timeRuns(analyzeCold, 40, 5)),
    effectiveFieldUniformMs: erf,
    exactFieldOfSameUnitMs: exactField,
    effectiveFieldRatioToExactField: Math.round((erf.median / exactField.median) * 10) / 10,
    budgets: { traceBothDirectionsMedianMs: 0.4, analyzeMs: 5, effectiveFieldUniformMs: 200 },
  };
}
