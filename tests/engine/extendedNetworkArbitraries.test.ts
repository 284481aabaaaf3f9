/**
 * The generator of networks with the newer spec features must actually produce them, or the
 * properties that use it would pass vacuously.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isWindowLayer, type LayerSpec, validateNetwork } from '../../src/engine';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { SEED } from './reference/networkArbitraries';

describe('random network generator with asymmetric padding, groups and ids', () => {
  const specs = fc.sample(anyExtendedNetworkSpecArbitrary(), { seed: SEED, numRuns: 300 });
  const layers = specs.flatMap((spec) => spec.layers);

  test('produces only specs the engine accepts', () => {
    const rejected = specs.filter((spec) => !validateNetwork(spec).ok);
    expect(rejected).toEqual([]);
  });

  test('covers 1D and 2D and every layer kind', () => {
    const dimensions = new Set(
      specs.map((spec) => (Array.isArray(spec.input.size) ? spec.input.size.length : 1)),
    );
    expect([...dimensions].sort()).toEqual([1, 2]);
    expect(new Set(layers.map((layer) => layer.kind))).toEqual(
      new Set(['conv', 'local', 'tiled', 'pool', 'dense']),
    );
  });

  test('covers [before, after] pairs with before ≠ after, in 1D and in 2D, mixed with plain numbers', () => {
    const pairs = (layer: LayerSpec) =>
      isWindowLayer(layer) && Array.isArray(layer.padding)
        ? layer.padding.filter((entry): entry is readonly [number, number] => Array.isArray(entry))
        : [];
    const uneven = layers.filter((layer) => pairs(layer).some(([before, after]) => before !== after));
    expect(uneven.length).toBeGreaterThan(20);
    const is1D = (size: unknown) => !Array.isArray(size) || size.length === 1;
    const in1D = specs.filter(
      (spec) => is1D(spec.input.size) && spec.layers.some((layer) => pairs(layer).length > 0),
    );
    expect(in1D.length).toBeGreaterThan(10);
    const mixed = layers.filter(
      (layer) =>
        isWindowLayer(layer) &&
        Array.isArray(layer.padding) &&
        layer.padding.length === 2 &&
        layer.padding.some((entry) => typeof entry === 'number') &&
        layer.padding.some((entry) => Array.isArray(entry)),
    );
    expect(mixed.length).toBeGreaterThan(5);
  });

  test('covers groups above 1 and ids on every kind of layer', () => {
    const grouped = layers.filter((layer) => layer.kind === 'conv' && (layer.groups ?? 1) > 1);
    expect(grouped.length).toBeGreaterThan(10);
    expect(new Set(layers.filter((layer) => layer.id !== undefined).map((layer) => layer.kind))).toEqual(
      new Set(['conv', 'local', 'tiled', 'pool', 'dense']),
    );
  });
});
