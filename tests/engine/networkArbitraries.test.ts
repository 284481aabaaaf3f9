/**
 * The random networks behind the property tests must actually cover what the brief asks for;
 * otherwise a property could pass vacuously.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isWindowLayer, validateNetwork } from '../../src/engine';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';
import { windowCaseArbitrary } from './reference/windowArbitraries';

describe('random network generator', () => {
  const specs = fc.sample(anyNetworkSpecArbitrary(), { seed: SEED, numRuns: 300 });
  const layers = specs.flatMap((spec) => spec.layers);
  const windowLayers = layers.filter(isWindowLayer);

  test('produces only specs the engine accepts', () => {
    expect(specs.filter((spec) => !validateNetwork(spec).ok)).toEqual([]);
  });

  test('covers 1D and 2D, every layer kind, and depths 1 to 6', () => {
    const dimensions = new Set(
      specs.map((spec) => (Array.isArray(spec.input.size) ? spec.input.size.length : 1)),
    );
    expect([...dimensions].sort()).toEqual([1, 2]);
    expect(new Set(layers.map((layer) => layer.kind))).toEqual(
      new Set(['conv', 'local', 'tiled', 'pool', 'dense']),
    );
    expect(new Set(specs.map((spec) => spec.layers.length))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  test('covers stride, dilation, every padding form, omitted defaults and per-axis arrays', () => {
    const has = (predicate: (layer: (typeof windowLayers)[number]) => boolean) =>
      windowLayers.some(predicate);
    const above1 = (value: unknown) =>
      Array.isArray(value) ? value.some((item) => item > 1) : Number(value) > 1;
    expect(has((layer) => above1(layer.stride))).toBe(true);
    expect(has((layer) => above1(layer.dilation))).toBe(true);
    expect(has((layer) => layer.padding === 'same')).toBe(true);
    expect(has((layer) => layer.padding === 'valid')).toBe(true);
    expect(has((layer) => layer.padding === undefined)).toBe(true);
    expect(has((layer) => typeof layer.padding === 'number' && layer.padding > 0)).toBe(true);
    expect(
      has(
        (layer) =>
          Array.isArray(layer.kernel) && layer.kernel.length === 2 && layer.kernel[0] !== layer.kernel[1],
      ),
    ).toBe(true);
    expect(has((layer) => layer.kind === 'pool' && layer.stride === undefined)).toBe(true);
  });

  test('window cases cover 1D and 2D data with padding on some axis', () => {
    const cases = fc.sample(windowCaseArbitrary(), { seed: SEED, numRuns: 200 });
    expect(new Set(cases.map((item) => item.inputShape.length))).toEqual(new Set([1, 2]));
    expect(cases.some((item) => item.axes.some((axis) => axis.padBefore + axis.padAfter > 0))).toBe(true);
    expect(cases.some((item) => item.axes.some((axis) => axis.stride > 1 && axis.dilation > 1))).toBe(true);
  });
});
