import {
  analyzeNetwork,
  applyWindowLayer,
  type Correlator,
  centreCoverage,
  countNetwork,
  createCorrelator,
  createDenseLayer,
  type DenseLayer,
  edgeLearningSteps,
  effectiveReceptiveField,
  equivarianceCheck,
  fieldSpread,
  fitWindowLayer,
  imageEquivariance,
  type LayerConnections,
  listConnections,
  meanSquaredError,
  NetworkSpecError,
  traceField,
  type WeightSharing,
} from '../engine';
import { type JobContext, runInChunks, runSteps } from './cooperativeJob';
import type { EngineRequestKind, EngineRequests, EngineResponses } from './protocol';
import { resolveCached } from './resolvedNetworks';

function analyze(request: EngineRequests['analyze']): EngineResponses['analyze'] {
  const validation = resolveCached(request.specJson);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const network = validation.network;
  const connections: (LayerConnections | null)[] = network.layers.map((layer) => {
    if (!request.withConnections) return null;
    try {
      return listConnections(network, layer.index, { flipKernel: request.flipKernel });
    } catch (error) {
      // A layer with too many connections to list is counted and traced, just not drawn edge by edge.
      if (error instanceof RangeError) return null;
      throw error;
    }
  });
  return {
    ok: true,
    sizes: network.sizes,
    channels: network.channels,
    geometry: analyzeNetwork(network),
    counts: countNetwork(network),
    coverage: centreCoverage(network),
    connections,
  };
}

function trace(request: EngineRequests['trace']): EngineResponses['trace'] {
  const validation = resolveCached(request.specJson);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  try {
    return { ok: true, masks: traceField(validation.network, request.layer, request.unit) };
  } catch (error) {
    if (error instanceof NetworkSpecError) return { ok: false, issues: error.issues };
    throw error;
  }
}

function effectiveField(request: EngineRequests['effectiveField']): EngineResponses['effectiveField'] {
  const validation = resolveCached(request.specJson);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  try {
    const field = effectiveReceptiveField(validation.network, request.layer, request.unit);
    return { ok: true, field, spread: fieldSpread(field, validation.network.sizes[0]) };
  } catch (error) {
    if (error instanceof NetworkSpecError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** The most timing runs of a convolution, and the time they may fill when the first few are quick. */
const MAX_TIMING_RUNS = 200;
const TIMING_MS = 10;

async function correlate(
  request: EngineRequests['correlate'],
  context: JobContext,
): Promise<EngineResponses['correlate']> {
  let correlator: Correlator;
  try {
    correlator = createCorrelator(request.inputSize, request.kernel, request.geometry);
  } catch (error) {
    if (error instanceof NetworkSpecError) return { ok: false, issues: error.issues };
    throw error;
  }
  // Work in chunks so progress can be reported and a cancel message can get through in between.
  const values = new Float32Array(correlator.outputUnits);
  let elapsedMs = await runInChunks(
    context,
    { first: 0, end: correlator.outputUnits, chunk: 65_536 },
    (from, to) => correlator.computeRange(request.input, values, from, to),
  );
  // A first run is partly interpreted, and browsers coarsen the clock to 0.1 ms: the timing runs
  // measure the warm code, as many runs as fit in about 10 ms, and report the mean.
  const runs = Math.min(request.timingRuns ?? 0, MAX_TIMING_RUNS);
  if (runs > 0) {
    const scratch = new Float32Array(correlator.outputUnits);
    const started = performance.now();
    let done = 0;
    while (done < runs || (performance.now() - started < TIMING_MS && done < MAX_TIMING_RUNS)) {
      correlator.computeRange(request.input, scratch, 0, correlator.outputUnits);
      done += 1;
    }
    elapsedMs = (performance.now() - started) / done;
  }
  return { ok: true, output: { values, size: correlator.size }, elapsedMs };
}

/** Multiply-adds between two looks for a cancel: about 3 ms of work, so a cancel is seen at once. */
const DENSE_CHUNK_MULTIPLY_ADDS = 4_000_000;
/** Milliseconds between progress reports of a dense run. */
const DENSE_PROGRESS_MS = 100;

async function denseRange(
  request: EngineRequests['denseRange'],
  context: JobContext,
): Promise<EngineResponses['denseRange']> {
  let dense: DenseLayer;
  try {
    dense = createDenseLayer(request.inputSize, request.kernel, request.geometry);
  } catch (error) {
    if (error instanceof NetworkSpecError) return { ok: false, issues: error.issues };
    throw error;
  }
  const first = Math.max(0, Math.min(request.first, dense.outputUnits));
  const end = Math.max(first, Math.min(request.end, dense.outputUnits));
  const values = new Float32Array(end - first);
  const chunk = Math.max(1, Math.floor(DENSE_CHUNK_MULTIPLY_ADDS / dense.inputUnits));
  const elapsedMs = await runInChunks(
    context,
    { first, end, chunk, progressMs: DENSE_PROGRESS_MS },
    (from, to) => dense.computeRange(request.input, values.subarray(from - first), from, to),
  );
  return { ok: true, values, elapsedMs };
}

function fitComparison(request: EngineRequests['fitComparison']): EngineResponses['fitComparison'] {
  const summarize = (task: EngineRequests['fitComparison']['tasks'][number], sharing: WeightSharing) => {
    const layer = fitWindowLayer(task.trainInputs, task.trainTargets, request.kernel, sharing);
    const predictions = task.testInputs.map((input) => applyWindowLayer(layer, input));
    return {
      parameters: layer.weights.length,
      testError: meanSquaredError(predictions, task.testTargets),
      prediction: predictions[0],
    };
  };
  return {
    tasks: request.tasks.map((task) => ({
      name: task.name,
      input: task.testInputs[0],
      target: task.testTargets[0],
      shared: summarize(task, 'shared'),
      local: summarize(task, 'local'),
    })),
  };
}

/** One handler per request kind: the compiler checks each against the protocol's request and answer. */
type Handlers = {
  [K in EngineRequestKind]: (
    request: EngineRequests[K],
    context: JobContext,
  ) => EngineResponses[K] | Promise<EngineResponses[K]>;
};

const HANDLERS: Handlers = {
  analyze,
  trace,
  effectiveField,
  correlate,
  denseRange,
  // Hundreds of milliseconds: one fit at a time, stopping when superseded.
  edgeLearning: (request, context) =>
    runSteps(context, edgeLearningSteps(request.image, request.size, { seed: request.seed })),
  imageEquivariance: (request) =>
    imageEquivariance(request.image, request.size, request.kernel, request.kernelSize, request.transform),
  equivariance: (request) => equivarianceCheck(request.input, request.kernel, request.transform),
  fitComparison,
  ping: (request) => ({ sentAt: request.sentAt, answeredAt: Date.now() }),
};

/** Runs one request against the engine; engine validation problems come back as `ok: false`. */
export async function handleRequest<K extends EngineRequestKind>(
  kind: K,
  payload: EngineRequests[K],
  context: JobContext,
): Promise<EngineResponses[K]> {
  if (!Object.hasOwn(HANDLERS, kind)) throw new Error(`Unknown request kind ${String(kind)}`);
  const handler: Handlers[K] = HANDLERS[kind];
  return handler(payload, context);
}
