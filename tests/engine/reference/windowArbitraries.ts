/**
 * Seeded fast-check generators of one sliding-window layer with data: an input signal or image,
 * a kernel, and a geometry that fits (a window that does not fit falls back to 'same' padding).
 */
import fc from 'fast-check';
import type { AxisValue, PaddingSpec, WindowGeometrySpec } from '../../../src/engine';
import { perAxis, product, type ReferenceAxis, referenceWindowAxes } from './bruteForceNetwork';
import { axisValueArbitrary, compact } from './networkArbitraries';

/** One generated layer: its geometry, the reference's resolution of it, and float32 data. */
export interface WindowCase {
  inputSize: AxisValue;
  inputShape: number[];
  geometry: WindowGeometrySpec;
  axes: ReferenceAxis[];
  input: Float32Array;
  kernel: Float32Array;
}

const sample = fc.float({ min: -8, max: 8, noNaN: true });

function geometryArbitrary(dimensions: 1 | 2): fc.Arbitrary<WindowGeometrySpec> {
  const padding: fc.Arbitrary<PaddingSpec | undefined> = fc.oneof(
    fc.constant<PaddingSpec>('valid'),
    fc.constant<PaddingSpec>('same'),
    axisValueArbitrary(dimensions, 0, 2),
    fc.constant(undefined),
  );
  return fc
    .record({
      kernel: axisValueArbitrary(dimensions, 1, 4),
      stride: fc.option(axisValueArbitrary(dimensions, 1, 3), { nil: undefined }),
      dilation: fc.option(axisValueArbitrary(dimensions, 1, 3), { nil: undefined }),
      padding,
    })
    .map((record) => compact(record) as WindowGeometrySpec);
}

/** A fitting window layer (conv geometry, or pool geometry whose stride defaults to the kernel) with data. */
export function windowCaseArbitrary(kind: 'conv' | 'pool' = 'conv'): fc.Arbitrary<WindowCase> {
  const shaped = fc.oneof(
    fc.record({
      inputSize: fc.integer({ min: 1, max: 30 }) as fc.Arbitrary<AxisValue>,
      geometry: geometryArbitrary(1),
    }),
    fc.record({
      inputSize: fc.tuple(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
      ) as fc.Arbitrary<AxisValue>,
      geometry: geometryArbitrary(2),
    }),
  );
  return shaped.chain(({ inputSize, geometry: draft }) => {
    const inputShape = perAxis(inputSize, typeof inputSize === 'number' ? 1 : inputSize.length);
    const layer = (geometry: WindowGeometrySpec) =>
      kind === 'pool'
        ? { kind: 'pool' as const, op: 'max' as const, ...geometry }
        : { kind: 'conv' as const, ...geometry };
    let geometry = draft;
    let axes = referenceWindowAxes(layer(geometry), inputShape);
    if (axes === null) {
      geometry = { ...geometry, padding: 'same' };
      axes = referenceWindowAxes(layer(geometry), inputShape);
    }
    if (axes === null) throw new Error('generator: same padding must always fit');
    const resolvedAxes = axes;
    const inputUnits = product(inputShape);
    const taps = product(resolvedAxes.map((axis) => axis.kernel));
    return fc
      .tuple(
        fc.array(sample, { minLength: inputUnits, maxLength: inputUnits }),
        fc.array(sample, { minLength: taps, maxLength: taps }),
      )
      .map(([input, kernel]) => ({
        inputSize,
        inputShape,
        geometry,
        axes: resolvedAxes,
        input: Float32Array.from(input),
        kernel: Float32Array.from(kernel),
      }));
  });
}
