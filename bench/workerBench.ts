import { NETWORK_PRESETS } from '../src/scenes';
import { createEngineClient } from '../src/worker';
import { DEEP_2D_NETWORK, EDGE_IMAGE_SIZE, seededImage, summarize, timeRuns } from './networks';
import { runPlaygroundEngineBench } from './playgroundEngineBench';

/** Timings through the real worker, in milliseconds, as the page sees them. */
async function runWorkerBench() {
  const client = createEngineClient();
  const layers = DEEP_2D_NETWORK.layers.length;
  const [height, width] = EDGE_IMAGE_SIZE;
  const results = {
    // Browsers coarsen performance.now() (to 0.1 ms here), so each sample times 20 pings in a row.
    pingRoundTripMs: summarize(
      (
        await timeRuns(async () => {
          for (let ping = 0; ping < 20; ping += 1) await client.request('ping', { sentAt: Date.now() });
        }, 50)
      ).map((total) => total / 20),
    ),
    traceDeepUnitRoundTripMs: summarize(
      await timeRuns(
        () =>
          client.request('trace', {
            specJson: JSON.stringify(DEEP_2D_NETWORK),
            layer: layers,
            unit: [3, 4],
          }),
        30,
      ),
    ),
    edgeConv280x320RoundTripMs: summarize(
      await timeRuns(
        () =>
          client.request(
            'correlate',
            {
              input: seededImage(height * width, 5),
              inputSize: EDGE_IMAGE_SIZE,
              kernel: Float32Array.of(-1, 1),
              geometry: { kernel: [1, 2] },
            },
            { transfer: true },
          ),
        20,
      ),
    ),
  };
  // ResNet-50 through the worker, as the playground asks: analysis once, then both traces.
  const resnet = NETWORK_PRESETS.resnet50;
  const resnetJson = JSON.stringify(resnet);
  await client.request('analyze', { specJson: resnetJson, withConnections: false, flipKernel: false });
  const resnetTraceRoundTripMs = summarize(
    await timeRuns(
      async () => {
        await client.request('trace', { specJson: resnetJson, layer: resnet.layers.length, unit: [0, 0] });
        await client.request('trace', { specJson: resnetJson, layer: 0, unit: [112, 112] });
      },
      40,
      5,
      5,
    ),
  );
  client.dispose();
  return {
    ...results,
    resnetTraceBothDirectionsRoundTripMs: resnetTraceRoundTripMs,
    // The worker's request handler run on this page: the same code and JavaScript engine as the worker.
    playgroundHandlerInChromium: await runPlaygroundEngineBench(),
  };
}

runWorkerBench().then(
  (results) => {
    (window as unknown as { benchResults: unknown }).benchResults = results;
    document.getElementById('status')?.replaceChildren('done');
  },
  (error: unknown) => {
    (window as unknown as { benchError: string }).benchError = String(error);
  },
);
