import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  analyzeNetwork,
  countNetwork,
  type LayerSpec,
  listConnections,
  type NetworkSpec,
  type SpecIssueCode,
  traceField,
  validateNetwork,
} from '../../src/engine';
import { product } from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { SEED, unitPosition } from './reference/networkArbitraries';

/** [path, layer, code] of every issue, in order. */
function issuesOf(spec: unknown): [string, number | null, SpecIssueCode][] {
  const result = validateNetwork(spec);
  if (result.ok) return [];
  return result.issues.map((issue) => [issue.path, issue.layer, issue.code]);
}

function resolved(spec: unknown) {
  const result = validateNetwork(spec);
  if (!result.ok) throw new Error(`expected a valid spec, got ${JSON.stringify(result.issues)}`);
  return result.network;
}

const withIds = (...ids: unknown[]) => ({
  input: { size: 16 },
  layers: ids.map((id) => ({ kind: 'conv', kernel: 1, id })),
});

describe('layer ids', () => {
  test('ids in the original models’ style resolve unchanged; a layer without one resolves to null', () => {
    const network = resolved({
      input: { size: [8, 8] },
      layers: [
        { kind: 'conv', kernel: 3, id: 'conv3_2' },
        { kind: 'pool', op: 'max', kernel: 2, id: 'block2/unit_4/conv2' },
        { kind: 'local', kernel: 1 },
        { kind: 'tiled', kernel: 1, tiles: 1, id: 'a.b-c' },
        { kind: 'dense', units: [1, 2], id: 'X' },
      ],
    });
    expect(network.layers.map((layer) => layer.id)).toEqual([
      'conv3_2',
      'block2/unit_4/conv2',
      null,
      'a.b-c',
      'X',
    ]);
  });

  test('64 characters is the longest id; 65 is invalidId', () => {
    const longest = 'a'.repeat(64);
    expect(resolved(withIds(longest)).layers[0].id).toBe(longest);
    expect(issuesOf(withIds(`${longest}b`))).toEqual([['layers[0].id', 1, 'invalidId']]);
  });

  test.each([
    ['empty', ''],
    ['"input", the name of layer 0', 'input'],
    ['with a space', 'conv 1'],
    ['with #', 'conv#1'],
    ['with a colon', 'conv:1'],
    ['non-ASCII letters', '卷积'],
    ['a number', 3],
    ['null', null],
    ['true', true],
    ['an array', ['conv']],
  ])('an id that is %s is invalidId on that layer', (_name, id) => {
    expect(issuesOf(withIds('first', id))).toEqual([['layers[1].id', 2, 'invalidId']]);
  });

  test('a repeated id is duplicateId on the later layer, naming the id', () => {
    const result = validateNetwork(withIds('stem', 'body', 'stem'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.layer, issue.code])).toEqual([
      ['layers[2].id', 3, 'duplicateId'],
    ]);
    expect(result.issues[0].values).toMatchObject({ value: 'stem' });
  });

  test('ids are case-sensitive: "Stem" and "stem" are two names', () => {
    expect(resolved(withIds('Stem', 'stem')).layers.map((layer) => layer.id)).toEqual(['Stem', 'stem']);
  });

  test('the input takes no id', () => {
    expect(issuesOf({ input: { size: 4, id: 'x' }, layers: [] })).toEqual([['input.id', 0, 'unknownField']]);
  });

  test('ids change nothing else: geometry, counts, traces and edges equal those of the same network without ids', () => {
    const stripIds = (spec: NetworkSpec): NetworkSpec => ({
      input: spec.input,
      layers: spec.layers.map(({ id: _id, ...layer }) => layer as LayerSpec),
    });
    let named = 0;
    fc.assert(
      fc.property(anyExtendedNetworkSpecArbitrary(), fc.nat(), fc.nat(), (spec, layerPick, unitPick) => {
        const bare = stripIds(spec);
        named += spec.layers.filter((layer) => layer.id !== undefined).length;
        expect(analyzeNetwork(spec)).toEqual(analyzeNetwork(bare));
        expect(countNetwork(spec)).toEqual(countNetwork(bare));
        const sizes = resolved(bare).sizes;
        const layer = layerPick % sizes.length;
        const unit = unitPosition(unitPick % product(sizes[layer]), sizes[layer]);
        expect(traceField(spec, layer, unit)).toEqual(traceField(bare, layer, unit));
        for (let index = 1; index < sizes.length; index += 1) {
          expect(listConnections(spec, index)).toEqual(listConnections(bare, index));
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(named).toBeGreaterThan(100);
  });
});
