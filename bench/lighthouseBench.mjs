// Lighthouse (mobile preset, its default simulated throttling) on the built lab served with gzip
// as a static host serves it: the whole page and every embedded figure, median of `runs` runs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.md', '.map']);

/** A small static server for `dist`, gzipping text as any static host does. */
export function serveCompressed(port, root = 'dist') {
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    let file = join(root, normalize(path === '/' ? 'index.html' : path.slice(1)));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = extname(file);
    const gzip = COMPRESSED.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (!cache.has(file)) cache.set(file, readFileSync(file));
    const body = gzip ? gzipSync(cache.get(file), { level: 9 }) : cache.get(file);
    response.writeHead(200, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'cache-control': 'no-cache',
    });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse's performance score, TBT, LCP and CLS for each of `pages`, median of `runs`. */
export async function measureLighthouse(baseUrl, pages, runs = 3, chromePath = '/usr/bin/chromium') {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const results = {};
  try {
    for (const { name, query } of pages) {
      const samples = [];
      // A run Lighthouse could not finish (a metric it did not get) is run again, a few times at most.
      let failures = 0;
      while (samples.length < runs) {
        const { lhr } = await lighthouse(`${baseUrl}${query}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const metric = (id) => lhr.audits[id]?.numericValue;
        const ids = ['total-blocking-time', 'largest-contentful-paint', 'cumulative-layout-shift'];
        if (lhr.runtimeError || ids.some((id) => typeof metric(id) !== 'number')) {
          failures += 1;
          const missing = ids.filter((id) => typeof metric(id) !== 'number').join(', ');
          console.warn(
            `${name}: Lighthouse run failed (${lhr.runtimeError?.message ?? `no ${missing}`}), run again`,
          );
          if (failures > 3) throw new Error(`${name}: Lighthouse failed ${failures} times`);
          continue;
        }
        samples.push({
          performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
          tbtMs: Math.round(metric('total-blocking-time')),
          lcpMs: Math.round(metric('largest-contentful-paint')),
          cls: Number(metric('cumulative-layout-shift').toFixed(3)),
        });
      }
      results[name] = {
        performance: median(samples.map((sample) => sample.performance)),
        tbtMs: median(samples.map((sample) => sample.tbtMs)),
        lcpMs: median(samples.map((sample) => sample.lcpMs)),
        cls: median(samples.map((sample) => sample.cls)),
        runs: samples,
      };
      console.log(name, JSON.stringify(results[name]));
    }
  } finally {
    await chrome.kill();
  }
  return {
    preset: 'mobile (Lighthouse default, simulated throttling)',
    lighthouse: '12.2.3',
    budgets: { performance: 98, tbtMs: 150, cls: 0 },
    pages: results,
  };
}
