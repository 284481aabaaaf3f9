import type {
  EquivarianceCheck,
  FieldSpread,
  ImageEquivariance,
  ImageTransform,
  LayerConnections,
  LayerGeometry,
  LayerMasks,
  LearningCurves,
  NetworkCounts,
  Signal,
  SignalTransform,
  SpecIssue,
  WindowGeometrySpec,
} from '../engine';
import type { FitTask } from '../scenes/sceneTypes';

/** What the page can ask the engine worker, by kind. Sizes follow the engine: `[n]` or `[height, width]`. */
export interface EngineRequests {
  /**
   * Geometry, counts, the centre unit's coverage and (when asked and small enough) the connection
   * lists of a network, taps numbered as a true convolution uses them when `flipKernel`. Networks
   * travel as their JSON text: cheap to send, and the key the worker keeps each validated one under.
   */
  analyze: { specJson: string; withConnections: boolean; flipKernel: boolean };
  /** One unit's field: its receptive field on the layers below it and its influence above, one mask per layer. */
  trace: { specJson: string; layer: number; unit: number | number[] };
  /** One unit's effective receptive field over the input (uniform weights) and its spread. */
  effectiveField: { specJson: string; layer: number; unit: number | number[] };
  /** Cross-correlation of an image; reports progress and honours cancellation between rows. */
  correlate: {
    input: Float32Array;
    inputSize: number[];
    kernel: Float32Array;
    geometry: WindowGeometrySpec;
    /** Runs of the whole computation, at least, to time it warm (the answer's `elapsedMs` is their mean). */
    timingRuns?: number;
  };
  /**
   * Outputs `first … end − 1` of the same cross-correlation computed as a dense layer, each output's
   * matrix row generated on the fly; reports progress and honours cancellation between small chunks.
   */
  denseRange: {
    input: Float32Array;
    inputSize: number[];
    kernel: Float32Array;
    geometry: WindowGeometrySpec;
    first: number;
    end: number;
  };
  /** f(T(x)) against T(f(x)) for a valid 2D cross-correlation f of an image and a shift or rotation T. */
  imageEquivariance: {
    image: Float32Array;
    size: number[];
    kernel: Float32Array;
    kernelSize: number[];
    transform: ImageTransform;
  };
  /** Test error against labelled pixels for the edge detector learned as a convolution and as a dense layer. */
  edgeLearning: { image: Float32Array; size: number[]; seed: number };
  /** f(T(x)) against T(f(x)) for a 1D cross-correlation f and a shift or stretch T. */
  equivariance: { input: Float32Array; kernel: Float32Array; transform: SignalTransform };
  /** Fits a shared and a locally connected 1D window layer to each task's examples and tests both. */
  fitComparison: { kernel: number; tasks: FitTask[] };
  /** Answers at once: measures the round trip. */
  ping: { sentAt: number };
}

/** How one fitted layer did on a task. */
export interface FitSummary {
  /** Distinct weights the layer learned. */
  parameters: number;
  /** Mean squared error on the task's test examples. */
  testError: number;
  /** The layer's output for the first test example. */
  prediction: Float32Array;
}

/** The answer to each request kind. */
export interface EngineResponses {
  analyze:
    | {
        ok: true;
        /** Extent per axis of every layer, index 0 = the input. */
        sizes: number[][];
        /** Channel count of every layer, index 0 = the input. */
        channels: number[];
        geometry: LayerGeometry[];
        counts: NetworkCounts;
        /** Per layer, the share of the input the centre unit's exact receptive field covers (1 = all of it). */
        coverage: number[];
        /** Index l − 1 holds layer l's connections, or null when not asked for or too many to list. */
        connections: (LayerConnections | null)[];
      }
    | { ok: false; issues: SpecIssue[] };
  trace: { ok: true; masks: LayerMasks } | { ok: false; issues: SpecIssue[] };
  /** `field`: |∂y/∂x| over the input, row-major; `spread`: its centre and σ per axis (null: no weight). */
  effectiveField:
    | { ok: true; field: Float64Array; spread: FieldSpread | null }
    | { ok: false; issues: SpecIssue[] };
  /** `elapsedMs`: the worker's time for the convolution itself (the mean of the timing runs when asked). */
  correlate: { ok: true; output: Signal; elapsedMs: number } | { ok: false; issues: SpecIssue[] };
  /** `values[i]` is output `first + i`; `elapsedMs` the worker's time computing them. */
  denseRange: { ok: true; values: Float32Array; elapsedMs: number } | { ok: false; issues: SpecIssue[] };
  equivariance: EquivarianceCheck;
  imageEquivariance: ImageEquivariance;
  edgeLearning: LearningCurves;
  fitComparison: {
    tasks: {
      name: string;
      input: Float32Array;
      target: Float32Array;
      shared: FitSummary;
      local: FitSummary;
    }[];
  };
  ping: { sentAt: number; answeredAt: number };
}

/** A request kind. */
export type EngineRequestKind = keyof EngineRequests;

/** Page → worker messages. */
export type ToWorkerMessage =
  | { type: 'request'; id: number; kind: EngineRequestKind; payload: EngineRequests[EngineRequestKind] }
  | { type: 'cancel'; id: number };

/** Worker → page messages. */
export type FromWorkerMessage =
  /** The worker began the job (the page's hang timer starts now, not when the job was queued). */
  | { type: 'started'; id: number }
  | { type: 'result'; id: number; result: EngineResponses[EngineRequestKind] }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string };
