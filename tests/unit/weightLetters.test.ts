import { describe, expect, test } from 'vitest';
import { listConnections } from '../../src/engine';
import { weightLetters } from '../../src/views/WeightLetters';

/** The letters of a 1D layer of `kind` over 7 inputs, kernel 3, grouped by output as "abc|abc|…". */
function lettersByOutput(layer: Record<string, unknown>, length = 7): string | null {
  const connections = listConnections({ input: { size: length }, layers: [{ kernel: 3, ...layer }] }, 1);
  const letters = weightLetters(connections);
  if (!letters) return null;
  const groups: string[] = [];
  connections.outputs.forEach((output, edge) => {
    groups[output] = (groups[output] ?? '') + letters[edge];
  });
  return groups.map((group) => [...group].sort().join('')).join('|');
}

describe('weightLetters: one letter per weight, as the book letters shared, tiled and local layers', () => {
  test('a convolution repeats its three weights on every output', () => {
    expect(lettersByOutput({ kind: 'conv' })).toBe('abc|abc|abc|abc|abc');
  });

  test('two tiled kernels take turns: outputs 1, 3, 5 use a–c, outputs 2, 4 use d–f', () => {
    expect(lettersByOutput({ kind: 'tiled', tiles: 2 })).toBe('abc|def|abc|def|abc');
  });

  test('a locally connected layer gives every output weights of its own', () => {
    expect(lettersByOutput({ kind: 'local' })).toBe('abc|def|ghi|jkl|mno');
  });

  test('a layer with more weights than the alphabet has letters gets none', () => {
    // 10 outputs × 3 taps = 30 weights > 26.
    expect(lettersByOutput({ kind: 'local' }, 12)).toBeNull();
    expect(lettersByOutput({ kind: 'local' }, 10)).not.toBeNull();
  });
});
