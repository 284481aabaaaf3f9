import { describe, expect, test } from 'vitest';
import { resolveCached } from '../../src/worker/resolvedNetworks';

const network = (size: number) => JSON.stringify({ input: { size }, layers: [{ kind: 'conv', kernel: 3 }] });

describe('the worker’s validated networks', () => {
  test('one JSON text is validated once: every request that names it gets the same network', () => {
    const first = resolveCached(network(10));
    const again = resolveCached(network(10));
    expect(first.ok && again.ok && first.network === again.network).toBe(true);
    expect(first.ok && first.network.sizes).toEqual([[10], [8]]);
  });

  test('text that is not JSON, or not a possible network, comes back as issues', () => {
    expect(resolveCached('{"input":')).toMatchObject({ ok: false, issues: [{ code: 'notAnObject' }] });
    expect(resolveCached(network(2))).toMatchObject({
      ok: false,
      issues: [{ code: 'windowLargerThanInput' }],
    });
  });

  test('keeps the 16 most recently used: the oldest is validated again once 16 others were used', () => {
    const oldest = resolveCached(network(100));
    for (let size = 101; size <= 116; size += 1) resolveCached(network(size));
    const later = resolveCached(network(100));
    expect(oldest.ok && later.ok && oldest.network !== later.network).toBe(true);
    // A recently used one stays.
    const recent = resolveCached(network(116));
    expect(recent.ok && resolveCached(network(116)).ok && recent.network).toBe(
      (resolveCached(network(116)) as { network: unknown }).network,
    );
  });
});
