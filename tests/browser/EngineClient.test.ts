import { describe, expect, test } from 'vitest';
import { countNetwork, crossCorrelate, traceInfluence, traceReceptiveField } from '../../src/engine';
import { createEngineClient, EngineClient, EngineRequestError } from '../../src/worker';

const createRealWorker = () =>
  new Worker(new URL('../../src/worker/engine.worker.ts', import.meta.url), { type: 'module' });
const createFaultyWorker = () =>
  new Worker(new URL('./fixtures/faultyWorker.ts', import.meta.url), { type: 'module' });

const spec2d = {
  input: { size: [32, 32] },
  layers: [
    { kind: 'conv', kernel: 3, padding: 'same' },
    { kind: 'pool', op: 'max', kernel: 2 },
    { kind: 'conv', kernel: 3, dilation: 2 },
  ],
};

function seededImage(length: number, seed: number): Float32Array {
  // A small linear congruential generator: reproducible pixels without a dependency.
  let state = seed;
  return Float32Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  });
}

describe('EngineClient with the real engine worker', () => {
  test('trace answers from the worker equal the engine run on the page', async () => {
    const client = createEngineClient();
    try {
      const middle = await client.request('trace', {
        specJson: JSON.stringify(spec2d),
        layer: 2,
        unit: [5, 6],
      });
      const input = await client.request('trace', {
        specJson: JSON.stringify(spec2d),
        layer: 0,
        unit: [10, 3],
      });
      // Both directions at once: the field below the unit's layer, its influence above.
      const below = traceReceptiveField(spec2d, 2, [5, 6]);
      const above = traceInfluence(spec2d, 2, [5, 6]);
      expect(middle.ok && middle.masks).toEqual([below[0], below[1], below[2], above[3]]);
      expect(input.ok && input.masks).toEqual(traceInfluence(spec2d, 0, [10, 3]));
    } finally {
      client.dispose();
    }
  });

  test('analyze returns counts equal to the engine and explains an impossible layer', async () => {
    const client = createEngineClient();
    try {
      const analysis = await client.request('analyze', {
        specJson: JSON.stringify(spec2d),
        withConnections: true,
        flipKernel: false,
      });
      expect(analysis.ok && analysis.counts).toEqual(countNetwork(spec2d));
      const impossible = await client.request('analyze', {
        specJson: JSON.stringify({ input: { size: 4 }, layers: [{ kind: 'conv', kernel: 5 }] }),
        withConnections: false,
        flipKernel: false,
      });
      expect(impossible.ok).toBe(false);
      expect(!impossible.ok && impossible.issues[0]).toMatchObject({
        code: 'windowLargerThanInput',
        layer: 1,
      });
    } finally {
      client.dispose();
    }
  });

  test('the latest request of a lane wins and the older one is rejected as superseded', async () => {
    const client = createEngineClient();
    try {
      const first = client.request('trace', { specJson: JSON.stringify(spec2d), layer: 3, unit: [0, 0] });
      const second = client.request('trace', {
        specJson: JSON.stringify(spec2d),
        layer: 3,
        unit: [1, 1],
      });
      await expect(first).rejects.toMatchObject({ reason: 'superseded' });
      const answer = await second;
      expect(answer.ok && answer.masks).toEqual(traceReceptiveField(spec2d, 3, [1, 1]));
      expect(client.inFlight).toBe(0);
    } finally {
      client.dispose();
    }
  });

  test('requests in different lanes both resolve', async () => {
    const client = createEngineClient();
    try {
      const [a, b] = await Promise.all([
        client.request('ping', { sentAt: 1 }, { lane: 'a' }),
        client.request('ping', { sentAt: 2 }, { lane: 'b' }),
      ]);
      expect([a.sentAt, b.sentAt]).toEqual([1, 2]);
    } finally {
      client.dispose();
    }
  });

  test('a long correlation reports progress, transfers its input and matches the page result', async () => {
    const client = createEngineClient();
    try {
      const input = seededImage(280 * 320, 7);
      const expected = crossCorrelate(input, [280, 320], Float32Array.of(-1, 1), { kernel: [1, 2] });
      const progress: number[] = [];
      const answer = await client.request(
        'correlate',
        { input, inputSize: [280, 320], kernel: Float32Array.of(-1, 1), geometry: { kernel: [1, 2] } },
        { transfer: true, onProgress: (fraction) => progress.push(fraction) },
      );
      expect(input.length).toBe(0); // transferred, not copied
      expect(answer.ok && answer.output.size).toEqual([280, 319]);
      expect(answer.ok && answer.output.values).toEqual(expected.values);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.at(-1)).toBe(1);
      expect(progress).toEqual([...progress].sort((x, y) => x - y));
    } finally {
      client.dispose();
    }
  });

  test('aborting a long correlation rejects it as aborted and the worker keeps serving', async () => {
    const client = createEngineClient();
    try {
      const controller = new AbortController();
      const input = seededImage(1024 * 1024, 3);
      const job = client.request(
        'correlate',
        { input, inputSize: [1024, 1024], kernel: new Float32Array(49).fill(1), geometry: { kernel: 7 } },
        { signal: controller.signal, onProgress: () => controller.abort() },
      );
      await expect(job).rejects.toMatchObject({ reason: 'aborted' });
      const pong = await client.request('ping', { sentAt: 5 });
      expect(pong.sentAt).toBe(5);
    } finally {
      client.dispose();
    }
  });
});

describe('EngineClient supervising a failing worker', () => {
  test('a crashed worker is replaced and the request retried on the new one', async () => {
    let created = 0;
    const replaced: string[] = [];
    const client = new EngineClient({
      createWorker: () => (created++ === 0 ? createFaultyWorker() : createRealWorker()),
      onWorkerReplaced: (reason) => replaced.push(reason),
    });
    try {
      const answer = await client.request('ping', { sentAt: -1 });
      expect(answer.sentAt).toBe(-1);
      expect(replaced).toEqual(['crashed']);
      expect(created).toBe(2);
    } finally {
      client.dispose();
    }
  });

  test('a request that crashes every worker is reported, not retried forever', async () => {
    let created = 0;
    const client = new EngineClient({
      createWorker: () => {
        created += 1;
        return createFaultyWorker();
      },
      maxRetries: 1,
    });
    try {
      const failure = await client.request('ping', { sentAt: -1 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EngineRequestError);
      expect((failure as EngineRequestError).reason).toBe('crashed');
      expect(created).toBe(3); // the first, one retry, and a fresh one left ready
      const pong = await client.request('ping', { sentAt: 9 });
      expect(pong.sentAt).toBe(9);
    } finally {
      client.dispose();
    }
  });

  test('the hang timer starts when the worker starts a job: a job waiting its turn behind a slow one is not called hung', async () => {
    const replaced: string[] = [];
    const client = new EngineClient({
      createWorker: createFaultyWorker,
      hangTimeoutMs: 600,
      onWorkerReplaced: (reason) => replaced.push(reason),
    });
    try {
      // Two jobs of 400 ms each: the second answers about 800 ms after it was sent, but only
      // 400 ms after it started.
      const answers = await Promise.all([
        client.request('ping', { sentAt: -3 }, { lane: null }),
        client.request('ping', { sentAt: -3 }, { lane: null }),
      ]);
      expect(answers.map((answer) => answer.sentAt)).toEqual([-3, -3]);
      expect(replaced).toEqual([]);
    } finally {
      client.dispose();
    }
  });

  test('a hung worker is terminated after the timeout and the page gets an answer to the next request', async () => {
    const replaced: string[] = [];
    const client = new EngineClient({
      createWorker: createFaultyWorker,
      hangTimeoutMs: 300,
      onWorkerReplaced: (reason) => replaced.push(reason),
    });
    try {
      const started = performance.now();
      await expect(client.request('ping', { sentAt: -2 })).rejects.toMatchObject({ reason: 'hung' });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(replaced).toEqual(['hung']);
      const pong = await client.request('ping', { sentAt: 3 });
      expect(pong.sentAt).toBe(3);
    } finally {
      client.dispose();
    }
  });
});
