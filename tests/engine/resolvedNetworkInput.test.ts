/**
 * Engine functions take either a spec or the network validateNetwork resolved from it; handed the
 * resolved network they must give the same answers without validating again.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  analyzeNetwork,
  centreCoverage,
  countNetwork,
  isResolvedNetwork,
  listConnections,
  type NetworkSpec,
  NetworkSpecError,
  type ResolvedNetwork,
  traceField,
  traceInfluence,
  traceReceptiveField,
  validateNetwork,
} from '../../src/engine';
import { product } from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED, unitPosition } from './reference/networkArbitraries';

// Count calls to the validator while keeping its behaviour (every engine function reaches it through
// this module).
vi.mock(import('../../src/engine/validateNetwork'), async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, validateNetwork: vi.fn(actual.validateNetwork) };
});

const validateCalls = () => vi.mocked(validateNetwork).mock.calls.length;

function resolve(spec: unknown): ResolvedNetwork {
  const result = validateNetwork(spec);
  if (!result.ok) throw new Error(`expected a valid spec, got ${JSON.stringify(result.issues)}`);
  return result.network;
}

const spec: NetworkSpec = {
  input: { size: [6, 7], channels: 4 },
  layers: [
    { kind: 'conv', kernel: 3, padding: [[0, 1], 1], channels: 4, groups: 2, id: 'stem' },
    { kind: 'pool', op: 'max', kernel: 2 },
    { kind: 'dense', units: [1, 2] },
  ],
};

describe('engine functions handed a resolved network', () => {
  beforeEach(() => {
    vi.mocked(validateNetwork).mockClear();
  });

  test('validateNetwork marks its result as resolved; specs and copies are not', () => {
    const network = resolve(spec);
    expect(isResolvedNetwork(network)).toBe(true);
    expect(isResolvedNetwork(spec)).toBe(false);
    expect(isResolvedNetwork(structuredClone(network))).toBe(false);
    expect(isResolvedNetwork(JSON.parse(JSON.stringify(network)))).toBe(false);
  });

  test('do not validate it again', () => {
    const network = resolve(spec);
    expect(validateCalls()).toBe(1);
    analyzeNetwork(network);
    countNetwork(network);
    traceField(network, 1, [0, 0]);
    traceReceptiveField(network, 2, [1, 1]);
    traceInfluence(network, 0, [5, 6]);
    listConnections(network, 1, { flipKernel: true });
    centreCoverage(network);
    expect(validateCalls()).toBe(1);
    // Handed the spec, each validates it.
    analyzeNetwork(spec);
    countNetwork(spec);
    expect(validateCalls()).toBe(3);
  });

  test('a resolved network is not itself a valid spec, so accepting it shows it was recognised, not re-read', () => {
    const network = resolve(spec);
    expect(validateNetwork(network).ok).toBe(false);
    expect(() => analyzeNetwork(network)).not.toThrow();
  });

  test('a copy of a resolved network (as sent through postMessage) is validated as a spec, and rejected', () => {
    const copy = structuredClone(resolve(spec));
    for (const call of [
      () => analyzeNetwork(copy),
      () => countNetwork(copy),
      () => traceField(copy, 0, [0, 0]),
      () => listConnections(copy, 1),
    ]) {
      expect(call).toThrow(NetworkSpecError);
    }
  });

  test('a unit or layer outside a resolved network still throws NetworkSpecError', () => {
    const network = resolve(spec);
    expect(() => traceField(network, 4, 0)).toThrow(NetworkSpecError);
    expect(() => traceField(network, 1, [6, 0])).toThrow(NetworkSpecError);
    expect(() => listConnections(network, 0)).toThrow(NetworkSpecError);
  });

  test('give the same results as the spec on random networks: analyzeNetwork, countNetwork, traceField, listConnections', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()),
        fc.nat(),
        fc.nat(),
        (randomSpec, layerPick, unitPick) => {
          const network = resolve(randomSpec);
          expect(analyzeNetwork(network)).toEqual(analyzeNetwork(randomSpec));
          expect(countNetwork(network)).toEqual(countNetwork(randomSpec));
          expect(centreCoverage(network)).toEqual(centreCoverage(randomSpec));
          const layer = layerPick % network.sizes.length;
          const unit = unitPosition(unitPick % product(network.sizes[layer]), network.sizes[layer]);
          expect(traceField(network, layer, unit)).toEqual(traceField(randomSpec, layer, unit));
          for (let index = 1; index < network.sizes.length; index += 1) {
            expect(listConnections(network, index)).toEqual(listConnections(randomSpec, index));
            expect(listConnections(network, index, { flipKernel: true })).toEqual(
              listConnections(randomSpec, index, { flipKernel: true }),
            );
          }
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });

  test('leave the resolved network unchanged, so it can be handed to the next function', () => {
    const network = resolve(spec);
    const before = structuredClone(network);
    analyzeNetwork(network);
    countNetwork(network);
    traceField(network, 2, [0, 1]);
    listConnections(network, 2, { flipKernel: true });
    centreCoverage(network);
    expect(network).toEqual(before);
  });
});
