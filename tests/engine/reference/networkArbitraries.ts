/**
 * Seeded fast-check generators of valid network specs (1D and 2D, 1–6 layers of every kind, with
 * numbers, per-axis arrays and omitted defaults). Validity is ensured by construction with the
 * brute-force reference's own geometry: a window that does not fit (or would grow a layer past the
 * cap) falls back to 'same' padding, which always fits and never grows a layer.
 */
import fc from 'fast-check';
import type {
  AxisValue,
  LayerSpec,
  NetworkSpec,
  PaddingSpec,
  UnitPosition,
  WindowLayerSpec,
} from '../../../src/engine';
import { perAxis, positionOf, referenceWindowAxes } from './bruteForceNetwork';

/** Options for {@link networkSpecArbitrary}. */
export interface NetworkArbitraryOptions {
  /** Include dense layers (default true). */
  allowDense?: boolean;
  /** Most layers after the input (default 6). */
  maxLayers?: number;
}

/** Largest extent of any axis of a generated layer, to keep the brute force fast. */
const AXIS_CAP: Record<1 | 2, number> = { 1: 40, 2: 12 };

/** Fast-check's default seed for this suite, so every run sees the same cases. */
export const SEED = 20_261_126;

/** A per-axis integer in [min, max]: one number, or one per axis (`[n]` allowed in 1D). */
export function axisValueArbitrary(dimensions: 1 | 2, min: number, max: number): fc.Arbitrary<AxisValue> {
  const integer = fc.integer({ min, max });
  return dimensions === 1
    ? fc.oneof(integer, fc.tuple(integer))
    : fc.oneof(integer, fc.tuple(integer, integer));
}

/** Drops keys whose value is undefined, so generated specs are plain JSON. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** What a generator of draft layers draws padding and channels from (by default the original choices). */
export interface LayerDraftChoices {
  padding?: fc.Arbitrary<PaddingSpec | undefined>;
  channels?: fc.Arbitrary<number | undefined>;
}

/** A draft layer of any kind (dense when `allowDense`), before the repair that makes it fit. */
export function layerDraftArbitrary(
  dimensions: 1 | 2,
  allowDense: boolean,
  choices: LayerDraftChoices = {},
): fc.Arbitrary<LayerSpec> {
  const padding: fc.Arbitrary<PaddingSpec | undefined> =
    choices.padding ??
    fc.oneof(
      fc.constant<PaddingSpec>('valid'),
      fc.constant<PaddingSpec>('same'),
      axisValueArbitrary(dimensions, 0, 2),
      fc.constant(undefined),
    );
  const geometry = {
    kernel: axisValueArbitrary(dimensions, 1, 4),
    stride: optional(axisValueArbitrary(dimensions, 1, 3)),
    dilation: optional(axisValueArbitrary(dimensions, 1, 3)),
    padding,
  };
  const channels = choices.channels ?? optional(fc.integer({ min: 1, max: 3 }));
  const conv = fc.record({ kind: fc.constant('conv' as const), ...geometry, channels });
  const local = fc.record({ kind: fc.constant('local' as const), ...geometry, channels });
  const tiled = fc.record({
    kind: fc.constant('tiled' as const),
    ...geometry,
    tiles: axisValueArbitrary(dimensions, 1, 3),
    channels,
  });
  const pool = fc.record({
    kind: fc.constant('pool' as const),
    ...geometry,
    op: fc.constantFrom('max', 'avg'),
  });
  const globalPool = fc.record({
    kind: fc.constant('pool' as const),
    op: fc.constantFrom('max', 'avg'),
    global: fc.constant(true as const),
  });
  const units: fc.Arbitrary<AxisValue> =
    dimensions === 1
      ? fc.integer({ min: 1, max: 6 })
      : fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }));
  const dense = fc.record({ kind: fc.constant('dense' as const), units, channels });
  const kinds: fc.WeightedArbitrary<LayerSpec>[] = [
    { arbitrary: conv, weight: 4 },
    { arbitrary: local, weight: 1 },
    { arbitrary: tiled, weight: 1 },
    { arbitrary: pool, weight: 2 },
    { arbitrary: globalPool, weight: 1 },
  ];
  if (allowDense) kinds.push({ arbitrary: dense, weight: 1 });
  return fc.oneof(...kinds).map((layer) => compact(layer));
}

/** Makes every window fit (and stay under the cap) by switching it to 'same' padding when needed. */
function repairLayers(dimensions: 1 | 2, inputShape: number[], drafts: LayerSpec[]): LayerSpec[] {
  let shape = inputShape;
  const layers: LayerSpec[] = [];
  for (const draft of drafts) {
    if (draft.kind === 'dense') {
      layers.push(draft);
      shape = perAxis(draft.units, dimensions);
      continue;
    }
    let layer = draft;
    let axes = referenceWindowAxes(layer, shape);
    if (axes === null || axes.some((axis) => axis.outputSize > AXIS_CAP[dimensions])) {
      layer = { ...(layer as WindowLayerSpec), padding: 'same' };
      axes = referenceWindowAxes(layer, shape);
    }
    if (axes === null) throw new Error('generator: same padding must always fit');
    layers.push(layer);
    shape = axes.map((axis) => axis.outputSize);
  }
  return layers;
}

/** Valid network specs of the given dimensionality. */
export function networkSpecArbitrary(
  dimensions: 1 | 2,
  options: NetworkArbitraryOptions = {},
): fc.Arbitrary<NetworkSpec> {
  const inputExtent = dimensions === 1 ? fc.integer({ min: 1, max: 30 }) : fc.integer({ min: 1, max: 10 });
  const size: fc.Arbitrary<AxisValue> =
    dimensions === 1 ? fc.oneof(inputExtent, fc.tuple(inputExtent)) : fc.tuple(inputExtent, inputExtent);
  return fc
    .record({
      size,
      channels: optional(fc.integer({ min: 1, max: 3 })),
      drafts: fc.array(layerDraftArbitrary(dimensions, options.allowDense ?? true), {
        minLength: 1,
        maxLength: options.maxLayers ?? 6,
      }),
    })
    .map(({ size: inputSize, channels, drafts }) => ({
      input: compact({ size: inputSize, channels }),
      layers: repairLayers(dimensions, perAxis(inputSize, dimensions), drafts),
    }));
}

/** Valid network specs, 1D or 2D. */
export function anyNetworkSpecArbitrary(options: NetworkArbitraryOptions = {}): fc.Arbitrary<NetworkSpec> {
  return fc.oneof(networkSpecArbitrary(1, options), networkSpecArbitrary(2, options));
}

/** A unit position as the engine takes it: an index in 1D, `[row, col]` in 2D. */
export function unitPosition(index: number, shape: readonly number[]): UnitPosition {
  return shape.length === 1 ? index : positionOf(index, shape);
}
