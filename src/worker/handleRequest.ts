import {
  analyzeNetwork,
  applyWindowLayer,
  type Correlator,
  centreCoverage,
  countNetwork,
  createCorrelator,
  equivarianceCheck,
  fitWindowLayer,
  type LayerConnections,
  listConnections,
  meanSquaredError,
  NetworkSpecError,
  traceField,
  type WeightSharing,
} from '../engine';
import type { EngineRequestKind, EngineRequests, EngineResponses } from './protocol';
import { resolveCached } from './resolvedNetworks';

/** What a running job may do besides computing: report progress, and learn it was cancelled. */
export interface JobContext {
  reportProgress(fraction: number): void;
  isCancelled(): boolean;
  /** Lets other messages (a cancel) arrive; resolves on the next macrotask. */
  yieldToEvents(): Promise<void>;
}

/** Thrown inside a job that noticed its cancellation. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

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
  const chunk = 16_384;
  for (let first = 0; first < correlator.outputUnits; first += chunk) {
    if (context.isCancelled()) throw new JobCancelled();
    const end = Math.min(first + chunk, correlator.outputUnits);
    correlator.computeRange(request.input, values, first, end);
    context.reportProgress(end / correlator.outputUnits);
    if (end < correlator.outputUnits) await context.yieldToEvents();
  }
  return { ok: true, output: { values, size: correlator.size } };
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

/** Runs one request against the engine; engine validation problems come back as `ok: false`. */
export async function handleRequest<K extends EngineRequestKind>(
  kind: K,
  payload: EngineRequests[K],
  context: JobContext,
): Promise<EngineResponses[K]> {
  switch (kind) {
    case 'analyze':
      return analyze(payload as EngineRequests['analyze']) as EngineResponses[K];
    case 'trace':
      return trace(payload as EngineRequests['trace']) as EngineResponses[K];
    case 'correlate':
      return (await correlate(payload as EngineRequests['correlate'], context)) as EngineResponses[K];
    case 'equivariance': {
      const request = payload as EngineRequests['equivariance'];
      return equivarianceCheck(request.input, request.kernel, request.transform) as EngineResponses[K];
    }
    case 'fitComparison':
      return fitComparison(payload as EngineRequests['fitComparison']) as EngineResponses[K];
    case 'ping':
      return {
        sentAt: (payload as EngineRequests['ping']).sentAt,
        answeredAt: Date.now(),
      } as EngineResponses[K];
    default:
      throw new Error(`Unknown request kind ${String(kind)}`);
  }
}
