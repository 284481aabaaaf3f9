// npm run bench: engine timings in Node and worker round trips in Chromium, written as JSON to
// bench/results/bench.json (and printed). Budgets live in the issues; this script only measures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright';
import { createServer, preview } from 'vite';
import { budgetRows, formatBudgetRows } from '../bench/budgets.mjs';
import { measureCamera, measureCancel, measureDenseRun } from '../bench/edgesBench.mjs';
import { firstLoadPages, measureFirstLoad } from '../bench/firstLoad.mjs';
import { measureHover } from '../bench/hoverBench.mjs';
import { measureLighthouse, serveCompressed } from '../bench/lighthouseBench.mjs';
import { measureClickToPaint, measureHeap, measureHoverSweep } from '../bench/playgroundBench.mjs';
import { measureSliderDrags } from '../bench/sliderBench.mjs';

const PORT = 4319;
const chromiumArgs = JSON.parse(readFileSync('tests/chromiumFlags.json', 'utf8'));

const server = await createServer({
  configFile: false,
  logLevel: 'warn',
  server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  worker: { format: 'es' },
  // Only the bench's own pages: the lab's (index.html) import its build-time formulas, which this
  // bare server does not make.
  optimizeDeps: { entries: ['bench/*.html'] },
});
await server.listen();
let exitCode = 0;
try {
  const { runEngineBench } = await server.ssrLoadModule('/bench/engineBench.ts');
  const engine = await runEngineBench();

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/bench/worker.html`);
  await page.waitForFunction(() => window.benchResults || window.benchError, null, { timeout: 120_000 });
  const workerError = await page.evaluate(() => window.benchError);
  if (workerError) throw new Error(`worker benchmark failed: ${workerError}`);
  const worker = await page.evaluate(() => window.benchResults);
  const browserVersion = browser.version();

  // Hover frame times: the production build, served as users get it. It is built in a child
  // process: the dev server above set NODE_ENV=development in this one, which would bundle the
  // slower development builds of the libraries.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const app = await preview({
    logLevel: 'warn',
    preview: { port: PORT + 1, strictPort: true, host: '127.0.0.1' },
  });
  const appPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const bigFigure = `http://127.0.0.1:${PORT + 1}/?sparse.inputLength=256&sparse.kernel=5`;
  const hover = {
    figure: '256 inputs, kernel 5, same padding: the dense panel has 256 × 256 = 65,536 connections',
    dense: await measureHover(appPage, bigFigure, 'dense'),
    conv: await measureHover(appPage, bigFigure, 'conv'),
  };
  // The playground on ResNet-50 (the default network), embedded so its grids are on screen at once.
  const playgroundUrl = `http://127.0.0.1:${PORT + 1}/?embed=playground`;
  const playground = {
    figure: 'ResNet-50 main path at 224 × 224: the input grid and three deeper grids',
    click: await measureClickToPaint(appPage, playgroundUrl),
    hoverSweep: await measureHoverSweep(appPage, playgroundUrl),
    heap: await measureHeap(appPage, playgroundUrl, 10_000),
  };
  // Fig. 9.6: the dense layer run for real, with every core and with one; cancel; the camera.
  const edgesUrl = `http://127.0.0.1:${PORT + 1}/?embed=edges`;
  const edgesContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const edges = {
    figure: 'the cat, 280 × 320, kernel [−1, 1]: 8,003,072,000 multiply-adds for the dense layer',
    denseAllCores: await measureDenseRun(edgesContext, edgesUrl, cpus().length),
    denseOneWorker: await measureDenseRun(edgesContext, edgesUrl, 1),
    cancel: await measureCancel(edgesContext, edgesUrl),
  };
  await edgesContext.close();
  const cameraBrowser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  const cameraContext = await cameraBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  await cameraContext.grantPermissions(['camera']);
  edges.camera = await measureCamera(cameraContext, edgesUrl);
  await cameraBrowser.close();
  // Every slider of every figure dragged with the mouse: long tasks meanwhile.
  const { SCENES } = await server.ssrLoadModule('/src/figures/index.ts');
  const figureIds = SCENES.map((scene) => scene.id);
  const sliders = await measureSliderDrags(appPage, `http://127.0.0.1:${PORT + 1}/`, figureIds);
  // The scripts a first visit loads, the page and each embed (no service worker: a first visit).
  const firstLoadContext = await browser.newContext({ serviceWorkers: 'block' });
  const firstLoad = { unit: 'KB gzip (1,000 bytes), worker apart', pages: {} };
  for (const { name, query, ready } of firstLoadPages(figureIds)) {
    const loadPage = await firstLoadContext.newPage();
    const load = await measureFirstLoad(loadPage, `http://127.0.0.1:${PORT + 1}/${query}`, ready);
    firstLoad.pages[name] = { gzipKB: Math.round(load.gzipBytes / 100) / 10, files: load.files };
    await loadPage.close();
  }
  await firstLoadContext.close();
  await app.close();
  await browser.close();
  // Lighthouse on the build served with gzip: the whole page and every embed, median of 3 runs.
  const compressed = await serveCompressed(PORT + 2);
  const lighthouseResults = await measureLighthouse(
    `http://127.0.0.1:${PORT + 2}/`,
    [
      { name: 'full page', query: '' },
      ...figureIds.map((id) => ({ name: `?embed=${id}`, query: `?embed=${id}` })),
    ],
    3,
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
  );
  compressed.close();

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: browserVersion },
    unit: 'milliseconds (median, p95 over runs)',
    engineInNode: engine,
    workerInChromium: worker,
    hoverInChromium: hover,
    playgroundInChromium: playground,
    edgesInChromium: edges,
    slidersInChromium: sliders,
    lighthouse: lighthouseResults,
    firstLoad,
  };
  results.budgets = budgetRows(results);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  console.log(`\nBudgets\n${formatBudgetRows(results.budgets)}`);
  console.log('\nWritten to bench/results/bench.json');
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await server.close();
}
process.exit(exitCode);
