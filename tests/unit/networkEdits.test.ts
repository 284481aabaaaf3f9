import { describe, expect, test } from 'vitest';
import { type NetworkSpec, validateNetwork } from '../../src/engine';
import {
  axisNumbers,
  changeKind,
  compactAxisValue,
  duplicateLayer,
  insertLayer,
  moveLayer,
  newLayer,
  removeLayer,
  setGlobalPool,
  setInputSize,
  setLayerField,
} from '../../src/views/playground/networkEdits';

const spec: NetworkSpec = {
  input: { size: [32, 32] },
  layers: [
    { id: 'a', kind: 'conv', kernel: 3, stride: 2, padding: 'same', channels: 8 },
    { kind: 'pool', op: 'max', kernel: 2 },
    { id: 'c', kind: 'conv', kernel: [1, 3] },
  ],
};

describe('network edits', () => {
  test('leave the original spec untouched', () => {
    const before = JSON.stringify(spec);
    setLayerField(spec, 0, 'kernel', 5);
    removeLayer(spec, 1);
    moveLayer(spec, 0, 1);
    changeKind(spec, 0, 'dense', 2);
    expect(JSON.stringify(spec)).toBe(before);
  });

  test('set a field, or remove it with undefined', () => {
    expect(setLayerField(spec, 2, 'dilation', 2).layers[2]).toEqual({
      id: 'c',
      kind: 'conv',
      kernel: [1, 3],
      dilation: 2,
    });
    expect(setLayerField(spec, 0, 'id', undefined).layers[0]).not.toHaveProperty('id');
  });

  test('per-axis values read as one number per axis and write as briefly as the spec allows', () => {
    expect(axisNumbers(3, 2)).toEqual([3, 3]);
    expect(axisNumbers([1, 3], 2)).toEqual([1, 3]);
    expect(axisNumbers([[1, 0]], 1)).toBeNull();
    expect(axisNumbers('same', 2)).toBeNull();
    expect(compactAxisValue([4, 4])).toBe(4);
    expect(compactAxisValue([4, 5])).toEqual([4, 5]);
  });

  test('a new layer of every kind fits a 2D network as it is', () => {
    for (const kind of ['conv', 'local', 'tiled', 'pool', 'dense'] as const) {
      const grown = insertLayer(spec, spec.layers.length - 1, newLayer(kind, 2));
      expect(validateNetwork(grown).ok, kind).toBe(true);
    }
    expect(
      validateNetwork(insertLayer({ input: { size: 10 }, layers: [] }, -1, newLayer('dense', 1))).ok,
    ).toBe(true);
  });

  test('a pool made global loses its window and keeps its name and op; made local again it gets a new pool’s window', () => {
    const named: NetworkSpec = {
      ...spec,
      layers: spec.layers.map((layer, index) => (index === 1 ? { ...layer, id: 'p' } : layer)),
    };
    const global = setGlobalPool(named, 1, true);
    expect(global.layers[1]).toEqual({ id: 'p', kind: 'pool', op: 'max', global: true });
    // 32 → 16 → one unit per axis (the 1 × 3 convolution after it no longer fits, as it should not).
    const upToPool = validateNetwork({ ...global, layers: global.layers.slice(0, 2) });
    expect(upToPool.ok && upToPool.network.sizes[2]).toEqual([1, 1]);
    expect(setGlobalPool(global, 1, false).layers[1]).toEqual({
      id: 'p',
      kind: 'pool',
      op: 'max',
      kernel: 2,
      stride: 2,
    });
    // A global pool becoming a convolution takes a new convolution's window.
    expect(changeKind(global, 1, 'conv', 2).layers[1]).toEqual({
      id: 'p',
      kind: 'conv',
      kernel: 3,
      padding: 'same',
    });
  });

  test('changing the kind keeps the name and the fields both kinds share, and adds what the new one needs', () => {
    expect(changeKind(spec, 0, 'pool', 2).layers[0]).toEqual({
      id: 'a',
      kind: 'pool',
      kernel: 3,
      stride: 2,
      padding: 'same',
      op: 'max',
    });
    expect(changeKind(spec, 0, 'dense', 2).layers[0]).toEqual({
      id: 'a',
      kind: 'dense',
      units: [1, 1],
      channels: 8,
    });
    expect(changeKind(spec, 1, 'tiled', 2).layers[1]).toEqual({
      kind: 'tiled',
      kernel: 2,
      padding: 'same',
      tiles: 2,
    });
  });

  test('duplicating a named layer gives the copy a name of its own, just after it', () => {
    const once = duplicateLayer(spec, 0);
    expect(once.layers.map((layer) => layer.id)).toEqual(['a', 'a_2', undefined, 'c']);
    const twice = duplicateLayer(once, 0);
    expect(twice.layers.map((layer) => layer.id)).toEqual(['a', 'a_3', 'a_2', undefined, 'c']);
    const result = validateNetwork(twice);
    const codes = result.ok ? [] : result.issues.map((issue) => issue.code);
    expect(codes).not.toContain('duplicateId');
  });

  test('moving a layer swaps it with its neighbour, and not past either end', () => {
    expect(moveLayer(spec, 2, -1).layers.map((layer) => layer.kind)).toEqual(['conv', 'conv', 'pool']);
    expect(moveLayer(spec, 0, -1)).toBe(spec);
    expect(moveLayer(spec, 2, 1)).toBe(spec);
  });

  test('removing and inserting keep the order of the other layers', () => {
    expect(removeLayer(spec, 1).layers.map((layer) => layer.id)).toEqual(['a', 'c']);
    expect(insertLayer(spec, -1, newLayer('pool', 2)).layers.map((layer) => layer.kind)).toEqual([
      'pool',
      'conv',
      'pool',
      'conv',
    ]);
  });

  test('the input size is [height, width] in 2D and a number in 1D', () => {
    expect(setInputSize(spec, [224, 320]).input).toEqual({ size: [224, 320] });
    expect(setInputSize({ input: { size: 5, channels: 2 }, layers: [] }, [9]).input).toEqual({
      size: 9,
      channels: 2,
    });
  });
});
