/**
 * Seeded fast-check generators of valid network specs that use the newer spec features on top of
 * everything {@link networkSpecArbitrary} covers: explicit padding as `[before, after]` per axis,
 * convolution `groups`, and layer `id`s. Kept apart from networkArbitraries.ts so that the older
 * generator, and every seeded case the older tests see, stays exactly as it was.
 *
 * Validity is ensured by construction with the brute-force reference's own geometry: a window that
 * does not fit (or would grow a layer past the cap) falls back to 'same' padding; groups are cut to
 * a common divisor of the layer's input and output channels; ids get the layer position appended,
 * which makes them unique and never "input".
 */
import fc from 'fast-check';
import type {
  AxisPaddingSpec,
  AxisValue,
  LayerSpec,
  NetworkSpec,
  PaddingSpec,
  WindowLayerSpec,
} from '../../../src/engine';
import { perAxis, referenceWindowAxes } from './bruteForceNetwork';
import { compact, layerDraftArbitrary } from './networkArbitraries';

/** Options for {@link extendedNetworkSpecArbitrary}. */
export interface ExtendedNetworkArbitraryOptions {
  /** Include dense layers (default true). */
  allowDense?: boolean;
  /** Most layers after the input (default 6). */
  maxLayers?: number;
}

/** Largest extent of any axis of a generated layer, to keep the brute force fast. */
const AXIS_CAP: Record<1 | 2, number> = { 1: 40, 2: 12 };

/** Channel counts with several common divisors, so that groups above 1 are frequent. */
const CHANNELS = [1, 2, 3, 4, 6];

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** One axis of explicit padding: a number for both sides, or `[before, after]`. */
function axisPaddingArbitrary(): fc.Arbitrary<AxisPaddingSpec> {
  const side = fc.integer({ min: 0, max: 3 });
  return fc.oneof(side, fc.tuple(side, side));
}

/** Padding in every accepted form, explicit per-axis entries (with pairs) weighted up. */
function paddingArbitrary(dimensions: 1 | 2): fc.Arbitrary<PaddingSpec | undefined> {
  const perAxisEntries: fc.Arbitrary<PaddingSpec> =
    dimensions === 1
      ? fc.tuple(axisPaddingArbitrary())
      : fc.tuple(axisPaddingArbitrary(), axisPaddingArbitrary());
  return fc.oneof(
    { arbitrary: fc.constant<PaddingSpec>('valid'), weight: 1 },
    { arbitrary: fc.constant<PaddingSpec>('same'), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 2 }), weight: 1 },
    { arbitrary: perAxisEntries, weight: 4 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** A draft layer plus the raw picks the repair step turns into a valid id and groups. */
interface Draft {
  layer: LayerSpec;
  idStem: string | undefined;
  groupsPick: number | undefined;
}

function draftArbitrary(dimensions: 1 | 2, allowDense: boolean): fc.Arbitrary<Draft> {
  return fc.record({
    layer: layerDraftArbitrary(dimensions, allowDense, {
      padding: paddingArbitrary(dimensions),
      channels: optional(fc.constantFrom(...CHANNELS)),
    }),
    idStem: optional(fc.stringMatching(/^[A-Za-z0-9_./-]{1,20}$/)),
    groupsPick: optional(fc.integer({ min: 1, max: 6 })),
  });
}

/** Makes every draft valid: windows fit, groups divide both channel counts, ids are unique. */
function repair(
  dimensions: 1 | 2,
  inputShape: number[],
  inputChannels: number,
  drafts: Draft[],
): LayerSpec[] {
  let shape = inputShape;
  let channels = inputChannels;
  return drafts.map(({ layer: draft, idStem, groupsPick }, position) => {
    // The suffix after the last '.' is the position, so two ids never coincide, and none is "input".
    const id = idStem === undefined ? undefined : `${idStem}.${position}`;
    if (draft.kind === 'dense') {
      shape = perAxis(draft.units, dimensions);
      channels = draft.channels ?? 1;
      return compact({ ...draft, id });
    }
    let layer: LayerSpec = draft;
    let axes = referenceWindowAxes(layer, shape);
    if (axes === null || axes.some((axis) => axis.outputSize > AXIS_CAP[dimensions])) {
      layer = { ...(layer as WindowLayerSpec), padding: 'same' };
      axes = referenceWindowAxes(layer, shape);
    }
    if (axes === null) throw new Error('generator: same padding must always fit');
    shape = axes.map((axis) => axis.outputSize);
    if (layer.kind === 'conv') {
      const outputChannels = layer.channels ?? 1;
      const groups =
        groupsPick === undefined
          ? undefined
          : greatestCommonDivisor(groupsPick, greatestCommonDivisor(channels, outputChannels));
      layer = compact({ ...layer, groups });
    }
    if (layer.kind !== 'pool') channels = layer.channels ?? 1;
    return compact({ ...layer, id });
  });
}

/** Valid network specs of the given dimensionality that use asymmetric padding, groups and ids. */
export function extendedNetworkSpecArbitrary(
  dimensions: 1 | 2,
  options: ExtendedNetworkArbitraryOptions = {},
): fc.Arbitrary<NetworkSpec> {
  const inputExtent = dimensions === 1 ? fc.integer({ min: 1, max: 30 }) : fc.integer({ min: 1, max: 10 });
  const size: fc.Arbitrary<AxisValue> =
    dimensions === 1 ? fc.oneof(inputExtent, fc.tuple(inputExtent)) : fc.tuple(inputExtent, inputExtent);
  return fc
    .record({
      size,
      channels: optional(fc.constantFrom(...CHANNELS)),
      drafts: fc.array(draftArbitrary(dimensions, options.allowDense ?? true), {
        minLength: 1,
        maxLength: options.maxLayers ?? 6,
      }),
    })
    .map(({ size: inputSize, channels, drafts }) => ({
      input: compact({ size: inputSize, channels }),
      layers: repair(dimensions, perAxis(inputSize, dimensions), channels ?? 1, drafts),
    }));
}

/** Valid network specs with the newer features, 1D or 2D. */
export function anyExtendedNetworkSpecArbitrary(
  options: ExtendedNetworkArbitraryOptions = {},
): fc.Arbitrary<NetworkSpec> {
  return fc.oneof(extendedNetworkSpecArbitrary(1, options), extendedNetworkSpecArbitrary(2, options));
}
